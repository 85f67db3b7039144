// What `claimtrail ingest` reads before it ingests: the raw file (a plain file of bounded size, read
// once) and the corpus's sources.yaml, each with the reason it cannot be used when it cannot.
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { VFile } from 'vfile';
import { report } from '../core/diagnostics.ts';
import { displayPath } from '../core/content/files.ts';
import { maxRawBytes } from '../core/ingest/read.ts';
import { readRegistry } from '../core/content/registry.ts';

/**
 * The raw file to ingest, or why it cannot be: only a plain file of at most maxRawBytes is read (a
 * folder, a device such as /dev/zero or a pipe is refused by its type before it is read).
 */
export function readInput(path: string): Buffer | string {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return 'no such file';
  if (stats.isDirectory()) return 'is a folder: name the files in it (for example raw/*.html)';
  if (!stats.isFile())
    return 'is not a plain file (a device, a pipe or a socket): save the article to a file and ingest that';
  if (stats.size > maxRawBytes)
    return (
      `the file is ${(stats.size / 2 ** 20).toFixed(1)} MB; ` +
      `an article file is at most ${maxRawBytes / 2 ** 20} MB: is this the right file?`
    );
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return `cannot be read (${reason}): check its permissions`;
  }
  try {
    // Checked again on the open file, which may have been swapped since.
    const size = fstatSync(fd).size;
    if (!fstatSync(fd).isFile() || size > maxRawBytes) return 'changed while it was read: run again';
    const buffer = Buffer.alloc(size);
    let length = 0;
    for (let read = -1; read !== 0 && length < size; length += read)
      read = readSync(fd, buffer, length, size - length, null);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** sources.yaml as text and as a registry ("[]" when there is none yet), or why it cannot be used. */
export function readRegistryFile(
  path: string,
  cwd: string,
): { text: string; registry: ReturnType<typeof readRegistry> } | { problem: string; report?: string } {
  const shown = displayPath(path, cwd);
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats && !stats.isFile()) return { problem: `${shown} is not a file: it should be the corpus's source registry` };
  let text = '[]\n';
  if (stats)
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      return {
        problem: `${shown} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      };
    }
  const file = new VFile({ path: shown, value: text });
  const registry = readRegistry(file);
  if (file.messages.length) return { problem: `${shown} has errors: fix them first`, report: report([file]) };
  return { text, registry };
}
