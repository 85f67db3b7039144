// `claimtrail ingest <file...>`: each raw article becomes a draft entry for an editor to review. The
// raw file is copied into the project's raw sources (with a record of what it states), new sources go
// to sources.yaml as drafts, and the entry is written to articles/<slug>.mdx. Nothing is overwritten:
// an existing entry is refused, or with --merge re-ingested keeping what the editor did (claim ids,
// their attributes and verdicts, the front matter they set), the previous text saved beside it.
// Writes happen under the corpus's lock, each file atomically, the entry last: a second ingest waits
// rather than lose the first's sources, and an interrupted one, run again, completes what it began.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { parseDocument, stringify } from 'yaml';
import { report } from '../core/diagnostics.ts';
import {
  displayPath,
  ensureFolder,
  LockedError,
  namesInside,
  readInside,
  realLocation,
  unwritable,
  withLock,
  writeAtomically,
  WriteError,
  type LockOptions,
} from '../core/content/files.ts';
import { slugify } from '../core/content/ids.ts';
import { ingest, type Ingested } from '../core/ingest/ingest.ts';
import { mergeEntry } from '../core/ingest/merge.ts';
import { maxEntryBytes } from '../core/ingest/read.ts';
import { ledgerFileName } from '../core/publish/ledger.ts';
import { extractArticle, parseArticle, type ExtractedArticle } from '../core/content/markers.ts';
import { idSchema } from '../core/schema.ts';
import { parseYaml } from '../core/content/yaml.ts';
import { explainOne } from './ingest-explain.ts';
import { readInput, readRegistryFile } from './ingest-input.ts';

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
  /** Print which rules fired for each line and claim, and write nothing. */
  explain?: boolean;
  /** Directory paths are printed relative to. */
  cwd: string;
  /** Print the stack of an unexpected error (CLAIMTRAIL_DEBUG=1). */
  debug?: boolean;
}

type Outcome = 'written' | 'merged' | 'explained' | 'not ingested';

/**
 * Ingests every file in turn; returns the exit code. Lines for the user go to `say`, problems to
 * `warn`; with several files, a last line counts each outcome. A failure with one file, even an
 * unexpected one, is reported for that file and the next is ingested.
 */
export async function runIngest(
  request: IngestRequest,
  say: (line: string) => void,
  warn: (line: string) => void,
  lockOptions?: LockOptions,
): Promise<number> {
  if (request.slug && request.files.length > 1) {
    warn('claimtrail ingest: --slug names one entry: give it with one file at a time');
    return 2;
  }
  if (request.files.length === 0) {
    warn('claimtrail ingest: name the raw file(s) to ingest, e.g. claimtrail ingest raw/article.txt');
    return 2;
  }
  const corpusShown = displayPath(request.contentDir, request.cwd);
  if (!statSync(request.contentDir, { throwIfNoEntry: false })?.isDirectory()) {
    warn(
      `claimtrail ingest: there is no corpus folder ${corpusShown}: create it (mkdir ${corpusShown}) to start a corpus there, or check the --content path`,
    );
    return 2;
  }
  // Read once for the whole run; each entry written adds its ids, so two files never share one.
  const taken = takenIds(request.contentDir);
  const outcomes: { path: string; outcome: Outcome }[] = [];
  for (const path of request.files) {
    let outcome: Outcome;
    try {
      outcome = request.explain
        ? explainOne(path, request, say, warn)
        : await ingestOne(path, request, taken, say, warn, lockOptions);
    } catch (error) {
      if (request.debug && error instanceof Error) warn(error.stack ?? error.message);
      // Writes are atomic and in an order a rerun completes, so a write that failed can say to run it again.
      const after =
        error instanceof WriteError
          ? '; what was written is whole, and running the same command again completes it'
          : ' (an unexpected error: CLAIMTRAIL_DEBUG=1 shows where it happened; please report it)';
      warn(`claimtrail ingest: ${displayPath(path, request.cwd)}: ${oneLine(error)}${after}`);
      outcome = 'not ingested';
    }
    outcomes.push({ path, outcome });
  }
  if (outcomes.length > 1) say(summary(outcomes, request.cwd));
  return outcomes.some(({ outcome }) => outcome === 'not ingested') ? 1 : 0;
}

/** "claimtrail ingest: 3 files: 1 written, 1 merged, 1 not ingested (raw/x.txt)". */
function summary(outcomes: { path: string; outcome: Outcome }[], cwd: string): string {
  const counts = (['written', 'merged', 'explained', 'not ingested'] as const)
    .map((outcome) => ({
      outcome,
      paths: outcomes.filter((entry) => entry.outcome === outcome).map((entry) => displayPath(entry.path, cwd)),
    }))
    .filter(({ paths }) => paths.length > 0)
    .map(
      ({ outcome, paths }) => `${paths.length} ${outcome}${outcome === 'not ingested' ? ` (${paths.join(', ')})` : ''}`,
    );
  return `claimtrail ingest: ${outcomes.length} files: ${counts.join(', ')}`;
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

async function ingestOne(
  path: string,
  request: IngestRequest,
  taken: Set<string>,
  say: (line: string) => void,
  warn: (line: string) => void,
  lockOptions: LockOptions | undefined,
): Promise<Outcome> {
  const shown = displayPath(path, request.cwd);
  const stop = (reason: string): Outcome => {
    warn(`claimtrail ingest: ${shown}: ${reason}; nothing written`);
    return 'not ingested';
  };
  const input = readInput(path);
  if (typeof input === 'string') return stop(input);
  const bytes = input;
  const slug = request.slug ?? slugify(basename(path, extname(path)), 64);
  if (!idSchema.safeParse(slug).success)
    return stop(
      `"${slug}" cannot be a slug (3 to 64 lowercase letters, digits and single hyphens): give one with --slug`,
    );

  const entryPath = join(request.contentDir, 'articles', `${slug}.mdx`);
  const entryShown = displayPath(entryPath, request.cwd);
  const existing = existsSync(entryPath) ? readEntry(entryPath, request.contentDir) : undefined;
  if (existing?.problem)
    return stop(`${entryShown} exists but ${existing.problem}: move it away, or give this file its own --slug`);
  if (existing && !request.merge)
    return stop(
      `${entryShown} exists: re-run with --merge to re-ingest it, keeping the ids, attributes and verdicts of claims whose words still match and the front matter an editor set (the current text is saved beside it), or with --slug to write a new entry`,
    );
  if (existing && !(existing.tree && existing.article.frontmatter)) {
    return stop(`${entryShown} exists and cannot be read (run claimtrail check): fix it before merging`);
  }

  const extension =
    extname(path).toLowerCase() === '.html' || extname(path).toLowerCase() === '.htm' ? '.html' : '.txt';
  const rawPath = join(request.rawDir, `${slug}${extension}`);
  const rawProblem = keptRawProblem(rawPath, bytes, request.cwd);
  if (rawProblem) return stop(rawProblem);

  const registryPath = join(request.contentDir, 'sources.yaml');
  const registryRead = readRegistryFile(registryPath, request.cwd);
  if ('problem' in registryRead) {
    if (registryRead.report) warn(registryRead.report);
    return stop(registryRead.problem);
  }
  const { registry } = registryRead;

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

  const mdx = existing?.tree ? mergeEntry(ingested.draft, existing.tree, existing.ids) : ingested.draft.mdx;
  // The check refuses a larger entry, and the site would build a page for each of its claims.
  const entryBytes = Buffer.byteLength(mdx);
  if (entryBytes > maxEntryBytes)
    return stop(
      `its entry would be ${(entryBytes / 2 ** 20).toFixed(1)} MB with ${ingested.draft.claims.length} claims, over the ${maxEntryBytes / 2 ** 20} MB an entry may hold: ingest the article alone (not a whole site or document dump), or split a long document into one file per article`,
    );
  let written: ReturnType<typeof writeIngested>;
  try {
    written = await withLock(
      request.contentDir,
      () => writeIngested({ request, bytes, rawPath, entryPath, registryPath, mdx, ingested, existing }),
      lockOptions,
    );
  } catch (error) {
    if (error instanceof LockedError) return stop(error.message);
    throw error;
  }
  if (typeof written === 'string') return stop(written);
  const { saved, createdRaw, added } = written;
  for (const claim of ingested.draft.claims) taken.add(claim.id);

  const { draft, stats } = ingested;
  const kept = existing ? draft.claims.filter((claim) => existing.ids.has(claim.id)).length : 0;
  say(`${entryShown}: ${existing ? 'merged' : 'written'} (review: auto) from ${shown}`);
  const { publisher } = ingested;
  say(
    `  publisher: ${publisher.id}${publisher.from === '--publisher' ? ' (as given)' : ` ("${publisher.name}", as the page states it in its ${publisher.from}; check it)`}`,
  );
  say(
    `  claims found: ${draft.claims.length}${existing ? ` (${kept} kept their id)` : ''}${draft.unmarked.length ? `; ${draft.unmarked.length} more not marked (their words are not verbatim in the raw file)` : ''}`,
  );
  say(`  sources added to sources.yaml as drafts: ${added.length ? added.join(', ') : 'none'}`);
  say(
    `  clutter lines removed: ${stats.clutter.length}; repeated paragraphs dropped: ${stats.repeated.length}; fused words repaired: ${stats.repaired.length}`,
  );
  if (saved) say(`  the previous text is saved as ${displayPath(saved, request.cwd)}`);
  if (createdRaw) say(`  created ${displayPath(request.rawDir, request.cwd)}/ for the corpus's raw sources`);
  if (existing) {
    const dropped = [...existing.ids].filter((id) => !draft.claims.some((claim) => claim.id === id));
    if (dropped.length)
      say(
        `  claims no longer found, left out: ${dropped.join(', ')} (a published one must be withdrawn in ${ledgerFileName}; the build will say so)`,
      );
  }
  return existing ? 'merged' : 'written';
}

interface Writes {
  request: IngestRequest;
  bytes: Buffer;
  rawPath: string;
  entryPath: string;
  registryPath: string;
  mdx: string;
  ingested: Ingested;
  existing: Entry | undefined;
}

/**
 * Writes what one ingest made, holding the corpus's lock; returns what it did, or why it wrote
 * nothing. What another command may have changed since it was read is read again here: the entry
 * (another ingest may have written or changed it) and the registry, to which only the sources it
 * still lacks are added. Each file is written atomically, in an order that a rerun after an
 * interruption completes: the raw copy, its record (written whenever missing), the registry, the
 * previous text, the entry last.
 */
function writeIngested({
  request,
  bytes,
  rawPath,
  entryPath,
  registryPath,
  mdx,
  ingested,
  existing,
}: Writes): { saved?: string; createdRaw: boolean; added: string[] } | string {
  const entryShown = displayPath(entryPath, request.cwd);
  const now = existsSync(entryPath) ? readEntry(entryPath, request.contentDir) : undefined;
  if (!existing && now)
    return `${entryShown} was written by another command while this file was ingested: run again with --merge, or with --slug for a new entry`;
  if (existing && now?.text !== existing.text)
    return `${entryShown} changed while it was being merged: run the same command again`;
  const rawProblem = keptRawProblem(rawPath, bytes, request.cwd);
  if (rawProblem) return rawProblem;
  const registry = readRegistryFile(registryPath, request.cwd);
  if ('problem' in registry) return registry.problem;
  const sources = ingested.newSources.filter((source) => !registry.registry.sources.has(source.id));

  const metaPath = rawPath.replace(/\.[a-z]+$/, '.meta.yaml');
  const targets = [
    entryPath,
    ...(existsSync(rawPath) ? [] : [rawPath]),
    ...(existsSync(metaPath) ? [] : [metaPath]),
    ...(sources.length ? [registryPath] : []),
  ];
  // Every file checked before the first is written: a read-only one stops the ingest, not half of it.
  for (const target of targets) {
    const problem = unwritable(target, displayPath(target, request.cwd));
    if (problem) return problem;
  }
  const createdRaw = ensureFolder(request.rawDir);
  ensureFolder(dirname(entryPath));
  if (!existsSync(rawPath)) writeAtomically(rawPath, bytes);
  if (!existsSync(metaPath)) writeAtomically(metaPath, rawRecord(basename(rawPath), ingested, request));
  if (sources.length) addSources(registryPath, registry.text, sources, basename(rawPath));
  let saved: string | undefined;
  if (existing) {
    saved = freeName(`${entryPath}.previous`);
    writeAtomically(saved, existing.text);
  }
  writeAtomically(entryPath, mdx);
  return { saved, createdRaw, added: sources.map((source) => source.id) };
}

/** Why the raw copy kept at `rawPath` stops this ingest: it holds another file, or is not a file at all. */
function keptRawProblem(rawPath: string, bytes: Buffer, cwd: string): string | undefined {
  const stats = statSync(rawPath, { throwIfNoEntry: false });
  if (!stats) return undefined;
  const shown = displayPath(rawPath, cwd);
  if (!stats.isFile()) return `${shown} is in the way and is not a file: move it, or give this one its own --slug`;
  if (stats.size !== bytes.length || !readFileSync(rawPath).equals(bytes))
    return `${shown} already holds a different file, and a raw source is never replaced: give the new one its own --slug`;
  return undefined;
}

interface Entry {
  text: string;
  /** Its syntax tree, when it parses and holds only text and markers. */
  tree: Root | undefined;
  article: ExtractedArticle;
  ids: Set<string>;
  /** Why the entry could not be read at all (a folder, a link out of the corpus, too large). */
  problem?: string;
}

/** An entry of the corpus in `contentDir`, read as the check reads it: a plain file inside the corpus. */
function readEntry(path: string, contentDir: string): Entry {
  const read = readInside(path, [realLocation(contentDir) ?? contentDir], maxEntryBytes);
  const problems = {
    outside: 'is a link that leads out of the corpus',
    missing: 'is gone',
    'not-a-file': 'is not a file',
    unreadable: 'cannot be read',
    'too-large': 'is too large to be an entry',
  };
  const text = read.problem ? '' : read.bytes.toString('utf8');
  const file = new VFile({ path, value: text });
  const tree = parseArticle(file);
  const article: ExtractedArticle = tree
    ? extractArticle(file, tree)
    : {
        frontmatter: undefined,
        frontmatterPlaceOf: () => ({ line: 1, column: 1 }),
        cleanText: '',
        blocks: [],
        claims: [],
        mentions: [],
      };
  const ids = new Set(article.claims.map((claim) => claim.attributes.id));
  return { text, tree, article, ids, problem: read.problem && problems[read.problem] };
}

/** Claim ids used anywhere in the corpus or ever published, which a new claim must not take. */
function takenIds(contentDir: string): Set<string> {
  const ids = new Set<string>();
  const corpus = realLocation(contentDir) ?? contentDir;
  // Entries the check would not read (links out, folders) hold no ids of this corpus.
  for (const name of namesInside(join(contentDir, 'articles'), corpus, '.mdx'))
    for (const id of readEntry(join(contentDir, 'articles', name), contentDir).ids) ids.add(id);
  const ledger = readInside(join(contentDir, ledgerFileName), [corpus], 5 * 1024 * 1024);
  if (!ledger.problem) {
    const claims = (parseYaml(ledger.bytes.toString('utf8')).value as { claims?: unknown } | null | undefined)?.claims;
    if (claims && typeof claims === 'object') for (const id of Object.keys(claims)) ids.add(id);
  }
  return ids;
}

/** Appends draft sources to sources.yaml (its `text` as just read), keeping every comment and entry the editor wrote. */
function addSources(path: string, text: string, sources: Ingested['newSources'], from: string): void {
  const document = parseDocument(text);
  sources.forEach((source, index) => {
    const node = document.createNode(
      Object.fromEntries(Object.entries(source).filter(([, value]) => !(Array.isArray(value) && value.length === 0))),
    );
    if (index === 0)
      node.commentBefore = ` Drafts added by claimtrail ingest from ${from}: check each name, type and description`;
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
      // Where the publisher came from, so an editor can check a name the page gave itself.
      publisher_stated:
        ingested.publisher.from === '--publisher'
          ? null
          : { name: ingested.publisher.name, from: ingested.publisher.from },
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
