// A raw file -> its MDX draft, the claims found and what cleaning removed: read.ts, html.ts, clean.ts
// and draft.ts in a row. Pure: bytes in, data out; the caller writes files. Problems are fatal messages
// on the returned file, which is named after the raw file.
import { createHash } from 'node:crypto';
import type { VFile } from 'vfile';
import { fail } from '../diagnostics.ts';
import type { Registry } from '../registry.ts';
import { frontmatterSchema, type SourceEntry } from '../schema.ts';
import { slug } from './attribution.ts';
import { bylineAuthors, cleanText, cleanUnits, type CleanBlock, type CleanResult } from './clean.ts';
import { buildDraft, type Draft } from './draft.ts';
import { readHtml } from './html.ts';
import { readRaw, type RawText } from './read.ts';

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
}

export interface Ingested {
  draft: Draft;
  /** Draft sources for sources.yaml: the publisher when the registry lacks it, then the speakers. */
  newSources: SourceEntry[];
  blocks: CleanBlock[];
  raw: RawText;
  stats: Pick<CleanResult, 'clutter' | 'repeated' | 'repaired'>;
}

export function ingest(options: IngestOptions): { file: VFile; ingested?: Ingested } {
  const { file, raw } = readRaw(options.bytes, options.path);
  if (!raw) return { file };
  const stop = (reason: string, ruleId: string) => {
    fail(file, reason, undefined, ruleId);
    return { file };
  };

  let cleaned: CleanResult;
  const stated = { title: null as string | null, authors: [] as string[], date: null as string | null, url: null as string | null, siteName: null as string | null };
  if (raw.format === 'html') {
    const page = readHtml(raw.text);
    if (!page || !page.units.length) return stop('the HTML page holds no article: no body text was found (is it an index, a login wall or a page that needs JavaScript?)', 'no-article');
    cleaned = cleanUnits(page.units);
    Object.assign(stated, { title: page.title, authors: page.byline ? bylineAuthors(page.byline) : [], date: page.date, url: page.url, siteName: page.siteName });
  } else cleaned = cleanText(raw.text);
  if (!cleaned.blocks.length)
    return raw.format === 'html'
      ? stop('the HTML page holds no article: only navigation, forms or page furniture were found', 'no-article')
      : stop('no article text is left once page clutter is removed', 'no-article');

  const date = options.date ?? stated.date ?? cleaned.date;
  const url = options.url ?? stated.url;
  if (options.date !== undefined && !frontmatterSchema.shape.date.safeParse(options.date).success) return stop(`the date "${options.date}" is not a date: write YYYY-MM-DD`, 'option');
  if (options.url !== undefined && !frontmatterSchema.shape.url.safeParse(options.url).success) return stop(`the URL "${options.url}" is not a URL: write it in full, https://…`, 'option');

  const publisher = findPublisher(options, [...(stated.siteName ? [stated.siteName] : []), ...cleaned.publisherNames]);
  if (!publisher) return stop('the file does not say who published it: give the publisher (a source id from sources.yaml, or its name)', 'publisher');

  const draft = buildDraft({
    blocks: cleaned.blocks,
    raw: raw.text,
    format: raw.format,
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
  });
  return {
    file,
    ingested: {
      draft,
      newSources: [...(publisher.draft ? [publisher.draft] : []), ...draft.newSources],
      blocks: cleaned.blocks,
      raw,
      stats: { clutter: cleaned.clutter, repeated: cleaned.repeated, repaired: cleaned.repaired },
    },
  };
}

/** The publisher: the one given, else a name the page gives itself that the registry knows, else a draft outlet named by the page. */
function findPublisher(options: IngestOptions, pageNames: string[]): { id: string; draft?: SourceEntry } | undefined {
  const { registry } = options;
  const known = (name: string) => {
    const key = name.trim().toLowerCase();
    return registry.sources.has(key) ? key : (registry.byAlias.get(key) ?? registry.byAlias.get(key.replace(/^the\s+/, '')) ?? registry.byAlias.get(`the ${key}`));
  };
  const given = options.publisher?.trim();
  const id = given ? known(given) : pageNames.map(known).find(Boolean);
  if (id) return { id };
  const name = given || pageNames[0];
  if (!name) return undefined;
  let draftId = slug(name);
  for (let n = 2; registry.isDeclared(draftId); n++) draftId = `${slug(name)}-${n}`;
  return { id: draftId, draft: { id: draftId, name, type: 'outlet', aliases: [], related: [], description: `Draft proposed by claimtrail ingest: the publisher, as ${given ? 'given' : 'the page names itself'}; check its name and type.` } };
}
