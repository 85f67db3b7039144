// The relation between two profiled claims: apart (other names or dates), a conflict (denial, negation,
// disjoint counts), the same fact (agrees, or refines when one states more), or the same subject
// (related), each with a score and an explanation a reader can check.
import { monthNames } from '../lexicon/calendar.ts';
import type { Name, Normaliser } from './normalise.ts';
import { holds, sharedKeys, similarity, surface, type Facet, type Keyspace, type Profile, type Similarity, type Weights } from './profile.ts';
import { relateQuantities } from './quantity-relation.ts';
import { clamp, type Verdict } from './verdict.ts';

/**
 * Whether what `a` says happens is in `b`, in any form ("invited" in "the invitation"): a claim with no
 * verb found ("the group of 22 nations") says nothing against it.
 */
function supports(a: Profile, b: Profile): boolean {
  return a.predicates.length === 0 || a.predicates.some((id) => holds(b.content, id));
}

/**
 * Whether two claims say the same thing happens: the main verb (the first) of one names an act among
 * the verbs of the other ("defend its policies" / "in defending its policies"; "are held" / "were
 * detained"), a light verb's noun names the other's ("the invitation was passed on" / "were invited"),
 * or, when neither main verb is there, they share another act ("waiting to decide" / "will decide").
 * "Would accept the invitation" and "were invited" share the word, not the act. A claim with no verb
 * found must hold the other's verbs.
 */
function sameActs(a: Profile, b: Profile): boolean {
  if (!a.predicates.length || !b.predicates.length) return supports(a, b) && supports(b, a);
  if (b.acts.includes(a.acts[0]!) || a.acts.includes(b.acts[0]!) || namesAsNoun(a, b) || namesAsNoun(b, a)) return true;
  return a.acts.some((act) => b.acts.includes(act)) && !actsOnEvent(a, b) && !actsOnEvent(b, a);
}

/** Whether `a` does something to what `b` says happens, named as a noun: "would accept the invitation" / "were invited". */
function actsOnEvent(a: Profile, b: Profile): boolean {
  return !a.light && !a.acts.includes(b.acts[0]!) && holds(a.content, b.predicates[0]!);
}

/** Whether `a`'s light verb carries, as a noun, the act `b` states: "the invitation was passed on" / "were invited". */
function namesAsNoun(a: Profile, b: Profile): boolean {
  return a.light && holds(a.content, b.predicates[0]!);
}

/** What each of two claims says happens, for explanations: “detained” / “released”. */
function describeActs(a: Profile, b: Profile, space: Keyspace): string {
  const verbs = (p: Profile) => surface(p.claim.text, new Set([...p.predicates].map((id) => space.names[id]!))).map((verb) => `“${verb}”`).join(', ');
  const stated = [verbs(a), verbs(b)].filter(Boolean);
  return stated.length === 2 ? `different acts (${stated[0]} / ${stated[1]})` : `an act only one states (${stated[0]})`;
}

/** The kind of a date key: "2019" is a year, "month:3" a month, "day:friday" a weekday. */
const dateKind = (date: string) => (date.includes(':') ? date.slice(0, date.indexOf(':')) : 'year');

/** A date key as a reader writes it: "month:3" is March, "day:friday" Friday. */
function describeDate(date: string): string {
  const value = date.slice(date.indexOf(':') + 1);
  if (dateKind(date) === 'month') return monthNames[Number(value) - 1] ?? value;
  return value[0]!.toUpperCase() + value.slice(1);
}

/** Whether two claims name dates of one of these kinds (years, months or weekdays) and none in common. */
function differentDates(a: readonly string[], b: readonly string[], kinds: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  return kinds.some((kind) => {
    const [x, y] = [a, b].map((dates) => dates.filter((date) => dateKind(date) === kind));
    return x!.length > 0 && y!.length > 0 && !x!.some((date) => y!.includes(date));
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

/** One word of a name, or its short form ("Greg" / "Gregory", "Corp" / "Corporation"). */
const sameWord = (x: string, y: string) => x === y || (Math.min(x.length, y.length) >= 3 && (x.startsWith(y) || y.startsWith(x)));

/**
 * Whether two names are of one sort, so that two different ones name two things: two registry entries of
 * one type (two people: another minister), or two names of several words ending in one head word ("Corvex
 * Bank" / "Fendale Bank"). Other names may name one place at two scales ("the Brelmoor mine", "Moravel").
 */
const comparableNames = (x: Name, y: Name) => (x.kind !== null && x.kind === y.kind) || (x.keys.length > 1 && y.keys.length > 1 && x.keys.at(-1) === y.keys.at(-1));

/**
 * Whether two claims name who or where in a way that can be compared, and none of it is the same:
 * another minister's invitation, a breach at another bank. However many words they share, they are about
 * different things.
 */
function differentNames(a: Profile, b: Profile, normaliser: Normaliser): boolean {
  // Runs for every candidate pair: most claims name nothing comparable, so look for that first.
  if (!a.names.length || !b.names.length || !a.names.some((x) => b.names.some((y) => comparableNames(x, y)))) return false;
  return !a.names.some((x) => b.names.some((y) => sameName(x, y, normaliser)));
}

/** The names of a claim as it writes them, for explanations: “Corvex Bank, Dunmore”. */
function describeNames(p: Profile, normaliser: Normaliser): string {
  return p.names.map((name) => (name.id === null ? surface(p.claim.text, new Set(name.keys)).join(' ') : normaliser.nameOf(name.id))).join(', ');
}

/**
 * The relation between two profiled claims, if any, and how much they share, for callers that report it;
 * `apart` says why two claims that may share words are not linked at all.
 */
export function relate(a: Profile, b: Profile, weights: Weights, normaliser: Normaliser, space: Keyspace): { verdict: Verdict | undefined; subject: Similarity; apart?: () => string } {
  const content = similarity(a, b, 'content', weights);
  const subject = similarity(a, b, 'subject', weights);
  // Explanations are built only for a verdict: most compared pairs yield none.
  const named = (facet: Facet) => {
    const keys = sharedKeys(a, b, facet, space).filter((key) => !key.startsWith('actor:'));
    return surface(a.claim.text, new Set(keys)).join(', ') || keys.join(', ');
  };
  const sharedWords = () => named('subject');
  const withActors = () => {
    const actors = sharedKeys(a, b, 'actors', space)
      .map((key) => normaliser.nameOf(key.slice('actor:'.length)));
    return actors.length ? `; shared actors: ${actors.join(', ')}` : '';
  };
  const found = (verdict: Verdict) => ({ verdict, subject });
  const dates = () => `different dates: ${a.dates.map(describeDate).join(', ')} / ${b.dates.map(describeDate).join(', ')}`;
  // Claims about other places or actors, or about different years or months, are different facts however
  // alike (a count in 2019 and in 2020), and not one subject either (a fire in another month).
  const apart = differentNames(a, b, normaliser)
    ? () => `different names: ${describeNames(a, normaliser)} / ${describeNames(b, normaliser)}`
    : differentDates(a.dates, b.dates, ['year', 'month'])
      ? dates
      : undefined;
  if (apart) return { verdict: undefined, subject, apart };
  // Different weekdays are days of one story, so of one subject, but not one fact (an arrest on Wednesday,
  // a release on Friday).
  const daysDiffer = differentDates(a.dates, b.dates, ['day']);
  const acts = sameActs(a, b);
  const differentActs = () => describeActs(a, b, space);
  if (a.quantities.length && b.quantities.length && !daysDiffer) {
    const thing = similarity(a, b, 'counted', weights);
    const verdict = relateQuantities(a, b, thing, () => named('counted'));
    // A count of those killed and one of those injured are two counts, however alike their words; but two
    // counts alike in figure only ("14 bridges" rated poor, "14 bridges" closed) are not one subject for it.
    if (verdict && !acts && thing.count >= 2) return found({ type: 'related', from: a.index, method: 'shared-subject', score: clamp(0.5 * verdict.score), explain: () => `same kind of count, ${differentActs()}: ${named('counted')}${withActors()}` });
    if (verdict && acts) return found({ ...verdict, explain: () => verdict.explain() + withActors() });
  }

  // A denial of the same proposition: the words of what is denied, its verb among them, are in the other
  // claim ("denied it ignored warnings" does not deny "inspectors warned"). A claim that itself negates
  // it says what the denial says ("denied any wrongdoing" / "had done nothing wrong").
  const denying = a.denial ? a : b;
  const denied = denying === a ? b : a;
  if (a.denial !== b.denial && !denied.negated && content.count >= 2 && content.overlap >= 0.4 && supports(denying, denied)) {
    return found({ type: 'conflicts', from: a.index, method: 'negation', score: clamp(0.4 + 0.6 * content.overlap), explain: () => `denial found (“${denying.cue}”) of what the other states: ${sharedWords()}${withActors()}` });
  }
  if (a.negated !== b.negated && content.count >= 3 && content.overlap >= 0.6 && content.jaccard >= 0.4 && acts) {
    const negating = a.negated ? a : b;
    return found({ type: 'conflicts', from: a.index, method: 'negation', score: clamp(0.3 + 0.6 * content.overlap), explain: () => `negation found (“${negating.cue}”) in one of two otherwise matching statements: ${sharedWords()}${withActors()}` });
  }

  const same =
    a.negated === b.negated &&
    !daysDiffer &&
    ((content.count >= 3 && content.overlap >= 0.4) || (content.count >= 2 && content.overlap >= 0.6 && content.jaccard >= 0.3));
  // Much in common but different acts ("police detained the manager", "the manager was released"): the
  // same subject, not the same fact.
  if (same && !acts) {
    return found({ type: 'related', from: a.index, method: 'shared-subject', score: clamp(0.5 * content.overlap), explain: () => `same subject, ${differentActs()}: ${sharedWords()}${withActors()}` });
  }
  if (same) {
    if (content.overlap >= 0.8 && content.ratio >= 1.8) {
      const narrow = content.heavier === 'a' ? a : b;
      return found({ type: 'refines', from: narrow.index, method: 'lexical', score: clamp(content.overlap), explain: () => `one states more of the same: ${sharedWords()}${withActors()}` });
    }
    return found({ type: 'agrees', from: a.index, method: 'lexical', score: clamp(content.overlap), explain: () => `same statement: ${sharedWords()}${withActors()}` });
  }
  // Related: the same subject, counting what is said and who is named or cited: about two distinctive
  // keys in common, one of them a word, and not lost in either claim.
  if (content.count >= 1 && subject.weight >= weights.relatedEvidence * weights.unique && subject.overlap >= 0.15) {
    return found({ type: 'related', from: a.index, method: 'shared-subject', score: clamp(subject.overlap), explain: () => `same subject: ${sharedWords()}${withActors()}${daysDiffer ? ` (${dates()})` : ''}` });
  }
  return { verdict: undefined, subject };
}
