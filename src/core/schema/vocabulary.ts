// The closed lists the schemas choose from: ids, kinds of source and claim, stances, hedges, ratings,
// relation types. Part of src/core/schema.ts, which re-exports them: import from there.
import { z } from 'zod';

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z.string().min(3).max(64).regex(idPattern, 'use lowercase letters, digits and single hyphens');

export const sourceTypes = [
  'outlet',
  'news-agency',
  'government',
  'government-body',
  'intergovernmental',
  'ngo',
  'person',
  'unnamed',
  'group',
] as const;

export const reviewStates = ['auto', 'hand-annotated', 'reviewed'] as const;

/**
 * An editor's rating scale, worst to best, and where each rating stands on schema.org's 1–5 Rating
 * (null: a rating outside the scale, such as "unproven").
 */
export const ratings = {
  false: { label: 'False', value: 1 },
  'mostly-false': { label: 'Mostly false', value: 2 },
  mixed: { label: 'Mixed', value: 3 },
  'mostly-true': { label: 'Mostly true', value: 4 },
  true: { label: 'True', value: 5 },
  unproven: { label: 'Unproven', value: null },
} as const satisfies Record<string, { label: string; value: number | null }>;

export type Rating = keyof typeof ratings;

export const ratingIds = Object.keys(ratings) as [Rating, ...Rating[]];

export const claimKinds = ['quantity', 'quote', 'reported', 'event', 'statement'] as const;

/**
 * How the publisher presents a claim: in its own voice, or relaying someone else's words. Only an
 * `asserts` claim is the publisher's; for the others the claimant is the end of the attribution chain.
 */
export const stances = {
  asserts: { label: 'Asserted' },
  quotes: { label: 'Quoted' },
  reports: { label: 'Reported' },
  'reports-allegation': { label: 'Reported as an allegation' },
  'reports-denial': { label: 'Reported as a denial' },
} as const satisfies Record<string, { label: string }>;

export type Stance = keyof typeof stances;

export const stanceIds = Object.keys(stances) as [Stance, ...Stance[]];

/**
 * Qualifiers that limit what a claim says, with example words that carry each (ingest's rules in
 * ingest/claim-model.ts must catch every one of them: a unit test holds them together).
 */
export const hedges = {
  estimate: { label: 'an estimate', cues: ['estimate', 'estimates', 'estimated', 'an estimated'] },
  approximately: {
    label: 'approximate',
    cues: ['about', 'around', 'roughly', 'approximately', 'some', 'nearly', 'almost'],
  },
  'up-to': { label: 'up to (an upper bound)', cues: ['up to', 'as many as', 'as much as', 'at most'] },
  'at-least': { label: 'at least (a lower bound)', cues: ['at least', 'no fewer than', 'no less than'] },
  'more-than': { label: 'more than (an exclusive lower bound)', cues: ['more than', 'over', 'above', 'in excess of'] },
  reportedly: { label: 'reportedly', cues: ['reportedly', 'reported to', 'said to'] },
  alleged: { label: 'alleged', cues: ['alleged', 'allegedly', 'accused of', 'allegations', 'accusations'] },
  'according-to': { label: 'according to a source', cues: ['according to'] },
  possibly: {
    label: 'possibly',
    cues: ['may', 'might', 'could', 'possibly', 'probably', 'likely', 'appears', 'appeared', 'seems', 'believed'],
  },
  conditional: { label: 'conditional', cues: ['if', 'unless', 'would'] },
  unconfirmed: { label: 'unconfirmed', cues: ['unconfirmed', 'unverified', 'informal', 'informally'] },
} as const satisfies Record<string, { label: string; cues: readonly string[] }>;

export type Hedge = keyof typeof hedges;

export const hedgeIds = Object.keys(hedges) as [Hedge, ...Hedge[]];

/** The parts of a claim's model that ingest or the loader may draft, for an editor to review. */
export const draftableFields = ['statement', 'stance', 'claimant', 'hedges'] as const;

export const relationTypes = ['agrees', 'conflicts', 'refines', 'related'] as const;

export type RelationType = (typeof relationTypes)[number];

export const corroborationStatuses = ['corroborated', 'single-source', 'contested'] as const;

export const imageExtensions = ['png', 'jpg', 'jpeg', 'gif', 'webp'] as const;
/** An image in the corpus folder (a logo, a share image), by its path there; the build copies it into the site. */
// A segment starts with no ".", so none is "." or "..": the path cannot leave the folder.
