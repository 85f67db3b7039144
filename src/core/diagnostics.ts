// Problems are vfile messages: each names its file, line and column, and a report lists them all.
import type { VFile } from 'vfile';
import type { z } from 'zod';
import { reporter } from 'vfile-reporter';

export interface Point {
  line: number;
  column: number;
}

/** Records an error on `file` at `place` (start of file when unknown). */
export function fail(file: VFile, reason: string, place: Point | undefined, ruleId: string): void {
  const message = file.message(printable(reason), {
    place: place ?? { line: 1, column: 1 },
    ruleId,
    source: 'claimtrail',
  });
  message.fatal = true;
}

/**
 * Control and bidirectional-override characters quoted from content shown as escapes: a message is
 * printed to a terminal or a CI log, where they could rewrite or reorder what the reader sees.
 */
export function printable(reason: string): string {
  return reason.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what this finds
    /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** At most `length` code points of `text` for a message, marked when cut: content is quoted, never dumped. */
export function excerpt(text: string, length = 80): string {
  const chars = Array.from(text.slice(0, length * 2 + 2));
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : text;
}

export function hasErrors(files: VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal));
}

/** Human-readable report of every message, grouped by file. */
export function report(files: VFile[]): string {
  return reporter(
    files.filter((file) => file.messages.length > 0),
    { quiet: true },
  );
}

/** Turns each zod issue into an error at the place `placeOf` finds for its path. */
export function failZodIssues(
  file: VFile,
  error: z.ZodError,
  placeOf: (path: PropertyKey[]) => Point | undefined,
  ruleId: string,
  subject: string,
): void {
  for (const issue of error.issues) {
    const field = issue.path.length ? `${subject} ${issue.path.join('.')}` : subject;
    const unknown = issue.code === 'unrecognized_keys';
    const reason = unknown ? `${field}: unknown field ${issue.keys.join(', ')}` : `${field}: ${issue.message}`;
    // An unknown field is shown where it was written, not where the map around it starts.
    fail(file, reason, placeOf(unknown ? [...issue.path, issue.keys[0]!] : issue.path), ruleId);
  }
}

export class CorpusError extends Error {
  readonly files: VFile[];
  constructor(files: VFile[]) {
    super(`The content has errors:\n${report(files)}`);
    this.name = 'CorpusError';
    this.files = files;
  }
}

/** A problem as data, for a caller that shows it rather than prints it (the dev server's review tool). */
export interface Problem {
  /** The file as the message names it. */
  file: string;
  line: number;
  column: number;
  /** What is wrong and what to do, as the check says it. */
  message: string;
  /** The check's name for the rule (`claim-marker`, `unknown-source`…). */
  rule: string;
}

/** The errors recorded on `files`, as data. */
export function problemsIn(files: VFile[]): Problem[] {
  return files.flatMap((file) =>
    file.messages
      .filter((message) => message.fatal)
      .map((message) => ({
        file: file.path,
        line: message.line ?? 1,
        column: message.column ?? 1,
        message: message.reason,
        rule: message.ruleId ?? 'claimtrail',
      })),
  );
}
