// Drawings a claim page shows without any script: the ranges that claims counting the same thing give,
// side by side, and the chain of attribution. Pure geometry; the site turns it into SVG.
import { commonInterval, intervalOf, type Bound, type Interval } from '../ranges.ts';
import type { Claim, Quantity, Relation } from '../schema.ts';
import { claimantLine, describeQuantity, numberFormat, strongestFirst } from './views.ts';

export interface RangeRow {
  claim: string;
  /** Who gives the figure: "CNN, citing experts". */
  label: string;
  /** The figure in words: "at most 2,000,000 people". */
  value: string;
  min: number | null;
  max: number | null;
  /** The claim whose page shows the chart. */
  current: boolean;
  /**
   * For another claim's row: the figures it has in common with this claim, in words, or that it has
   * none (what decided "agrees" or "conflicts"); null on this claim's own row.
   */
  common: string | null;
}

// Rival statements of one count. `refines` joins a narrower count (18 European countries of 22
// nations), which is no competing estimate: it is told in words (partsOfCounts); `related` claims are
// about the subject, not the count.
const sameCount = new Set<Relation['type']>(['agrees', 'conflicts']);

/** At most this many figures are drawn: the claim's own and its strongest links' (editors' first). */
export const chartRows = 12;

/**
 * The claim and the quantity claims it is linked to by agrees, conflicts or refines that count in the
 * same unit; none when it is alone. `links` are the claim's own relations. Ordered: the claim first,
 * then by lower bound.
 */
export function countedTogether(
  claim: Claim,
  claimById: ReadonlyMap<string, Claim>,
  links: readonly Relation[],
  sourceNames: ReadonlyMap<string, string>,
): RangeRow[] {
  if (!claim.quantity) return [];
  const others = strongestFirst(links.filter((link) => sameCount.has(link.type)))
    .map((link) => claimById.get(link.from === claim.id ? link.to : link.from)!)
    .filter((other): other is Claim & { quantity: Quantity } => other.quantity?.unit === claim.quantity!.unit)
    .slice(0, chartRows - 1);
  if (others.length === 0) return [];
  const own = intervalOf(claim.quantity);
  const row = (member: Claim & { quantity: Quantity }): RangeRow => ({
    claim: member.id,
    label: claimantLine(member, sourceNames),
    value: describeQuantity(member.quantity),
    min: member.quantity.min,
    max: member.quantity.max,
    current: member.id === claim.id,
    common: member.id === claim.id ? null : describeCommon(own, member.quantity),
  });
  const rows = others.map(row);
  rows.sort(
    (a, b) =>
      (a.min ?? 0) - (b.min ?? 0) || (a.max ?? Infinity) - (b.max ?? Infinity) || a.claim.localeCompare(b.claim),
  );
  return [row(claim as Claim & { quantity: Quantity }), ...rows];
}

/**
 * What two counts have in common, for a reader: "in common with
 * this claim: more than 1,000,000 and at most 2,000,000 people".
 */
function describeCommon(own: Interval, other: Quantity): string {
  const common = commonInterval(own, intervalOf(other));
  if (!common) return 'no figure in common with this claim';
  const { low, high } = common;
  const bound = (side: Bound) => (Number.isFinite(side.value) ? side.value : null);
  const words = describeQuantity({
    ...other,
    about: null,
    min: bound(low),
    max: bound(high),
    minExclusive: low.exclusive,
    maxExclusive: high.exclusive,
  });
  return `in common with this claim: ${words}`;
}

export interface CountPart {
  /** The other claim of the pair. */
  other: string;
  /** The two counts in words, the smaller first, with their arithmetic when both are exact figures. */
  text: string;
}

/**
 * The counts in the same unit that this claim's count is linked to by `refines`: a part and its whole
 * ("18 countries (European countries that co-signed the letter) within 22 countries (nations that
 * signed the letter): 18 of 22, 4 outside the smaller count"). The smaller figure is the part; the
 * arithmetic uses only the two stated figures.
 */
export function partsOfCounts(
  claim: Claim,
  claimById: ReadonlyMap<string, Claim>,
  links: readonly Relation[],
): CountPart[] {
  const own = claim.quantity;
  if (!own) return [];
  return strongestFirst(links.filter((link) => link.type === 'refines'))
    .map((link) => claimById.get(link.from === claim.id ? link.to : link.from)!)
    .filter((other): other is Claim & { quantity: Quantity } => other.quantity?.unit === own.unit)
    .map((other) => {
      const [part, whole] = [own, other.quantity].sort((a, b) => (a.max ?? Infinity) - (b.max ?? Infinity));
      const words = (quantity: Quantity) => `${describeQuantity(quantity)} (${quantity.counted})`;
      const exact = (quantity: Quantity) =>
        quantity.min !== null && quantity.min === quantity.max ? quantity.min : null;
      const [partValue, wholeValue] = [exact(part!), exact(whole!)];
      const sum =
        partValue !== null && wholeValue !== null && partValue < wholeValue
          ? `: ${numberFormat.format(partValue)} ` +
            `of ${numberFormat.format(wholeValue)}, ${numberFormat.format(wholeValue - partValue)} outside ` +
            'the smaller count'
          : '';
      return { other: other.id, text: `${words(part!)} within ${words(whole!)}${sum}` };
    });
}

export interface RangeBar extends RangeRow {
  /** Where the bar starts and ends, in percent of the scale; an open end runs to the edge. */
  from: number;
  to: number;
  openBelow: boolean;
  openAbove: boolean;
  /** An exact figure is a mark, not a bar. */
  exact: boolean;
}

export interface RangeChart {
  /** Scale marks, in percent of the scale. */
  ticks: { at: number; label: string }[];
  /** The figure the scale ends at, where an open range's bar stops: "3M". */
  end: string;
  bars: RangeBar[];
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/**
 * The rows on a linear scale from zero to a round number past the largest bound, in percent, so the
 * drawing stretches to any screen while its labels stay text.
 */
export function rangeChart(rows: RangeRow[]): RangeChart {
  const bounds = rows.flatMap((row) => [row.min, row.max]).filter((value): value is number => value !== null);
  // Room past the largest bound, so an open-ended "more than" still shows as running on.
  const room = Math.max(...bounds) * 1.25;
  const step = niceStep(room / 4);
  const top = step * Math.ceil(room / step);
  const at = (value: number) => Math.round((value / top) * 10000) / 100;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, index) => ({
    at: at(index * step),
    label: compact.format(index * step),
  }));
  const bars = rows.map((row) => ({
    ...row,
    from: at(row.min ?? 0),
    to: at(row.max ?? top),
    openBelow: row.min === null,
    openAbove: row.max === null,
    exact: row.min !== null && row.min === row.max,
  }));
  return { ticks, end: ticks.at(-1)!.label, bars };
}

/** The smallest of 1, 2 or 5 times a power of ten that is at least `value`: a step people read easily. */
export function niceStep(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= value * (1 - 1e-9))!;
}
