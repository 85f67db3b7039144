// One sentence -> its attributions: for each reporting cue, a named, ordered table of rules says where
// its speaker is (before it, after it, after a comma), and the chain builder then adds whom the speaker
// told and cited. The names of the rules that fired are what `claimtrail ingest --explain` prints.
import { citable } from '../lexicon/organisations.ts';
import { personName, personTitles, titleAbbreviations } from '../lexicon/person-titles.ts';
import { citedSourceCues, citingCues, cuePattern, cuesGlobal, toldCues, wordsBeforeCue } from '../lexicon/reporting.ts';
import { resolveReference, type ReferenceContext, type SourceRef } from './reference-rules.ts';
import { isOutlet } from './source-guess.ts';

export interface Attribution {
  /** The cue as written: "said", "according to", "citing"… */
  cue: string;
  cueStart: number;
  cueEnd: number;
  /**
   * Sources nearest first, after the publisher: [reuters, diplomatic-sources] for "Citing diplomatic
   * sources, Reuters reported".
   */
  chain: SourceRef[];
}

/** One cue of a sentence, with the rules that read it: what --explain prints. */
export interface CueTrace {
  sentence: string;
  cue: string;
  /** Where the cue stands in the sentence (UTF-16 offsets). */
  start: number;
  end: number;
  /** The names of the rules that fired, in order: the cue rule, the reference rules, then the chain's. */
  rules: string[];
  /** The chain found (source ids, nearest first); [] when the cue gave none. */
  chain: string[];
}

interface Cue {
  cue: string;
  /** Lower case. */
  lower: string;
  start: number;
  end: number;
}

/** Where a cue's speaker is: found (perhaps null: no one), or the chain of the attribution before it. */
type CueReading = { source: SourceRef | null; receiver: SourceRef | null } | { same: Attribution | undefined };

interface CueRule {
  name: string;
  test(cue: Cue, sentence: string): boolean;
  read(cue: Cue, sentence: string, context: ReferenceContext, before: Attribution[]): CueReading;
}

/** The rules for a cue, in the order they are tried; the first whose test passes reads it. */
export const cueRules: readonly CueRule[] = [
  // First: "citing X" names whom the speaker cites, never the speaker; the chain builder adds X. (The
  // participle rule below would else read ", citing X" as the clause's speaker saying it.)
  {
    name: 'citing-cue-names-no-speaker',
    test: ({ lower }) => citingCues.test(lower),
    read: () => ({ same: undefined }),
  },
  // "According to X", "figures given by X": the source follows the cue (the last rule looks before it).
  {
    name: 'source-after-cue',
    test: ({ lower }) => lower === 'according to' || /\sby$/.test(lower),
    read: (cue, sentence, context) => ({ source: nounAfter(context, sentence, cue.end), receiver: null }),
  },
  // "In a statement released on Wednesday, the foreign ministry confirmed": the speaker follows the comma.
  {
    name: 'statement-then-speaker',
    test: ({ lower }) => lower === 'in a statement',
    read: (cue, sentence, context) => ({ source: speakerAfterComma(context, sentence, cue.end), receiver: null }),
  },
  // "…, the ministry confirmed the invitation, saying …": the clause's own speaker says it. Before the last
  // rule, which would take the clause before the comma ("the ministry confirmed the invitation") as a name.
  {
    name: 'participle-continues-speaker',
    test: ({ lower, start }, sentence) => /ing$/.test(lower) && /,\s*$/.test(sentence.slice(0, start)),
    read: (_cue, _sentence, _context, before) => ({ same: before.at(-1) }),
  },
  // Last, the common case: "the ministry said", else `…," said John Fisher` (the speaker after an inverted cue).
  {
    name: 'speaker-before-cue',
    test: () => true,
    read: (cue, sentence, context) => {
      let source = nounBefore(context, sentence, cue.start);
      if (!source && invertedAt(sentence, cue.start)) {
        context.fired?.push('inverted-cue');
        source = nounAfter(context, sentence, cue.end);
      }
      return { source, receiver: toldCues.test(cue.lower) ? receiver(context, sentence, cue.end) : null };
    },
  },
];

/**
 * The attributions of one sentence, in reading order. `remember` is told each chain found (not one
 * continued from the cue before), nearest source last. `traces`, when given, gets one entry a cue.
 */
export function attributionsOf(
  sentence: string,
  context: ReferenceContext,
  remember: (chain: SourceRef[]) => void,
  traces?: CueTrace[],
): Attribution[] {
  const cues = [...sentence.matchAll(cuesGlobal)].map((match) => ({
    cue: match[0],
    lower: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
  const { book } = context;
  // "citing a shortage of nurses" gives a reason, not a source.
  const names = (phrase: string) =>
    /^\p{Lu}/u.test(phrase) || citable.test(phrase) || book.registered(phrase.toLowerCase()) !== undefined;
  const cited = cues
    .filter((cue) => citedSourceCues.test(cue.cue))
    // Whom a citing cue names is part of the chain of the cue it goes with: traced there, not here.
    .map((cue) => nounAfter(context.fired ? { ...context, fired: undefined } : context, sentence, cue.end, names))
    .filter((ref) => ref !== null);
  const attributions: Attribution[] = [];
  for (const cue of cues) {
    const fired: string[] | undefined = traces ? [] : undefined;
    const rule = cueRules.find((candidate) => candidate.test(cue, sentence))!;
    fired?.push(rule.name);
    const reading = rule.read(cue, sentence, fired ? { ...context, fired } : context, attributions);
    const chain =
      'same' in reading ? (reading.same?.chain ?? []) : buildChain(reading, cited, book.publisher, context, fired);
    const { start, end } = cue;
    traces?.push({ sentence, cue: cue.cue, start, end, rules: fired!, chain: chain.map((ref) => ref.id) });
    if (!chain.length) continue;
    attributions.push({ cue: cue.cue, cueStart: cue.start, cueEnd: cue.end, chain });
    // The nearest is remembered last, so it is the most recent: "it added" is Reuters, not its sources.
    if (!('same' in reading)) remember(chain);
  }
  return attributions;
}

/** The speaker, then whom it told (an outlet) before it and whom it cites after it, without the publisher. */
function buildChain(
  { source, receiver }: { source: SourceRef | null; receiver: SourceRef | null },
  cited: SourceRef[],
  publisher: string,
  context: ReferenceContext,
  fired: string[] | undefined,
): SourceRef[] {
  if (!source) return [];
  const chain = [source];
  // "one source telling the agency": the agency reports what the source told it.
  const toldOutlet = receiver && isOutlet(context.book.source(receiver.id));
  if (receiver && toldOutlet && receiver.id !== source.id && receiver.id !== publisher) {
    fired?.push('told-an-outlet');
    chain.unshift(receiver);
  }
  // "Citing X, Reuters reported …": the reporter cites X.
  for (const ref of cited)
    if (!chain.some((other) => other.id === ref.id)) {
      fired?.push('cites-a-source');
      chain.push(ref);
    }
  // The publisher is the chain's start already: "a diplomat told the Courier" in the Courier is the diplomat's.
  while (chain[0]?.id === publisher) {
    fired?.push('publisher-left-out');
    chain.shift();
  }
  return chain;
}

/** A cue with the speaker after it: `…," said John Fisher` or `, says the report`. */
function invertedAt(sentence: string, cueStart: number): boolean {
  return /(?:[,”"]|^)\s*$/.test(sentence.slice(0, cueStart));
}

const wordsBeforeCueAtEnd = new RegExp(String.raw`(\s+(?:${wordsBeforeCue}))*\s*$`, 'i');
const phraseBoundary = /[,;:()"“”—–]|\bthat\b|\bwith\b|\bwhile\b|\bwhere\b|\bwhen\b|\band\b|\bbut\b/g;
const nameBeforeRole = new RegExp(String.raw`(?:^|[,;:]\s*)(${personName}),$`, 'u');

/** The noun phrase that ends just before a cue: "the foreign ministry" in "…, the foreign ministry confirmed". */
function nounBefore(context: ReferenceContext, sentence: string, cueStart: number): SourceRef | null {
  const before = sentence
    .slice(0, cueStart)
    .replace(wordsBeforeCueAtEnd, '')
    .replace(/[\s,]+$/, '')
    // "Gen. Rhian Hollis, who leads the western command, said": the speaker is before the relative clause.
    .replace(/,\s*(?:who|whose|which)\b[^,]*$/i, '');
  // "No injuries have been reported": a passive names no speaker before its verb.
  if (/\b(been|be|being|was|were|is|are)$/i.test(before)) {
    context.fired?.push('passive-names-no-one');
    return null;
  }
  const boundary = Math.max(...[...before.matchAll(phraseBoundary)].map((match) => match.index + match[0].length), 0);
  let phrase = before.slice(boundary);
  const lead = phrase.length - phrase.trimStart().length;
  phrase = phrase.trim();
  // "experts, including X, said" is the experts; "…, which the county council said" is the council.
  const relative = /^(?:which|who|whom)\s+/i.exec(phrase)?.[0].length ?? 0;
  const head = phrase.slice(relative).split(/\s+(?:including|such as|who|which)\s+/)[0]!;
  // "Ines Calder, the party's spokeswoman, said", "Sian Pruett, Westgrid's operations director, said":
  // the speaker is the name before the role.
  const role = head.replace(/\s+(?:for|of|at|in|on)\s+.*$/, '');
  const determined = /^(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}-]*['’]s?)\s/iu.test(role);
  if (determined && personTitles.test(role.split(/\s+/).at(-1)!)) {
    const name = nameBeforeRole.exec(before.slice(0, boundary));
    if (name) {
      context.fired?.push('name-before-role');
      return resolveReference(context, name[1]!, name.index + name[0].indexOf(name[1]!));
    }
  }
  return resolveReference(context, head, boundary + lead + relative);
}

/**
 * "In a statement released on Wednesday, the foreign ministry confirmed": the speaker is before the
 * cue after the comma.
 */
function speakerAfterComma(context: ReferenceContext, sentence: string, cueEnd: number): SourceRef | null {
  const comma = sentence.indexOf(',', cueEnd);
  if (comma === -1) return null;
  const from = comma + 1;
  const cue = cuePattern.exec(sentence.slice(from));
  if (!cue) return null;
  return nounBefore(context, sentence, from + cue.index);
}

const wordsAfterCue = new RegExp(String.raw`^(?:${titleAbbreviations}|[^,.;:!?"“”()])*`, 'u');
const nameAfterRole = new RegExp(String.raw`^,\s*(${personName})(?=[\s,.;:!?]|$)`, 'u');
// "former detainees describing …", "figures seen by the paper": the phrase ends where a participle starts
// its own clause ("the engineering firm X": after a determiner, an "-ing" word is an adjective).
const participleClause = new RegExp(
  String.raw`(?<=\S)(?<!^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er))\s+(?:\p{Ll}+(?:ing|ed)(?:\s+\S+){2,}|` +
    String.raw`(?:seen|shown|given|made|obtained|compiled|released|published)\s+(?:by|to)\s.*)$`,
  'u',
);

/**
 * The noun phrase right after a cue, up to a comma or "that": "according to the US State Department,";
 * null when `names` says it names no one.
 */
function nounAfter(
  context: ReferenceContext,
  sentence: string,
  cueEnd: number,
  names: (phrase: string) => boolean = () => true,
): SourceRef | null {
  const rest = sentence.slice(cueEnd);
  const lead = rest.length - rest.trimStart().length;
  const words = wordsAfterCue.exec(rest.trimStart())![0];
  // "said the hospital's director, Dr. Agnès Picard": the name after the role is the speaker.
  const named = nameAfterRole.exec(rest.trimStart().slice(words.length));
  const role = /^(?:the|a|an|its|his|her|their)\s/i.test(words) && personTitles.test(words.trim().split(/\s+/).at(-1)!);
  if (named && role) {
    context.fired?.push('name-after-role');
    return resolveReference(context, named[1]!, cueEnd + lead + words.length + named[0].indexOf(named[1]!));
  }
  const phrase = words
    .split(/\s+(?:that|who|which|as|in|on|at|to|for|after|before|when|while)\s+/)[0]!
    .replace(participleClause, '')
    .trim();
  return names(phrase) ? resolveReference(context, phrase, cueEnd + lead) : null;
}

/** Whom something was told: "the agency" in "telling the agency the Chinese authorities were…". */
function receiver({ book }: ReferenceContext, sentence: string, cueEnd: number): SourceRef | null {
  const rest = sentence.slice(cueEnd);
  const lead = rest.length - rest.trimStart().length;
  const words = rest.trimStart();
  const lower = words.toLowerCase();
  for (const [alias, id] of book.aliasesByLength) {
    const withThe = lower.startsWith(alias) ? alias : lower.startsWith(`the ${alias}`) ? `the ${alias}` : undefined;
    // "telling the agency": the agency in context only (the publisher, or one the article named).
    if (withThe && !/[\p{L}\p{N}]/u.test(words[withThe.length] ?? '') && book.registered(alias) === id)
      return { id, surface: words.slice(0, withThe.length), start: cueEnd + lead, end: cueEnd + lead + withThe.length };
  }
  return null;
}
