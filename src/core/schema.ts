// Every concept's schema, in one place. Types are inferred from these; docs/claims.schema.json is
// generated from `claimGraphSchema` (npm run schema) and checked against it by the unit tests.
import { z } from 'zod';

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z
  .string()
  .min(3)
  .max(64)
  .regex(idPattern, 'use lowercase letters, digits and single hyphens');

export const sourceTypes = [
  'outlet',
  'news-agency',
  'government',
  'government-body',
  'intergovernmental',
  'ngo',
  'person',
  'unnamed',
  'group',
] as const;

/** One entry of content/sources.yaml. */
export const sourceEntrySchema = z.strictObject({
  /** The source's id: its page is sources/<id>.html. */
  id: idSchema,
  /** Its name as readers see it. */
  name: z.string().min(1),
  /** What kind of source it is (a news agency, a government, a person, unnamed sources…). */
  type: z.enum(sourceTypes),
  /** Its role in its own words ("UN High Commissioner for Human Rights"). */
  role: z.string().min(1).optional(),
  /** The source it belongs to (a minister's ministry): sources with one root are not independent. */
  affiliation: idSchema.optional(),
  /** Other names it goes by in articles ("Uighur", "the agency" after it is named). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Sources an editor lists as related, for readers. */
  related: z.array(idSchema).default([]),
  /** Who or what it is, in a sentence. */
  description: z.string().min(1).optional(),
});
export type SourceEntry = z.infer<typeof sourceEntrySchema>;

export const reviewStates = ['auto', 'hand-annotated', 'reviewed'] as const;

/**
 * An editor's rating scale, worst to best, and where each rating stands on schema.org's 1–5 Rating
 * (null: a rating outside the scale, such as "unproven").
 */
export const ratings = {
  false: { label: 'False', value: 1 },
  'mostly-false': { label: 'Mostly false', value: 2 },
  mixed: { label: 'Mixed', value: 3 },
  'mostly-true': { label: 'Mostly true', value: 4 },
  true: { label: 'True', value: 5 },
  unproven: { label: 'Unproven', value: null },
} as const satisfies Record<string, { label: string; value: number | null }>;
export type Rating = keyof typeof ratings;
const ratingIds = Object.keys(ratings) as [Rating, ...Rating[]];

/** An editor's verdict on one claim of the entry, written in its front matter under `verdicts:`. */
export const verdictEntrySchema = z.strictObject({
  /** The claim the verdict is on. */
  claim: idSchema,
  // YAML reads a bare `rating: true` or `rating: false` as a boolean; the editor meant the rating.
  /** The editor's rating (see ratings): a verdict, not sourcing. */
  rating: z.preprocess((value) => (typeof value === 'boolean' ? String(value) : value), z.enum(ratingIds)),
  /** Why, in the editor's words. */
  explanation: z.string().min(1),
  /** Who reviewed it, as they are to be credited. */
  reviewer: z.string().min(1),
  /** Whether the reviewer is a person or an organisation. */
  reviewerType: z.enum(['person', 'organization']).default('person'),
  /** The day the verdict was given. */
  date: z.iso.date(),
});

/** Front matter of content/articles/<slug>.mdx. Unknown metadata is null, never guessed. */
export const frontmatterSchema = z.strictObject({
  title: z.string().min(1).nullable(),
  publisher: idSchema,
  authors: z.array(z.string().min(1)),
  date: z.iso.date().nullable(),
  // Shown as a link on every page of the article: only a web address may become one.
  url: z.url({ protocol: /^https?$/, error: 'an article URL is a web address, http:// or https://… (null when the source does not state it)' }).nullable(),
  source: z.strictObject({
    file: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 lowercase hex digits'),
  }),
  review: z.enum(reviewStates),
  verdicts: z.array(verdictEntrySchema).default([]),
});
export type Frontmatter = z.infer<typeof frontmatterSchema>;

export const claimKinds = ['quantity', 'quote', 'reported', 'event', 'statement'] as const;

/**
 * How the publisher presents a claim: in its own voice, or relaying someone else's words. Only an
 * `asserts` claim is the publisher's; for the others the claimant is the end of the attribution chain.
 */
export const stances = {
  asserts: { label: 'Asserted' },
  quotes: { label: 'Quoted' },
  reports: { label: 'Reported' },
  'reports-allegation': { label: 'Reported as an allegation' },
  'reports-denial': { label: 'Reported as a denial' },
} as const satisfies Record<string, { label: string }>;
export type Stance = keyof typeof stances;
const stanceIds = Object.keys(stances) as [Stance, ...Stance[]];

/**
 * Qualifiers that limit what a claim says, with example words that carry each (ingest's rules in
 * ingest/claim-model.ts must catch every one of them: a unit test holds them together).
 */
export const hedges = {
  estimate: { label: 'an estimate', cues: ['estimate', 'estimates', 'estimated', 'an estimated'] },
  approximately: { label: 'approximate', cues: ['about', 'around', 'roughly', 'approximately', 'some', 'nearly', 'almost'] },
  'up-to': { label: 'up to (an upper bound)', cues: ['up to', 'as many as', 'as much as', 'at most'] },
  'at-least': { label: 'at least (a lower bound)', cues: ['at least', 'no fewer than', 'no less than'] },
  'more-than': { label: 'more than (an exclusive lower bound)', cues: ['more than', 'over', 'above', 'in excess of'] },
  reportedly: { label: 'reportedly', cues: ['reportedly', 'reported to', 'said to'] },
  alleged: { label: 'alleged', cues: ['alleged', 'allegedly', 'accused of', 'allegations', 'accusations'] },
  'according-to': { label: 'according to a source', cues: ['according to'] },
  possibly: { label: 'possibly', cues: ['may', 'might', 'could', 'possibly', 'probably', 'likely', 'appears', 'appeared', 'seems', 'believed'] },
  conditional: { label: 'conditional', cues: ['if', 'unless', 'would'] },
  unconfirmed: { label: 'unconfirmed', cues: ['unconfirmed', 'unverified', 'informal', 'informally'] },
} as const satisfies Record<string, { label: string; cues: readonly string[] }>;
export type Hedge = keyof typeof hedges;
const hedgeIds = Object.keys(hedges) as [Hedge, ...Hedge[]];

/** The parts of a claim's model that ingest or the loader may draft, for an editor to review. */
export const draftableFields = ['statement', 'stance', 'claimant', 'hedges'] as const;

/**
 * A statement a reader understands alone: one sentence, capitalised, ending in its full stop (or ? or
 * !, before any closing quote), with no line breaks or markup.
 */
export const statementSchema = z
  .string()
  .trim()
  .min(8, 'a statement is a whole sentence')
  .max(400, 'a statement is one sentence of at most 400 characters')
  .regex(/^[“"‘']?\p{Lu}/u, 'a statement starts with a capital letter (write numbers that open it in words, or start with its subject)')
  .regex(/[.?!][”"’']?$/u, 'a statement ends with a full stop (or ? or !)')
  .regex(/^[^\n<>{}]*$/u, 'a statement is plain text on one line: no line breaks, <, >, { or }');
export const relationTypes = ['agrees', 'conflicts', 'refines', 'related'] as const;
export type RelationType = (typeof relationTypes)[number];

const digits = z
  .string()
  .regex(/^\d+(?:\.\d+)?$/, 'write the number with digits only, e.g. 1000000')
  .transform(Number);
const idList = z
  .string()
  .transform((value) => value.split(/\s+/).filter(Boolean))
  .pipe(z.array(idSchema).min(1, 'list at least one claim id'));

/** Attributes of a <Claim> marker, as written (all strings). */
export const claimAttributesSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(claimKinds),
    by: z
      .string()
      .transform((value) => value.split('<').map((part) => part.trim()))
      .pipe(z.array(idSchema))
      .optional(),
    /** The self-contained sentence the claim states (see statementSchema); drafted when missing. */
    statement: statementSchema.optional(),
    stance: z.enum(stanceIds).optional(),
    hedges: z
      .string()
      .transform((value) => value.split(/\s+/).filter(Boolean))
      .pipe(z.array(z.enum(hedgeIds))).optional(),
    /** When the claimant said it, when the text says so: YYYY-MM-DD. */
    claimed: z.iso.date().optional(),
    value: digits.optional(),
    min: digits.optional(),
    max: digits.optional(),
    /** Exclusive bounds: "more than N" / "over N" is over="N"; "fewer than N" / "under N" is under="N". */
    over: digits.optional(),
    under: digits.optional(),
    /** "About N": the interval N ± 10% (approximateSlack). */
    about: digits.optional(),
    unit: z.string().min(1).optional(),
    counted: z.string().min(1).optional(),
    agrees: idList.optional(),
    conflicts: idList.optional(),
    refines: idList.optional(),
    related: idList.optional(),
    /** Claims an editor says are not linked to this one: no automatic link between them ever appears. */
    unrelated: idList.optional(),
    /** Why `claimtrail ingest` marked it (its check-worthiness signals), for the editor to judge. */
    signals: z
      .string()
      .transform((value) => value.split(/\s+/).filter(Boolean))
      .pipe(z.array(z.string().regex(/^[a-z][a-z+-]*$/, 'signals are words such as quantity or attribution-cue'))).optional(),
  })
  .superRefine((claim, ctx) => {
    const numbers = ['value', 'min', 'max', 'over', 'under', 'about', 'unit', 'counted'] as const;
    if (claim.kind === 'quantity') {
      const given = (keys: readonly (keyof typeof claim)[]) => keys.filter((key) => claim[key] !== undefined);
      const lower = given(['min', 'over']);
      const upper = given(['max', 'under']);
      const single = given(['value', 'about']);
      if (!lower.length && !upper.length && !single.length)
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'a quantity needs value, about, min, over, max or under' });
      if (single.length > 1 || (single.length && (lower.length || upper.length)))
        ctx.addIssue({ code: 'custom', path: [single[0] ?? 'value'], message: `give one of value, about, or bounds (min/over, max/under): not ${[...single, ...lower, ...upper].join(' and ')}` });
      for (const pair of [lower, upper])
        if (pair.length > 1) ctx.addIssue({ code: 'custom', path: [pair[1]!], message: `give ${pair.join(' or ')}, not both: a bound is inclusive or exclusive` });
      const low = claim.min ?? claim.over;
      const high = claim.max ?? claim.under;
      if (low !== undefined && high !== undefined && (low > high || (low === high && (claim.over !== undefined || claim.under !== undefined))))
        ctx.addIssue({ code: 'custom', path: [lower[0]!], message: 'the lower bound is not below the upper bound: no number fits both' });
      for (const key of ['unit', 'counted'] as const)
        if (claim[key] === undefined)
          ctx.addIssue({ code: 'custom', path: [key], message: `a quantity needs ${key}` });
    } else {
      for (const key of numbers)
        if (claim[key] !== undefined)
          ctx.addIssue({ code: 'custom', path: [key], message: `${key} is only for kind="quantity"` });
    }
    if ((claim.kind === 'quote' || claim.kind === 'reported') && !claim.by)
      ctx.addIssue({ code: 'custom', path: ['by'], message: `a ${claim.kind} needs by="…": who said it` });
    if (claim.stance === 'asserts' && claim.by)
      ctx.addIssue({ code: 'custom', path: ['stance'], message: 'stance="asserts" is the publisher\'s own voice, with no by="…": remove by, or give the stance the publisher relays it with (quotes, reports, reports-allegation, reports-denial)' });
    if (claim.stance && claim.stance !== 'asserts' && !claim.by)
      ctx.addIssue({ code: 'custom', path: ['stance'], message: `stance="${claim.stance}" relays someone's claim: name the claimant with by="…" (an unnamed source such as unnamed-accusers when the text names nobody)` });
    if (claim.kind === 'quote' && claim.stance && claim.stance !== 'quotes')
      ctx.addIssue({ code: 'custom', path: ['stance'], message: 'a kind="quote" claim has stance="quotes"' });
  });
export type ClaimAttributes = z.infer<typeof claimAttributesSchema>;

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

export const corroborationStatuses = ['corroborated', 'single-source', 'contested'] as const;

/** How far a claim is borne out: by independent origins (not outlets), or contested by a conflict. */
export const corroborationSchema = z.strictObject({
  /**
   * Sourcing, not a verdict: contested: another claim conflicts with it; corroborated: two or more
   * independent sources state it (`independent`); else single-source (one, or none identified).
   */
  status: z.enum(corroborationStatuses),
  /** Independent claimants (rolled up through affiliations) of the claim and the claims agreeing with or refining it, sorted. */
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
    anchor: textAnchorSchema.refine((anchor) => anchor.end > anchor.start, { message: 'end comes after start: the words stand from character start to character end', path: ['end'] }),
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
  /** Who asserts the statement: the end of the attribution chain; the publisher only in its own voice; null when unknown. */
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

/** A web address a page may link to: http:// or https:// only. */
const webAddress = (what: string) =>
  z.url({ protocol: /^https?$/, error: `${what} is a web address, http:// or https://…` });
/** A line of text, such as a name; `missing` says what to write when it is left out. */
const oneLine = (missing: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? missing : undefined) })
    .trim()
    .min(1)
    .max(120)
    .regex(/^[^\n\r]*$/, 'write it on one line');
export const imageExtensions = ['png', 'jpg', 'jpeg', 'gif', 'webp'] as const;
/** An image in the corpus folder (a logo, a share image), by its path there; the build copies it into the site. */
// A segment starts with no ".", so none is "." or "..": the path cannot leave the folder.
const pathSegment = '[A-Za-z0-9_~-][A-Za-z0-9._~-]*';
const corpusImage = z
  .string()
  .regex(
    new RegExp(`^(?:${pathSegment}/)*${pathSegment}\\.(?:${imageExtensions.join('|')})$`),
    'give the image\'s path inside the content folder, such as images/logo.png: letters, digits, ".", "_", "~" and "-" '
      + `between slashes, ending .${imageExtensions.join(', .')}`,
  );
/** A BCP 47 language tag, in its canonical case ("EN-gb" is "en-GB"). */
const languageTag = z
  .string()
  .trim()
  .transform((tag, context) => {
    try {
      // The primary language is two or three letters: "english" is well formed, and no language.
      if (/^[a-z]{2,3}(?:-|$)/i.test(tag)) return Intl.getCanonicalLocales(tag)[0]!;
    } catch {
      // Not well formed: said below.
    }
    context.addIssue({ code: 'custom', message: 'a language is a BCP 47 tag such as en, en-GB, fr or pt-BR' });
    return z.NEVER;
  });

/**
 * The corpus's site.yaml: what the site calls itself and who publishes it. Every field is optional:
 * a site without the file is "Claimtrail", in English, and names no publisher, licence or contact
 * rather than invent one.
 */
export const siteSettingsSchema = z.strictObject({
  name: oneLine('the site needs a name').default('Claimtrail'),
  publisher: z
    .strictObject({
      name: oneLine('give the publisher\'s name ("name: …" under "publisher:")'),
      url: webAddress('publisher.url').optional(),
      logo: corpusImage.optional(),
    })
    .optional(),
  language: languageTag.default('en'),
  /** The licence of the site's own texts (statements, verdicts, editorial pages), never of the articles quoted. */
  licence: z
    .strictObject({
      name: oneLine('give the licence\'s name ("name: CC BY 4.0" under "licence:")'),
      url: webAddress('licence.url').optional(),
    })
    .optional(),
  contact: z
    .union([z.email(), webAddress('contact')], { error: 'contact is an e-mail address or a web address (https://…)' })
    .optional(),
  /** The picture a link to any of its pages shows where it is shared (og:image). */
  shareImage: corpusImage.optional(),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/** Front matter of an editorial page (content/pages/about.mdx and the like): its heading and summary. */
export const editorialFrontmatterSchema = z.strictObject({
  title: oneLine('give the page a title ("title: …")'),
  /** What search results and link previews show. */
  description: z.string().trim().min(1).max(300).regex(/^[^\n\r]*$/, 'write it on one line').optional(),
});
export type EditorialFrontmatter = z.infer<typeof editorialFrontmatterSchema>;
