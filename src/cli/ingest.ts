// `claimtrail ingest <file...>`: each raw article becomes a draft entry for an editor to review. The
// raw file is copied into the project's raw sources (with a record of what it states), new sources go
// to sources.yaml as drafts, and the entry is written to articles/<slug>.mdx. Nothing is overwritten:
// an existing entry is refused, or with --merge re-ingested keeping what the editor did (claim ids,
// their attributes and verdicts, the front matter they set), the previous text saved beside it.
// Writes happen under the corpus's lock, each file atomically, the entry last: a second ingest waits
// rather than lose the first's sources, and an interrupted one, run again, completes what it began.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { report } from '../core/diagnostics.ts';
import { displayPath, LockedError, withLock, WriteError, type LockOptions } from '../core/content/files.ts';
import { slugify } from '../core/content/ids.ts';
import { ingest } from '../core/ingest/ingest.ts';
import { mergeEntry } from '../core/ingest/merge.ts';
import { maxEntryBytes } from '../core/ingest/read.ts';
import { ledgerFileName } from '../core/publish/ledger.ts';
import { idSchema } from '../core/schema.ts';
import { readEntry, takenIds } from './ingest-entry.ts';
import { explainOne } from './ingest-explain.ts';
import { readInput, readRegistryFile } from './ingest-input.ts';
import { keptRawProblem, writeIngested } from './ingest-write.ts';

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
      `claimtrail ingest: there is no corpus folder ${corpusShown}: ` +
        `create it (mkdir ${corpusShown}) to start a corpus there, or check the --content path`,
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
      `${entryShown} exists: re-run with --merge to re-ingest it, keeping the ids, attributes and verdicts ` +
        'of claims whose words still match and the front matter an editor set (the current text is saved ' +
        'beside it), or with --slug to write a new entry',
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
      `its entry would be ${(entryBytes / 2 ** 20).toFixed(1)} MB with ${ingested.draft.claims.length} claims, ` +
        `over the ${maxEntryBytes / 2 ** 20} MB an entry may hold: ingest the article alone (not a whole site ` +
        'or document dump), or split a long document into one file per article',
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
    `  publisher: ${publisher.id}` +
      (publisher.from === '--publisher'
        ? ' (as given)'
        : ` ("${publisher.name}", as the page states it in its ${publisher.from}; check it)`),
  );
  say(
    `  claims found: ${draft.claims.length}${existing ? ` (${kept} kept their id)` : ''}` +
      (draft.unmarked.length
        ? `; ${draft.unmarked.length} more not marked (their words are not verbatim in the raw file)`
        : ''),
  );
  say(`  sources added to sources.yaml as drafts: ${added.length ? added.join(', ') : 'none'}`);
  say(
    `  clutter lines removed: ${stats.clutter.length}; repeated paragraphs dropped: ${stats.repeated.length}; ` +
      `fused words repaired: ${stats.repaired.length}`,
  );
  if (saved) say(`  the previous text is saved as ${displayPath(saved, request.cwd)}`);
  if (createdRaw) say(`  created ${displayPath(request.rawDir, request.cwd)}/ for the corpus's raw sources`);
  if (existing) {
    const dropped = [...existing.ids].filter((id) => !draft.claims.some((claim) => claim.id === id));
    if (dropped.length)
      say(
        `  claims no longer found, left out: ${dropped.join(', ')} ` +
          `(a published one must be withdrawn in ${ledgerFileName}; the build will say so)`,
      );
  }
  return existing ? 'merged' : 'written';
}
