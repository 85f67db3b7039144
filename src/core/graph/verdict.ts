// What the matcher decides of a pair of claims, before it becomes a Link.
import type { RelationType } from '../schema.ts';

export interface Verdict {
  type: RelationType;
  /** Index of the claim the link starts from (the narrower one, for refines). */
  from: number;
  method: string;
  score: number;
  /** Built on demand: a related verdict may be pruned before anyone reads it. */
  explain: () => string;
}

/** A verdict on a pair found outside the candidate loop. */
export interface PairVerdict extends Verdict {
  to: number;
}

/** A score rounded to three places within 0..1. */
export const clamp = (value: number) => Math.max(0, Math.min(1, Math.round(value * 1000) / 1000));
