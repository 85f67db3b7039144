// Corroboration counts independent origins (the end of each attribution chain), not outlets.
import { describe, expect, it } from 'vitest';
import { corroborate } from '../../src/core/graph/corroboration.ts';

const sources = [
  { id: 'scmp' },
  { id: 'cnn' },
  { id: 'reuters' },
  { id: 'china-government' },
  { id: 'china-foreign-ministry', affiliation: 'china-government' },
  { id: 'us-state-department' },
];

describe('corroborate', () => {
  it.each([
    ['two outlets citing the same Reuters report are one origin', [['scmp', 'reuters'], ['cnn', 'reuters']], 'single-source', ['reuters']],
    ['an outlet in its own voice and another citing an agency are two', [['scmp'], ['cnn', 'reuters']], 'corroborated', ['reuters', 'scmp']],
    ['a ministry and its government are one origin', [['scmp', 'china-foreign-ministry'], ['cnn', 'china-government']], 'single-source', ['china-government']],
    ['two outlets in their own voice are two origins', [['scmp'], ['cnn']], 'corroborated', ['cnn', 'scmp']],
  ])('%s', (_what, chains, status, origins) => {
    const claims = chains.map((attribution, index) => ({ id: `c${index}`, attribution }));
    const [result] = corroborate(claims, [{ type: 'agrees', from: 'c0', to: 'c1' }], sources);
    expect(result).toMatchObject({ claim: 'c0', status, origins, supportedBy: ['c1'] });
  });

  it('counts refining links and ignores related ones', () => {
    const claims = [
      { id: 'total', attribution: ['cnn'] },
      { id: 'part', attribution: ['scmp'] },
      { id: 'about', attribution: ['cnn', 'us-state-department'] },
    ];
    const links = [
      { type: 'refines' as const, from: 'part', to: 'total' },
      { type: 'related' as const, from: 'about', to: 'total' },
    ];
    expect(corroborate(claims, links, sources).map((result) => [result.claim, result.status, result.origins])).toEqual([
      ['total', 'corroborated', ['cnn', 'scmp']],
      ['part', 'corroborated', ['cnn', 'scmp']],
      ['about', 'single-source', ['us-state-department']],
    ]);
  });

  it('marks both sides of a conflict contested, whatever else supports them', () => {
    const claims = [
      { id: 'allegation', attribution: ['cnn'] },
      { id: 'denial', attribution: ['cnn', 'china-government'] },
      { id: 'echo', attribution: ['scmp'] },
    ];
    const links = [
      { type: 'conflicts' as const, from: 'denial', to: 'allegation' },
      { type: 'agrees' as const, from: 'echo', to: 'allegation' },
    ];
    const results = corroborate(claims, links, sources);
    expect(results.map((result) => result.status)).toEqual(['contested', 'contested', 'corroborated']);
    expect(results[0]).toMatchObject({ conflictsWith: ['denial'], origins: ['cnn', 'scmp'] });
  });
});
