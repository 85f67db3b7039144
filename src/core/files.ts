// Files as messages name them, and writing files so a reader never sees half of one.
import { renameSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** A path as a message shows it: relative to `cwd` when it lies inside, absolute otherwise. */
export function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return shown === '' || shown.startsWith('..') ? path : shown;
}

/** The text goes to a partial file beside the target, which is then renamed over it in one step. */
export function writeAtomically(path: string, data: string | Uint8Array): void {
  const partial = `${path}.partial`;
  writeFileSync(partial, data);
  renameSync(partial, path);
}
