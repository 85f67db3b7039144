import { describe, expect, it } from 'vitest';
import { countedTogether, niceStep, rangeChart, type RangeRow } from '../../src/core/charts.ts';
import { loadCorpusOrThrow } from '../../src/core/corpus.ts';

const graph = loadCorpusOrThrow('content');
const claimById = new Map(graph.claims.map((claim) => [claim.id, claim]));
const sourceNames = new Map(graph.sources.map((source) => [source.id, source.name]));
const byText = (pattern: RegExp) => graph.claims.find((claim) => pattern.test(claim.text))!;

describe('claims that count the same thing', () => {
  it('gathers the Xinjiang detention figures through their links, this claim first, and leaves out other counts', () => {
    const upTo2Million = byText(/experts estimate up to 2 million/);
    const rows = countedTogether(upTo2Million, claimById, graph.relations, sourceNames);
    expect(rows[0]).toMatchObject({ claim: upTo2Million.id, current: true, min: null, max: 2_000_000, label: 'CNN, citing Experts' });
    const others = rows.slice(1);
    expect(others.every((row) => !row.current && claimById.get(row.claim)!.quantity!.unit === 'people')).toBe(true);
    expect(others.map((row) => row.claim)).toEqual(expect.arrayContaining([byText(/more than a million mainly Uygur detainees/).id, byText(/more than a million mainly Uygur Muslims/).id]));
    expect(others.some((row) => claimById.get(row.claim)!.quantity!.unit === 'countries')).toBe(false);
  });

  it('draws no chart for a claim that is not a count, or whose count nothing else gives', () => {
    expect(countedTogether(byText(/Allegations of torture/), claimById, graph.relations, sourceNames)).toEqual([]);
    const lone = { ...byText(/22 nations/), id: 'lone01' };
    expect(countedTogether(lone, claimById, [], sourceNames)).toEqual([]);
  });
});

describe('the range chart', () => {
  const row = (claim: string, min: number | null, max: number | null): RangeRow => ({ claim, label: claim, value: '', min, max, current: false });
  const chart = rangeChart([row('upto', null, 2_000_000), row('over', 1_000_000, null), row('exact', 1_500_000, 1_500_000)], 'people');

  it('puts every figure on one scale from zero, past the largest bound, with round ticks', () => {
    expect(chart.ticks.map((tick) => tick.label)).toEqual(['0', '1M', '2M', '3M']);
    expect(chart.ticks.map((tick) => tick.at)).toEqual([0, 33.33, 66.67, 100]);
  });

  it('runs an open range to the edge of the scale on its unknown side', () => {
    const [upTo, over, exact] = chart.bars;
    expect(upTo).toMatchObject({ from: 0, to: 66.67, openBelow: true, openAbove: false, exact: false });
    expect(over).toMatchObject({ from: 33.33, to: 100, openBelow: false, openAbove: true });
    expect(exact).toMatchObject({ from: 50, to: 50, exact: true });
  });

  it('says the whole chart in words', () => {
    expect(rangeChart([{ ...row('a', 18, 18), label: 'CNN', value: '18 countries' }, { ...row('b', 22, 22), label: 'CNN', value: '22 countries' }], 'countries').summary)
      .toBe('Figures for countries, side by side: CNN: 18 countries; CNN: 22 countries.');
  });
});

it.each([
  [0.3, 0.5],
  [1, 1],
  [1.2, 2],
  [3, 5],
  [625_000, 1_000_000],
  [7, 10],
])('niceStep(%d) is %d', (value, step) => {
  expect(niceStep(value)).toBe(step);
});
