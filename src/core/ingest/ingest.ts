// A raw file -> its MDX draft, the claims found and what cleaning removed: read.ts, html.ts, clean.ts
// and draft.ts in a row. Pure: bytes in, data out; the caller writes files. Problems are fatal messages
// on the returned file, which is named after the raw file.
import { createHash } from 'node:crypto';
import type { VFile } from 'vfile';
import { fail } from '../diagnostics.ts';
import type { Registry } from '../content/registry.ts';
import { frontmatterSchema, type SourceEntry } from '../schema.ts';
import { genericAlias, slug } from './source-names.ts';
import { bylineAuthors } from './bylines.ts';
import { cleanText, cleanUnits, type CleanBlock, type CleanResult } from './clean.ts';
import { buildDraft, type Draft } from './draft.ts';
import { maxHtmlDepth, nestingDepth } from './html-depth.ts';
import { readHtml } from './html.ts';
import type { PublisherSource, StatedPublisher } from './page-publisher.ts';
import { readRaw, type RawText } from './read.ts';
import type { Piece } from './text.ts';
import type { IngestTrace } from './trace.ts';

export interface IngestOptions {
  /** The raw file's path, as messages name it. */
  path: string;
  bytes: Uint8Array;
  registry: Registry;
  /** The raw file's path relative to the entry, for the front matter's source.file. */
  sourceFile: string;
  /** What the file may not state: a publisher id or name, the URL, the date (YYYY-MM-DD), the title. */
  publisher?: string;
  url?: string;
  date?: string;
  title?: string;
  /** Re-ingest: the words of each claim already in the entry -> its id, kept when the words still match. */
  keepIds?: Map<string, string>;
  /** Ids a fresh claim must not take (the corpus's and the ledger's). */
  takenIds?: ReadonlySet<string>;
  newId?: () => string;
  /** When given, filled with the seconds each stage took (read, clean, draft): for scripts/bench-ingest.ts. */
  timings?: Record<string, number>;
  /** When given, filled with the rules that decided each line and each attribution (`ingest --explain`). */
  trace?: IngestTrace;
}

/** Where the publisher came from: the command line, or the page's own metadata or lines. */
export type PublisherFrom = '--publisher' | PublisherSource | 'trust badge';

export interface Ingested {
  draft: Draft;
  /**
   * The publisher (its source id, as in the front matter), the name it was found by and where: given
   * with --publisher, or stated by the page ("og:site_name", "json-ld publisher.name", "copyright line"…).
   */
  publisher: { id: string; name: string; from: PublisherFrom };
  /** Draft sources for sources.yaml: the publisher when the registry lacks it, then the speakers. */
  newSources: SourceEntry[];
  blocks: CleanBlock[];
  raw: RawText;
  stats: Pick<CleanResult, 'clutter' | 'repeated' | 'repaired'>;
}

export function ingest(options: IngestOptions): { file: VFile; ingested?: Ingested } {
  const time = <T>(stage: string, run: () => T): T => {
    if (!options.timings) return run();
    const start = performance.now();
    const result = run();
    options.timings[stage] = (options.timings[stage] ?? 0) + (performance.now() - start) / 1000;
    return result;
  };
  const { file, raw } = time('read', () => readRaw(options.bytes, options.path));
  if (!raw) return { file };
  const stop = (reason: string, ruleId: string) => {
    fail(file, reason, undefined, ruleId);
    return { file };
  };

  let cleaned: CleanResult;
  let pageText: Piece | undefined;
  const stated = {
    title: null as string | null,
    authors: [] as string[],
    date: null as string | null,
    url: null as string | null,
    publisher: null as StatedPublisher | null,
  };
  if (raw.format === 'html') {
    const depth = nestingDepth(raw.text);
    if (depth > maxHtmlDepth)
      return stop(
        `the page nests its elements more than ${maxHtmlDepth} levels deep (an article page nests a few dozen), ` +
          'which ingest does not read: save the article as text (.txt) and ingest that',
        'too-deep',
      );
    let page: ReturnType<typeof readHtml>;
    try {
      page = time('html', () => readHtml(raw.text));
    } catch (error) {
      // The HTML parser and Readability walk the page recursively: one nested thousands of elements deep
      // (no article is) runs out of stack there. A message, never a crash.
      if (!(error instanceof RangeError)) throw error;
      return stop(
        'the page nests its elements too deeply to be read (thousands of levels; no article page does): ' +
          'save the article as text (.txt) and ingest that',
        'too-deep',
      );
    }
    if (!page || !page.units.length)
      return stop(
        'the HTML page holds no article: no body text was found ' +
          '(is it an index, a login wall or a page that needs JavaScript?)',
        'no-article',
      );
    cleaned = time('clean', () => cleanUnits(page.units, options.trace?.clean));
    Object.assign(stated, {
      title: page.title,
      authors: page.byline ? bylineAuthors(page.byline) : [],
      date: page.date,
      url: page.url,
      publisher: page.publisher,
    });
    pageText = page.pageText;
  } else cleaned = time('clean', () => cleanText(raw.text, options.trace?.clean));
  if (!cleaned.blocks.length)
    return raw.format === 'html'
      ? stop('the HTML page holds no article: only navigation, forms or page furniture were found', 'no-article')
      : stop('no article text is left once page clutter is removed', 'no-article');

  const date = options.date ?? stated.date ?? cleaned.date;
  const url = options.url ?? stated.url;
  if (options.date !== undefined && !frontmatterSchema.shape.date.safeParse(options.date).success)
    return stop(`the date "${options.date}" is not a date: write YYYY-MM-DD`, 'option');
  if (options.url !== undefined && !frontmatterSchema.shape.url.safeParse(options.url).success)
    return stop(`the URL "${options.url}" is not a URL: write it in full, https://…`, 'option');

  const publisher = findPublisher(options, [
    ...(stated.publisher ? [stated.publisher] : []),
    ...cleaned.publisherLines,
  ]);
  if (!publisher)
    return stop(
      raw.format === 'html'
        ? 'the page does not say who published it ' +
            '(no og:site_name, JSON-LD publisher, application-name, publisher meta tag or copyright line): ' +
            'give it with --publisher (a source id from sources.yaml, or its name)'
        : 'the file does not say who published it: ' +
            'give it with --publisher (a source id from sources.yaml, or its name)',
      'publisher',
    );

  const draft = time('draft', () =>
    buildDraft({
      blocks: cleaned.blocks,
      raw: raw.text,
      format: raw.format,
      pageText,
      registry: options.registry,
      frontmatter: {
        title: options.title ?? stated.title ?? cleaned.title,
        publisher: publisher.id,
        authors: stated.authors.length ? stated.authors : cleaned.authors,
        date,
        url,
        source: { file: options.sourceFile, sha256: createHash('sha256').update(options.bytes).digest('hex') },
      },
      keepIds: options.keepIds,
      takenIds: options.takenIds,
      newId: options.newId,
      trace: options.trace?.attribution,
    }),
  );
  return {
    file,
    ingested: {
      draft,
      publisher: { id: publisher.id, name: publisher.name, from: publisher.from },
      newSources: [...(publisher.draft ? [publisher.draft] : []), ...draft.newSources],
      blocks: cleaned.blocks,
      raw,
      stats: { clutter: cleaned.clutter, repeated: cleaned.repeated, repaired: cleaned.repaired },
    },
  };
}

/**
 * The publisher: the one given, else a name the page gives itself that the registry knows, else a
 * draft outlet named by the page; with the name it was found by and where that name stands. A page's
 * name is looked up by the registry's names and full aliases only: "The Post" on a page is no
 * registry's "the Post" (genericAlias).
 */
function findPublisher(
  options: IngestOptions,
  stated: { name: string; from: Exclude<PublisherFrom, '--publisher'> }[],
): { id: string; name: string; from: PublisherFrom; draft?: SourceEntry } | undefined {
  const { registry } = options;
  const known = (name: string, any: boolean) => {
    const key = name.trim().toLowerCase();
    if (registry.sources.has(key)) return key;
    for (const alias of [key, key.replace(/^the\s+/, ''), `the ${key}`]) {
      const id = registry.byAlias.get(alias);
      const source = id ? registry.sources.get(id) : undefined;
      if (id && (any || !source || alias === source.name.toLowerCase() || !genericAlias(alias, source))) return id;
    }
    return undefined;
  };
  const given = options.publisher?.trim();
  if (given) {
    const id = known(given, true);
    if (id) return { id, name: given, from: '--publisher' };
  }
  const page = given
    ? undefined
    : stated.map((candidate) => ({ ...candidate, id: known(candidate.name, false) })).find((candidate) => candidate.id);
  if (page) return { id: page.id!, name: page.name, from: page.from };
  const { name, from } = given ? { name: given, from: '--publisher' as const } : (stated[0] ?? {});
  if (!name || !from) return undefined;
  let draftId = slug(name);
  for (let n = 2; registry.isDeclared(draftId); n++) draftId = `${slug(name)}-${n}`;
  // A name the registry gives another source ("The Post" on a page, a registry's "the Post") is qualified:
  // two sources never share a name.
  let draftName = name;
  for (let n = 1; registry.byAlias.has(draftName.toLowerCase()); n++)
    draftName = `${name} (publisher${n > 1 ? ` ${n}` : ''})`;
  return {
    id: draftId,
    name,
    from,
    draft: {
      id: draftId,
      name: draftName,
      type: 'outlet',
      aliases: [],
      related: [],
      description:
        'Draft proposed by claimtrail ingest: the publisher, as ' +
        `${given ? 'given' : `the page names itself (${from})`}; check its name and type.`,
    },
  };
}
