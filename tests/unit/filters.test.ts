import { describe, expect, it } from 'vitest';
import { loadCorpusOrThrow } from '../../src/core/corpus.ts';
import { claimFilters, filterStyles } from '../../src/core/filters.ts';

const graph = loadCorpusOrThrow('content');
const filters = claimFilters(graph);

describe('claims index filters', () => {
  it('offer every status and kind, every article, and only the sources some claim is attributed to', () => {
    const options = Object.fromEntries(filters.map((filter) => [filter.name, filter.options.map((option) => option.value)]));
    expect(options.status).toEqual(['corroborated', 'single-source', 'contested']);
    expect(options.kind).toEqual(['quantity', 'quote', 'reported', 'event', 'statement']);
    expect(options.article).toEqual(graph.articles.map((article) => article.slug));
    const cited = new Set(graph.claims.flatMap((claim) => claim.attribution));
    expect(new Set(options.source)).toEqual(cited);
    expect(graph.sources.some((source) => !cited.has(source.id))).toBe(true);
  });

  it('call the status filter sourcing, in neutral words: never a verdict, and never the words of one', () => {
    const status = filters.find((filter) => filter.name === 'status')!;
    expect(status.label).toBe('Sourcing');
    expect(status.anyLabel).toBe('Any sourcing');
    expect(status.options).toEqual([
      { value: 'corroborated', label: 'Two or more independent sources' },
      { value: 'single-source', label: 'One source, or none identified' },
      { value: 'contested', label: 'Disputed by another claim' },
    ]);
    for (const option of status.options) expect(option.label).not.toMatch(/corroborat|contested|true|false|verified/i);
  });

  it('hide, for each choice, the claims that do not carry it; a source matches anywhere in the chain', () => {
    const css = filterStyles(filters);
    expect(css.split('\n')).toHaveLength(filters.reduce((total, filter) => total + filter.options.length, 0));
    expect(css).toContain('main:has(#filter-status option[value="contested"]:checked) .claim-item:not([data-status="contested"]) { display: none; }');
    expect(css).toContain('main:has(#filter-source option[value="reuters"]:checked) .claim-item:not([data-sources~="reuters"]) { display: none; }');
  });
});
