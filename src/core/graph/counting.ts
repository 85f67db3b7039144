// What an editor says a count counts (a quantity's `counted`: "people killed when the ferry capsized"),
// compared between two claims. Outlets word one act many ways ("raised its main interest rate" / "hiked its
// benchmark rate"), but an editor describes what is counted for the count itself, so two descriptions in
// nearly the same words, of the same acts and times, count one thing. Descriptions that name other times
// ("birds culled in the 2019 outbreak" / "in the current outbreak") count two occasions. A `counted` that
// only repeats the words after the figure ("people", as `claimtrail ingest` writes it) describes nothing.
import { weekdays } from '../lexicon/calendar.ts';
import type { Name, Normaliser } from './normalise.ts';
import { actOf, predicateKeys } from './predicates.ts';
import { words } from './words.ts';
import { thresholds as t } from './thresholds.ts';

/** An editor's description of what a count counts, as the comparison reads it. */
export interface Counting {
  text: string;
  /** Its content keys. */
  keys: ReadonlySet<string>;
  /** The acts its verbs name ("killed", "rescued"). */
  acts: ReadonlySet<string>;
  /** Years, months and times said relative to now ("last year"): weekdays are days of one story. */
  times: ReadonlySet<string>;
  /** Weekdays it names ("after Thursday's decision"). */
  days: ReadonlySet<string>;
  names: readonly Name[];
  /**
   * Its words and names but the general nouns of a kind of unit ("people"): what sets a part apart from its
   * whole ("children killed …" of "people killed …", "Grenvaar Farms' birds culled" of "birds culled").
   */
  qualifiers: ReadonlySet<string>;
}

// Nouns that name a kind of unit in general, and qualify nothing: "people killed" is every death counted.
const generalNouns = new Set(
  words('people person individual resident inhabitant country nation thing').map((token) => token.key),
);

// "after Thursday's decision": a weekday, possessive or not.
const weekdayPattern = new RegExp(`\\b(?:${[...weekdays].join('|')})\\b`, 'giu');

// "last year", "this summer": an occasion before or after the story's own, as a year or a month would be.
const relativeTimes = /\b(?:last|this|previous|next)\s+(?:year|month|summer|winter|spring|autumn|fall)\b/giu;

/**
 * The counted description of a claim's quantity, if it says more than the words after a figure in the claim
 * (`besideFigures`: "protesters" in "police arrested 200 protesters"), as an editor's does.
 */
export function countingOf(
  counted: string | undefined,
  besideFigures: readonly string[],
  normaliser: Normaliser,
): Counting | undefined {
  if (!counted?.trim()) return undefined;
  const { content, dates, names } = normaliser.analyse(counted);
  const written = new Set(besideFigures.flatMap((phrase) => normaliser.analyse(phrase).content));
  if (content.every((key) => written.has(key))) return undefined;
  const relative = [...counted.matchAll(relativeTimes)].map((match) => match[0].toLowerCase().replace(/\s+/gu, ' '));
  return {
    text: counted,
    keys: new Set(content),
    acts: new Set(predicateKeys(counted).map(actOf)),
    times: new Set([...dates.filter((date) => !date.startsWith('day:')), ...relative]),
    days: new Set([...counted.matchAll(weekdayPattern)].map((match) => match[0].toLowerCase())),
    names,
    qualifiers: new Set([...content, ...names.flatMap((name) => name.keys)].filter((key) => !generalNouns.has(key))),
  };
}

const sameSet = (x: ReadonlySet<string>, y: ReadonlySet<string>) =>
  x.size === y.size && [...x].every((item) => y.has(item));

/** How two editors' descriptions of what is counted compare. */
export type CountingRelation = 'same-thing' | 'part' | 'other-times' | 'unlike';

/**
 * Other times: one names a year, month or relative time the other does not, or they name different weekdays.
 * Else, of the same acts and not `otherNames` (pair-facts.ts namesDiffer): a part when only one is qualified
 * by words the other lacks ("children killed when the ferry capsized" / "people killed when …"); the same
 * thing when neither is, or each words it its own way with nearly all words in common ("main" / "benchmark"
 * interest rate).
 */
export function compareCountings(x: Counting, y: Counting, otherNames: boolean): CountingRelation {
  const daysDiffer = x.days.size > 0 && y.days.size > 0 && ![...x.days].some((day) => y.days.has(day));
  if (!sameSet(x.times, y.times) || daysDiffer) return 'other-times';
  if (!sameSet(x.acts, y.acts) || otherNames) return 'unlike';
  const onlyX = [...x.qualifiers].filter((key) => !y.qualifiers.has(key)).length;
  const onlyY = [...y.qualifiers].filter((key) => !x.qualifiers.has(key)).length;
  if (onlyX === 0 && onlyY === 0) return 'same-thing';
  if (onlyX === 0 || onlyY === 0) return 'part';
  const longer = Math.max(x.qualifiers.size, y.qualifiers.size);
  return (longer - Math.max(onlyX, onlyY)) / longer >= t.sameCountedOverlap ? 'same-thing' : 'unlike';
}
