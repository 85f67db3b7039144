// Where a reported claim's frame stands in its paragraph: the verbs that report speech, the
// sentence around the words and the clause just before them. Shared by the claim model's stance,
// statement and date drafting.

import { monthAbbreviations } from '../lexicon/calendar.ts';
import { abbreviatedBeforeName } from '../lexicon/person-titles.ts';
import { clauseReportingVerbs, pastSpeechVerbs, thatReportingVerbs } from '../lexicon/reporting.ts';

/** Verbs that report speech and take a clause: "X said (that) …". "Estimate" and "believe" stay: they are hedges. */
export const speech = `(?:${clauseReportingVerbs.join('|')})`;
/** Verbs that report speech but also take a plain object ("confirmed the invitation"): only with "that". */
export const speechThat = `(?:${thatReportingVerbs.join('|')})`;

/** Titles and abbreviations whose stop ends no sentence. */
export const abbreviations = new RegExp(
  String.raw`(?:^|\s)(?:${abbreviatedBeforeName.join('|')}|` +
    `${monthAbbreviations.map((month) => month[0]!.toUpperCase() + month.slice(1)).join('|')}|` +
    String.raw`Inc|Ltd|Co|Corp|Jr|Sr|vs|U\.S|U\.K|a\.m|p\.m)$`,
);

/** The part of the claim's sentence before and after its words. */
export function sentenceAround(before: string, after: string, text = 'X'): { before: string; after: string } {
  const boundary = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu;
  let start = 0;
  // The claim's first letter shows whether the paragraph's last stop before it ends a sentence.
  for (const match of `${before}${text.trimStart().charAt(0)}`.matchAll(boundary))
    if (!abbreviations.test(before.slice(0, match.index))) start = match.index + match[0].length;
  let end = after.length;
  for (const match of after.matchAll(boundary))
    if (!abbreviations.test(after.slice(0, match.index))) {
      end = match.index + 1;
      break;
    }
  return { before: before.slice(start), after: after.slice(0, end) };
}

/** The clause just before the words: after the last comma, semicolon or "and". */
export function nearestClause(before: string): string {
  const parts = before.split(/[,;]\s*|\s+(?:and|but)\s+/);
  return parts.at(-1)!.trim() || (parts.at(-2) ?? '').replace(/^.*\b(?:and|but)\s+/, '');
}

/** A verb that reports speech in the past: after it "would" is the speaker's "will", not a condition. */
export const pastReporting = new RegExp(String.raw`\b(?:${pastSpeechVerbs.join('|')})\b`, 'i');
/** "Closing the school would leave…": a gerund phrase as subject is the condition of its "would". */
export const gerundSubject =
  /^(?!(?:no|some|any|every)thing\b)\p{L}+ing\s+(?:the|a|an|its|their|his|her|this|that|these|those|it|them)\b/iu;
