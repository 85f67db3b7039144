// What two profiled claims have in common or not, as the rules of relate.ts test it: the same acts, other
// names, other dates; and each told as a reader would write it, for explanations.
import { monthNames } from '../lexicon/calendar.ts';
import { relativeYearsOf } from './occasions.ts';
import type { Name, Normaliser } from './normalise.ts';
import { holds, surface, type Keyspace, type Profile, type QuantityView } from './profile.ts';
import { claimRoles, type Roles } from './roles.ts';
import { isStopword, stem, words } from './words.ts';

/**
 * Whether what `a` says happens is in `b`, in any form ("invited" in "the invitation"): a claim with no
 * verb found ("the group of 22 nations") says nothing against it.
 */
export function supports(a: Profile, b: Profile): boolean {
  return a.predicates.length === 0 || a.predicates.some((id) => holds(b.content, id));
}

/**
 * Whether what `a` says happens, outside the clauses that tell its circumstance, is in `b`: "denied that
 * the ferry was overloaded when it capsized" denies the overloading, not the capsizing.
 */
export function supportsMainAct(a: Profile, b: Profile): boolean {
  const main = [...a.predicates].filter((_, index) => !a.subordinate[index]);
  return main.length === 0 || main.some((id) => holds(b.content, id));
}

/**
 * Whether two claims say the same thing happens: the main verb (the first) of one names an act among
 * the verbs of the other ("defend its policies" / "in defending its policies"; "are held" / "were
 * detained"), a light verb's noun names the other's ("the invitation was passed on" / "were invited"),
 * or, when neither main verb is there, they share another act ("waiting to decide" / "will decide").
 * "Would accept the invitation" and "were invited" share the word, not the act. A claim with no verb
 * found must hold the other's verbs.
 */
export function sameActs(a: Profile, b: Profile): boolean {
  if (!a.predicates.length || !b.predicates.length) return supports(a, b) && supports(b, a);
  if (b.acts.includes(a.acts[0]!) || a.acts.includes(b.acts[0]!)) return true;
  if (namesAsNoun(a, b) || namesAsNoun(b, a)) return true;
  // An act both tell only as a circumstance ("… when it capsized") is not what either says happens.
  const told = (p: Profile) => [...p.acts].filter((_, index) => !p.subordinate[index]);
  const [x, y] = [told(a), told(b)];
  return x.some((act) => y.includes(act)) && !actsOnEvent(a, b) && !actsOnEvent(b, a);
}

/**
 * Whether `a`'s main act is a fact `b` does not state, and what `b` says happens first is only a circumstance
 * in `a`, in a clause after "after", "while", "because"…: "the bridge was closed after cracks were found" /
 * "engineers found cracks".
 */
export function addsMainAct(a: Profile, b: Profile): boolean {
  if (!a.predicates.length || !b.predicates.length) return false;
  if (b.acts.includes(a.acts[0]!) || holds(b.content, a.predicates[0]!)) return false;
  const at = a.acts.indexOf(b.acts[0]!);
  return at > 0 && a.subordinate[at] === true;
}

/**
 * Whether `a` does something to what `b` says happens, named as a noun: "would accept the invitation" /
 * "were invited".
 */
function actsOnEvent(a: Profile, b: Profile): boolean {
  return !a.light && !a.acts.includes(b.acts[0]!) && holds(a.content, b.predicates[0]!);
}

/**
 * Whether `a`'s light verb carries, as a noun, the act `b` states: "the invitation was passed on" /
 * "were invited".
 */
function namesAsNoun(a: Profile, b: Profile): boolean {
  return a.light && holds(a.content, b.predicates[0]!);
}

/** What each of two claims says happens, for explanations: “detained” / “released”. */
export function describeActs(a: Profile, b: Profile, space: Keyspace): string {
  const verbs = (p: Profile) =>
    surface(p.claim.text, new Set([...p.predicates].map((id) => space.names[id]!)))
      .map((verb) => `“${verb}”`)
      .join(', ');
  const stated = [verbs(a), verbs(b)].filter(Boolean);
  if (stated.length === 2) return `different acts (${stated[0]} / ${stated[1]})`;
  return `an act only one states (${stated[0]})`;
}

/**
 * An office each claim names, neither the other's ("the mayor" / "the governor"), or a role both qualify,
 * each its own way, neither qualifier in the other claim ("the finance minister" / "the interior minister",
 * "bank chiefs" / "police chiefs"): other people, not one fact. `noun` is -1 for two offices.
 */
export function otherRoles(a: Profile, b: Profile): { a: number | null; b: number | null; noun: number } | undefined {
  // "The mayor closed the bridge" / "the governor closed the bridge": offices one person holds, none the other's.
  const [officeA, officeB] = [a.offices[0], b.offices[0]];
  const alone = (x: Profile, y: Profile) => x.offices.every((office) => !holds(y.content, office));
  if (officeA !== undefined && officeB !== undefined && alone(a, b) && alone(b, a))
    return { a: officeA, b: officeB, noun: -1 };
  for (const [qualifierA, noun] of a.qualified)
    for (const [qualifierB, nounB] of b.qualified)
      if (noun === nounB && qualifierA !== qualifierB && !holds(b.content, qualifierA) && !holds(a.content, qualifierB))
        return { a: qualifierA, b: qualifierB, noun };
  return undefined;
}

// Units that only say people are counted: "5,000 people" may count the residents another claim counts.
const genericUnits = new Set(['people', 'person', 'individual'].map(stem));

/** The key of a count's unit as written ("smugglers": smuggler), empty when it writes none. */
const unitKey = (quantity: QuantityView) =>
  words(quantity.unit)
    .map((token) => token.key)
    .join(' ');

/**
 * Whether both claims count, and every count of one is of other things than every count of the other: units
 * of other kinds written apart ("14 schools" / "14 bridges", "40 protesters" / "40 smugglers"), neither only
 * "people", neither named in the other claim. `sameFigure` when two of the counts also give one figure.
 */
export function countsOfOtherThings(a: Profile, b: Profile, space: Keyspace): { sameFigure: boolean } | undefined {
  if (!a.quantities.length || !b.quantities.length) return undefined;
  const named = (p: Profile, key: string) => {
    const id = space.ids.get(key);
    return id !== undefined && holds(p.content, id);
  };
  let sameFigure = false;
  for (const qa of a.quantities)
    for (const qb of b.quantities) {
      const [ka, kb] = [unitKey(qa), unitKey(qb)];
      if (!ka || !kb || ka === kb || genericUnits.has(ka) || genericUnits.has(kb)) return undefined;
      // "70,000 men" / "70,000 troops": two words for people, who may be the same people.
      if (qa.normal.unitClass === qb.normal.unitClass) return undefined;
      if (named(a, kb) || named(b, ka)) return undefined;
      const [x, y] = [qa.normal.stated, qb.normal.stated];
      if (x.min === y.min && x.max === y.max) sameFigure = true;
    }
  return { sameFigure };
}

/** The kind of a date key: "2019" is a year, "month:3" a month, "day:friday" a weekday. */
const dateKind = (date: string) => (date.includes(':') ? date.slice(0, date.indexOf(':')) : 'year');

/** A date key as a reader writes it: "month:3" is March, "day:friday" Friday. */
export function describeDate(date: string): string {
  const value = date.slice(date.indexOf(':') + 1);
  if (dateKind(date) === 'month') return monthNames[Number(value) - 1] ?? value;
  if (dateKind(date) === 'clock') return `${value}:00`;
  return value[0]!.toUpperCase() + value.slice(1);
}

/**
 * Whether `a` says its act happened in a year and `b` names no year or month of its act and was not claimed
 * in that year: "police arrested two managers in 2019" / "police arrested the captain on Thursday". News
 * dates the past occasions it recalls, and leaves the story's own undated. A year in an aside about what a
 * claim names ("the minister, elected in 2019, resigned") dates nothing; "last year" dates `b` to the year
 * before it was claimed, and to an unknown year when that is unknown, which is another occasion too.
 */
export function yearOnlyIn(a: Profile, b: Profile): boolean {
  if (!a.occasionYears.length || b.occasionYears.length || b.dates.some((date) => dateKind(date) === 'month'))
    return false;
  const relative = relativeYearsOf(b.claim.text, b.claim.claimedAt);
  const claimedIn = Number(b.claim.claimedAt?.slice(0, 4));
  const years = relative?.length ? relative : [claimedIn];
  return !a.occasionYears.some((year) => years.includes(Number(year)));
}

// "the previous rise", "an earlier strike", "a prior recall": an occasion before the one a story reports.
const earlierPattern = /\b(?:previous|prior|earlier)\s+(\p{L}+)/giu;

/**
 * The words of `a` that tell of an earlier occasion of what `b` reports ("the previous rise" / "raised
 * rates again"), when `b` tells of none: "as in earlier talks" / "the strike will go ahead" tells of no
 * earlier strike.
 */
export function earlierOccasionIn(a: Profile, b: Profile, space: Keyspace): string | undefined {
  if (earlierOccasions(b.claim.text).length) return undefined;
  const reported = new Set([...b.content].map((id) => space.names[id]));
  return earlierOccasions(a.claim.text).find(([, word]) => reported.has(stem(word!)))?.[0];
}

const earlierOccasions = (text: string) => [...text.matchAll(earlierPattern)].filter((match) => !isStopword(match[1]!));

/** Date kinds that tell days of one story apart: weekdays, and times of day ("an 8 p.m. curfew" / "10pm"). */
export const withinStory = ['day', 'clock'] as const;

/**
 * Whether two claims name dates of one of these kinds (years, months, weekdays or times of day) and none in
 * common; for times of day, neither's among the other's ("from 9 p.m. to 6 a.m." / "from 10 p.m. to 6 a.m.").
 */
export function differentDates(a: readonly string[], b: readonly string[], kinds: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  return kinds.some((kind) => {
    const [x, y] = [a, b].map((dates) => dates.filter((date) => dateKind(date) === kind));
    if (!x!.length || !y!.length) return false;
    const within = (inner: string[], outer: string[]) => inner.every((date) => outer.includes(date));
    return kind === 'clock' ? !within(x!, y!) && !within(y!, x!) : !x!.some((date) => y!.includes(date));
  });
}

/**
 * Whether two names may name one thing: one source (or a body and who speaks for it), one name's words
 * all in the other's ("Feith" / "Douglas Feith"), or a word in common besides the head both end in
 * ("U.S. Chief Information Officers Council" / "Federal Chief Information Officers Council").
 */
function sameName(x: Name, y: Name, normaliser: Normaliser): boolean {
  if (x.id !== null && y.id !== null) return normaliser.affiliated(x.id, y.id);
  const [short, long] = x.keys.length <= y.keys.length ? [x, y] : [y, x];
  const head = x.keys.at(-1) === y.keys.at(-1) ? x.keys.at(-1) : undefined;
  const inLong = (key: string) => long.keys.some((other) => sameWord(key, other));
  return short.keys.every(inLong) || short.keys.some((key) => key !== head && inLong(key));
}

/**
 * One word of a name, its short form ("Greg" / "Gregory", "Corp" / "Corporation"), or another spelling of a
 * long one, as outlets transliterate it ("Laczynski" / "Lacsynski", "Zulifquar" / "Zulfiqar").
 */
const sameWord = (x: string, y: string) =>
  x === y || (Math.min(x.length, y.length) >= 3 && (x.startsWith(y) || y.startsWith(x))) || respelled(x, y);

/**
 * Whether two words of 7 letters or more, with one first letter, differ by one edit (Levenshtein): a shorter
 * name, or one another first letter, is as likely another name ("Roos" / "Ross", "Hansen" / "Jansen").
 */
export function respelled(x: string, y: string): boolean {
  if (Math.min(x.length, y.length) < 7 || x[0] !== y[0] || Math.abs(x.length - y.length) > 1) return false;
  let previous = Array.from({ length: y.length + 1 }, (_, index) => index);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    if (Math.min(...row) > 1) return false;
    previous = row;
  }
  return previous[y.length]! <= 1;
}

/**
 * Whether two names are of one sort, so that two different ones name two things: two registry entries of
 * one type (two people: another minister), or two names of several words ending in one head word ("Corvex
 * Bank" / "Fendale Bank"). Other names may name one place at two scales ("the Brelmoor mine", "Moravel").
 */
const comparableNames = (x: Name, y: Name) =>
  (x.kind !== null && x.kind === y.kind) || (x.keys.length > 1 && y.keys.length > 1 && x.keys.at(-1) === y.keys.at(-1));

/**
 * Whether two claims name who or where in a way that can be compared, and none of it is the same:
 * another minister's invitation, a breach at another bank. However many words they share, they are about
 * different things. Two claims naming people, none the same, are about different things even in one
 * place: "Roos invited engineers from Velland" / "Falk invited police chiefs from Velland".
 */
export function differentNames(a: Profile, b: Profile, normaliser: Normaliser): boolean {
  // Runs for every candidate pair: most claims name nothing comparable, so look for that first.
  if (!a.names.length || !b.names.length) return false;
  if (!a.names.some((x) => b.names.some((y) => comparableNames(x, y)))) return false;
  if (differentPeople(a, b, normaliser)) return true;
  return !a.names.some((x) => b.names.some((y) => sameName(x, y, normaliser)));
}

/** Whether the claims name one person, body or place in common. */
export function shareAName(a: Profile, b: Profile, normaliser: Normaliser): boolean {
  return a.names.some((x) => b.names.some((y) => sameName(x, y, normaliser)));
}

/** Whether both lists hold names, and none the same: another bank's rate, another country's count. */
export function namesDiffer(x: readonly Name[], y: readonly Name[], normaliser: Normaliser): boolean {
  return x.length > 0 && y.length > 0 && !x.some((one) => y.some((other) => sameName(one, other, normaliser)));
}

/** Whether both claims name people, and none the same: another minister's invitation, wherever to. */
function differentPeople(a: Profile, b: Profile, normaliser: Normaliser): boolean {
  const people = (p: Profile) => p.names.filter((name) => name.kind === 'person');
  return namesDiffer(people(a), people(b), normaliser);
}

/** The names of a claim as it writes them, for explanations: “Corvex Bank, Dunmore”. */
export function describeNames(p: Profile, normaliser: Normaliser): string {
  const written = (name: Name) =>
    name.id === null ? surface(p.claim.text, new Set(name.keys)).join(' ') : normaliser.nameOf(name.id);
  return p.names.map(written).join(', ');
}

/**
 * Whether the two claims share only who does the act and the act itself, and each says more of what it is
 * done to (roles.ts: the phrases before and after the main verb): "Transport Minister Lior Havendahl ordered
 * a review of ferry fares" / "… ordered an inquiry into the sinking" are two orders. `objects` is how many
 * words each must have that the other lacks, so that a detail is not another object.
 */
export function otherObjects(a: Profile, b: Profile, space: Keyspace, objects: number): boolean {
  const [x, y] = [claimRoles(a.claim), claimRoles(b.claim)];
  if (!x || !y) return false;
  const own = (p: Profile, other: Profile) => [...p.content].filter((id) => !holds(other.content, id));
  if (own(a, b).length < objects || own(b, a).length < objects) return false;
  const acts = new Set([...a.predicates, ...b.predicates]);
  const doers = (key: string) => x.doer.has(key) && y.doer.has(key);
  const objectOf = (roles: Roles, other: Profile) =>
    [...roles.undergoer].some((key) => !holds(other.content, space.ids.get(key) ?? -1));
  const shared = [...a.content].filter((id) => holds(b.content, id));
  return shared.every((id) => acts.has(id) || doers(space.names[id]!)) && objectOf(x, b) && objectOf(y, a);
}
