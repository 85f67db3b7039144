// A claim's words in their paragraph -> the parts of its model an editor has not written yet: a
// self-contained statement, the stance the publisher reports it with, its hedges, the claimant of an
// accusation nobody is named for, and the day the claimant spoke when the text states it. Used by
// ingest for new drafts and by the corpus loader for entries written before the model existed;
// whatever it drafts is shown as awaiting review. Pure: text in, data out.
import { alternatives } from '../lexicon/alternatives.ts';
import { monthAbbreviations, monthNumber, months, weekdays } from '../lexicon/calendar.ts';
import { stanceDenialForms } from '../lexicon/polarity.ts';
import { criticsVerbs, saidSaysTold } from '../lexicon/reporting.ts';
import { beForms, haveBeAuxiliaries } from '../lexicon/verbs.ts';
import { type ClaimAttributes, type Hedge, type SourceEntry, type Stance } from '../schema.ts';
import { gerundSubject, nearestClause, pastReporting, sentenceAround, speech, speechThat } from './frames.ts';

export interface ClaimInContext {
  /** The claim's exact words. */
  text: string;
  /** Its paragraph's text before and after the words. */
  before: string;
  after: string;
  kind: ClaimAttributes['kind'];
  /** The attribution chain after the publisher, nearest first; its last source is the claimant. */
  by: readonly string[];
  /** The article's paragraphs before this one, in order: where "the ministry" or "the school" was named in full. */
  earlier?: readonly string[];
  /** The type of each source id, where known: "she" is the claimant only when the claimant is a person. */
  types?: ReadonlyMap<string, SourceEntry['type']>;
}

// ---------------------------------------------------------------------------------------------
// Stance

/**
 * The frame just before (or opening) a claim that makes it
 * someone's accusation: "has been accused of", "X accused Y of “".
 */
const allegationFrame = new RegExp(
  String.raw`\b(?:(?:${[...haveBeAuxiliaries, ...beForms].join('|')})\s+)*` +
    String.raw`(?:accus(?:e|es|ed|ing)\s+(?:[^,.;]{1,80}?\s+)?of|charged\s+with|` +
    String.raw`alleged(?:ly)?(?:\s+that|\s+to\s+have)?|allegations?\s+(?:that|of)|accusations?\s+(?:that|of)|` +
    String.raw`critics\s+(?:${criticsVerbs.join('|')})(?:\s+that)?)\s*["“‘]?\s*$`,
  'i',
);
/** Words in the claim itself that make it an allegation the publisher reports. */
const allegationWords = /^(?:reportedly\s+)?accused\s+of\b|\ballegedly\b/i;
/**
 * An accusation frame inside the words ("where it has been accused
 * of …", "X accused Y of “…"): where the accusation itself starts.
 */
const innerAllegation = new RegExp(
  String.raw`\b(?:(?:${haveBeAuxiliaries.join('|')})\s+(?:been\s+)?(?:\p{Ll}+ly\s+)?accused|` +
    String.raw`accus(?:ed|es|e)\s+[^,.;]{2,80}?)\s+of\s*["“‘]?(?=\s*\p{L})|` +
    String.raw`\bcritics\s+(?:${criticsVerbs.join('|')})\s+(?:that\s+)?`,
  'iu',
);
export function allegationStart(text: string): number {
  const match = innerAllegation.exec(text);
  return match ? match.index + match[0].length : -1;
}
const denialCue = new RegExp(String.raw`\b(?:${stanceDenialForms.join('|')})\b`, 'i');

/** How the publisher presents the claim, read from its words and the frame around them. */
export function draftStance(claim: ClaimInContext): Stance {
  if (claim.kind === 'quote') return 'quotes';
  const frame = claim.before.slice(-120);
  if (allegationFrame.test(frame) || allegationWords.test(claim.text) || allegationStart(claim.text) !== -1)
    return 'reports-allegation';
  if (claim.by.length === 0) return 'asserts';
  // Only the clause that frames the claim: "Beijing denies X, and says Y" reports Y, it does not deny it.
  if (denialCue.test(claim.text) || denialCue.test(nearestClause(claim.before))) return 'reports-denial';
  return 'reports';
}

/**
 * Who is credited with a claim: the publisher for what it asserts itself, else the last source of the
 * attribution chain; null (unknown) when a relayed claim has no chain.
 */
export function claimantOf(stance: Stance, publisher: string, by: readonly string[]): string | null {
  return stance === 'asserts' ? publisher : (by.at(-1) ?? null);
}

/**
 * Who claims an accusation the text names no accuser for: critics, or unnamed accusers. Never the
 * publisher: it only reports the accusation. Undefined when the claim is no allegation.
 */
export function unnamedClaimant(
  claim: Pick<ClaimInContext, 'text' | 'before' | 'kind' | 'by'>,
): 'critics' | 'unnamed-accusers' | undefined {
  if (claim.by.length || draftStance({ ...claim, after: '' }) !== 'reports-allegation') return undefined;
  return /\bcritics\b/i.test(claim.before.slice(-60)) ? 'critics' : 'unnamed-accusers';
}

/** The registry entries drafted for the unnamed claimants above. */
export const unnamedClaimants: Record<'critics' | 'unnamed-accusers', Omit<SourceEntry, 'aliases' | 'related'>> = {
  'unnamed-accusers': {
    id: 'unnamed-accusers',
    name: 'Unnamed accusers',
    type: 'unnamed',
    description: 'Those who make an accusation an article reports without naming them.',
  },
  critics: {
    id: 'critics',
    name: 'Critics',
    type: 'unnamed',
    description: 'Critics an article cites without naming them.',
  },
};

// ---------------------------------------------------------------------------------------------
// Hedges

/**
 * Words after which "more than", "about", "up to"… bound a number or a date rather than compare ("more than expected").
 */
const afterAnA = alternatives(
  'dozen hundred thousand million billion trillion third quarter half decade year month week day hour',
);
const numberStarts = alternatives(
  'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy ' +
    'eighty ninety hundred thousand million billion half twice double triple threefold dozens hundreds thousands ' +
    `millions billions ${months.join(' ')} ${[...weekdays].join(' ')} midnight noon`,
);
const numberAhead = String.raw`(?=\s*(?:[$£€]?\d|(?:a|an)\s+(?:${afterAnA})\b|(?:${numberStarts})\b))`;
const bounded = (words: string) => new RegExp(String.raw`\b(?:${words})\b${numberAhead}`, 'i');
const either = (...patterns: RegExp[]) => ({ test: (text: string) => patterns.some((pattern) => pattern.test(text)) });

/**
 * Each hedge and the words that carry it, from the vocabulary of schema.ts, narrowed where a cue
 * word has other uses: bounds only before a number, "may" not the month, "said to" only "said to
 * be/have". Conditional "would" and "according to" in the frame are judged in draftHedges.
 */
const hedgeRules: [Hedge, { test: (text: string) => boolean }][] = [
  ['estimate', /\b(?:estimates?|estimated)\b/i],
  ['approximately', bounded('about|around|roughly|approximately|some|nearly|almost|close to')],
  ['up-to', bounded('up to|as many as|as much as|at most')],
  ['at-least', bounded('at least|no fewer than|no less than')],
  ['more-than', bounded('more than|over|above|in excess of')],
  ['reportedly', /\b(?:reportedly|(?:reported|said)\s+to\s+(?:be|have)\b)/i],
  // "Allegations of torture are rampant" is hedged; "denies any allegations", "to investigate allegations" are not.
  ['alleged', /\b(?:alleged|allegedly|accused\s+of)\b|^(?:the\s+)?(?:allegations|accusations)\b/i],
  ['according-to', /\baccording\s+to\b/i],
  // A forecast ("expected to be") is as uncertain as "likely".
  [
    'possibly',
    either(
      /\b(?:might|could|possibly|probably|likely|(?:appears|appeared|seems|seemed|believed)\s+to|(?:expected|forecast|projected|predicted)\s+to)\b/i,
      /\bmay\b(?!\s+\d)|^May\s+(?:be|have|not)\b/,
    ),
  ],
  ['conditional', /\b(?:if|unless)\b/i],
  ['unconfirmed', /\b(?:unconfirmed|unverified|informal|informally)\b/i],
];
const hedgeOrder = hedgeRules.map(([hedge]) => hedge);

/** Whether some words carry any hedge: an aside that hedges stays in a statement. */
export function hedged(words: string): boolean {
  return hedgeRules.some(([, cue]) => cue.test(words));
}

/** Where the subject before a "would" starts: after a reporting verb, "that", "and", "but" or a stop. */
const clauseBreak = new RegExp(String.raw`\b(?:${[...saidSaysTold, 'that', 'and', 'but'].join('|')})\b|[,;:]`);

/** The hedges the claim's words (and the frame of its sentence) carry, in vocabulary order. */
export function draftHedges(
  claim: Pick<ClaimInContext, 'text' | 'before'> & Partial<Pick<ClaimInContext, 'after'>>,
): Hedge[] {
  const { before, after } = sentenceAround(claim.before, claim.after ?? '', claim.text);
  const found = new Set(hedgeRules.filter(([, cue]) => cue.test(claim.text)).map(([hedge]) => hedge));
  if (allegationFrame.test(claim.before.slice(-120)) || allegationStart(claim.text) !== -1) found.add('alleged');
  // "According to X, …" or "…, according to X": the source is named in the frame, outside the words.
  if (/\baccording\s+to\b/i.test(before) || /^[^.;]*?,\s*according\s+to\b/i.test(after)) found.add('according-to');
  if (/\bwould\b/i.test(claim.text)) {
    const lead = claim.text.split(/\bwould\b/i)[0]!;
    const reported =
      pastReporting.test(before) || pastReporting.test(after.split(/[–—]/)[0]!) || pastReporting.test(lead);
    const subject = lead.split(clauseBreak).at(-1)!.trim();
    if (!reported || gerundSubject.test(`${subject} `)) found.add('conditional');
  }
  return hedgeOrder.filter((hedge) => found.has(hedge));
}

// ---------------------------------------------------------------------------------------------
// When the claimant said it

const month = String.raw`(${[...months, ...monthAbbreviations].join('|')})\.?`;
/** Full dates as articles write them: "12 March 2024", "March 12, 2024", "2024-03-12". */
const fullDates: [RegExp, (match: RegExpExecArray) => [number, number, number]][] = [
  [
    new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${month}\s+(\d{4})\b`, 'i'),
    (m) => [Number(m[3]), monthNumber(m[2]!), Number(m[1])],
  ],
  [
    new RegExp(String.raw`\b${month}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i'),
    (m) => [Number(m[3]), monthNumber(m[1]!), Number(m[2])],
  ],
  [/\b(\d{4})-(\d{2})-(\d{2})\b/, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
];
const speakingCue = new RegExp(
  String.raw`\b(?:${speech}|${speechThat}|statement|told|interview|letter|briefing)\b`,
  'i',
);

/**
 * The day the claimant said it (YYYY-MM-DD), only when the frame around the words, not the words
 * themselves, states it: a full date ("On 12 March 2024, X told…"), or "today"/"yesterday" counted
 * from the article's own date. A weekday alone ("on Wednesday") gives nothing: it could be either side.
 */
export function draftClaimed(
  claim: Pick<ClaimInContext, 'text' | 'before' | 'after' | 'by'>,
  articleDate?: string | null,
): string | undefined {
  if (!claim.by.length) return undefined;
  const { before, after } = sentenceAround(claim.before, claim.after, claim.text);
  const frame = `${before} … ${after}`;
  if (!speakingCue.test(frame)) return undefined;
  for (const [pattern, read] of fullDates) {
    const match = pattern.exec(frame);
    if (match) return isoDate(...read(match));
  }
  const relative = /\b(today|yesterday)\b/i.exec(frame)?.[1]?.toLowerCase();
  if (relative && articleDate && /^\d{4}-\d{2}-\d{2}$/.test(articleDate)) {
    const day = new Date(`${articleDate}T00:00:00Z`);
    if (relative === 'yesterday') day.setUTCDate(day.getUTCDate() - 1);
    return day.toISOString().slice(0, 10);
  }
  return undefined;
}

function isoDate(year: number, monthOfYear: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, monthOfYear - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === monthOfYear - 1 && date.getUTCDate() === day
    ? date.toISOString().slice(0, 10)
    : undefined;
}
