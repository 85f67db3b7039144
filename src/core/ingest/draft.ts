// Clean blocks -> the MDX draft of a content entry: front matter (review: auto, stated metadata only),
// the body with <Claim>, <Source> and <Caption> markers, and everything MDX would read as code escaped,
// so any article text compiles. Each claim's marker carries its drafted model (statement, stance, the
// chain to its claimant, hedges, the day it was said when the text states it, bounds of a quantity).
// Also returns the claims found, with why they were taken and where their words stand in the raw file.
import type { Root, RootContent } from 'mdast';
import { newId } from '../content/ids.ts';
import { stringifyMdx } from '../content/mdx.ts';
import { findQuantities } from '../quantities.ts';
import type { Registry } from '../content/registry.ts';
import type { ClaimAttributes, FoundQuantity, Frontmatter, Hedge, SourceEntry, Stance } from '../schema.ts';
import { Attributor, type Attribution, type AttributionTrace } from './attribution.ts';
import {
  draftClaimed,
  draftHedges,
  draftStance,
  unnamedClaimant,
  unnamedClaimants,
  type ClaimInContext,
} from './claim-model.ts';
import { draftStatement } from './statement.ts';
import type { CleanBlock } from './clean.ts';
import { htmlText, type RawFormat } from '../publish/source-text.ts';
import { analyseClaim, isEvent, looksLikeEvent } from './detect.ts';
import { blockNode, entryTree } from './mdx-write.ts';
import { splitSentences } from './sentences.ts';
import { codePointIndexer, collapsePiece, firstAtOrAfter, wordCount, type Piece } from './text.ts';

export interface DraftClaim {
  id: string;
  kind: ClaimAttributes['kind'];
  /** The claim's words, as in the clean text. */
  text: string;
  /** Index of its block, and UTF-16 offsets in that block's text. */
  block: number;
  start: number;
  end: number;
  /** Attribution chain after the publisher, nearest first (source ids); [] when the publisher says it. */
  by: string[];
  /** The drafted claim model (claim-model.ts): what the marker says the claim states, and how. */
  statement: string;
  stance: Stance;
  hedges: Hedge[];
  /** The day the claimant said it, when the text states it (YYYY-MM-DD). */
  claimed?: string;
  /** Bounds as the words give them (docs/markers.md, "Quantities"): over/under exclusive, about N ± 10%. */
  quantity: {
    value?: number;
    min?: number;
    over?: number;
    max?: number;
    under?: number;
    about?: number;
    unit: string;
    counted: string;
  } | null;
  score: number;
  signals: string[];
  /** Where its words stand in the raw file, in code points (as the ledger counts); null when unknown. */
  raw: { start: number; end: number } | null;
}

export interface DraftInput {
  blocks: CleanBlock[];
  /** The decoded raw text the blocks' offsets point into. */
  raw: string;
  /** An HTML page's claims are anchored in its text (source-text.ts), not in its markup. */
  format: RawFormat;
  /** That text, spaces collapsed, with raw offsets, when the caller has read it already (readHtml's pageText). */
  pageText?: Piece;
  registry: Registry;
  frontmatter: Omit<DraftFrontmatter, 'review'>;
  /** Claim ids to keep: the words of a claim already in the entry -> its id. */
  keepIds?: Map<string, string>;
  /** Ids a fresh claim must not take: the corpus's other claims, and the ledger's (retired ones too). */
  takenIds?: ReadonlySet<string>;
  /** Fresh ids (newId by default; tests pass their own). */
  newId?: () => string;
  /** When given, the attributor records the rules that found each cue's chain (`ingest --explain`). */
  trace?: AttributionTrace;
}

/** The front matter a draft states: docs/markers.md's fields, review: auto; nothing an editor adds later. */
export type DraftFrontmatter = Pick<Frontmatter, 'title' | 'publisher' | 'authors' | 'date' | 'url' | 'source'> & {
  review: 'auto';
};

export interface Draft {
  mdx: string;
  /** The same entry as a syntax tree, for a merge into an entry an editor worked on (merge.ts). */
  tree: Root;
  frontmatter: DraftFrontmatter;
  claims: DraftClaim[];
  /**
   * Claims found but not marked: their words do not stand verbatim in the raw file (an HTML entity or
   * a tag inside them), and the check anchors every claim word for word in the raw source.
   */
  unmarked: (FoundClaim & Pick<DraftClaim, 'text' | 'block'>)[];
  /** Sources the registry lacks, proposed for sources.yaml. */
  newSources: SourceEntry[];
}

export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  id: string;
}

export function buildDraft(input: DraftInput): Draft {
  const frontmatter: DraftFrontmatter = { ...input.frontmatter, review: 'auto' };
  const attributor = new Attributor(input.registry, frontmatter.publisher, input.trace);
  const nextId = input.newId ?? (() => newId());
  // A fresh id never takes a kept or taken one; each id is given once.
  const reserved = new Set([...(input.keepIds?.values() ?? []), ...(input.takenIds ?? [])]);
  const given = new Set<string>();
  const claims: DraftClaim[] = [];
  const unmarked: Draft['unmarked'] = [];
  const body: RootContent[] = [];
  const toCodePoint = codePointIndexer(input.raw);
  // Where the check will look for each claim's words: the page's text for HTML, the file for text.
  const anchorable =
    input.format === 'html'
      ? pageAnchorable(input.pageText ?? collapsePiece(htmlText(input.raw)))
      : (block: CleanBlock, claim: Span) => verbatim(block, claim, input.raw);

  // The names and types of the registry's sources and of the drafts proposed so far: the statement names its subject with them.
  const sources = { names: new Map<string, string>(), types: new Map<string, SourceEntry['type']>() };
  const know = (entries: Iterable<SourceEntry>) => {
    for (const source of entries) {
      sources.names.set(source.id, source.name);
      sources.types.set(source.id, source.type);
    }
  };
  know(input.registry.sources.values());
  // Only the drafts proposed since the last call: the list grows with the article.
  let known = 0;
  const knowNew = () => {
    know(attributor.newSources(known));
    known = attributor.newSourceCount;
  };
  const parses = { left: fullParses };
  // A headline names its subjects in full: "the agency" in the text may then stand for one.
  if (frontmatter.title) attributor.note(frontmatter.title);

  input.blocks.forEach((block, index) => {
    const found =
      block.type === 'paragraph' || block.type === 'list-item'
        ? claimsOf(block.text, attributor, parses)
        : { claims: [], mentions: [] };
    if (block.type === 'heading' || block.type === 'caption') attributor.note(block.text);
    // "The school", "the ministry": named in full in the paragraphs before, or in this one (the last
    // few thousand characters of each: a paragraph longer than that is not read whole for every claim).
    const earlier = input.blocks.slice(Math.max(0, index - 12), index).map((other) => other.text.slice(-contextChars));
    const model = (claim: FoundClaim) => {
      const context = {
        text: block.text.slice(claim.start, claim.end),
        before: block.text.slice(Math.max(0, claim.start - contextChars), claim.start),
        after: block.text.slice(claim.end, claim.end + contextChars),
        kind: claim.kind,
        by: claim.by,
        earlier,
        types: sources.types,
      };
      return modelOf(context, attributor, frontmatter.date, knowNew, sources.names);
    };
    const mentions = [...found.mentions, ...attributor.mentions(block.text)];
    const marked = found.claims.filter((claim) => {
      if (anchorable(block, claim)) return true;
      unmarked.push({ ...claim, text: block.text.slice(claim.start, claim.end), block: index });
      return false;
    });
    const blockClaims = marked.map((claim) => {
      const text = block.text.slice(claim.start, claim.end);
      const kept = input.keepIds?.get(text);
      let id = kept && !given.has(kept) ? kept : undefined;
      while (!id) {
        const fresh = nextId();
        if (!given.has(fresh) && !reserved.has(fresh)) id = fresh;
      }
      given.add(id);
      return {
        ...claim,
        ...model(claim),
        id,
        text,
        block: index,
        raw: rawSpan(block, claim, toCodePoint),
      } satisfies DraftClaim;
    });
    claims.push(...blockClaims);
    body.push(blockNode(block, blockClaims, keepMentions(mentions, blockClaims)));
  });

  const tree = entryTree(frontmatter, body);
  return { mdx: stringifyMdx(tree), tree, frontmatter, claims, unmarked, newSources: attributor.newSources() };
}

/**
 * The frame of a claim read around its words: this many characters of its paragraph either side (a
 * sentence and those before it). Longer paragraphs are not read whole for each of their claims, which
 * would take time growing with the square of their length.
 */
const contextChars = 4000;

/**
 * Sentences an article gets the full parse for (compromise, some milliseconds each): far more than any
 * article holds (a 10,000-word long read has about 500). The sentences after them, in a file of
 * megabytes, are judged by their patterns alone (detect.ts), so the time stays linear in the size.
 */
export const fullParses = 3000;

/**
 * Whether a claim of an HTML page stands word for word in the page's text (source-text.ts), where the
 * check anchors it. Looked for where its block was found first; only a claim whose block was not found
 * is looked for in the whole page, and at most `maxSearches` times an article (each reads the page).
 */
function pageAnchorable(page: Piece): (block: CleanBlock, claim: Span) => boolean {
  let searches = 0;
  const maxSearches = 500;
  return (block, claim) => {
    const words = squash(block.text.slice(claim.start, claim.end)).trim();
    if (!words) return false;
    const rawStart = block.rawOffsets?.[claim.start];
    if (rawStart !== undefined && matchesAt(page.text, firstAtOrAfter(page.offsets, rawStart), words)) return true;
    if (searches >= maxSearches) return false;
    searches++;
    return page.text.includes(words);
  };
}

/** Whether `text` from `at` reads `words` (whose spaces are single), any run of spaces in `text` matching one. */
function matchesAt(text: string, at: number, words: string): boolean {
  let index = at;
  for (let w = 0; w < words.length; w++) {
    if (words[w] === ' ') {
      if (!/\s/.test(text[index] ?? '')) return false;
      while (/\s/.test(text[index] ?? '')) index++;
      continue;
    }
    if (text[index] !== words[w]) return false;
    index++;
  }
  return true;
}

type FoundClaim = Omit<DraftClaim, 'id' | 'text' | 'block' | 'raw' | 'statement' | 'stance' | 'hedges' | 'claimed'>;

/**
 * The claim model of one claim: an accusation nobody is named for gets an unnamed claimant (a draft
 * source when the registry lacks it), never the publisher; then stance, statement, hedges and the day.
 */
function modelOf(
  context: ClaimInContext,
  attributor: Attributor,
  date: string | null,
  refresh: () => void,
  names: ReadonlyMap<string, string>,
): Pick<DraftClaim, 'by' | 'statement' | 'stance' | 'hedges' | 'claimed'> {
  const unnamed = unnamedClaimant(context);
  const by = unnamed ? [attributor.unnamed(unnamedClaimants[unnamed])] : [...context.by];
  // The drafts proposed up to this claim (its own unnamed claimant too) have names and types.
  refresh();
  const claim = { ...context, by };
  const claimed = draftClaimed(claim, date);
  return {
    by,
    stance: draftStance(claim),
    statement: draftStatement(claim, names),
    hedges: draftHedges(claim),
    ...(claimed ? { claimed } : {}),
  };
}

/**
 * The claims of one paragraph: quotations with a speaker become quote claims (their words inside the
 * marks); other check-worthy sentences are split at clause boundaries, and each clause that carries
 * the claim is marked, its attribution frame ("X said that") left outside.
 */
function claimsOf(
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

/** Quotations of three words or more inside a sentence: the words between the marks, without the comma or stop before the closing mark. */
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

/** The span without spaces and punctuation at its edges; a closing quotation mark (and a stop inside it) stays with its words. */
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

/** Source mentions that do not straddle a claim's edge, the longest where two overlap. */
function keepMentions(mentions: Mention[], claims: Span[]): Mention[] {
  const kept: Mention[] = [];
  for (const mention of [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (kept.some((other) => mention.start < other.end && mention.end > other.start)) continue;
    if (
      claims.some(
        (claim) =>
          mention.start < claim.end &&
          mention.end > claim.start &&
          (mention.start < claim.start || mention.end > claim.end),
      )
    )
      continue;
    kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether the raw file holds the span's words as they are (spaces aside), so the check can anchor them. */
function verbatim(block: CleanBlock, span: Span, raw: string): boolean {
  if (!block.rawOffsets) return false;
  const words = raw.slice(block.rawOffsets[span.start], block.rawOffsets[span.end - 1]! + 1);
  return squash(words) === squash(block.text.slice(span.start, span.end));
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

function rawSpan(block: CleanBlock, span: Span, toCodePoint: (index: number) => number): DraftClaim['raw'] {
  if (!block.rawOffsets) return null;
  return { start: toCodePoint(block.rawOffsets[span.start]!), end: toCodePoint(block.rawOffsets[span.end - 1]! + 1) };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
