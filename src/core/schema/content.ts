// What editors write: sources.yaml entries, an article's front matter and verdicts, the attributes of a
// <Claim> marker, site.yaml and editorial pages. Part of src/core/schema.ts, which re-exports them:
// import from there.
import { z } from 'zod';
import {
  claimKinds,
  hedgeIds,
  idSchema,
  imageExtensions,
  ratingIds,
  reviewStates,
  sourceTypes,
  stanceIds,
} from './vocabulary.ts';

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
  url: z
    .url({
      protocol: /^https?$/,
      error: 'an article URL is a web address, http:// or https://… (null when the source does not state it)',
    })
    .nullable(),
  source: z.strictObject({
    file: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 lowercase hex digits'),
  }),
  review: z.enum(reviewStates),
  verdicts: z.array(verdictEntrySchema).default([]),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;

/**
 * A statement a reader understands alone: one sentence, capitalised, ending in its full stop (or ? or
 * !, before any closing quote), with no line breaks or markup.
 */
export const statementSchema = z
  .string()
  .trim()
  .min(8, 'a statement is a whole sentence')
  .max(400, 'a statement is one sentence of at most 400 characters')
  .regex(
    /^[“"‘']?\p{Lu}/u,
    'a statement starts with a capital letter (write numbers that open it in words, or start with its subject)',
  )
  .regex(/[.?!][”"’']?$/u, 'a statement ends with a full stop (or ? or !)')
  .regex(/^[^\n<>{}]*$/u, 'a statement is plain text on one line: no line breaks, <, >, { or }');

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
      .pipe(z.array(z.enum(hedgeIds)))
      .optional(),
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
      .pipe(z.array(z.string().regex(/^[a-z][a-z+-]*$/, 'signals are words such as quantity or attribution-cue')))
      .optional(),
  })
  .superRefine((claim, ctx) => {
    const numbers = ['value', 'min', 'max', 'over', 'under', 'about', 'unit', 'counted'] as const;
    if (claim.kind === 'quantity') {
      const given = (keys: readonly (keyof typeof claim)[]) => keys.filter((key) => claim[key] !== undefined);
      const lower = given(['min', 'over']);
      const upper = given(['max', 'under']);
      const single = given(['value', 'about']);
      if (!lower.length && !upper.length && !single.length)
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: 'a quantity needs value, about, min, over, max or under',
        });
      if (single.length > 1 || (single.length && (lower.length || upper.length)))
        ctx.addIssue({
          code: 'custom',
          path: [single[0] ?? 'value'],
          message:
            'give one of value, about, or bounds (min/over, max/under): ' +
            `not ${[...single, ...lower, ...upper].join(' and ')}`,
        });
      for (const pair of [lower, upper])
        if (pair.length > 1)
          ctx.addIssue({
            code: 'custom',
            path: [pair[1]!],
            message: `give ${pair.join(' or ')}, not both: a bound is inclusive or exclusive`,
          });
      const low = claim.min ?? claim.over;
      const high = claim.max ?? claim.under;
      if (
        low !== undefined &&
        high !== undefined &&
        (low > high || (low === high && (claim.over !== undefined || claim.under !== undefined)))
      )
        ctx.addIssue({
          code: 'custom',
          path: [lower[0]!],
          message: 'the lower bound is not below the upper bound: no number fits both',
        });
      for (const key of ['unit', 'counted'] as const)
        if (claim[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `a quantity needs ${key}` });
    } else {
      for (const key of numbers)
        if (claim[key] !== undefined)
          ctx.addIssue({ code: 'custom', path: [key], message: `${key} is only for kind="quantity"` });
    }
    if ((claim.kind === 'quote' || claim.kind === 'reported') && !claim.by)
      ctx.addIssue({ code: 'custom', path: ['by'], message: `a ${claim.kind} needs by="…": who said it` });
    if (claim.stance === 'asserts' && claim.by)
      ctx.addIssue({
        code: 'custom',
        path: ['stance'],
        message:
          'stance="asserts" is the publisher\'s own voice, with no by="…": remove by, or give the stance ' +
          'the publisher relays it with (quotes, reports, reports-allegation, reports-denial)',
      });
    if (claim.stance && claim.stance !== 'asserts' && !claim.by)
      ctx.addIssue({
        code: 'custom',
        path: ['stance'],
        message:
          `stance="${claim.stance}" relays someone's claim: name the claimant with by="…" (an unnamed ` +
          'source such as unnamed-accusers when the text names nobody)',
      });
    if (claim.kind === 'quote' && claim.stance && claim.stance !== 'quotes')
      ctx.addIssue({ code: 'custom', path: ['stance'], message: 'a kind="quote" claim has stance="quotes"' });
  });

export type ClaimAttributes = z.infer<typeof claimAttributesSchema>;

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

const pathSegment = '[A-Za-z0-9_~-][A-Za-z0-9._~-]*';

const corpusImage = z
  .string()
  .regex(
    new RegExp(`^(?:${pathSegment}/)*${pathSegment}\\.(?:${imageExtensions.join('|')})$`),
    'give the image\'s path inside the content folder, such as images/logo.png: letters, digits, ".", ' +
      '"_", "~" and "-" ' +
      `between slashes, ending .${imageExtensions.join(', .')}`,
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
  description: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .regex(/^[^\n\r]*$/, 'write it on one line')
    .optional(),
});

export type EditorialFrontmatter = z.infer<typeof editorialFrontmatterSchema>;
