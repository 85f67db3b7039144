// What an editor's review in the dev server asks of an entry; src/core/review/edit.ts makes the edit.
// Part of src/core/schema.ts, which re-exports it: import from there.
import { z } from 'zod';
import { idSchema, relationTypes } from './vocabulary.ts';

/** The attributes of a <Claim> marker a review sets: never its id, its links (the link actions) or signals. */
export const editableAttributes = [
  'statement',
  'stance',
  'by',
  'hedges',
  'kind',
  'claimed',
  'value',
  'min',
  'max',
  'over',
  'under',
  'about',
  'unit',
  'counted',
] as const;
export type EditableAttribute = (typeof editableAttributes)[number];

/** One review action, as the dev server receives it. */
export const reviewActionSchema = z.discriminatedUnion('action', [
  /** Sets each attribute given (null removes it): confirms a drafted claim, or corrects one. */
  z.strictObject({
    action: z.literal('set-claim'),
    claim: idSchema,
    attributes: z.partialRecord(z.enum(editableAttributes), z.string().nullable()),
  }),
  /** The words stop being a claim: the marker's tags go, its words and <Source> markers stay. */
  z.strictObject({ action: z.literal('reject-claim'), claim: idSchema }),
  /** `other` joins the marker's `type` list, and leaves its other link lists and `unrelated`. */
  z.strictObject({ action: z.literal('confirm-link'), claim: idSchema, other: idSchema, type: z.enum(relationTypes) }),
  /** `other` joins `unrelated`, and leaves the marker's link lists. */
  z.strictObject({ action: z.literal('reject-link'), claim: idSchema, other: idSchema }),
  /** The front matter's `review:` becomes `reviewed`. */
  z.strictObject({ action: z.literal('mark-reviewed') }),
]);
export type ReviewAction = z.infer<typeof reviewActionSchema>;
