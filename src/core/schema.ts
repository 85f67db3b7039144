// Every concept's schema, in one place: what editors write (schema/content.ts), the closed lists both
// choose from (schema/vocabulary.ts), and here the claim graph the site is built from and the ledger.
// Types are inferred from these; docs/claims.schema.json is generated from `claimGraphSchema`
// (npm run schema) and checked against it by the unit tests.
import { z } from 'zod';
import { sourceEntrySchema, verdictEntrySchema } from './schema/content.ts';
import {
  claimKinds,
  corroborationStatuses,
  draftableFields,
  hedgeIds,
  idSchema,
  relationTypes,
  reviewStates,
  stanceIds,
} from './schema/vocabulary.ts';

export * from './schema/content.ts';
export * from './schema/vocabulary.ts';
export * from './schema/review.ts';
/** Where something stands in a file: 1-based line and column. */
export const placeSchema = z.strictObject({
  /** The file, relative to the project. */
  file: z.string(),
  /** 1-based line. */
  line: z.int().positive(),
  /** 1-based column. */
  column: z.int().positive(),
});

/** "About N" stands for the interval N ± this share of N. */
export const approximateSlack = 0.1;

export const quantitySchema = z.strictObject({
  /** Lower bound; null when open. */
  min: z.number().nullable(),
  /** Upper bound; null when open. */
  max: z.number().nullable(),
  /** "More than N" excludes N itself; "at least N" includes it. */
  minExclusive: z.boolean(),
  /** "Fewer than N" excludes N itself; "at most N" includes it. */
  maxExclusive: z.boolean(),
  /** For "about N": N, whose interval min–max is N ± 10%; null otherwise. */
  about: z.number().nullable(),
  /** The unit as written (the counted noun, percent, a currency). */
  unit: z.string(),
  /** What is counted, as the text words it ("mainly Uygur detainees"). */
  counted: z.string(),
});

export type Quantity = z.infer<typeof quantitySchema>;

/** A quantity found in plain text (quantities.ts): its words and where they stand, with its bounds. */
export const foundQuantitySchema = z.strictObject({
  /** The words, from any qualifier ("more than") to the end of the counted phrase. */
  text: z.string(),
  /** UTF-16 offsets of `text` in the input. */
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  ...quantitySchema.shape,
});

export type FoundQuantity = z.infer<typeof foundQuantitySchema>;

export const relationSchema = z.strictObject({
  /** agrees, conflicts, refines or related. */
  type: z.enum(relationTypes),
  /** For `refines`, `from` is the narrower or wider restatement of `to`; the others are symmetric. */
  from: idSchema,
  /** The other claim. */
  to: idSchema,
  /** An editor declared (or confirmed) it in the MDX, or the matcher found it. */
  origin: z.enum(['editor', 'auto']),
  /** How it was found: "editor", or the matcher's method (quantity-range, negation, arithmetic…). */
  method: z.string(),
  /** 1 for an editor's link; the matcher's confidence otherwise. */
  score: z.number().min(0).max(1),
  /** Why, in a short sentence a reader can check. */
  explanation: z.string(),
  /** Where an editor declared it; null for an automatic link. */
  declaredAt: placeSchema.nullable(),
});

export type Relation = z.infer<typeof relationSchema>;
/** A link as the matcher gives it: where an editor declared it is the corpus loader's to add. */

export type Link = Omit<Relation, 'declaredAt'>;

/** One line `claimtrail match` reads: two claim sentences. */
export const sentencePairSchema = z.strictObject({ a: z.string().min(1), b: z.string().min(1) });

/** What `claimtrail match` says of two bare sentences. */
export const sentenceRelationSchema = z.strictObject({
  relation: z.enum([...relationTypes, 'none']),
  score: z.number().min(0).max(1),
  explanation: z.string(),
});

export type SentenceRelation = z.infer<typeof sentenceRelationSchema>;

/** How far a claim is borne out: by independent origins (not outlets), or contested by a conflict. */
export const corroborationSchema = z.strictObject({
  /**
   * Sourcing, not a verdict: contested: another claim conflicts with it; corroborated: two or more
   * independent sources state it (`independent`); else single-source (one, or none identified).
   */
  status: z.enum(corroborationStatuses),
  /**
   * Independent claimants (rolled up through affiliations) of the
   * claim and the claims agreeing with or refining it, sorted.
   */
  origins: z.array(z.string()),
  /** How many independent sources the origins make: unnamed ones, which cannot be told apart, count as one together. */
  independent: z.int().nonnegative(),
  /** The claims (agreeing or refining) whose origins count. */
  supportedBy: z.array(z.string()),
  /** The claims it conflicts with. */
  conflictsWith: z.array(z.string()),
});

export type Corroboration = z.infer<typeof corroborationSchema>;

/** A claim's words in its raw source's text (source-text.ts): W3C Text Quote + Text Position selectors, code points. */
export const textAnchorSchema = z.strictObject({
  /** Text Position selector: code point offset of the words in the source text. */
  start: z.int().nonnegative(),
  /** Code point offset just after them. */
  end: z.int().positive(),
  /** Text Quote selector: the words. */
  exact: z.string().min(1),
  /** The text just before them, long enough that prefix, words and suffix occur once. */
  prefix: z.string(),
  /** The text just after them. */
  suffix: z.string(),
});

export type TextAnchor = z.infer<typeof textAnchorSchema>;

const withdrawalSchema = z.strictObject({ date: z.iso.date(), reason: z.string().min(1) });

const mergerSchema = z.strictObject({ into: idSchema, date: z.iso.date(), reason: z.string().min(1) });

const notBoth = (entry: { withdrawn?: unknown; merged?: unknown }) => !(entry.withdrawn && entry.merged);

const notBothMessage = { message: 'an entry is withdrawn or merged, not both: keep one', path: ['merged'] };

/** content/ledger.yaml: every claim and article ever published, kept so their URLs never break. */
export const ledgerClaimSchema = z
  .strictObject({
    article: idSchema,
    /** The day the build first published it. */
    published: z.iso.date(),
    /** Its words as published: the claim page's URL keeps pointing at them. */
    words: z.string().min(1),
    // Its end is checked against the raw text when the corpus is read.
    anchor: textAnchorSchema.refine((anchor) => anchor.end > anchor.start, {
      message: 'end comes after start: the words stand from character start to character end',
      path: ['end'],
    }),
    withdrawn: withdrawalSchema.optional(),
    merged: mergerSchema.optional(),
  })
  .refine(notBoth, notBothMessage);

export const ledgerArticleSchema = z
  .strictObject({
    published: z.iso.date(),
    label: z.string().min(1),
    withdrawn: withdrawalSchema.optional(),
    merged: mergerSchema.optional(),
  })
  .refine(notBoth, notBothMessage);

export const ledgerSchema = z.strictObject({
  articles: z.record(idSchema, ledgerArticleSchema).default({}),
  claims: z.record(idSchema, ledgerClaimSchema).default({}),
});

export type Ledger = z.infer<typeof ledgerSchema>;

export type LedgerClaim = z.infer<typeof ledgerClaimSchema>;

export type LedgerArticle = z.infer<typeof ledgerArticleSchema>;

/** A published page that no longer has content: its URL stays, as a tombstone or a pointer. */
export const retiredSchema = z.strictObject({
  /** Whether a claim or an article was retired. */
  type: z.enum(['claim', 'article']),
  /** Its id: its URL keeps working. */
  id: idSchema,
  /** Its page, now a tombstone or a pointer. */
  url: z.string(),
  /** withdrawn (a tombstone) or merged (a pointer to what replaced it). */
  status: z.enum(['withdrawn', 'merged']),
  /** The day it was retired. */
  date: z.iso.date(),
  /** Why, in the editor's words. */
  reason: z.string(),
  /** For a merger: the live claim or article it now points to (after following any chain of mergers). */
  into: idSchema.nullable(),
  /** The claim's words or the article's label, as published. */
  label: z.string(),
  /** For a claim: the article it was published in. */
  article: idSchema.nullable(),
  /** The day it was first published. */
  published: z.iso.date(),
});

export type Retired = z.infer<typeof retiredSchema>;

export const verdictSchema = z.strictObject({
  ...verdictEntrySchema.omit({ claim: true }).shape,
  reviewerType: z.enum(['person', 'organization']),
  /** Where the editor wrote it. */
  place: placeSchema,
});

export type Verdict = z.infer<typeof verdictSchema>;

export const claimSchema = z.strictObject({
  /** The claim's permanent id: its page is claims/<id>.html. */
  id: idSchema,
  /** Its page. */
  url: z.string(),
  /** The article it stands in. */
  article: idSchema,
  /** The exact words, as the article prints them: the evidence, anchored in the raw source. */
  text: z.string().min(1),
  /** One self-contained sentence stating what is claimed, with its hedges (editorial: may be reworded). */
  statement: z.string().min(1),
  /** What kind of claim it is (a statement of fact, a quantity, a quote…). */
  kind: z.enum(claimKinds),
  /**
   * Who asserts the statement: the end of the attribution chain;
   * the publisher only in its own voice; null when unknown.
   */
  claimant: idSchema.nullable(),
  /** How the publisher relays it: asserts it, reports an allegation or a denial, quotes it… */
  stance: z.enum(stanceIds),
  /** Words that hedge it ("reportedly", "may"), by id. */
  hedges: z.array(z.enum(hedgeIds)),
  /** When the claimant said it: the date the text gives, else the article's date, else null. Never guessed. */
  claimedAt: z.iso.date().nullable(),
  /** Where claimedAt comes from. */
  claimedAtFrom: z.enum(['text', 'article']).nullable(),
  /** Fields the program drafted and no editor has written yet: the site shows them as awaiting review. */
  drafted: z.array(z.enum(draftableFields)),
  /** The reporting path: publisher first, then whom it cites, and so on to the claimant. */
  attribution: z.array(idSchema).min(1),
  /** Its count or amount as a range, when it states one. */
  quantity: quantitySchema.nullable(),
  /** Code points into the article's clean text. */
  offsets: z.strictObject({ start: z.int().nonnegative(), end: z.int().positive() }),
  /** Index of the paragraph (block) of the clean text the claim stands in. */
  block: z.int().nonnegative(),
  /** Where its marker stands in the entry. */
  place: placeSchema,
  /** Its words in its raw source's text (published as data/sources/<slug>.txt), checked on every build. */
  anchor: textAnchorSchema,
  /** The day it was first published (ledger.yaml); null until a build records it. */
  published: z.iso.date().nullable(),
  /** Editors' verdicts, oldest first: the last is the current one. */
  verdicts: z.array(verdictSchema),
  /** Why the ingest marked it as check-worthy; empty for a claim marked by hand. */
  signals: z.array(z.string()),
  /** Its sourcing: how many independent sources say it. Not a verdict. */
  corroboration: corroborationSchema,
});

export type Claim = z.infer<typeof claimSchema>;

export const mentionSchema = z.strictObject({
  /** The source named. */
  source: idSchema,
  /** The words naming it. */
  text: z.string(),
  /** Code points into the article's clean text. */
  offsets: z.strictObject({ start: z.int().nonnegative(), end: z.int().nonnegative() }),
  /** Where the marker stands in the entry. */
  place: placeSchema,
});

export const blockSchema = z.strictObject({
  /** paragraph, heading, list item, caption or quotation. */
  type: z.enum(['paragraph', 'heading', 'list-item', 'caption', 'quote']),
  /** Its text. */
  text: z.string(),
  /** Code point offset of the block in the clean text. */
  start: z.int().nonnegative(),
  /** A caption's photo credit, apart from its words; else null. */
  credit: z.string().nullable(),
});

export type Block = z.infer<typeof blockSchema>;

export const articleSchema = z.strictObject({
  /** The article's id: its page is articles/<slug>.html. */
  slug: idSchema,
  /** Its page. */
  url: z.string(),
  /** Its headline as the source states it; null when it states none. */
  title: z.string().nullable(),
  /** What the site calls the article: its title, or publisher and first words when it has none. */
  label: z.string(),
  /** The source that published it. */
  publisher: idSchema,
  /** Its authors as its byline names them; empty when it names none. */
  authors: z.array(z.string()),
  /** The day it was published, as the source states it (YYYY-MM-DD); null when unknown, never guessed. */
  date: z.string().nullable(),
  /** Where it was published; null when the source does not say. */
  sourceUrl: z.string().nullable(),
  /** Its raw source file in the corpus. */
  sourceFile: z.string(),
  /** The SHA-256 of that file: the check refuses an entry whose source changed. */
  sha256: z.string(),
  /** How its claims were marked: automatically (not yet reviewed), by hand, or reviewed by an editor. */
  review: z.enum(reviewStates),
  /** The body's blocks joined by a blank line; claim offsets point into it. */
  cleanText: z.string(),
  /** The body, block by block. */
  blocks: z.array(blockSchema),
  /** Its claims, in reading order. */
  claims: z.array(idSchema),
  /** Sources named in its text. */
  mentions: z.array(mentionSchema),
  /** Its entry file. */
  place: placeSchema,
  /** The day it was first published (ledger.yaml); null until a build records it. */
  published: z.iso.date().nullable(),
});

export type Article = z.infer<typeof articleSchema>;

export const sourceSchema = z.strictObject({
  ...sourceEntrySchema.shape,
  /** Other names it goes by in articles. */
  aliases: z.array(z.string()),
  /** Sources an editor lists as related. */
  related: z.array(idSchema),
  /** Its page. */
  url: z.string(),
  /** Claims whose attribution chain includes this source. */
  claims: z.array(idSchema),
});

export type Source = z.infer<typeof sourceSchema>;

/** dist/data/claims.json: the claim graph a Claimtrail site is built from. */
export const claimGraphSchema = z.strictObject({
  /** Always "claimtrail". */
  generator: z.literal('claimtrail'),
  /** The version of this format. */
  version: z.literal(1),
  /** Every article of the corpus. */
  articles: z.array(articleSchema),
  /** Every published claim. */
  claims: z.array(claimSchema),
  /** Every source in the registry, with the claims attributed to it. */
  sources: z.array(sourceSchema),
  /** Links between claims: declared by editors or found by the matcher. */
  relations: z.array(relationSchema),
  /** Withdrawn and merged claims and articles, whose URLs still answer. */
  retired: z.array(retiredSchema),
});

export type ClaimGraph = z.infer<typeof claimGraphSchema>;

/** One thing search can find: a claim, an article or a source (dist/data/search-index.js). */
export const searchDocumentSchema = z.strictObject({
  /** Unique across kinds: "claim:k3x9qa", "article:cnn-letter", "source:reuters". */
  id: z.string(),
  type: z.enum(['claim', 'article', 'source']),
  /** The page's route: where a result links to. */
  route: z.string(),
  /** What a result shows as its link: the claim's statement, the article's label, the source's name. */
  title: z.string(),
  /** The line under it: the article and attribution, the publisher, the kind of source. */
  detail: z.string(),
  /**
   * What a reader should know before citing a claim, shown and not searched: its sourcing, the editor's
   * verdict, and whether an editor has reviewed it yet; an article's review state; empty for a source.
   */
  status: z.string(),
  /** More words it is found by and that are not shown: aliases, source names in the chain, units. */
  keywords: z.string(),
});

export type SearchDocument = z.infer<typeof searchDocumentSchema>;
