// Clean blocks -> the MDX draft of a content entry: front matter (review: auto, stated metadata only),
// the body with <Claim>, <Source> and <Caption> markers, and everything MDX would read as code escaped,
// so any article text compiles. Each claim's marker carries its drafted model (statement, stance, the
// chain to its claimant, hedges, the day it was said when the text states it, bounds of a quantity).
// Also returns the claims found, with why they were taken and where their words stand in the raw file.
import type { Root, RootContent } from 'mdast';
import { newId } from '../content/ids.ts';
import { stringifyMdx } from '../content/mdx.ts';
import type { Registry } from '../content/registry.ts';
import type { ClaimAttributes, Frontmatter, Hedge, SourceEntry, Stance } from '../schema.ts';
import { Attributor, type AttributionTrace } from './attribution.ts';
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
import { claimsOf, type FoundClaim } from './find-claims.ts';
import { blockNode, entryTree } from './mdx-write.ts';
import { codePointIndexer, collapsePiece, firstAtOrAfter, type Piece } from './text.ts';

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

  // The names and types of the registry's sources and of the drafts proposed so far: the statement
  // names its subject with them.
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
