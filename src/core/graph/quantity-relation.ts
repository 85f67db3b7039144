// Two counts of the same kind of thing compared by their ranges, by a named, ordered table of rules
// (quantityRules): overlapping ranges agree, one within the other refines (unless both are just bounds of
// one estimate, or one is an "about" figure's margin), disjoint ones conflict, and a qualified part of a
// whole ("18 European countries" of "22 nations") refines it. A trace (`claimtrail match --explain`) notes
// each rule tried and the one that fired.
import { fastFormat } from '../number-format.ts';
import { commonInterval, type Interval } from '../ranges.ts';
import { approximateSlack } from '../schema.ts';
import type { NormalQuantity } from './normalise.ts';
import { surface, type Profile, type QuantityView, type Similarity } from './profile.ts';
import { thresholds as t } from './thresholds.ts';
import type { Checks } from './trace.ts';
import { clamp, type Verdict } from './verdict.ts';
import { ruleBuilder, yes, type NamedRule } from '../rule-table.ts';
import type { CountingRelation } from './counting.ts';
import {
  describedAsPart,
  narrowsSurely,
  partOfTheOther,
  qualifiedPart,
  sameNames,
  sameQualifiers,
} from './count-parts.ts';

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
export const formatNumber = fastFormat(numberFormat);

function describeRange(normal: NormalQuantity): string {
  const { min, max, minExclusive, maxExclusive } = normal.stated;
  // "About N" is stated as N ± 10%: N is its middle.
  if (normal.approximate && min !== null && max !== null)
    return `about ${formatNumber((min + max) / 2)}: ${formatNumber(min)}–${formatNumber(max)}`;
  if (min !== null && max !== null && !minExclusive && !maxExclusive)
    return min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
  const lower = min === null ? '' : `${minExclusive ? 'more than' : 'at least'} ${formatNumber(min)}`;
  const upper = max === null ? '' : `${maxExclusive ? 'fewer than' : 'at most'} ${formatNumber(max)}`;
  return [lower, upper].filter(Boolean).join(' and ');
}

/** Whether x's bound on one side lies within y's (at least as strict). */
function boundWithin(x: NormalQuantity, y: NormalQuantity, side: 'low' | 'high'): boolean {
  if (side === 'low') return x.min > y.min || (x.min === y.min && (x.minExclusive || !y.minExclusive));
  return x.max < y.max || (x.max === y.max && (x.maxExclusive || !y.maxExclusive));
}

/** The numbers both ranges allow, or null when no number fits both ("up to 1 million" and "more than a million"). */
function commonRange(x: NormalQuantity, y: NormalQuantity) {
  const interval = (normal: NormalQuantity): Interval => ({
    low: { value: normal.min, exclusive: normal.minExclusive },
    high: { value: normal.max, exclusive: normal.maxExclusive },
  });
  return commonInterval(interval(x), interval(y));
}

type RangeRelation = 'equal' | 'a-within' | 'b-within' | 'overlap' | 'disjoint';

function compareRanges(x: NormalQuantity, y: NormalQuantity): RangeRelation {
  if (!commonRange(x, y)) return 'disjoint';
  const xInY = boundWithin(x, y, 'low') && boundWithin(x, y, 'high');
  const yInX = boundWithin(y, x, 'low') && boundWithin(y, x, 'high');
  if (xInY && yInX) return 'equal';
  if (xInY) return 'a-within';
  if (yInX) return 'b-within';
  return 'overlap';
}

const isExact = (normal: NormalQuantity) => normal.stated.min !== null && normal.stated.min === normal.stated.max;
const isOpen = (normal: NormalQuantity) => normal.stated.min === null || normal.stated.max === null;

/** A range as its words bound it, without the slack a rounded figure gets. */
function asStated(normal: NormalQuantity): NormalQuantity {
  return { ...normal, min: normal.stated.min ?? 0, max: normal.stated.max ?? Infinity };
}

/**
 * The two ranges to compare. A rounded figure's slack is for another figure rounded differently
 * ("1,950" / "2,000"); against a bound it would make "more than 6,000" allow 6,000, which it excludes.
 */
function comparable(x: NormalQuantity, y: NormalQuantity): [NormalQuantity, NormalQuantity] {
  return [isExact(x) && isOpen(y) ? asStated(x) : x, isExact(y) && isOpen(x) ? asStated(y) : y];
}

/**
 * Whether a range within another is just another bound on the same count, not a narrower statement:
 * "up to 1 million" and "up to 2 million" are two estimates; "6,000" and "at least 6,000" state one figure.
 */
function sameEstimate(narrow: NormalQuantity, wide: NormalQuantity): boolean {
  const openAlike = (side: 'min' | 'max') => narrow.stated[side] === null && wide.stated[side] === null;
  const atBound = isExact(narrow) && (narrow.stated.min === wide.stated.min || narrow.stated.max === wide.stated.max);
  return openAlike('min') || openAlike('max') || atBound;
}

/**
 * The gap between two ranges that cannot both hold, in words: "nothing is both at most 1,000,000 and more
 * than 1,000,000".
 */
function describeGap(x: NormalQuantity, y: NormalQuantity): string {
  return `no number is both ${describeRange(x)} and ${describeRange(y)}`;
}

/**
 * Whether a bound around an estimate is near enough its figure to state it another way: "more than 35,000"
 * of "about 40,000", not "as many as 5,000" of "around 800".
 */
function nearEstimate(estimate: NormalQuantity, bounds: NormalQuantity): boolean {
  if (!estimate.approximate) return false;
  const figure = (estimate.min + estimate.max) / 2;
  const reach = figure * approximateSlack * t.estimateReach;
  return [bounds.stated.min, bounds.stated.max].every((bound) => bound === null || Math.abs(bound - figure) <= reach);
}

/**
 * Whether an open range's bound is near enough a figure to be that figure rounded: "more than 200" of 214,
 * "up to 2,000" of 1,800; not "more than 100" of 250, nor "as many as 5,000" of "about 800".
 */
function nearBound(figure: NormalQuantity, bounds: NormalQuantity): boolean {
  if (!isOpen(bounds) || !(isExact(figure) || figure.approximate)) return false;
  const middle = (figure.min + figure.max) / 2;
  const bound = bounds.stated.min ?? bounds.stated.max!;
  return middle > 0 && Math.abs(bound - middle) <= middle * t.boundReach;
}

/** Two counts of one kind of thing, each in its claim, with their ranges as the rules compare them. */
export interface CountPair {
  a: Profile;
  b: Profile;
  qa: QuantityView;
  qb: QuantityView;
  /** The ranges compared (comparable): qa's and qb's. */
  x: NormalQuantity;
  y: NormalQuantity;
  relation: RangeRelation;
  score: number;
  unit: string;
  /** How the editors' descriptions of what is counted compare (counting.ts), when both wrote one. */
  counting: CountingRelation | undefined;
  /**
   * What qualifies each count, the smaller's first for the side it is on: the editors' descriptions of what
   * is counted when both wrote one (counting.ts), else the words around each figure (qa's, qb's modifiers).
   */
  qualifiers: { a: [ReadonlySet<string>, ReadonlySet<string>]; b: [ReadonlySet<string>, ReadonlySet<string>] };
  /** Whether one count refers back to a whole ("1,200 of them"), not of another act or time (pair.ts). */
  partOfWhole: boolean;
  /** The words each count's qualifiers are in, for explanations. */
  qualifiedText: (part: Profile) => string;
  /** Both counts as written, with their ranges, for explanations. */
  ranges: () => string;
  sharedWords: () => string;
}

/** The unit two counts are in, for explanations: " (dollars)", or nothing for bare figures ("3 million"). */
const inUnit = (p: CountPair) => (p.unit ? ` (${p.unit})` : '');

/** The narrower of two ranges one within the other, and the wider: [claim, its range, the other range]. */
function narrowAndWide({ a, b, x, y, relation }: CountPair): [Profile, NormalQuantity, NormalQuantity] | undefined {
  if (relation === 'a-within') return [a, x, y];
  if (relation === 'b-within') return [b, y, x];
  return undefined;
}

/** The numbers both ranges allow, in words: "more than 300 and at most 500", "6,000". */
function describeCommon(x: NormalQuantity, y: NormalQuantity): string {
  const { low, high } = commonRange(x, y)!;
  const above = `${low.exclusive ? 'more than' : 'at least'} ${formatNumber(low.value)}`;
  const below = `${high.exclusive ? 'fewer than' : 'at most'} ${formatNumber(high.value)}`;
  if (high.value === Infinity) return above;
  if (low.value === 0) return below;
  if (low.value === high.value) return formatNumber(low.value);
  if (low.exclusive || high.exclusive) return `${above} and ${below}`;
  return `${formatNumber(low.value)}–${formatNumber(high.value)}`;
}

/** Two ranges some number fits: the counts agree. */
const agreement = (_: true, p: CountPair): Verdict => ({
  type: 'agrees',
  from: p.a.index,
  method: 'quantity-range',
  score: p.score,
  explain: () => {
    const common = [describeCommon(p.x, p.y), p.unit].filter(Boolean).join(' ');
    return `compatible ranges: ${p.ranges()} overlap on ${common}; shared: ${p.sharedWords()}`;
  },
});

const rule = ruleBuilder<[pair: CountPair], Verdict>();

/**
 * The method of a link between a part and its whole: not the same fact, so it corroborates neither
 * (corroboration.ts), whatever its type.
 */
export const partOfWholeMethod = 'part-of-whole';

/**
 * The rules, in the order they are tried: the first that gives a verdict decides. A pair of counts no
 * rule decides (disjoint, each qualified its own way) relates nothing, and the next pair is compared.
 */
export const quantityRules: readonly NamedRule<[pair: CountPair], Verdict>[] = [
  // First: a count of some of the other's whole ("at least 40 of them minors" / "more than 400 people
  // detained") states a narrower fact, whatever its figure: it never states the same count. Disjoint, it
  // is left to part-of-a-whole and part-larger-than-whole.
  rule(
    'part-within-its-whole',
    (p) => (p.relation === 'disjoint' ? undefined : partOfTheOther(p)),
    ({ part, extra }, p) => ({
      type: 'refines',
      from: part.index,
      method: partOfWholeMethod,
      score: p.score,
      explain: () => {
        const qualifiers = surface(p.qualifiedText(part), new Set(extra)).join(', ') || extra.join(', ');
        const why = extra.length ? `is qualified (${qualifiers})` : 'counts some of a whole it refers back to';
        return `part of a whole: ${p.ranges()}; one count ${why}`;
      },
    }),
  ),
  // Ranges that allow the same numbers agree, whatever else the counts say.
  rule('same-range', (p) => yes(p.relation === 'equal'), agreement),
  // Ranges that share some numbers, neither within the other ("more than 300", "up to 500"): they agree.
  rule('overlapping-ranges', (p) => yes(p.relation === 'overlap'), agreement),
  // Before narrower-range, which it exempts: "up to 1 million" within "up to 2 million" is another
  // estimate of the same count, and "6,000" within "at least 6,000" states that one figure, so they agree.
  rule(
    'bounds-of-one-estimate',
    (p) => {
      const within = narrowAndWide(p);
      return yes(within !== undefined && sameEstimate(within[1], within[2]));
    },
    agreement,
  ),
  // Before narrower-range, which it exempts: "about 40,000" is a figure with its margin, not a range it
  // claims, so a figure inside it ("38,000") or a bound near it ("more than 35,000") states the same count.
  rule(
    'within-an-estimate',
    (p) => {
      const within = narrowAndWide(p);
      return yes(within !== undefined && (within[2].approximate || nearEstimate(within[1], within[2])));
    },
    (_, p) => ({
      ...agreement(true, p),
      explain: () =>
        `compatible estimates: ${p.ranges()}, one within the other, and “about” gives a figure's margin, ` +
        `not a narrower count${inUnit(p)}; shared: ${p.sharedWords()}`,
    }),
  ),
  // Before narrower-range, which it exempts: a figure and a bound near it ("214 people" / "more than two
  // hundred", "63" / "more than 60") state one count, the bound rounding the figure, as news writes it;
  // not when one count is qualified ("1,150 people in Sindh province" of "more than 1,000 people").
  rule(
    'bound-near-a-figure',
    (p) => {
      const within = narrowAndWide(p);
      return yes(within !== undefined && sameQualifiers(p) && sameNames(p) && nearBound(within[1], within[2]));
    },
    (_, p) => ({
      ...agreement(true, p),
      explain: () =>
        `compatible counts: ${p.ranges()}, the bound near the figure, as a rounded figure is written${inUnit(p)}; ` +
        `shared: ${p.sharedWords()}`,
    }),
  ),
  // One range within the other, not another bound of one estimate: the narrower claim refines the wider.
  rule(
    'narrower-range',
    (p) => narrowAndWide(p)?.[0],
    (narrow, p) => ({
      type: 'refines',
      from: narrow.index,
      method: 'quantity-range',
      score: p.score,
      explain: () => `narrower range: ${p.ranges()}, one within the other${inUnit(p)}; shared: ${p.sharedWords()}`,
    }),
  ),
  // Disjoint, before disjoint-ranges: a count of a qualified part ("18 European countries") is smaller than
  // the whole ("22 nations") without contradicting it.
  rule(
    'part-of-a-whole',
    (p) =>
      p.relation === 'disjoint' && p.counting !== 'same-thing' && describedAsPart(p) ? qualifiedPart(p) : undefined,
    ({ part, extra }, p) => ({
      type: 'refines',
      from: part.index,
      method: partOfWholeMethod,
      score: p.score,
      explain: () => {
        const qualifiers = surface(p.qualifiedText(part), new Set(extra)).join(', ') || extra.join(', ');
        return `part of a whole: ${p.ranges()}; the smaller count is qualified (${qualifiers})`;
      },
    }),
  ),
  // Disjoint, the larger alone qualified in the editors' descriptions ("more than 3,000 residents evacuated
  // from villages in the valley" / "about 800 people evacuated from the valley"): a part cannot outnumber its
  // whole. Only as editors describe them: the words around a figure qualify too loosely to accuse.
  rule(
    'part-larger-than-whole',
    (p) => {
      const part = p.relation === 'disjoint' && p.counting === 'part' ? qualifiedPart(p, 'larger') : undefined;
      return part && narrowsSurely(part.part, part.extra) ? part : undefined;
    },
    ({ part, extra }, p) => ({
      type: 'conflicts',
      from: p.a.index,
      method: partOfWholeMethod,
      score: p.score,
      explain: () => {
        const qualifiers = surface(p.qualifiedText(part), new Set(extra)).join(', ') || extra.join(', ');
        return `a part larger than its whole: ${p.ranges()}; the larger count is of a part (${qualifiers})`;
      },
    }),
  ),
  // Last: disjoint ranges of counts qualified alike cannot both hold for the same count.
  rule(
    'disjoint-ranges',
    (p) => yes(p.relation === 'disjoint' && (p.counting === 'same-thing' || sameQualifiers(p))),
    (_, p) => ({
      type: 'conflicts',
      from: p.a.index,
      method: 'quantity-range',
      score: p.score,
      explain: () =>
        `ranges that cannot both hold for the same count: ${p.ranges()}: ${describeGap(p.x, p.y)}${inUnit(p)}; ` +
        `shared: ${p.sharedWords()}`,
    }),
  ),
];

/**
 * Whether two claims state counts in one kind of unit that no number fits both ("40 women" / "120 men"
 * arrested): whatever else their words share, they do not state the same fact.
 */
export function disjointCounts(a: Profile, b: Profile): boolean {
  return a.quantities.some((qa) =>
    b.quantities.some(
      (qb) =>
        qa.normal.unitClass === qb.normal.unitClass &&
        compareRanges(...comparable(qa.normal, qb.normal)) === 'disjoint',
    ),
  );
}

/**
 * Two claims counting the same kind of thing, compared by their ranges; `check` notes what is compared,
 * and each quantity rule tried ("quantity rule narrower-range: yes" for the one that fired). `counting`: how
 * the editors' descriptions of what is counted compare (counting.ts), when both wrote one; `partOfWhole`:
 * one count refers back to a whole (pair.ts).
 */
export function relateQuantities(
  a: Profile,
  b: Profile,
  thing: Similarity,
  sharedWords: () => string,
  check: Checks,
  { counting, partOfWhole }: { counting: CountingRelation | undefined; partOfWhole: boolean },
): Verdict | undefined {
  const editorsRelate = counting === 'same-thing' || counting === 'part';
  const described: [ReadonlySet<string>, ReadonlySet<string>] | undefined =
    a.counting && b.counting ? [a.counting.qualifiers, b.counting.qualifiers] : undefined;
  for (const qa of a.quantities)
    for (const qb of b.quantities) {
      if (qa.normal.unitClass !== qb.normal.unitClass) continue;
      // The same figure for the same kind of unit needs less else in common to be the same count.
      const sameFigure = qa.normal.stated.min === qb.normal.stated.min && qa.normal.stated.max === qb.normal.stated.max;
      const sameThing =
        check.holds('the editors describe one thing counted, or a part of it', editorsRelate) ||
        (check.atLeast('shared counted keys', thing.count, 'countShared') &&
          check.atLeast('counted overlap', thing.overlap, 'countOverlap')) ||
        (check.holds('two counts of the same figure', sameFigure) &&
          check.atLeast('shared counted keys', thing.count, 'sameFigureShared'));
      if (!sameThing) continue;
      const stated = (quantity: QuantityView) => `“${quantity.text}” (${describeRange(quantity.normal)})`;
      const [x, y] = comparable(qa.normal, qb.normal);
      const [ofA, ofB] = described ?? [qa.modifiers, qb.modifiers];
      const pair: CountPair = {
        a,
        b,
        qa,
        qb,
        x,
        y,
        relation: compareRanges(x, y),
        score: clamp(t.countScoreBase + t.countScoreSlope * thing.overlap),
        unit: qa.unit || qa.normal.unitClass,
        counting,
        partOfWhole,
        qualifiers: { a: [ofA, ofB], b: [ofB, ofA] },
        qualifiedText: (part) => (described ? part.counting!.text : part.claim.text),
        ranges: () => `${stated(qa)} and ${stated(qb)}`,
        sharedWords,
      };
      for (const quantityRule of quantityRules) {
        const verdict = quantityRule.apply(pair);
        if (check.holds(`quantity rule ${quantityRule.name}`, verdict !== undefined)) return verdict;
      }
    }
  return undefined;
}
