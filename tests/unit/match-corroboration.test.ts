// Sourcing counts independent claimants (who asserts each claim), not the outlets that relay them.
import { describe, expect, it } from 'vitest';
import { corroborate } from '../../src/core/graph/corroboration.ts';

const sources = [
  { id: 'scmp' },
  { id: 'cnn' },
  { id: 'reuters' },
  { id: 'china-government' },
  { id: 'china-foreign-ministry', affiliation: 'china-government' },
  { id: 'us-state-department' },
  { id: 'unnamed-accusers', type: 'unnamed' },
  { id: 'experts', type: 'unnamed' },
];

describe('corroborate', () => {
  it.each([
    ['two outlets citing the same Reuters report are one origin', ['reuters', 'reuters'], 'single-source', ['reuters']],
    [
      'an outlet in its own voice and another citing an agency are two',
      ['scmp', 'reuters'],
      'corroborated',
      ['reuters', 'scmp'],
    ],
    [
      'a ministry and its government are one origin',
      ['china-foreign-ministry', 'china-government'],
      'single-source',
      ['china-government'],
    ],
    ['two outlets in their own voice are two origins', ['scmp', 'cnn'], 'corroborated', ['cnn', 'scmp']],
    // The outlet that reports an accusation is not its origin: only the accusers count.
    [
      'an outlet reporting an allegation adds no origin of its own',
      ['unnamed-accusers', 'unnamed-accusers'],
      'single-source',
      ['unnamed-accusers'],
    ],
    ['a claim whose claimant is unknown adds no origin', ['reuters', null], 'single-source', ['reuters']],
  ])('%s', (_what, claimants, status, origins) => {
    const claims = claimants.map((claimant, index) => ({ id: `c${index}`, claimant }));
    const [result] = corroborate(claims, [{ type: 'agrees', method: 'lexical', from: 'c0', to: 'c1' }], sources);
    expect(result).toMatchObject({ claim: 'c0', status, origins, supportedBy: ['c1'] });
  });

  it('counts a narrower statement of the same fact, and neither a related claim nor a part of a whole', () => {
    const claims = [
      { id: 'total', claimant: 'cnn' },
      { id: 'exact', claimant: 'scmp' },
      { id: 'about', claimant: 'us-state-department' },
      { id: 'part', claimant: 'reuters' },
    ];
    // "412 people detained" of "more than 400 detained"; "40 of them minors" says nothing of how many in all.
    const links = [
      { type: 'refines' as const, method: 'quantity-range', from: 'exact', to: 'total' },
      { type: 'related' as const, method: 'shared-subject', from: 'about', to: 'total' },
      { type: 'refines' as const, method: 'part-of-whole', from: 'part', to: 'total' },
      // Parts that sum to a total in one article say nothing more of the total.
      { type: 'refines' as const, method: 'arithmetic', from: 'about', to: 'total' },
    ];
    expect(corroborate(claims, links, sources).map((result) => [result.claim, result.status, result.origins])).toEqual([
      ['total', 'corroborated', ['cnn', 'scmp']],
      ['exact', 'corroborated', ['cnn', 'scmp']],
      ['about', 'single-source', ['us-state-department']],
      ['part', 'single-source', ['reuters']],
    ]);
  });

  it('marks both sides of a conflict contested, whatever else supports them', () => {
    const claims = [
      { id: 'allegation', claimant: 'cnn' },
      { id: 'denial', claimant: 'china-government' },
      { id: 'echo', claimant: 'scmp' },
    ];
    const links = [
      { type: 'conflicts' as const, method: 'lexical', from: 'denial', to: 'allegation' },
      { type: 'agrees' as const, method: 'lexical', from: 'echo', to: 'allegation' },
    ];
    const results = corroborate(claims, links, sources);
    expect(results.map((result) => result.status)).toEqual(['contested', 'contested', 'corroborated']);
    expect(results[0]).toMatchObject({ conflictsWith: ['denial'], origins: ['cnn', 'scmp'] });
  });

  it('counts unnamed sources, which cannot be told apart, as one source together', () => {
    const claims = [
      { id: 'accusation', claimant: 'unnamed-accusers' },
      { id: 'estimate', claimant: 'experts' },
      { id: 'official', claimant: 'us-state-department' },
    ];
    const links = [
      { type: 'agrees' as const, method: 'lexical', from: 'accusation', to: 'estimate' },
      { type: 'agrees' as const, method: 'lexical', from: 'accusation', to: 'official' },
    ];
    const [accusation, estimate] = corroborate(claims, links, sources);
    expect(accusation).toMatchObject({
      status: 'corroborated',
      origins: ['experts', 'unnamed-accusers', 'us-state-department'],
      independent: 2,
    });
    expect(estimate).toMatchObject({
      status: 'single-source',
      origins: ['experts', 'unnamed-accusers'],
      independent: 1,
    });
  });

  it('names no origin for a lone claim whose claimant is unknown', () => {
    expect(corroborate([{ id: 'accused', claimant: null }], [], sources)[0]).toMatchObject({
      status: 'single-source',
      origins: [],
      independent: 0,
    });
  });
});
