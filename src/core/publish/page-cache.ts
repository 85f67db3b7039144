// The page cache of `claimtrail build`: each page rendered from a slice (page-slices.ts) is kept under the
// hash of everything it was rendered from (the build's fingerprint: code, settings, day; its route; its
// slice), and a later build copies it instead of rendering it again when that hash is the same. A hash
// that covers every input cannot serve a stale page; anything not covered (a hand edit of
// node_modules) is what `claimtrail build --force` is for, which starts the cache afresh.
import { createHash, randomBytes } from 'node:crypto';
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Raised when the format of cached pages or of their keys changes, so older caches are not read. */
const cacheFormat = 'claimtrail-page-cache-1';

/**
 * The hash of what every page of a build shares: the site's code and installed packages (the files, by
 * path and content), its settings and the build's day. Any change to them renders every page again.
 */
export function buildFingerprint(files: Iterable<readonly [string, string | Uint8Array]>, settings: unknown): string {
  const hash = createHash('sha256').update(cacheFormat).update('\0').update(JSON.stringify(settings));
  for (const [path, content] of files) hash.update('\0').update(path).update('\0').update(content);
  return hash.digest('hex');
}

const sha256Of = (data: string) => createHash('sha256').update(data).digest('hex');

/**
 * Each page's key: the hash of the fingerprint, its route and its props (maps as their entries, in their
 * order). Each of `records` (the corpus's claims, articles, sources and links) is hashed once and stands
 * in the props by its hash: a record is in the slices of many pages, and an article carries its whole text.
 */
export function pageKeys(
  fingerprint: string,
  pages: readonly { route: string; props: unknown }[],
  records: Iterable<object>,
): Map<string, string> {
  const recordHashes = new Map<unknown, string>();
  for (const record of records) recordHashes.set(record, `#${sha256Of(JSON.stringify(record))}`);
  const replacer = (_key: string, value: unknown) =>
    recordHashes.get(value) ?? (value instanceof Map ? [...value] : value);
  return new Map(
    pages.map((page) => [
      page.route,
      sha256Of(`${fingerprint}\0${page.route}\0${JSON.stringify(page.props, replacer)}`),
    ]),
  );
}

export interface PagePlan {
  /** Each sliced page's key, by route. */
  keys: Map<string, string>;
  /** The routes whose page is in the cache: not rendered, copied after the build. */
  reused: Set<string>;
}

/** Which pages the cache in `cacheDir` already holds, of `pages` keyed as `keys`. */
export function planPages(cacheDir: string, keys: Map<string, string>): PagePlan {
  const held = new Set(existsSync(cacheDir) ? readdirSync(cacheDir) : []);
  const reused = new Set([...keys].filter(([, key]) => held.has(`${key}.html`)).map(([route]) => route));
  return { keys, reused };
}

/**
 * After a build into `outDir`: copies the reused pages into it, keeps the pages it rendered, and drops
 * every cached page this build did not use, so the cache holds one build's pages. Each file is written
 * under a name of its own and renamed into place, so no reader sees half a page.
 */
export function settlePages(cacheDir: string, outDir: string, plan: PagePlan): void {
  mkdirSync(cacheDir, { recursive: true });
  // Into the cache under a name of its own, renamed into place: a page cached half-written would be
  // served by a later build. The site's folder is the build's output, written as Astro writes it.
  const keep = (page: string, cached: string) => {
    const partial = join(cacheDir, `.${randomBytes(6).toString('hex')}.partial`);
    copyFileSync(page, partial);
    renameSync(partial, cached);
  };
  const folders = new Set<string>();
  for (const [route, key] of plan.keys) {
    const page = join(outDir, route);
    if (plan.reused.has(route)) {
      const folder = dirname(page);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      copyFileSync(join(cacheDir, `${key}.html`), page, constants.COPYFILE_FICLONE);
    } else keep(page, join(cacheDir, `${key}.html`));
  }
  const kept = new Set([...plan.keys.values()].map((key) => `${key}.html`));
  for (const name of readdirSync(cacheDir)) if (!kept.has(name)) rmSync(join(cacheDir, name), { force: true });
}
