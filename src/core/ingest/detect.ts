// One sentence -> whether it is worth checking, and why. Each signal is a reason an editor can judge
// ("quantity", "quotation", "named-actor+event-verb"…). Two judges: the rules add the signals'
// weights, and a model learned from political-debate sentences (learnedScore) weighs the signals and
// the sentence's words. `claimtrail detect` decides by the model; the ingest takes a sentence when
// either says yes, so the model adds claims to the rules' and never drops one (signal "learned").
import nlp from 'compromise';
import { months, weekdays } from '../lexicon/calendar.ts';
import { findQuantities } from '../quantities.ts';
import { detectedDenialForms, verbNegators } from '../lexicon/polarity.ts';
import { cuePattern, reportingPastForms } from '../lexicon/reporting.ts';
import { beForms, haveBeAuxiliaries, irregularPastForms } from '../lexicon/verbs.ts';
import fitted from './detect-model.json' with { type: 'json' };
import { wordCount } from './text.ts';

export interface Detection {
  sentence: string;
  checkworthy: boolean;
  /**
   * 0..1. The ingest's: the sum of the rules' signal weights, less the penalties, clamped. `claimtrail
   * detect`'s: the model's probability (check-worthy from model.threshold).
   */
  score: number;
  /**
   * Why: the signals found, strongest first; penalties are named too ("question", "filler"); "learned"
   * when the model says yes. `claimtrail detect` adds the words that weighed most ("word:percent").
   */
  signals: string[];
}

/** A sentence scoring this much or more is check-worthy (by the rules). */
export const threshold = 0.4;

/** What each signal adds to a sentence's score (a penalty takes away). */
export const weights: Record<string, number> = {
  quantity: 0.5,
  'named-actor+event-verb': 0.45,
  'first-time': 0.4,
  denial: 0.4,
  quotation: 0.35,
  'attribution-cue': 0.3,
  'reported-speech': 0.15,
  superlative: 0.35,
  comparative: 0.35,
  change: 0.25,
  number: 0.2,
  'named-actor': 0.15,
  'time-reference': 0.1,
  short: -0.4,
  question: -0.3,
  filler: -0.6,
  'first-person-opinion': -0.2,
};

/** Roots of verbs that report no event: "be", "have", verbs of saying, thinking and seeming. */
const notEventVerbs = new Set(
  `be have do say tell think believe seem appear get go know feel want hope mean like remain become see
  come look`.split(/\s+/),
);
/** Capitalised words that name no actor: weekdays, months, and "I". */
const calendarWords = new RegExp(`^(${[...weekdays, ...months, 'i'].join('|')})$`, 'i');
/** "On Monday", "since March", "in 2019", "last week": the sentence says when. */
const timeReference = new RegExp(
  String.raw`\b(on (${[...weekdays].join('|')})|(in|since|by|until|end of|early|late|mid-?) ?(${months.join('|')})|` +
    String.raw`(in|since|by) (1[89]|20)\d{2}|(last|past) (week|month|year|decade|\d+ (days|weeks|months|years))|` +
    String.raw`yesterday|recent years)\b`,
  'i',
);
const detectedDenial = new RegExp(String.raw`\b(${detectedDenialForms.join('|')})\b`, 'i');
const fillerPatterns = [
  /^(it|that) remains to be seen\b/i,
  /^(only )?time will tell\b/i,
  /^here(?:'s|’s| is| are) (what|how|why|everything)\b/i,
  /^(read|scroll|click|tap|watch|listen|find out|stay tuned|keep reading)\b/i,
  /^(but |and |so )?(that|this) (is|was) (not )?(all|it|the (whole|full) story)\b/i,
  /^(in other words|to be sure|of course|meanwhile|however|still|then again|for now)[,.]?$/i,
  /^(what happens next|what does (this|it) mean)\b/i,
  /\b(for more (information|details|on this)|more to come|this is a developing story|this story (has been|will be) updated)\b/i,
];

/**
 * `claimtrail detect`'s judgement: the model's, with the rules' signals and the model's strongest words as the reasons.
 */
export function detectClaim(sentence: string): Detection {
  const { signals } = analyseClaim(sentence);
  const learned = learnedScore(sentence.trim());
  const checkworthy = learned.probability >= model.threshold;
  return {
    sentence,
    checkworthy,
    score: Math.round(learned.probability * 100) / 100,
    signals: [...signals.filter((signal) => signal !== 'learned'), ...strongestWords(learned.parts, checkworthy)],
  };
}

/** The three words, word pairs or lengths that pushed the model most toward its decision, as signals (wordSignal). */
function strongestWords(parts: LearnedPart[], checkworthy: boolean): string[] {
  return parts
    .filter((part) => part.word && (checkworthy ? part.weight > 0 : part.weight < 0))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, 3)
    .map((part) => wordSignal(part.name));
}

/**
 * "#length 20" -> "length:20+", "^ i" (the first word) -> "opening:i", "tax cut" -> "words:tax cut"; numbers read "0".
 */
function wordSignal(name: string): string {
  if (name.startsWith('#length ')) return `length:${name.slice(8)}+`;
  if (name.startsWith('^ ')) return `opening:${name.slice(2)}`;
  return `${name.includes(' ') ? 'words' : 'word'}:${name}`;
}

type VerbPhrase = {
  verb: { root: string; infinitive: string; negative: boolean; grammar: { form: string; copula: boolean } };
};

/** A detection, and whether its words report an event (isEvent); `event` parses only when asked. */
export type Analysis = Detection & { event: () => boolean };

/**
 * The ingest's judgement (the rules or the model), and isEvent, from one parse: compromise is the slow
 * part. With `quick`, a sentence the model leaves and the rules cannot take whatever the parse finds
 * (no capital or institution to be a named actor, no word to be a superlative, and too few other
 * signals) is rejected unparsed; its signals
 * then lack what only the parse finds. With a `budget`, a sentence is parsed only while parses are
 * left (each takes one); after that it is judged by patterns alone (patternAnalysis).
 */
export function analyseClaim(sentence: string, quick = false, budget?: { left: number }): Analysis {
  const text = sentence.trim();
  const found = patternSignals(text);
  // The model needs no parse: its yes stands on every path.
  const learned = learnedScore(text).probability >= model.threshold;
  const possible =
    (possibleActor(text) ? weights['named-actor+event-verb']! : 0) +
    (!found.has('superlative') && /\p{L}{2,}est\b|\b(best|worst)\b/iu.test(text) ? weights.superlative! : 0);
  if (quick && !learned && score(found) + possible < threshold)
    return { ...result(sentence, found, learned), event: () => false };
  if (budget && budget.left <= 0) return patternAnalysis(sentence, text, found, learned);
  if (budget) budget.left--;

  const doc = nlp(text);
  if (namedActors(text, doc).length) found.add(hasEventVerb(doc) ? 'named-actor+event-verb' : 'named-actor');
  if (doc.match('#Superlative').found) found.add('superlative');
  // Verb phrases with their tense cost as much as the parse: only a claim's kind needs them.
  return { ...result(sentence, found, learned), event: () => reportsEvent(doc.verbs().json() as VerbPhrase[]) };
}

/**
 * The analysis without the parse, for sentences past an article's allowance of parses: a capital or
 * an institution stands for a named actor, and a past or future verb form for an event (looksLikeEvent).
 */
function patternAnalysis(sentence: string, text: string, found: Set<string>, learned: boolean): Analysis {
  if (possibleActor(text)) found.add(eventVerbForm.test(text) ? 'named-actor+event-verb' : 'named-actor');
  return { ...result(sentence, found, learned), event: () => looksLikeEvent(text) };
}

/** Irregular past forms of verbs of doing, and regular ones ("-ed"), not verbs of saying. */
const irregularPast = irregularPastForms.join('|');
const edWordsNotPast =
  'need|indeed|hundred|red|bed|shed|seed|feed|speed|breed|greed|steed|creed|wed|fled|led|sled|bled';
const eventVerbForm = new RegExp(
  String.raw`\b(?:${irregularPast}|(?!(?:${edWordsNotPast})\b)\p{Ll}{2,}ed)\b|\bwill\s+(?!not\b|be\b|have\b)\p{Ll}+`,
  'u',
);
/** An auxiliary that makes the verb after it a state or a passive, or a negator: "was closed", "never fled". */
const stateOrNegationBefore = new RegExp(
  String.raw`\b(?:${[...haveBeAuxiliaries, ...beForms, ...verbNegators].join('|')})\s+(?:\p{Ll}+ly\s+)?$|n['’]t\s+$`,
  'iu',
);
const reportingPast = new RegExp(`^(?:${reportingPastForms.join('|')})$`, 'i');

/**
 * isEvent by patterns, without the parse: a past form of a verb of doing ("closed", "fled") or a
 * "will" with its verb, not after an auxiliary that makes it a state or a passive, and not negated.
 */
export function looksLikeEvent(text: string): boolean {
  const match = eventVerbForm.exec(text);
  if (!match) return false;
  const before = text.slice(Math.max(0, match.index - 40), match.index);
  return !stateOrNegationBefore.test(before) && !reportingPast.test(match[0]);
}

/**
 * A verb that is not "to be", an auxiliary or a verb of saying or thinking: the words' own tags and roots, not verb
 * phrases (ten times slower).
 */
function hasEventVerb(doc: ReturnType<typeof nlp>): boolean {
  doc.compute('root');
  const terms = doc.match('#Verb').not('(#Copula|#Auxiliary|#Modal)').termList() as (ReturnType<
    typeof doc.termList
  >[number] & { root?: string })[];
  return terms.some((term) => !notEventVerbs.has((term.root ?? term.normal).toLowerCase()));
}

/** The signals patterns find, without parsing. */
function patternSignals(text: string): Set<string> {
  const found = new Set<string>();
  if (findQuantities(text).length) found.add('quantity');
  if (
    /\d/.test(text.replace(/\b(1[89]|20)\d{2}\b/g, '')) ||
    /\b(hundreds|thousands|millions|billions|dozens|half|twice|double|triple|percent|per cent)\b/i.test(text)
  )
    found.add('number');
  if (/["“][^"“”]*\b\w+\W+\w+\W+\w+[^"“”]*["”]?/.test(text) && quotedWords(text) >= 3) found.add('quotation');
  if (cuePattern.test(text)) found.add('attribution-cue');
  // "It added that …", "told the agency that …": someone's statement is reported, whoever it is.
  if (new RegExp(`${cuePattern.source}(\\s+\\S+){0,4}\\s+that\\b`, 'i').test(text)) found.add('reported-speech');
  else if (/\b(saying|adding|arguing|insisting|noting|warning|claiming)\s+(?!so\b)\w+/i.test(text))
    found.add('reported-speech');
  if (
    /\b(for the first time|(the )?first (time|ever)|never before|unprecedented|(would|will|is|was|be|been) (the )?first\b)/i.test(
      text,
    )
  )
    found.add('first-time');
  if (
    /\b(more|less|fewer|greater|higher|lower|larger|smaller|bigger|older|younger|better|worse|faster|slower|\w+er)\s+(\w+\s+)?than\b/i.test(
      text,
    )
  )
    found.add('comparative');
  if (
    /\b(increased|decreased|rose|fell|doubled|tripled|halved|surged|dropped|grew|declined|shrank|soared|plunged|(up|down) from)\b/i.test(
      text,
    )
  )
    found.add('change');
  // "at least 8pm" is a bound, not a superlative.
  if (/\b(the )?(most|least)\s+\w+/i.test(text.replace(/\bat (least|most)\b/gi, ''))) found.add('superlative');
  if (detectedDenial.test(text)) found.add('denial');
  if (timeReference.test(text)) found.add('time-reference');

  if (wordCount(text) < 5) found.add('short');
  if (/\?["”’]?$/.test(text) && !found.has('quotation')) found.add('question');
  if (fillerPatterns.some((pattern) => pattern.test(text))) found.add('filler');
  if (/^(i|we) (think|feel|believe|guess|suppose)\b/i.test(text)) found.add('first-person-opinion');
  return found;
}

function score(found: Set<string>): number {
  return [...found].reduce((total, signal) => total + weights[signal]!, 0);
}

/** The rules' score; check-worthy when it reaches the threshold or the model says yes (`learned`). */
function result(sentence: string, found: Set<string>, learned: boolean): Detection {
  const signals = [...[...found].sort((a, b) => weights[b]! - weights[a]!), ...(learned ? ['learned'] : [])];
  const clamped = Math.round(Math.min(1, Math.max(0, score(found))) * 100) / 100;
  return { sentence, checkworthy: clamped >= threshold || learned, score: clamped, signals };
}

/**
 * Words that open a sentence without naming anyone; any other capitalised first word may be a name compromise knows.
 */
const openers =
  /^(it|its|the|a|an|this|that|these|those|there|here|he|she|they|we|i|you|his|her|their|our|my|your|but|and|or|so|yet|if|when|while|as|in|on|at|for|with|after|before|during|since|until|by|from|of|to|what|which|who|why|how|some|many|most|all|no|not|one|each|every|more|less|now|then|still|however|meanwhile)$/i;

/** Whether the parse could find a named actor: a capital (but an opener's), or an institution. */
function possibleActor(text: string): boolean {
  const first = /^\W*(\p{L}[\p{L}'’-]*)/u.exec(text);
  const opener = first !== null && openers.test(first[1]!);
  return /\b\p{Lu}/u.test(opener ? text.slice(first[0].length) : text) || institutions.test(text);
}

/** `claimtrail detect`: one sentence a line in, one JSON object a line out; blank lines are skipped. */
export function detectLines(input: string): string[] {
  return input
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => JSON.stringify(detectClaim(line)));
}

/** Institutions and groups named by what they are ("the council", "police", "campaigners") act as named actors do. */
const institutions =
  /\b(council|government|ministry|department|police|court|parliament|army|military|board|committee|company|union|party|agency|officials|authorities|president|minister|mayor|spokes(person|man|woman)|prosecutors?|regulator|commission|senate|congress|cabinet|governor|judge|opposition|campaigners|activists|critics|experts|analysts|residents|witnesses|protesters|diplomats|lawmakers|researchers|scientists|doctors|investigators)\b/i;

/** People, places and organisations compromise knows, institutions, and capitalised words inside the sentence. */
function namedActors(text: string, doc: ReturnType<typeof nlp>): string[] {
  const known = [doc.people(), doc.places(), doc.organizations(), doc.match('#Acronym')].flatMap(
    (found) => found.out('array') as string[],
  );
  const institution = institutions.exec(text)?.[0];
  return [...known, ...capitalisedWords(text), ...(institution ? [institution] : [])];
}

/** A capital not at the start of the sentence or of a quotation is a name ("Beijing", "Western"). */
function capitalisedWords(text: string): string[] {
  return [...text.matchAll(/(?<![.!?:"“‘]\s*|^\W*)\b\p{Lu}[\p{L}'’-]+/gu)]
    .map((match) => match[0])
    .filter((word) => !calendarWords.test(word));
}

function quotedWords(text: string): number {
  const quoted = text.match(/["“]([^"“”]+)["”]?/g) ?? [];
  return Math.max(0, ...quoted.map((quote) => wordCount(quote)));
}

const eventForms = new Set([
  'simple-past',
  'passive-past',
  'simple-future',
  'future-perfect',
  'past-perfect',
  'passive-future',
]);

/**
 * Whether a claim reports something that happened or will happen (kind "event") rather than a state
 * or a characterisation ("statement"): its main verb — the first one not in an "-ing" phrase — is a
 * past or future action, not negated and not "to be". "Police detained…" is an event; "access has
 * been restricted", "Turkey did not appear", "the letter marks…" are statements.
 */
export function isEvent(text: string): boolean {
  return reportsEvent(nlp(text).verbs().json() as VerbPhrase[]);
}

function reportsEvent(verbs: VerbPhrase[]): boolean {
  const main = verbs.find(({ verb }) => !/ing$/.test(verb.root))?.verb;
  return main !== undefined && eventForms.has(main.grammar.form) && !main.negative && !main.grammar.copula;
}

/**
 * The learned part (scripts/train-detector.ts): a logistic regression over the signals patterns find
 * and the sentence's hashed words and word pairs. No parse, so it weighs a sentence the same on
 * every path and costs microseconds.
 */
export interface DetectorModel {
  /** Word features are hashed into 2^bits weights. */
  bits: number;
  bias: number;
  /** The probability at or above which a sentence is check-worthy: the best F1 out of fold on train. */
  threshold: number;
  signals: Record<string, number>;
  words: number[];
}

const model: DetectorModel = fitted;

/** What the model reads of a sentence: its pattern signals and its words and word pairs, lower case, numbers as "0". */
export function modelInputs(text: string): { signals: string[]; words: string[] } {
  const found = patternSignals(text);
  if (possibleActor(text)) found.add(eventVerbForm.test(text) ? 'named-actor+event-verb' : 'named-actor');
  const tokens =
    text
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}\p{N}]+(?:'\p{L}+)*/gu) ?? [];
  const words = tokens.map((token) => token.replace(/\p{N}+/gu, '0'));
  // "^ i" opens "I think…"; pairs carry what single words do not ("tax cut", "voted against").
  const pairs = ['^', ...words].slice(0, -1).map((word, index) => `${word} ${words[index]}`);
  // Debate sentences that state facts run long; the length is a word feature of its own ("#length 20").
  const length = `#length ${[40, 20, 10, 5].find((bound) => words.length >= bound) ?? 0}`;
  return { signals: [...found], words: [...new Set([...words, ...pairs, length])] };
}

/** FNV-1a of a feature's name, to its bucket among 2^bits. */
export function bucket(name: string, bits: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index++) hash = Math.imul(hash ^ name.charCodeAt(index), 0x01000193);
  return (hash >>> 0) & ((1 << bits) - 1);
}

/** One input's part in the model's sum: a signal's, or a word's (a pair, or "#length 20"). */
interface LearnedPart {
  name: string;
  word: boolean;
  weight: number;
}

/** The model's probability that a sentence is check-worthy, and each input's part in it. */
export function learnedScore(text: string): { probability: number; parts: LearnedPart[] } {
  const { signals, words } = modelInputs(text);
  const parts = [
    ...signals.map((name) => ({ name, word: false, weight: model.signals[name] ?? 0 })),
    ...words.map((name) => ({ name, word: true, weight: model.words[bucket(name, model.bits)] ?? 0 })),
  ];
  const sum = parts.reduce((total, part) => total + part.weight, model.bias);
  return { probability: 1 / (1 + Math.exp(-sum)), parts };
}
