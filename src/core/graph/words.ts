// Word keys: each word of a text with its key (a light stem, with spelling variants, near-synonyms,
// irregular forms and two-word verbs folded), and what a word does in a sentence: a function word, a
// hedge, a weak word, or a denial of what follows.
import { stopwords, weakWords } from '../lexicon/function-words.ts';
import {
  assertions,
  beforeObject,
  denialWords,
  denyingOnlyAssertions,
  negatingVerbs,
  permissions,
} from '../lexicon/polarity.ts';
import { americanSpellings, spellingVariantGroups } from '../lexicon/spelling.ts';
import { synonymGroups } from '../lexicon/synonyms.ts';
import { irregularVerbs, phrasalVerbGroups } from '../lexicon/verbs.ts';
import { hedges } from '../schema.ts';

// Hedges that leave the proposition as it is ("reportedly", "may", "believed", "informally"): how
// sure its source is, not what it says, so never taken for what happens ("are believed to be held").
const hedgeWords = new Set<string>(
  [hedges.reportedly, hedges.possibly, hedges.unconfirmed].flatMap((hedge) =>
    hedge.cues.filter((cue) => !cue.includes(' ')),
  ),
);

/** Whether a word only hedges what the sentence says (see hedgeWords). */
export function isHedge(word: string): boolean {
  return hedgeWords.has(word.toLowerCase());
}

// A Map, not an object: article words such as "constructor" must not find what every object inherits.
const spellingVariants = new Map<string, string>(
  spellingVariantGroups.flatMap(([canonical, ...others]) =>
    others.map((other) => [other, canonical!] as [string, string]),
  ),
);

/**
 * British spellings by rule, after the table: labour/labor, organis-/organiz-, analys-/analyz-,
 * centre/center and fibre/fiber (stemmed "centr"), travelled/traveled.
 */
function americanise(stem: string): string {
  if (stem.length >= 6 && stem.endsWith('our')) return stem.slice(0, -3) + 'or';
  if (stem.length >= 4 && /[bcdfgkptv]r$/.test(stem)) return stem.slice(0, -1) + 'er';
  if (stem.length >= 6 && /[^l]ll$/.test(stem)) return stem.slice(0, -1);
  if (stem.length >= 6 && /[^aeiou]is$/.test(stem)) return stem.slice(0, -2) + 'iz';
  if (stem.length >= 6 && stem.endsWith('ys')) return stem.slice(0, -2) + 'yz';
  return stem;
}

const verbOfIrregular = new Map<string, string>(
  irregularVerbs.flatMap(([verb, ...forms]) => forms.map((form) => [form, verb] as [string, string])),
);
const irregularForms = new Set(irregularVerbs.flatMap(([verb, ...forms]) => (forms.length ? forms : [verb])));

/** Whether a lower-case word is an irregular past form or participle ("fled", "burst"). */
export function isIrregularPast(word: string): boolean {
  return irregularForms.has(word);
}

const vowel = /[aeiouy]/;

/**
 * A light suffix stripper (in the spirit of Porter's first steps): plurals, -ed, -ing, -ly and a few
 * derivations, so "detained"/"detains"/"detaining" and "invited"/"invitation" share a stem. Lossy on
 * purpose; both sides of a comparison go through it.
 */
function baseStem(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('xes')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of [
    'atory',
    'ees',
    'ee',
    'izations',
    'ization',
    'isation',
    'ations',
    'ation',
    'ition',
    'ness',
    'ingly',
    'edly',
    'ing',
    'ied',
    'ed',
    'ly',
    'ity',
  ]) {
    if (!w.endsWith(suffix)) continue;
    const base = w.slice(0, -suffix.length);
    if (base.length < (suffix.startsWith('ee') ? 4 : suffix === 'ly' ? 4 : 3) || !vowel.test(base)) continue;
    w = suffix === 'ied' ? base + 'y' : base;
    // "stopped" -> "stop", "planned" -> "plan"
    if (/([^aeiouslz])\1$/.test(w)) w = w.slice(0, -1);
    // "hiked", "voting" -> "hike", "vote": a short verb whose consonant is not doubled before -ed or -ing
    // ends in a silent e, which the bare verb keeps.
    else if (/^(?:ed|ing)/.test(suffix) && /^[^aeiou][aeiou][^aeiouwxy]$/.test(w)) w += 'e';
    break;
  }
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 4 && !vowel.test(w.at(-2)!)) w = w.slice(0, -1) + 'i';
  return americanise(spellingVariants.get(w) ?? w);
}

const synonyms = new Map(
  synonymGroups.flatMap(([first, ...rest]) =>
    rest.map((word) => [baseStem(word), baseStem(first!)] as [string, string]),
  ),
);

const phrasalVerbs = new Map<string, string>(
  phrasalVerbGroups.flatMap(([word, ...phrases]) => phrases.map((phrase) => [phrase, word!] as [string, string])),
);

const stemmed = new Map<string, string>();

/** The key of one word: its stem, with spelling variants and near-synonyms folded. */
export function stem(word: string): string {
  let key = stemmed.get(word);
  if (key === undefined) {
    const lower = word.toLowerCase();
    const base = baseStem(
      verbOfIrregular.get(lower) ?? spellingVariants.get(lower) ?? americanSpellings.get(lower) ?? word,
    );
    key = synonyms.get(base) ?? base;
    // Words recur: a large corpus has far fewer distinct words than words.
    if (stemmed.size < 500_000) stemmed.set(word, key);
  }
  return key;
}
const denialStems = new Set(denialWords.map(stem));
const negatingStems = new Set(negatingVerbs.map(stem));

/** Whether a key is of a verb that negates the verb it leads ("refused to", "failed to"). */
export function isNegatingVerb(key: string): boolean {
  return negatingStems.has(key);
}

const denyingOnlyAssertionStems = new Set(denyingOnlyAssertions.map(stem));
const assertionStems = new Set(assertions.map(stem));
const permissionStems = new Set(permissions.map(stem));

/** Whether a word is a function word or a reporting verb (see stopwords). */
export function isStopword(word: string): boolean {
  return stopwords.has(word.toLowerCase());
}

/**
 * Whether the word at `index` denies what follows ("denied", "rejects the claims", "baseless"), rather
 * than naming an act ("rejected the offer", "denied entry"). Denying words are compared on their own
 * (a denial of the same proposition is a conflict); acting ones are content and verbs like any other.
 */
export function deniesAt(tokens: readonly WordToken[], index: number): boolean {
  const key = tokens[index]!.key;
  if (!denialStems.has(key)) return false;
  const next = tokens[objectAt(tokens, index)]?.key;
  if (denyingOnlyAssertionStems.has(key))
    return (
      ['that', 'as'].includes(tokens[index + 1]?.text.toLowerCase() ?? '') ||
      (next !== undefined && assertionStems.has(next))
    );
  return !(key === stem('deny') && next !== undefined && permissionStems.has(next));
}

/** Where the object of the word at `index` stands, past a few words before it ("rejects the claims"). */
function objectAt(tokens: readonly WordToken[], index: number): number {
  let object = index + 1;
  while (object < tokens.length && object < index + 4 && beforeObject.has(tokens[object]!.text.toLowerCase())) object++;
  return object;
}

// Words that open the clause a denied assertion goes on to state: "claims that …", "claims its food …".
// Not "the": "rejected the report the committee published" is a noun's relative clause, not an assertion's.
const clauseOpeners = new Set('that it its he she they we i you his her their our there this these those'.split(' '));

/**
 * For a word that denies (deniesAt): the index of the assertion it takes as its object when a clause
 * follows ("rejected the allegations that …", "rejects claims its food …"), if any. That noun is the
 * denial's frame, not what the claim is about; in "denies allegations of torture" or "rejected the report"
 * it names what is denied.
 */
export function assertionDeniedAt(tokens: readonly WordToken[], index: number): number | undefined {
  const object = objectAt(tokens, index);
  const clause = clauseOpeners.has(tokens[object + 1]?.text.toLowerCase() ?? '');
  return clause && assertionStems.has(tokens[object]?.key ?? '') ? object : undefined;
}

const weakKeys = new Set(weakWords.map(stem));

/** Whether a content key is a weak one (see weakWords). */
export function isWeak(key: string): boolean {
  return weakKeys.has(key);
}

export interface WordToken {
  text: string;
  key: string;
  start: number;
  end: number;
}

const wordPattern = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*|\d+(?:[.,]\d+)*/gu;

const phraseStarts = new Set([...phrasalVerbs.keys()].map((phrase) => stem(phrase.split(' ')[0]!)));

/** The words of a text with their keys and UTF-16 offsets; both words of a phrasal verb take its word's key. */
export function words(text: string): WordToken[] {
  const tokens = [...text.matchAll(wordPattern)].map((match) => ({
    text: match[0],
    key: stem(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
  for (let index = 0; index + 1 < tokens.length; index++) {
    // Most words start no phrase: look the pair up only when this one may.
    if (!phraseStarts.has(tokens[index]!.key)) continue;
    const phrase = phrasalVerbs.get(`${tokens[index]!.text} ${tokens[index + 1]!.text}`.toLowerCase());
    if (phrase) tokens[index]!.key = tokens[index + 1]!.key = stem(phrase);
  }
  return tokens;
}
