// What an editor says a count counts (a quantity's `counted`: "people killed when the ferry capsized"),
// compared between two claims. Outlets word one act many ways ("raised its rate" / "hiked its rate"), but an
// editor describes what is counted for the count itself: two descriptions in the same words, of the same acts
// and times, count one thing; one with words the other lacks counts a part; descriptions that name other
// times ("birds culled in the 2019 outbreak" / "in the current outbreak") count two occasions. A `counted`
// that only repeats the words after the figure ("people", as `claimtrail ingest` writes it) describes nothing.
import { relativeTimePattern } from '../lexicon/calendar.ts';
import type { Name, Normaliser } from './normalise.ts';
import { actOf, predicateKeys } from './predicates.ts';
import { words } from './words.ts';

/** An editor's description of what a count counts, as the comparison reads it. */
export interface Counting {
  text: string;
  /** The acts its verbs name ("killed", "rescued"). */
  acts: ReadonlySet<string>;
  /** Years, months and times said relative to now ("last year"): weekdays are days of one story. */
  times: ReadonlySet<string>;
  /** Weekdays it names ("after Thursday's decision"). */
  days: ReadonlySet<string>;
  /** Whether it counts what did not happen ("passengers not accounted for", "homes with no power"). */
  negated: boolean;
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
  // "After Thursday's decision": a weekday read as the normaliser reads one, without the possessive. "On both
  // sides", "in total": the whole of what is counted, which narrows nothing.
  const read = counted.replace(/['’]s\b/gu, '').replace(wholeMarkers, ' ');
  const { content, dates, names, negated } = normaliser.analyse(read);
  const relative = [...counted.matchAll(relativeTimePattern)].map((match) =>
    match[0].toLowerCase().replace(/\s+/gu, ' '),
  );
  const written = new Set(besideFigures.flatMap((phrase) => normaliser.analyse(phrase).content));
  const saysWhen = dates.length > 0 || relative.length > 0;
  if (!saysWhen && content.every((key) => written.has(key))) return undefined;
  const lower = words(read).map((token) => token.text.toLowerCase());
  // "The two earthquakes", "both attacks": how many of a thing are counted qualifies it as a word does.
  const numbers = lower.filter((word) => /^\d/u.test(word) || numberWords.has(word)).map((word) => `#${word}`);
  // "The previous earthquake", "the final toll": another occasion or stage of the count.
  const stages = lower.filter((word) => stageWords.has(word)).map((word) => `stage:${word}`);
  return {
    text: counted,
    acts: new Set(predicateKeys(counted).map(actOf)),
    // Times of day tell moments of one event ("killed in the 3 a.m. fire"), not another occasion.
    times: new Set([...dates.filter((date) => !/^(?:day|clock):/u.test(date)), ...relative, ...stages]),
    days: new Set(dates.filter((date) => date.startsWith('day:'))),
    negated,
    names,
    qualifiers: new Set(
      [...content, ...names.flatMap((name) => name.keys), ...numbers].filter((key) => !generalNouns.has(key)),
    ),
  };
}

const sameSet = (x: ReadonlySet<string>, y: ReadonlySet<string>) =>
  x.size === y.size && [...x].every((item) => y.has(item));

/** How two editors' descriptions of what is counted compare. */
export type CountingRelation = 'same-thing' | 'part' | 'other-times' | 'other-acts' | 'unlike';

// Number words: "the two earthquakes" are not "the earthquake".
const numberWords = new Set('one two three four five six seven eight nine ten both several'.split(' '));
// Words that set a count at another occasion or stage of a story: "the previous earthquake", "additional
// troops", "the final toll". A description with one the other lacks counts at another time.
const stageWords = new Set(
  'previous earlier former last next new additional further extra final initial latest first second third'.split(' '),
);

// Phrases that say a count is of all there is: "people killed on both sides" is every death, as "people
// killed" is; a description without them may count a part ("civilians killed").
const wholeMarkers = /\b(?:on|from) both sides\b|\bin (?:total|all)\b(?!['’]|\s+but\b)|\baltogether\b|\boverall\b/gu;

// Words that widen what a description counts rather than narrow it: "killed by the earthquake and its
// aftershocks" is more than "killed by the earthquake", not a part of it.
const widening = /\b(?:and|or|including|plus|together|overall|total|across|nationwide|worldwide)\b/iu;

/**
 * Other times: one names a year, month, relative time or stage ("previous", "final") the other does not, or
 * they name different weekdays. Other acts: other verbs, one counting what did not happen ("passengers not
 * accounted for"), or `otherNames` (pair-facts.ts namesDiffer). Else the same thing when their
 * words, near-synonyms folded, are the same ("people rescued after the ferry capsized" twice); a part when
 * only one has words the other lacks, and none that widen it ("children killed when the ferry capsized" of
 * "people killed when …"); unlike otherwise ("deposit rate" / "refinancing rate": one word tells them apart).
 */
export function compareCountings(x: Counting, y: Counting, otherNames: boolean): CountingRelation {
  const daysDiffer = x.days.size > 0 && y.days.size > 0 && ![...x.days].some((day) => y.days.has(day));
  if (!sameSet(x.times, y.times) || daysDiffer) return 'other-times';
  if (!sameSet(x.acts, y.acts) || x.negated !== y.negated || otherNames) return 'other-acts';
  const onlyX = [...x.qualifiers].some((key) => !y.qualifiers.has(key));
  const onlyY = [...y.qualifiers].some((key) => !x.qualifiers.has(key));
  if (!onlyX && !onlyY) return 'same-thing';
  const wider = onlyX ? x : y;
  return onlyX !== onlyY && !widening.test(wider.text) ? 'part' : 'unlike';
}
