// Two counts of the same kind of thing compared by their ranges: overlapping ranges agree, one within
// the other refines (unless both are just bounds of one estimate), disjoint ones conflict, and a
// qualified part of a whole ("18 European countries" of "22 nations") refines it.
import { commonInterval, type Interval } from '../ranges.ts';
import type { NormalQuantity } from './normalise.ts';
import { surface, type Profile, type Similarity } from './profile.ts';
import { thresholds as t } from './thresholds.ts';
import type { Checks } from './trace.ts';
import { clamp, type Verdict } from './verdict.ts';

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
export const formatNumber = (value: number) => numberFormat.format(value);

function describeRange(normal: NormalQuantity): string {
  const { min, max, minExclusive, maxExclusive } = normal.stated;
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

function compareRanges(
  x: NormalQuantity,
  y: NormalQuantity,
): 'equal' | 'a-within' | 'b-within' | 'overlap' | 'disjoint' {
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

/** Two claims counting the same kind of thing, compared by their ranges; `check` notes what is compared. */
export function relateQuantities(
  a: Profile,
  b: Profile,
  thing: Similarity,
  sharedWords: () => string,
  check: Checks,
): Verdict | undefined {
  for (const qa of a.quantities)
    for (const qb of b.quantities) {
      if (qa.normal.unitClass !== qb.normal.unitClass) continue;
      // The same figure for the same kind of unit needs less else in common to be the same count.
      const sameFigure = qa.normal.stated.min === qb.normal.stated.min && qa.normal.stated.max === qb.normal.stated.max;
      const sameThing =
        (check.atLeast('shared counted keys', thing.count, 'countShared') &&
          check.atLeast('counted overlap', thing.overlap, 'countOverlap')) ||
        (check.holds('two counts of the same figure', sameFigure) &&
          check.atLeast('shared counted keys', thing.count, 'sameFigureShared'));
      if (!sameThing) continue;
      const unit = qa.unit || qa.normal.unitClass;
      const stated = (quantity: typeof qa) => `“${quantity.text}” (${describeRange(quantity.normal)})`;
      const ranges = () => `${stated(qa)} and ${stated(qb)}`;
      const score = clamp(t.countScoreBase + t.countScoreSlope * thing.overlap);
      const [x, y] = comparable(qa.normal, qb.normal);
      const relation = compareRanges(x, y);
      const within = relation === 'a-within' || relation === 'b-within';
      const [narrowRange, wideRange] = relation === 'a-within' ? [x, y] : [y, x];
      if (relation === 'equal' || relation === 'overlap' || (within && sameEstimate(narrowRange, wideRange))) {
        const { low, high } = commonRange(x, y)!;
        const above = `${low.exclusive ? 'more than' : 'at least'} ${formatNumber(low.value)}`;
        const below = `${high.exclusive ? 'fewer than' : 'at most'} ${formatNumber(high.value)}`;
        const common =
          high.value === Infinity
            ? above
            : low.value === 0
              ? below
              : low.value === high.value
                ? formatNumber(low.value)
                : low.exclusive || high.exclusive
                  ? `${above} and ${below}`
                  : `${formatNumber(low.value)}–${formatNumber(high.value)}`;
        return {
          type: 'agrees',
          from: a.index,
          method: 'quantity-range',
          score,
          explain: () => `compatible ranges: ${ranges()} overlap on ${common} ${unit}; shared: ${sharedWords()}`,
        };
      }
      if (within) {
        const narrow = relation === 'a-within' ? a : b;
        return {
          type: 'refines',
          from: narrow.index,
          method: 'quantity-range',
          score,
          explain: () => `narrower range: ${ranges()}, one within the other (${unit}); shared: ${sharedWords()}`,
        };
      }
      // Disjoint: a count of a qualified part ("18 European countries") is smaller than the whole ("22 nations").
      const [small, big] = x.max <= y.min ? [qa, qb] : [qb, qa];
      const smallExtra = [...small.modifiers].filter((key) => !big.modifiers.has(key));
      const bigExtra = [...big.modifiers].filter((key) => !small.modifiers.has(key));
      if (smallExtra.length > 0 && bigExtra.length === 0) {
        const part = small === qa ? a : b;
        return {
          type: 'refines',
          from: part.index,
          method: 'quantity-range',
          score,
          explain: () => {
            const qualifiers = surface(part.claim.text, new Set(smallExtra)).join(', ') || smallExtra.join(', ');
            return `part of a whole: ${ranges()}; the smaller count is qualified (${qualifiers})`;
          },
        };
      }
      if (smallExtra.length === 0 && bigExtra.length === 0)
        return {
          type: 'conflicts',
          from: a.index,
          method: 'quantity-range',
          score,
          explain: () =>
            `ranges that cannot both hold for the same count: ${ranges()}: ${describeGap(x, y)} (${unit}); ` +
            `shared: ${sharedWords()}`,
        };
    }
  return undefined;
}
