// Files as messages name them, reading only files that stay where they belong, and writing files so a
// reader never sees half of one.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

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

/**
 * Where `path` really leads, every link followed. For a path that does not exist, the real place of
 * its nearest existing folder plus the rest, so that whether a file exists never decides if it counts
 * as inside; undefined for a link that leads nowhere (dangling or circular).
 */
export function realLocation(path: string): string | undefined {
  let existing = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(existing), ...rest);
    } catch {
      if (exists(existing)) return undefined; // the entry is there, yet cannot be resolved: a broken link
      const parent = dirname(existing);
      if (parent === existing) return resolve(path);
      rest.unshift(basename(existing));
      existing = parent;
    }
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Whether `path` lies below `folder` (both absolute). */
function isInside(path: string, folder: string): boolean {
  const below = relative(folder, path);
  return below !== '' && !below.startsWith('..') && !isAbsolute(below);
}

export type FileRead =
  | { bytes: Buffer; problem?: undefined }
  | { problem: 'outside' | 'missing' | 'not-a-file' | 'unreadable' }
  | { problem: 'too-large'; size: number };

/**
 * Reads a file only when it really lies below one of `folders` (given as real paths: links inside are
 * followed, so none can lead out), is a plain file (not a folder, device, pipe or socket, which never
 * end or never answer) and holds at most `maxBytes`. Nothing about a file outside is looked at beyond
 * where its path leads, so no answer tells whether it exists.
 */
export function readInside(path: string, folders: string[], maxBytes: number): FileRead {
  const real = realLocation(path);
  if (real === undefined || !folders.some((folder) => isInside(real, folder))) return { problem: 'outside' };
  let fd: number;
  try {
    // Its type before opening it: opening a device can act on it.
    if (!statSync(real).isFile()) return { problem: 'not-a-file' };
    // No link followed and no wait: the path may have been swapped for a link or a pipe since.
    fd = openSync(real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable' };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { problem: 'not-a-file' };
    if (stats.size > maxBytes) return { problem: 'too-large', size: stats.size };
    const buffer = Buffer.alloc(stats.size);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return { bytes: buffer.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

/** The names in folder `path` ending with `extension`, when it is a folder really inside `within`; else none. */
export function namesInside(path: string, within: string, extension: string): string[] {
  const real = realLocation(path);
  if (real === undefined || !isInside(real, within)) return [];
  try {
    return readdirSync(real).filter((name) => name.endsWith(extension)).sort();
  } catch {
    return []; // missing, or not a folder
  }
}
