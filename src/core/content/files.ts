// Files as messages name them, reading only files that stay where they belong, and writing files so a
// reader never sees half of one, no writer loses another's change, and a file keeps its mode and links.
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** A path as a message shows it: relative to `cwd` when it lies inside, absolute otherwise. */
export function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return shown === '' || shown.startsWith('..') ? path : shown;
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

/** Why a file was not read; of a file outside, `outside` says all there is to say. */
export function unreadable(
  read: Exclude<FileRead, { bytes: Buffer }>,
  what: string,
  maxBytes: number,
  outside: string,
): string {
  switch (read.problem) {
    case 'outside':
      return outside;
    case 'not-a-file':
      return `${what} is not a plain file (a folder, device, pipe or socket): a corpus holds text files only`;
    case 'too-large':
      return (
        `${what} is ${megabytes(read.size)} MB, over the ${megabytes(maxBytes)} MB a corpus file may hold: ` +
        'is it the right file?'
      );
    default:
      return `${what} cannot be read: check its permissions`;
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** The names in folder `path` ending with `extension`, when it is a folder really inside `within`; else none. */
export function namesInside(path: string, within: string, extension: string): string[] {
  const real = realLocation(path);
  if (real === undefined || !isInside(real, within)) return [];
  try {
    return readdirSync(real)
      .filter((name) => name.endsWith(extension))
      .sort();
  } catch {
    return []; // missing, or not a folder
  }
}

/** A file that cannot be written as asked; the message names it and says what to do. */
export class WriteError extends Error {
  override name = 'WriteError';
}

/** Where a write to `path` lands: the file a link leads to (the link stays a link), else `path` itself. */
function writeTarget(path: string, shown = path): string {
  let link: boolean;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch {
    return path; // nothing there yet
  }
  if (!link) return path;
  try {
    return realpathSync(path);
  } catch {
    throw new WriteError(`${shown} is a link that leads nowhere: point it at the file it stands for, or remove it`);
  }
}

/**
 * Why `path` (named `shown` in the message) must not be written, or undefined when it may: a folder
 * or device is not a file, and a file without write permission (even for root, who could write it
 * anyway) was made read-only by someone on purpose.
 */
export function unwritable(path: string, shown = path): string | undefined {
  let target: string;
  try {
    target = writeTarget(path, shown);
  } catch (error) {
    return (error as Error).message;
  }
  let stats;
  try {
    stats = statSync(target);
  } catch {
    return undefined; // a new file
  }
  if (!stats.isFile()) return `${shown} is not a file: move it away, or choose another name`;
  let permitted = (stats.mode & 0o222) !== 0;
  if (permitted)
    try {
      accessSync(target, constants.W_OK);
    } catch {
      permitted = false;
    }
  return permitted
    ? undefined
    : `${shown} is read-only: make it writable (chmod u+w ${shown}) if claimtrail may change it`;
}

/**
 * Writes the data to a new file beside the target, then renames it over the target in one step, so
 * a reader (or a crash) never sees half a file. A link is written through (its target changes, the
 * link stays); an existing file keeps its mode, and its owner where permitted; a read-only one is
 * refused. Throws a WriteError saying what to do.
 */
export function writeAtomically(path: string, data: string | Uint8Array): void {
  const problem = unwritable(path);
  if (problem) throw new WriteError(problem);
  const target = writeTarget(path);
  const existing = statSync(target, { throwIfNoEntry: false });
  // A name of its own: two writers of one file never share a partial file.
  const partial = join(
    dirname(target),
    `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`,
  );
  try {
    const fd = openSync(partial, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    try {
      writeFileSync(fd, data);
      if (existing) {
        fchmodSync(fd, existing.mode & 0o7777); // the mode exactly, whatever the umask
        try {
          fchownSync(fd, existing.uid, existing.gid);
        } catch {
          // Only root may give a file away: others keep their own files' owner anyway.
        }
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw asWriteError(error, path);
  }
}

/** Creates folder `path` and its parents when missing; true when it had to. */
export function ensureFolder(path: string): boolean {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) return false;
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    throw asWriteError(error, path);
  }
  return true;
}

/** A file system error as one line that names the file and what to do. */
export function asWriteError(error: unknown, path: string): WriteError {
  if (error instanceof WriteError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new WriteError(`cannot write ${path}: ${(code && systemErrorReasons[code]) ?? (error as Error).message}`);
}

/** What a system error on writing means, and what to do, by its code. */
export const systemErrorReasons: Readonly<Record<string, string>> = {
  EACCES: 'permission denied: check who owns it and its folder',
  EPERM: 'not permitted: check who owns it and its folder',
  ENOSPC: 'the disk is full: free some space and run this again',
  EDQUOT: 'the disk quota is used up: free some space and run this again',
  EROFS: 'the file system is read-only',
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'a part of its path is a file, not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'something else is in the way',
};

/** Another command holds the corpus's lock, and did not let go in time. */
export class LockedError extends WriteError {
  override name = 'LockedError';
}

/** The lock a corpus is written under, in the corpus folder: registry and ledger updates hold it. */
export const lockName = '.claimtrail.lock';

export interface LockOptions {
  /** How long to wait for another writer before refusing, in milliseconds (30 s). */
  waitMs?: number;
}

/**
 * Runs `write` while holding the corpus's lock (a folder `.claimtrail.lock`, proper-lockfile), so two
 * commands never read, change and write the same file at once and lose one's change. Waits for a
 * holder for at most `waitMs`, then refuses, naming the lock. A holder that died leaves a lock that
 * counts as stale after 30 s. `write` should be short: the lock is kept fresh only between tasks.
 */
export async function withLock<T>(
  folder: string,
  write: () => T | Promise<T>,
  { waitMs = 30_000 }: LockOptions = {},
): Promise<T> {
  const lockPath = join(realLocation(folder) ?? resolve(folder), lockName);
  const interval = 200;
  let compromised: Error | undefined;
  let release: () => Promise<void>;
  try {
    // Loaded here: only commands that write need it, not the check or the site build.
    const { lock } = await import('proper-lockfile');
    release = await lock(folder, {
      realpath: false,
      lockfilePath: lockPath,
      stale: 30_000,
      retries: { retries: Math.ceil(waitMs / interval), factor: 1, minTimeout: interval, maxTimeout: interval },
      onCompromised: (error) => {
        compromised = error;
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED')
      throw new LockedError(
        `${lockPath} is held by another claimtrail command writing to this corpus ` +
          `(waited ${Math.round(waitMs / 1000)} s): run this again once it has finished; if none is ` +
          `running, remove ${lockPath}`,
      );
    throw asWriteError(error, lockPath);
  }
  // The write's own error wins unless the lock was lost: then what was written cannot be trusted.
  const outcome = await Promise.resolve()
    .then(write)
    .then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
  await release().catch(() => {});
  if (compromised)
    throw new WriteError(
      `${lockPath} was taken over by another command while this one wrote: check what both wrote ` +
        `(${compromised.message})`,
    );
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}
