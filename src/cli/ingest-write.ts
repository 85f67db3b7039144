// What `claimtrail ingest` writes for one file, under the corpus's lock: the raw copy and its record, new
// sources added to sources.yaml, the previous text of a merged entry, the entry last; each atomically.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { displayPath, ensureFolder, unwritable, writeAtomically } from '../core/content/files.ts';
import type { Ingested } from '../core/ingest/ingest.ts';
import type { IngestRequest } from './ingest.ts';
import { readEntry, type Entry } from './ingest-entry.ts';
import { readRegistryFile } from './ingest-input.ts';

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
export function writeIngested({
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
    return (
      `${entryShown} was written by another command while this file was ingested: ` +
      'run again with --merge, or with --slug for a new entry'
    );
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
export function keptRawProblem(rawPath: string, bytes: Buffer, cwd: string): string | undefined {
  const stats = statSync(rawPath, { throwIfNoEntry: false });
  if (!stats) return undefined;
  const shown = displayPath(rawPath, cwd);
  if (!stats.isFile()) return `${shown} is in the way and is not a file: move it, or give this one its own --slug`;
  if (stats.size !== bytes.length || !readFileSync(rawPath).equals(bytes))
    return (
      `${shown} already holds a different file, and a raw source is never replaced: ` +
      'give the new one its own --slug'
    );
  return undefined;
}

/**
 * Appends draft sources to sources.yaml (its `text` as just read), keeping every comment and entry the
 * editor wrote.
 */
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
      notes:
        `Ingested by claimtrail ingest: ${ingested.stats.clutter.length} clutter lines removed, ` +
        `${ingested.stats.repeated.length} repeated paragraphs dropped. Metadata not in ` +
        'given_on_command_line is as the file states it; null where it states nothing.',
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
