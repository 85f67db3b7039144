// The claims of one paragraph of clean text: quotations with a speaker, and the clauses of check-worthy
// sentences with their attribution frame left outside; each with its kind, claimant chain and quantity.
import type { ClaimAttributes, FoundQuantity } from '../schema.ts';
import { findQuantities } from '../quantities.ts';
import type { Attribution, Attributor } from './attribution.ts';
import { analyseClaim, isEvent, looksLikeEvent } from './detect.ts';
import type { DraftClaim, Mention, Span } from './draft.ts';
import { splitSentences } from './sentences.ts';
import { wordCount } from './text.ts';

/** A claim as its paragraph gives it: not yet given an id, a model or its place in the raw file. */
export type FoundClaim = Omit<
  DraftClaim,
  'id' | 'text' | 'block' | 'raw' | 'statement' | 'stance' | 'hedges' | 'claimed'
>;

/**
 * The claims of one paragraph: quotations with a speaker become quote claims (their words inside the
 * marks); other check-worthy sentences are split at clause boundaries, and each clause that carries
 * the claim is marked, its attribution frame ("X said that") left outside.
 */
export function claimsOf(
  text: string,
  attributor: Attributor,
  parses: { left: number },
): { claims: FoundClaim[]; mentions: Mention[] } {
  const claims: FoundClaim[] = [];
  const mentions: Mention[] = [];
  let lastSpeaker: Attribution | undefined;
  // The full parse while the article's allowance lasts; patterns alone after it.
  const analyse = (words: string, quick = false) => analyseClaim(words, quick, parses);
  const event = (words: string) => (parses.left-- > 0 ? isEvent(words) : looksLikeEvent(words));
  for (const sentence of splitSentences(text)) {
    // A "sentence" of thousands of characters (a page without stops, a table dumped as text) is no claim.
    if (sentence.end - sentence.start > maxSentenceChars) continue;
    const attributions = attributor.attribute(sentence.text).map((attribution) => shift(attribution, sentence.start));
    for (const attribution of attributions)
      for (const ref of attribution.chain)
        if (ref.start !== null && ref.end !== null) mentions.push({ id: ref.id, start: ref.start, end: ref.end });

    const quotes = quotations(text, sentence);
    // A quotation with no cue of its own continues the last speaker's ("…," Fisher said. "The joint…").
    const speaker = attributions[0] ?? (quotes.length && /^\s*["“]/.test(sentence.text) ? lastSpeaker : undefined);
    if (quotes.length && speaker) {
      lastSpeaker = speaker;
      const detection = analyse(sentence.text);
      // A quotation's words are its sentence's: the sentence's analysis serves (parsing is slow).
      for (const quote of quotes)
        claims.push({
          kind: 'quote',
          start: quote.start,
          end: quote.end,
          by: speaker.chain.map((ref) => ref.id),
          quantity: null,
          score: detection.score,
          signals: unique(['quotation', ...detection.signals]),
        });
      continue;
    }
    // Most sentences are not claims: those that cannot be are rejected before the (slow) parse.
    const detection = analyse(sentence.text, true);
    if (!detection.checkworthy) continue;
    const clauses = clausesOf(text, sentence);
    clauses.forEach((clause, index) => {
      const words = text.slice(clause.start, clause.end);
      // The sentence's own analysis serves when the clause is the whole sentence (parsing is slow).
      const own = clauses.length === 1 ? detection : analyse(words, true);
      if (!own.checkworthy && !(index === 0 && wordCount(words) >= 4)) return;
      const attribution = attributionFor(clause, attributions);
      const body = afterFrame(text, clause, attribution);
      const quantity = quantityOf(text.slice(body.start, body.end));
      const kind: ClaimAttributes['kind'] = quantity
        ? 'quantity'
        : attribution
          ? 'reported'
          : (body.start === clause.start ? own.event() : event(text.slice(body.start, body.end)))
            ? 'event'
            : 'statement';
      claims.push({
        kind,
        ...body,
        by: attribution?.chain.map((ref) => ref.id) ?? [],
        quantity,
        score: Math.max(own.score, detection.score),
        signals: unique([...own.signals, ...detection.signals]),
      });
    });
  }
  return { claims, mentions };
}

/** Longer than any sentence a claim is drawn from (a statement is at most 400 characters). */
const maxSentenceChars = 2000;

function shift(attribution: Attribution, by: number): Attribution {
  return {
    ...attribution,
    cueStart: attribution.cueStart + by,
    cueEnd: attribution.cueEnd + by,
    chain: attribution.chain.map((ref) => ({
      ...ref,
      start: ref.start === null ? null : ref.start + by,
      end: ref.end === null ? null : ref.end + by,
    })),
  };
}

/**
 * Quotations of three words or more inside a sentence: the words between the marks, without the comma or
 * stop before the closing mark.
 */
function quotations(text: string, sentence: Span): Span[] {
  const spans: Span[] = [];
  const part = text.slice(sentence.start, sentence.end);
  for (const match of part.matchAll(/(["“])([^"“”]+)(["”])/g)) {
    const inner = match[2]!;
    const lead = inner.length - inner.trimStart().length;
    const trimmed = inner.trim().replace(/[,.;:]+$/, '');
    if (wordCount(trimmed) < 3) continue;
    // A short phrase inside a longer sentence is part of that sentence's claim, not a quote of its own,
    // unless it is the speech itself: first in the sentence ("…," she said) or after a colon (said: "…").
    const speech = /^\s*$/.test(part.slice(0, match.index)) || /:\s*$/.test(part.slice(0, match.index));
    if (!speech && wordCount(trimmed) < wordCount(part) / 2) continue;
    const start = sentence.start + match.index + match[1]!.length + lead;
    spans.push({ start, end: start + trimmed.length });
  }
  return spans;
}

/** Clauses a claim can stand in: the sentence split where a new clause starts after a comma. */
function clausesOf(text: string, sentence: Span): Span[] {
  const part = text.slice(sentence.start, sentence.end);
  const cuts = [
    ...part.matchAll(
      /,\s+(?=(?:where|while|whereas|but|with|amid|including|saying|although|though|as well as)\b)|;\s+/g,
    ),
  ].map((match) => ({ at: match.index, next: match.index + match[0].length }));
  const clauses: Span[] = [];
  // "HALDENAU – The council voted…", "BRANSFORD, U.K., 4 March 2025 – …": the dateline is not the claim.
  let from = /^\p{Lu}{3,}(?:[\s,][^–—]{0,40}?)?\s[–—]\s+/u.exec(part)?.[0].length ?? 0;
  for (const cut of cuts) {
    if (wordCount(part.slice(from, cut.at)) >= 4 && wordCount(part.slice(cut.next)) >= 4) {
      clauses.push({ start: from, end: cut.at });
      from = cut.next;
    }
  }
  clauses.push({ start: from, end: part.length });
  return clauses.map((clause) =>
    trimSpan(text, { start: sentence.start + clause.start, end: sentence.start + clause.end }),
  );
}

/** The attribution a clause is under: a cue inside it, else the last one before it. */
function attributionFor(clause: Span, attributions: Attribution[]): Attribution | undefined {
  return (
    attributions.find((attribution) => attribution.cueStart >= clause.start && attribution.cueEnd <= clause.end) ??
    attributions.filter((attribution) => attribution.cueEnd <= clause.start).at(-1)
  );
}

/** "X reported that <claim>": the claim is what follows "that" when the frame is the shorter part. */
function afterFrame(text: string, clause: Span, attribution: Attribution | undefined): Span {
  if (!attribution || attribution.cueStart < clause.start) return clause;
  const rest = text.slice(attribution.cueEnd, clause.end);
  const that = /^(?:\s+[^\s,.;]+){0,5}?\s+that\s+/.exec(rest);
  if (!that) return clause;
  const start = attribution.cueEnd + that[0].length;
  return wordCount(text.slice(start, clause.end)) >= wordCount(text.slice(clause.start, start))
    ? trimSpan(text, { start, end: clause.end })
    : clause;
}

/**
 * The span without spaces and punctuation at its edges; a closing quotation mark (and a stop inside it)
 * stays with its words.
 */
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:–—-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:.!?–—-]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The first quantity with a bound, as <Claim> attributes want it: value for an exact count. */
function quantityOf(text: string): DraftClaim['quantity'] {
  // A duration ("within 48 hours", "two days before the vote") says when, not how many.
  const quantity = findQuantities(text).find(
    (found: FoundQuantity) =>
      (found.min !== null || found.max !== null) &&
      !/^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i.test(found.unit),
  );
  if (!quantity) return null;
  const { min, max, minExclusive, maxExclusive, about, unit, counted } = quantity;
  const bounds =
    about !== null
      ? { about }
      : min !== null && min === max && !minExclusive && !maxExclusive
        ? { value: min }
        : {
            ...(min !== null ? (minExclusive ? { over: min } : { min }) : {}),
            ...(max !== null ? (maxExclusive ? { under: max } : { max }) : {}),
          };
  // The marker needs a unit and what is counted; quantities.ts names them, the fallback only keeps the marker valid.
  return { ...bounds, unit: unit || 'items', counted: counted || unit || 'items' };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
