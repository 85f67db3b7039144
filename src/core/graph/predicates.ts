// What a claim says happens, as opposed to what it is about: its verbs ("detained", "released",
// "invited", "accept"). Two claims about the same dam, manager or invitation state the same fact only
// when what happens matches; "police detained the manager" and "the manager was released" share their
// subject, not their fact. No tagger: English verbs are found by where they stand and how they end.
import { clauseReportingVerbs } from '../lexicon/reporting.ts';
import { allAuxiliaries, futureModals } from '../lexicon/verbs.ts';
import { deniesAt, isHedge, isIrregularPast, isStopword, isWeak, stem, words, type WordToken } from './words.ts';

// Words after which the next content word is a verb: "has restricted", "were allowed", "to visit".
const auxiliaries = new Set([...allAuxiliaries, 'to']);
// "didn't", "won't", "shouldn't" are auxiliaries too.
const isAuxiliary = (word: string) => auxiliaries.has(word) || /n['’]t$/.test(word);
// Words that can stand between an auxiliary and its verb: "had informally been invited", "would not accept".
const between = new Set(`not never also still already just yet now only even ever reportedly allegedly`.split(' '));
// A word after these is a noun's modifier, not a verb: "the collapsed wall", "its detained staff".
const determiners = new Set(
  `the a an its their his her our your my this that these those any some every no each another such`.split(' '),
);
// A past form after these modifies a noun: "in televised ceremonies", "Panther's redesigned Finder".
const nounPrepositions = new Set(`in on for from of about into with`.split(' '));
const modifies = (previous: string) =>
  determiners.has(previous) || nounPrepositions.has(previous) || /['’]s$/.test(previous);

// "by inviting", "in defending", "after visiting": an -ing form after these is a verb.
const prepositions = new Set(`by in on for after before without from of about while when since upon`.split(' '));
const isVerbShaped = (token: WordToken) => /\p{Ll}ed$/u.test(token.text) || isIrregularPast(token.text.toLowerCase());
// "informally", "reportedly"; not the verbs "apply", "rely", "rally".
const isAdverb = (word: string) =>
  word.length > 4 && word.endsWith('ly') && !/(ply|rely|rally|tally|bully)$/.test(word);

// Weak words (see normalise.ts) are light verbs ("made", "gone") or not verbs at all, except these:
// "the strike had ended" and "the union called a strike" are two acts.
const eventful = new Set(['end', 'start', 'begin', 'continue'].map(stem));

// Verbs that hand their act to a noun: "the invitation was passed on", "confirmed the invitation",
// "an offer made" invite; the act is the noun's, not theirs. So do causatives: "flooding forced the
// closure of the road" closes it, "caused the river to overflow" overflows it.
const lightVerbs = new Set(
  [
    'pass',
    'make',
    'give',
    'extend',
    'send',
    'confirm',
    'announce',
    'receive',
    'deliver',
    'convey',
    'force',
    'cause',
    'prompt',
    'trigger',
    'launch',
    'open',
    // "expressed concern" / "voiced concern", "suffered an attack" / "was attacked": the noun's act.
    'express',
    'voice',
    'issue',
    'conduct',
    'suffer',
    'face',
    'undergo',
  ].map(stem),
);

// Verbs that only frame what someone says ("claimed the deal made sense", "insisted it was safe"): who says
// it is the attribution's, not an act of the claim, so "Halla claimed the deal made sense" and "the deal makes
// sense, Halla said" state one fact. "Warned" stays an act: a warning is an event the claims report.
const framingVerbs = new Set(clauseReportingVerbs.filter((verb) => !verb.startsWith('warn')).map(stem));

/** Whether a key is a light verb's (see lightVerbs). */
export function isLightVerb(key: string): boolean {
  return lightVerbs.has(key);
}

/**
 * Whether a token can be a predicate key at all: a lower-case content word, not a hedge or a weak, light,
 * reporting or denying verb.
 */
function candidate(tokens: readonly WordToken[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined || !/^\p{Ll}/u.test(token.text) || token.key.length < 3) return false;
  return (
    !isStopword(token.text) &&
    !isHedge(token.text) &&
    !determiners.has(token.text) &&
    (!isWeak(token.key) || eventful.has(token.key)) &&
    !deniesAt(tokens, index) &&
    !lightVerbs.has(token.key) &&
    !framingVerbs.has(token.key)
  );
}

/**
 * The keys of the verbs in a text, in order: a word after an auxiliary or "to" (skipping adverbs and
 * further auxiliaries; not a plural after "to"), a past form not modifying a noun, an -ing form after a
 * preposition or opening the text.
 */
export function predicateKeys(text: string): string[] {
  return predicateClauses(text).map((predicate) => predicate.key);
}

/** A verb of a text: its key, whether it tells another act's circumstance, and whether its act is past or to come. */
export interface Predicate {
  key: string;
  subordinate: boolean;
  /** "was inspected", "inspected", "has inspected": past; "will inspect", "would reopen": future; else null. */
  time: 'past' | 'future' | null;
}

const futureAuxiliaries = new Set([...futureModals, 'shall']);
const pastAuxiliaries = new Set(['was', 'were', 'had', 'has', 'have', 'did']);

/** What the auxiliaries before a verb say of its time: a modal of the future wins ("will have been"). */
function timeOf(auxiliaries: readonly string[]): Predicate['time'] {
  if (auxiliaries.some((word) => futureAuxiliaries.has(word))) return 'future';
  return auxiliaries.some((word) => pastAuxiliaries.has(word)) ? 'past' : null;
}

// Words that open a clause telling the circumstance of the main one: "closed after cracks were found".
const subordinators = new Set(`after before while when whenever because since until following once as`.split(' '));

/**
 * The verbs of predicateKeys, each with whether it stands in a clause a subordinator opens after the main
 * verb ("the bridge was closed after cracks were found": found), which tells the circumstance of another act.
 */
export function predicateClauses(text: string): Predicate[] {
  const tokens = words(text);
  const found: Predicate[] = [];
  let subordinate = false;
  // A finite verb after a subordinator is the clause's; an infinitive ("waiting until October to decide") is not.
  const add = (index: number, time: Predicate['time'], finite = true) => {
    if (candidate(tokens, index) && !found.some((verb) => verb.key === tokens[index]!.key))
      found.push({ key: tokens[index]!.key, subordinate: subordinate && finite && found.length > 0, time });
  };
  tokens.forEach((token, index) => {
    const lower = token.text.toLowerCase();
    if (subordinators.has(lower)) subordinate = true;
    const previous = tokens[index - 1]?.text.toLowerCase();
    if (isAuxiliary(lower)) {
      let next = index + 1;
      const skipped = (word: string) => between.has(word) || isAdverb(word) || isAuxiliary(word);
      while (tokens[next] && skipped(tokens[next]!.text.toLowerCase())) next++;
      // "to ambassadors" is a preposition's noun: an infinitive does not end in a plural -s.
      if (!(lower === 'to' && /[^su]s$/.test(tokens[next]?.text ?? '')))
        add(next, timeOf(tokens.slice(index, next).map((each) => each.text.toLowerCase())), lower !== 'to');
    } else if (isVerbShaped(token) && !(previous && modifies(previous))) add(index, 'past');
    else if (/ing$/.test(lower) && (index === 0 || (previous && prepositions.has(previous)))) add(index, null);
  });
  return found;
}

/**
 * Verbs that name one act as predicates, though not everywhere as words: "are held in camps" is
 * "detained", while "held talks" is not, so "held" is no synonym of "detain" in the content keys.
 */
const actGroups = [['detain', 'held', 'hold']];
const actOfKey = new Map(
  actGroups.flatMap(([first, ...rest]) => rest.map((word) => [stem(word), stem(first!)] as [string, string])),
);

/** The act a predicate key names, for comparing what two claims say happens. */
export function actOf(key: string): string {
  return actOfKey.get(key) ?? key;
}
