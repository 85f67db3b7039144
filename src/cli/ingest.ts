// `claimtrail ingest <file...>`: each raw article becomes a draft entry for an editor to review. The
// raw file is copied into the project's raw sources (with a record of what it states), new sources go
// to sources.yaml as drafts, and the entry is written to articles/<slug>.mdx. Nothing is overwritten:
// an existing entry is refused, or with --merge re-ingested keeping what the editor did (claim ids,
// their attributes and verdicts, the front matter they set), the previous text saved beside it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { VFile } from 'vfile';
import { parseDocument, stringify } from 'yaml';
import { report } from '../core/diagnostics.ts';
import { displayPath, writeAtomically } from '../core/files.ts';
import { slugify } from '../core/ids.ts';
import { ingest, type Ingested } from '../core/ingest/ingest.ts';
import { ledgerFileName } from '../core/ledger.ts';
import { extractArticle, parseArticle, type ExtractedArticle } from '../core/markers.ts';
import { readRegistry } from '../core/registry.ts';
import { idPattern, type Frontmatter } from '../core/schema.ts';
import { parseYaml } from '../core/yaml.ts';

export interface IngestRequest {
  files: string[];
  /** The corpus folder: articles/, sources.yaml, ledger.yaml. */
  contentDir: string;
  /** Where raw files are kept: the project's raw/ for its own corpus, <corpus>/raw/ for any other. */
  rawDir: string;
  publisher?: string;
  url?: string;
  date?: string;
  title?: string;
  slug?: string;
  merge: boolean;
  /** Directory paths are printed relative to. */
  cwd: string;
}

/** Ingests every file in turn; returns the exit code. Lines for the user go to `say`, problems to `warn`. */
export function runIngest(request: IngestRequest, say: (line: string) => void, warn: (line: string) => void): number {
  if (request.slug && request.files.length > 1) {
    warn('claimtrail ingest: --slug names one entry: give it with one file at a time');
    return 2;
  }
  if (request.files.length === 0) {
    warn('claimtrail ingest: name the raw file(s) to ingest, e.g. claimtrail ingest raw/article.txt');
    return 2;
  }
  // Read once for the whole run; each entry written adds its ids, so two files never share one.
  const taken = takenIds(request.contentDir);
  let failed = 0;
  for (const path of request.files) if (!ingestOne(path, request, taken, say, warn)) failed++;
  return failed ? 1 : 0;
}

function ingestOne(path: string, request: IngestRequest, taken: Set<string>, say: (line: string) => void, warn: (line: string) => void): boolean {
  const shown = displayPath(path, request.cwd);
  const stop = (reason: string) => {
    warn(`claimtrail ingest: ${shown}: ${reason}; nothing written`);
    return false;
  };
  if (!existsSync(path)) return stop('no such file');
  const bytes = readFileSync(path);
  const slug = request.slug ?? slugify(basename(path, extname(path)), 64);
  if (!idPattern.test(slug)) return stop(`"${slug}" cannot be a slug (lowercase letters, digits and single hyphens): give one with --slug`);

  const entryPath = join(request.contentDir, 'articles', `${slug}.mdx`);
  const entryShown = displayPath(entryPath, request.cwd);
  const existing = existsSync(entryPath) ? readEntry(entryPath) : undefined;
  if (existing && !request.merge)
    return stop(`${entryShown} exists: re-run with --merge to re-ingest it, keeping the ids, attributes and verdicts of claims whose words still match and the front matter an editor set (the current text is saved beside it), or with --slug to write a new entry`);
  if (existing && !existing.article.frontmatter) return stop(`${entryShown} exists and cannot be read (run claimtrail check): fix it before merging`);

  const extension = extname(path).toLowerCase() === '.html' || extname(path).toLowerCase() === '.htm' ? '.html' : '.txt';
  const rawPath = join(request.rawDir, `${slug}${extension}`);
  if (existsSync(rawPath) && !readFileSync(rawPath).equals(bytes))
    return stop(`${displayPath(rawPath, request.cwd)} already holds a different file, and a raw source is never replaced: give the new one its own --slug`);

  const registryPath = join(request.contentDir, 'sources.yaml');
  const registryFile = new VFile({ path: displayPath(registryPath, request.cwd), value: existsSync(registryPath) ? readFileSync(registryPath, 'utf8') : '[]\n' });
  const registry = readRegistry(registryFile);
  if (registryFile.messages.length) {
    warn(report([registryFile]));
    return stop(`${registryFile.path} has errors: fix them first`);
  }

  const { file, ingested } = ingest({
    path: shown,
    bytes,
    registry,
    sourceFile: relative(dirname(entryPath), rawPath),
    publisher: request.publisher,
    url: request.url,
    date: request.date,
    title: request.title,
    keepIds: existing && new Map(existing.article.claims.map((claim) => [claim.text, claim.attributes.id])),
    // A merged entry's own ids are taken too: kept claims keep theirs, and a dropped claim's id is never reused.
    takenIds: taken,
  });
  if (!ingested) {
    warn(report([file]));
    return stop('not ingested');
  }

  const mdx = existing ? mergeIntoEntry(ingested, existing) : ingested.draft.mdx;
  // Every check passed: now write, each file atomically, the entry last.
  if (!existsSync(rawPath)) {
    writeAtomically(rawPath, bytes);
    writeAtomically(rawPath.replace(/\.[a-z]+$/, '.meta.yaml'), rawRecord(basename(rawPath), ingested, request));
  }
  if (ingested.newSources.length) addSources(registryPath, ingested.newSources, basename(rawPath));
  let saved: string | undefined;
  if (existing) {
    saved = freeName(`${entryPath}.previous`);
    writeAtomically(saved, existing.text);
  }
  writeAtomically(entryPath, mdx);
  for (const claim of ingested.draft.claims) taken.add(claim.id);

  const { draft, stats } = ingested;
  const kept = existing ? draft.claims.filter((claim) => existing.ids.has(claim.id)).length : 0;
  say(`${entryShown}: ${existing ? 'merged' : 'written'} (review: auto) from ${shown}`);
  say(`  claims found: ${draft.claims.length}${existing ? ` (${kept} kept their id)` : ''}${draft.unmarked.length ? `; ${draft.unmarked.length} more not marked (their words are not verbatim in the raw file)` : ''}`);
  say(`  sources added to sources.yaml as drafts: ${ingested.newSources.length ? ingested.newSources.map((source) => source.id).join(', ') : 'none'}`);
  say(`  clutter lines removed: ${stats.clutter.length}; repeated paragraphs dropped: ${stats.repeated.length}; fused words repaired: ${stats.repaired.length}`);
  if (saved) say(`  the previous text is saved as ${displayPath(saved, request.cwd)}`);
  if (existing) {
    const dropped = [...existing.ids].filter((id) => !draft.claims.some((claim) => claim.id === id));
    if (dropped.length) say(`  claims no longer found, left out: ${dropped.join(', ')} (a published one must be withdrawn in ${ledgerFileName}; the build will say so)`);
  }
  return true;
}

interface Entry {
  text: string;
  article: ExtractedArticle;
  ids: Set<string>;
}

function readEntry(path: string): Entry {
  const text = readFileSync(path, 'utf8');
  const file = new VFile({ path, value: text });
  const tree = parseArticle(file);
  const article: ExtractedArticle = tree
    ? extractArticle(file, tree)
    : { frontmatter: undefined, frontmatterPlaceOf: () => ({ line: 1, column: 1 }), cleanText: '', blocks: [], claims: [], mentions: [] };
  return { text, article, ids: new Set(article.claims.map((claim) => claim.attributes.id)) };
}

/**
 * The new draft, with what the editor did to the old entry carried over: the front matter fields they
 * set (all but the raw source's name and hash, and the review state, which goes back to auto), the
 * verdicts and the whole opening marker (kind, attribution, quantity, links) of every claim kept.
 */
function mergeIntoEntry(ingested: Ingested, existing: Entry): string {
  const old = existing.article.frontmatter!;
  const keptIds = new Set(ingested.draft.claims.map((claim) => claim.id).filter((id) => existing.ids.has(id)));
  const frontmatter: Frontmatter = {
    ...old,
    source: ingested.draft.frontmatter.source,
    review: 'auto',
    verdicts: old.verdicts.filter((verdict) => keptIds.has(verdict.claim)),
  };
  const oldTags = new Map([...existing.text.matchAll(openingClaimTag)].map((match) => [match[1]!, match[0]]));
  const body = ingested.draft.mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(openingClaimTag, (tag, id: string) => (keptIds.has(id) ? (oldTags.get(id) ?? tag) : tag));
  const { verdicts, ...rest } = frontmatter;
  return `---\n${stringify(verdicts.length ? frontmatter : rest, { lineWidth: 0 })}---\n${body}`;
}

// An opening <Claim …> tag, its id captured; attribute values are quoted and hold no ">".
const openingClaimTag = /<Claim\s+(?:[\w-]+="[^"]*"\s*)*?id="([^"]+)"(?:\s*[\w-]+="[^"]*")*\s*>/g;

/** Claim ids used anywhere in the corpus or ever published, which a new claim must not take. */
function takenIds(contentDir: string): Set<string> {
  const ids = new Set<string>();
  const articles = join(contentDir, 'articles');
  for (const name of existsSync(articles) ? readdirSync(articles) : [])
    if (name.endsWith('.mdx')) for (const id of readEntry(join(articles, name)).ids) ids.add(id);
  const ledgerPath = join(contentDir, ledgerFileName);
  if (existsSync(ledgerPath)) {
    const ledger = parseYaml(readFileSync(ledgerPath, 'utf8')).value as { claims?: Record<string, unknown> } | undefined;
    for (const id of Object.keys(ledger?.claims ?? {})) ids.add(id);
  }
  return ids;
}

/** Appends draft sources to sources.yaml, keeping every comment and entry the editor wrote. */
function addSources(path: string, sources: Ingested['newSources'], from: string): void {
  const document = parseDocument(existsSync(path) ? readFileSync(path, 'utf8') : '[]\n');
  sources.forEach((source, index) => {
    const node = document.createNode(Object.fromEntries(Object.entries(source).filter(([, value]) => !(Array.isArray(value) && value.length === 0))));
    if (index === 0) node.commentBefore = ` Drafts added by claimtrail ingest from ${from}: check each name, type and description`;
    document.add(node);
  });
  writeAtomically(path, document.toString({ lineWidth: 0 }));
}

/** raw/<name>.meta.yaml: what the file states, and what the editor gave on the command line. */
function rawRecord(fileName: string, ingested: Ingested, request: IngestRequest): string {
  const { frontmatter } = ingested.draft;
  const given = (['publisher', 'url', 'date', 'title'] as const).filter((option) => request[option] !== undefined);
  return stringify(
    {
      file: fileName,
      publisher_id: frontmatter.publisher,
      authors: frontmatter.authors,
      title: frontmatter.title,
      date: frontmatter.date,
      url: frontmatter.url,
      sha256: frontmatter.source.sha256,
      given_on_command_line: given,
      notes: `Ingested by claimtrail ingest: ${ingested.stats.clutter.length} clutter lines removed, ${ingested.stats.repeated.length} repeated paragraphs dropped. Metadata not in given_on_command_line is as the file states it; null where it states nothing.`,
    },
    { lineWidth: 0 },
  );
}

/** `path`, or `path.2`, `path.3`… : the first name not taken, so no earlier copy is overwritten. */
function freeName(path: string): string {
  let candidate = path;
  for (let n = 2; existsSync(candidate); n++) candidate = `${path}.${n}`;
  return candidate;
}
