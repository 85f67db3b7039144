import { describe, expect, it } from 'vitest';
import {
  chartRows,
  countedTogether,
  niceStep,
  partsOfCounts,
  rangeChart,
  type RangeRow,
} from '../../src/core/publish/charts.ts';
import { loadCorpusOrThrow } from '../../src/core/content/corpus.ts';
import type { Claim, Relation } from '../../src/core/schema.ts';
import { groupLinks, linkIndex, linksOf, listedLinksPerGroup } from '../../src/core/publish/views.ts';

const graph = loadCorpusOrThrow('content');
const claimById = new Map(graph.claims.map((claim) => [claim.id, claim]));
const sourceNames = new Map(graph.sources.map((source) => [source.id, source.name]));
const byText = (pattern: RegExp) => graph.claims.find((claim) => pattern.test(claim.text))!;
const links = linkIndex(graph.relations);
const own = (claim: Claim) => links.get(claim.id) ?? [];

// What decided "agrees" or "conflicts" is on the page: each other figure says what it has in common
// with this claim's, or that it has nothing, with "more than N" excluding N.
describe('what two figures have in common', () => {
  const upTo2Million = byText(/experts estimate up to 2 million/);
  const moreThanAMillion = byText(/more than a million mainly Uygur Muslims/);
  const link = (type: Relation['type'], from: string, to: string): Relation => ({
    type,
    from,
    to,
    origin: 'editor',
    method: 'editor',
    score: 1,
    explanation: '',
    declaredAt: null,
  });
  const figure = (id: string, quantity: Partial<NonNullable<Claim['quantity']>>): Claim => ({
    ...moreThanAMillion,
    id,
    quantity: { ...moreThanAMillion.quantity!, about: null, ...quantity },
  });

  it.each([
    [
      'overlapping ranges: the figures both allow',
      figure('upto2m', { min: null, max: 2_000_000, minExclusive: false, maxExclusive: false }),
      'agrees',
      'in common with this claim: more than 1,000,000 and at most 2,000,000 people',
    ],
    [
      '"up to 1 million" against "more than a million": none',
      figure('upto1m', { min: null, max: 1_000_000, minExclusive: false, maxExclusive: false }),
      'conflicts',
      'no figure in common with this claim',
    ],
    [
      '"at least a million" against "more than a million": all above it',
      figure('least1m', { min: 1_000_000, max: null, minExclusive: false, maxExclusive: false }),
      'agrees',
      'in common with this claim: more than 1,000,000 people',
    ],
    [
      'exactly a million against "more than a million": none',
      figure('exact1m', { min: 1_000_000, max: 1_000_000, minExclusive: false, maxExclusive: false }),
      'conflicts',
      'no figure in common with this claim',
    ],
  ] as const)('%s', (_, other, type, common) => {
    const byId = new Map([
      [moreThanAMillion.id, moreThanAMillion],
      [other.id, other],
    ]);
    const rows = countedTogether(moreThanAMillion, byId, [link(type, moreThanAMillion.id, other.id)], sourceNames);
    expect(rows.map((row) => [row.claim, row.common])).toEqual([
      [moreThanAMillion.id, null],
      [other.id, common],
    ]);
  });

  it('on the sample: the experts\' "up to 2 million" against the "more than a million" it agrees with', () => {
    const rows = countedTogether(upTo2Million, claimById, own(upTo2Million), sourceNames);
    expect(rows.find((row) => row.claim === moreThanAMillion.id)!.common).toBe(
      'in common with this claim: more than 1,000,000 and at most 2,000,000 people',
    );
  });
});

describe('claims that count the same thing', () => {
  it('gathers the Xinjiang detention figures through their links, this claim first, and leaves out other counts', () => {
    const upTo2Million = byText(/experts estimate up to 2 million/);
    const rows = countedTogether(upTo2Million, claimById, own(upTo2Million), sourceNames);
    expect(rows[0]).toMatchObject({
      claim: upTo2Million.id,
      current: true,
      min: null,
      max: 2_000_000,
      label: 'Experts, as reported by CNN',
    });
    const others = rows.slice(1);
    expect(others.every((row) => !row.current && claimById.get(row.claim)!.quantity!.unit === 'people')).toBe(true);
    expect(others.map((row) => row.claim)).toEqual(
      expect.arrayContaining([
        byText(/more than a million mainly Uygur detainees/).id,
        byText(/more than a million mainly Uygur Muslims/).id,
      ]),
    );
    expect(others.some((row) => claimById.get(row.claim)!.quantity!.unit === 'countries')).toBe(false);
  });

  it('draws no chart for a claim that is not a count, or whose count nothing else gives', () => {
    const torture = byText(/Allegations of torture/);
    expect(countedTogether(torture, claimById, own(torture), sourceNames)).toEqual([]);
    const lone = { ...byText(/22 nations/), id: 'lone01' };
    expect(countedTogether(lone, claimById, [], sourceNames)).toEqual([]);
  });
});

// "18 European countries" and "22 nations" are a part and its whole, not rival counts of one thing:
// no chart sets them side by side; the page says how they add up.
describe('a part and its whole', () => {
  const eighteen = byText(/18 European countries/);
  const twentyTwo = byText(/the group of 22 nations/);

  it('share no chart', () => {
    expect(countedTogether(eighteen, claimById, own(eighteen), sourceNames).map((row) => row.claim)).not.toContain(
      twentyTwo.id,
    );
    expect(countedTogether(twentyTwo, claimById, own(twentyTwo), sourceNames).map((row) => row.claim)).not.toContain(
      eighteen.id,
    );
  });

  it('are told as arithmetic in words, the smaller count first, on both pages', () => {
    const text =
      '18 countries (European countries that co-signed the letter) within 22 countries (nations that signed the letter to the UN High Commissioner for Human Rights): 18 of 22, 4 outside the smaller count';
    expect(partsOfCounts(eighteen, claimById, own(eighteen))).toEqual([{ other: twentyTwo.id, text }]);
    expect(partsOfCounts(twentyTwo, claimById, own(twentyTwo))).toEqual([{ other: eighteen.id, text }]);
  });

  it('without exact figures, the counts in words and no sum', () => {
    const range = (id: string, min: number | null, max: number | null, counted: string): Claim => ({
      ...eighteen,
      id,
      quantity: { ...eighteen.quantity!, min, max, minExclusive: false, maxExclusive: false, about: null, counted },
    });
    const part = range('part01', 10, 20, 'towns');
    const whole = range('whole1', null, 100, 'places');
    const byId = new Map([
      [part.id, part],
      [whole.id, whole],
    ]);
    const link: Relation = {
      type: 'refines',
      from: part.id,
      to: whole.id,
      origin: 'editor',
      method: 'editor',
      score: 1,
      explanation: '',
      declaredAt: null,
    };
    expect(partsOfCounts(whole, byId, [link])).toEqual([
      { other: part.id, text: 'between 10 and 20 countries (towns) within at most 100 countries (places)' },
    ]);
  });
});

describe('a claim linked to many others (a big corpus)', () => {
  // Forty claims giving the same count, each linked to the first: more than a page can carry.
  const base = byText(/experts estimate up to 2 million/);
  const many = Array.from({ length: 40 }, (_, index): Claim => ({
    ...base,
    id: `many${String(index).padStart(2, '0')}`,
  }));
  const byId = new Map([...claimById, ...many.map((claim) => [claim.id, claim] as const)]);
  const relation = (to: string, index: number): Relation => ({
    type: 'agrees',
    from: base.id,
    to,
    origin: index === 39 ? 'editor' : 'auto',
    method: index === 39 ? 'editor' : 'quantity-range',
    score: index === 39 ? 1 : index / 100,
    explanation: '',
    declaredAt: null,
  });
  const manyLinks = many.map((claim, index) => relation(claim.id, index));

  it('draws the claim and its strongest linked figures only, an editor’s link first', () => {
    const rows = countedTogether(base, byId, manyLinks, sourceNames);
    expect(rows).toHaveLength(chartRows);
    expect(rows.map((row) => row.claim)).toContain('many39');
    expect(rows.map((row) => row.claim)).toContain('many38');
    expect(rows.map((row) => row.claim)).not.toContain('many00');
  });

  it('lists the strongest links of each kind and counts the rest', () => {
    const [agrees] = groupLinks(linksOf(base.id, manyLinks));
    expect(agrees!.links).toHaveLength(listedLinksPerGroup);
    expect(agrees!.more).toBe(40 - listedLinksPerGroup);
    expect(agrees!.links[0]!.other).toBe('many39');
    expect(agrees!.links[1]!.other).toBe('many38');
  });
});

describe('the range chart', () => {
  const row = (claim: string, min: number | null, max: number | null): RangeRow => ({
    claim,
    label: claim,
    value: '',
    min,
    max,
    current: false,
    common: null,
  });
  const chart = rangeChart([
    row('upto', null, 2_000_000),
    row('over', 1_000_000, null),
    row('exact', 1_500_000, 1_500_000),
  ]);

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

  it('names the figure the scale ends at, where open bars stop, for its legend', () => {
    expect(chart.end).toBe('3M');
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
