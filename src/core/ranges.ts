// The figures a count allows, as the claim model states them: bounds that may be open (null, or
// ±Infinity) and may exclude their own figure ("more than N" does not allow N). One place for the
// arithmetic the matcher uses to decide agrees or conflicts and the claim page uses to show why.

export interface Bound {
  value: number;
  exclusive: boolean;
}

/** A count's bounds; an open side is -Infinity or Infinity. */
export interface Interval {
  low: Bound;
  high: Bound;
}

/** The bounds of a quantity, an open side as ±Infinity. */
export function intervalOf(quantity: {
  min: number | null;
  max: number | null;
  minExclusive: boolean;
  maxExclusive: boolean;
}): Interval {
  return {
    low: { value: quantity.min ?? -Infinity, exclusive: quantity.min !== null && quantity.minExclusive },
    high: { value: quantity.max ?? Infinity, exclusive: quantity.max !== null && quantity.maxExclusive },
  };
}

/** The stricter of two lower (or upper) bounds: at the same figure, an exclusive bound is the stricter. */
function stricter(a: Bound, b: Bound, side: 'low' | 'high'): Bound {
  if (a.value !== b.value) return (side === 'low' ? a.value > b.value : a.value < b.value) ? a : b;
  return { value: a.value, exclusive: a.exclusive || b.exclusive };
}

/** The figures both intervals allow, or null when no figure fits both ("up to 1 million" and "more than a million"). */
export function commonInterval(x: Interval, y: Interval): Interval | null {
  const low = stricter(x.low, y.low, 'low');
  const high = stricter(x.high, y.high, 'high');
  if (low.value > high.value || (low.value === high.value && (low.exclusive || high.exclusive))) return null;
  return { low, high };
}
