// A review written to its entry, as a hand edit would be: under the corpus's lock, only over the text the
// editor saw, and only when the corpus passes the check with the edit made. The ledger is never written.
import { createHash } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import { loadCorpus } from '../content/corpus.ts';
import {
  displayPath,
  readInside,
  realLocation,
  unreadable,
  withLock,
  writeAtomically,
  WriteError,
  type LockOptions,
} from '../content/files.ts';
import { excerpt, problemsIn, type Problem } from '../diagnostics.ts';
import { maxEntryBytes } from '../ingest/read.ts';
import { applyReview } from './edit.ts';
import type { ReviewAction } from '../schema.ts';

/** The hash of a text's UTF-8 bytes: what an entry is known by between loading a page and saving a review. */
export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface ReviewRequest {
  /** The corpus folder. */
  contentDir: string;
  /** The entry's file name in contentDir/articles (`<slug>.mdx`). */
  entry: string;
  /** sha256Of the entry's text when the editor's page loaded it. */
  expectedSha256: string;
  action: ReviewAction;
  /** Directory messages name files relative to (the current directory by default). */
  cwd?: string;
  /** How long to wait for another command writing to the corpus. */
  lock?: LockOptions;
}

export type ReviewOutcome =
  /** `written`: false when the entry already said what the action asks: nothing was written. */
  | { ok: true; sha256: string; written: boolean }
  | { ok: false; reason: 'changed-on-disk' | 'invalid' | 'unwritable'; message: string; problems?: Problem[] };

/**
 * Applies a review to an entry on disk: refused, leaving the file as it is, when the file changed since
 * the page loaded, when the edit or the corpus with it does not pass the check, or when it cannot be
 * written; else written in one step, and the entry's new hash returned.
 */
export async function reviewEntry(request: ReviewRequest): Promise<ReviewOutcome> {
  const { contentDir, entry, cwd = process.cwd() } = request;
  if (basename(entry) !== entry || !entry.endsWith('.mdx'))
    return {
      ok: false,
      reason: 'invalid',
      message: `"${excerpt(entry)}" is not an entry: give the file name of an article, <slug>.mdx`,
    };
  const root = resolve(contentDir);
  const path = join(root, 'articles', entry);
  try {
    return await withLock(root, () => reviewLocked(request, root, path, displayPath(path, cwd)), request.lock);
  } catch (error) {
    if (error instanceof WriteError) return { ok: false, reason: 'unwritable', message: error.message };
    throw error;
  }
}

function reviewLocked(request: ReviewRequest, root: string, path: string, shown: string): ReviewOutcome {
  const readEntry = () => readInside(path, [realLocation(root) ?? root], maxEntryBytes);
  const unchanged = (entry: ReturnType<typeof readEntry>) =>
    !entry.problem && sha256Of(entry.bytes.toString('utf8')) === request.expectedSha256;
  const read = readEntry();
  if (read.problem === 'missing') return changedOnDisk(`${shown} is gone from disk since the page loaded`);
  if (read.problem)
    return {
      ok: false,
      reason: 'invalid',
      message: `${shown}: ${unreadable(read, 'the entry', maxEntryBytes, 'it is a link that leads out of the corpus')}`,
    };
  if (!unchanged(read)) return changedOnDisk(`${shown} changed on disk since the page loaded`);
  const text = read.bytes.toString('utf8');
  const edit = applyReview(shown, text, request.action);
  if (!edit.ok) return invalid(shown, edit.problems);
  if (edit.text === text) return { ok: true, sha256: request.expectedSha256, written: false };
  const loaded = loadCorpus(root, { cwd: request.cwd, replacing: new Map([[path, edit.text]]) });
  if (!loaded.graph) return invalid(shown, problemsIn(loaded.files));
  // The lock keeps out other commands, not an editor's save: the check above takes seconds on a big
  // corpus, so the file is read again just before it is replaced.
  if (!unchanged(readEntry())) return changedOnDisk(`${shown} changed on disk while the review was checked`);
  writeAtomically(path, edit.text);
  return { ok: true, sha256: sha256Of(edit.text), written: true };
}

function changedOnDisk(what: string): ReviewOutcome {
  return {
    ok: false,
    reason: 'changed-on-disk',
    message: `${what}; reload the page to see the current text, then review again`,
  };
}

function invalid(shown: string, problems: Problem[]): ReviewOutcome {
  const lines = problems.map((problem) => `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`);
  return {
    ok: false,
    reason: 'invalid',
    message: `${shown} is left as it was: with this review the check would refuse it:\n${lines.join('\n')}`,
    problems,
  };
}
