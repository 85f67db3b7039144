// What saving a claim's form in the review tool writes to its marker. Apart from state.ts, and with no
// import but types, because the tool's page side runs it in the browser.
import type { Claim, EditableAttribute } from '../schema.ts';

/** The marker attributes a form shows, as written: '' where the marker has none. */
export type ClaimValues = Record<EditableAttribute, string>;

/** What a form asks to write: a value, or null to remove the attribute. */
export type AttributeChanges = Partial<Record<EditableAttribute, string | null>>;

/** A claim as its form starts: its values, and which of them the program drafted. */
export interface ClaimForm {
  values: ClaimValues;
  drafted: Claim['drafted'];
}

/** The attribute an editor writes for each field the program may draft. */
const attributeOfDrafted = {
  statement: 'statement',
  stance: 'stance',
  claimant: 'by',
  hedges: 'hedges',
} as const satisfies Record<Claim['drafted'][number], EditableAttribute>;

/** The attributes that state a quantity's number or bounds: one of value, about, or min/over and max/under. */
const boundAttributes = ['value', 'about', 'min', 'over', 'max', 'under'] as const;

/** The attributes that state a quantity: only a kind="quantity" claim has them. */
const quantityAttributes = new Set<EditableAttribute>([...boundAttributes, 'unit', 'counted']);

/**
 * What saving a claim's form writes: every field that differs from what the tool showed, and every
 * field the program drafted, so confirming writes the drafted values the editor saw (a statement
 * written alone would say the claim has no hedges). An emptied field removes its attribute, and a
 * claim made another kind than quantity loses its quantity's attributes.
 */
export function attributesToWrite(claim: ClaimForm, form: Partial<ClaimValues>): AttributeChanges {
  const drafted = new Set<EditableAttribute>(claim.drafted.map((field) => attributeOfDrafted[field]));
  const quantity = normalised('kind', form.kind ?? claim.values.kind) === 'quantity';
  const changes: AttributeChanges = {};
  for (const key of Object.keys(claim.values) as EditableAttribute[]) {
    const given = !quantity && quantityAttributes.has(key) ? '' : (form[key] ?? claim.values[key]);
    const value = normalised(key, given);
    if (value === claim.values[key] && !drafted.has(key)) continue;
    if (value === '' && claim.values[key] === '') continue;
    changes[key] = value === '' ? null : value;
  }
  // The form shows a quantity's bounds one way (a marker's min="5" max="5" as value 5): a changed bound
  // writes all of them as the form shows them, so no attribute of the old way is left to contradict it.
  if (quantity && boundAttributes.some((key) => key in changes))
    for (const key of boundAttributes) changes[key] = normalised(key, form[key] ?? claim.values[key]) || null;
  return changes;
}

/** A field as an attribute holds it: trimmed; lists (hedges, the `by` chain) spaced as written. */
function normalised(key: EditableAttribute, value: string): string {
  if (key === 'hedges') return value.split(/\s+/).filter(Boolean).join(' ');
  if (key === 'by')
    return value
      .split('<')
      .map((part) => part.trim())
      .filter(Boolean)
      .join(' < ');
  return value.trim();
}
