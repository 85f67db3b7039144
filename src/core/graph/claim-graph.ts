// Loaded, checked articles -> the claim graph: each claim's model (drafted where its marker is silent),
// its place and anchor, the links between claims (editors' and the matcher's), corroboration, and the
// ledger's days. The corpus loader (corpus.ts) calls it once every file has been read without error.
import { dirname, relative, resolve } from 'node:path';
import type { VFile } from 'vfile';
import type { Point } from '../diagnostics.ts';
import { corroborate } from './corroboration.ts';
import { claimantOf, draftHedges, draftStance, type ClaimInContext } from '../ingest/claim-model.ts';
import { draftStatement } from '../ingest/statement.ts';
import { matchClaims, pairKey } from './match.ts';
import type { ExtractedArticle } from '../content/markers.ts';
import type { Registry } from '../content/registry.ts';
import {
  approximateSlack,
  type Article,
  type Claim,
  type ClaimAttributes,
  type ClaimGraph,
  type Frontmatter,
  type Ledger,
  type Relation,
  type Retired,
  type Source,
  type TextAnchor,
} from '../schema.ts';
import { permanentUrl, routes } from '../publish/urls.ts';

export interface LoadedArticle {
  file: VFile;
  slug: string;
  extracted: ExtractedArticle;
  /** The raw source, and its text as anchors count in it (source-text.ts), when the raw source was found. */
  raw: string | undefined;
  text: string | undefined;
}

/** A link an editor declared on a claim's marker (agrees="…" and the like). */
export type DeclaredLink = Pick<Relation, 'type' | 'from' | 'to'> & { declaredAt: NonNullable<Relation['declaredAt']> };

/** Two claims an editor says are not linked (`unrelated="…"`): the matcher never links them. */
export interface Rejection {
  from: string;
  to: string;
  file: VFile;
  place: Point;
}

export function absolutePath(file: VFile): string {
  return file.data.absolute as string;
}

/** The raw source an entry names, resolved against the entry's own folder. */
export function rawSourcePath(file: VFile, frontmatter: Frontmatter): string {
  return resolve(dirname(absolutePath(file)), frontmatter.source.file);
}

export function placeIn(root: string, file: VFile, place: Point) {
  return { file: relative(root, absolutePath(file)), line: place.line, column: place.column };
}

export function buildGraph(
  root: string,
  registry: Registry,
  articles: LoadedArticle[],
  editor: { declared: DeclaredLink[]; rejected: Rejection[] },
  base: string,
  published: { ledger: Ledger; anchors: Map<string, TextAnchor>; retired: Retired[] },
): ClaimGraph {
  const claims: Omit<Claim, 'corroboration'>[] = [];
  const sourceNames = new Map([...registry.sources.values()].map((source) => [source.id, source.name]));
  const sourceTypes = new Map([...registry.sources.values()].map((source) => [source.id, source.type]));
  const articleRecords: Article[] = articles.map(({ file, slug, extracted }) => {
    const frontmatter = extracted.frontmatter!;
    const publisher = frontmatter.publisher;
    const verdicts = Map.groupBy(
      frontmatter.verdicts.map((verdict, index) => ({
        ...verdict,
        place: placeIn(root, file, extracted.frontmatterPlaceOf(['verdicts', index])),
      })),
      (verdict) => verdict.claim,
    );
    for (const claim of extracted.claims) {
      const { id, kind, signals } = claim.attributes;
      const by = claim.attributes.by ?? [];
      const model = claimModel(
        claim.attributes,
        () => ({ ...claimWords(extracted, claim), kind, by, types: sourceTypes }),
        sourceNames,
      );
      claims.push({
        id,
        url: permanentUrl(routes.claim(id), base),
        article: slug,
        text: claim.text,
        statement: model.statement,
        kind,
        claimant: claimantOf(model.stance, publisher, by),
        stance: model.stance,
        hedges: model.hedges,
        claimedAt: claim.attributes.claimed ?? frontmatter.date,
        claimedAtFrom: claim.attributes.claimed ? 'text' : frontmatter.date ? 'article' : null,
        drafted: model.drafted,
        attribution: [publisher, ...by],
        quantity: quantityOf(claim.attributes),
        offsets: claim.offsets,
        block: claim.block,
        place: placeIn(root, file, claim.place),
        anchor: published.anchors.get(id)!,
        published: published.ledger.claims[id]?.published ?? null,
        verdicts: (verdicts.get(id) ?? [])
          .map(({ claim: _, ...verdict }) => verdict)
          .sort((a, b) => a.date.localeCompare(b.date)),
        signals: signals ?? [],
      });
    }
    return {
      slug,
      url: permanentUrl(routes.article(slug), base),
      title: frontmatter.title,
      label: frontmatter.title ?? untitledLabel(registry.sources.get(publisher)!.name, extracted.cleanText),
      publisher,
      authors: frontmatter.authors,
      date: frontmatter.date,
      sourceUrl: frontmatter.url,
      sourceFile: relative(root, rawSourcePath(file, frontmatter)),
      sha256: frontmatter.source.sha256,
      review: frontmatter.review,
      cleanText: extracted.cleanText,
      blocks: extracted.blocks,
      claims: extracted.claims.map((claim) => claim.attributes.id),
      mentions: extracted.mentions.map((mention) => ({ ...mention, place: placeIn(root, file, mention.place) })),
      place: placeIn(root, file, { line: 1, column: 1 }),
      published: published.ledger.articles[slug]?.published ?? null,
    };
  });

  const claimsBySource = new Map<string, string[]>();
  for (const claim of claims)
    for (const id of new Set(claim.attribution)) claimsBySource.set(id, [...(claimsBySource.get(id) ?? []), claim.id]);
  const registered = [...registry.sources.values()];
  const sources: Source[] = registered
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((entry) => ({
      ...entry,
      url: permanentUrl(routes.source(entry.id), base),
      claims: claimsBySource.get(entry.id) ?? [],
    }));

  // The matcher links claims across the corpus; the editors' declared links win and keep where they
  // were declared, and the pairs they rejected never come back.
  const declaredAt = new Map(
    editor.declared.map((relation) => [pairKey(relation.from, relation.to), relation.declaredAt]),
  );
  const relations: Relation[] = matchClaims(claims, registered, {
    confirmed: editor.declared,
    rejected: editor.rejected,
  }).map((link) => ({
    ...link,
    declaredAt: link.origin === 'editor' ? (declaredAt.get(pairKey(link.from, link.to)) ?? null) : null,
  }));
  const corroboration = corroborate(claims, relations, registered);
  return {
    generator: 'claimtrail',
    version: 1,
    articles: articleRecords,
    claims: claims.map((claim, index) => {
      const { claim: _, ...status } = corroboration[index]!;
      return { ...claim, corroboration: status };
    }),
    sources,
    relations,
    retired: published.retired,
  };
}

/**
 * A claim's words with the rest of its paragraph and the paragraphs before, for drafting what its marker does not say.
 */
function claimWords(extracted: ExtractedArticle, claim: ExtractedArticle['claims'][number]) {
  const block = extracted.blocks[claim.block]!;
  const chars = Array.from(block.text);
  const start = claim.offsets.start - block.start;
  const end = claim.offsets.end - block.start;
  const earlier = extracted.blocks.slice(0, claim.block).map((previous) => previous.text);
  return { text: claim.text, before: chars.slice(0, start).join(''), after: chars.slice(end).join(''), earlier };
}

/**
 * The claim's statement, stance and hedges: as the editor wrote them, else drafted from its words (an
 * entry written before the claim model, or by ingest) and listed in `drafted` for review. Hedges are
 * drafted only with the statement: an editor who wrote the statement and no hedges means none. The
 * context is read only when something must be drafted.
 */
function claimModel(
  attributes: ClaimAttributes,
  context: () => ClaimInContext,
  sourceNames: ReadonlyMap<string, string>,
) {
  const { statement, stance, hedges } = attributes;
  if (statement && stance) return { statement, stance, hedges: hedges ?? [], drafted: [] };
  const words = context();
  const drafted: Claim['drafted'] = [];
  const finalStance = stance ?? draftStance(words);
  if (!stance) drafted.push('stance');
  // A relayed claim with no chain names nobody: its claimant is unknown until an editor names one.
  if (finalStance !== 'asserts' && !attributes.by) drafted.push('claimant');
  if (!statement) drafted.push('statement');
  if (!hedges && !statement) drafted.push('hedges');
  return {
    statement: statement ?? draftStatement(words, sourceNames),
    stance: finalStance,
    hedges: hedges ?? (statement ? [] : draftHedges(words)),
    drafted: drafted.sort(),
  };
}

/** A quantity marker's bounds as the words state them (see docs/markers.md, "Quantities"). */
function quantityOf(attributes: ClaimAttributes): Claim['quantity'] {
  const { kind, value, about, min, over, max, under, unit, counted } = attributes;
  if (kind !== 'quantity') return null;
  const exact = value ?? null;
  return {
    min: exact ?? (about !== undefined ? about - about * approximateSlack : (min ?? over ?? null)),
    max: exact ?? (about !== undefined ? about + about * approximateSlack : (max ?? under ?? null)),
    minExclusive: over !== undefined,
    maxExclusive: under !== undefined,
    about: about ?? null,
    unit: unit!,
    counted: counted!,
  };
}

/** "CNN, untitled: “In a letter to the United Nations…”": names an article without inventing a headline. */
function untitledLabel(publisherName: string, cleanText: string): string {
  const words = cleanText.split(/\s+/).slice(0, 8).join(' ');
  return `${publisherName}, untitled: “${words}…”`;
}
