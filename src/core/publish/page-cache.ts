// The page cache of `claimtrail build`: each page rendered from a slice (page-slices.ts) is kept under the
// hash of everything it was rendered from (the build's fingerprint: code, settings, day; its route; its
// slice), and a later build copies it instead of rendering it again when that hash is the same. A hash
// that covers every input cannot serve a stale page; anything it cannot see (a hand edit inside
// node_modules) is what `claimtrail build --force` is for, which starts the cache afresh.
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Raised when the format of cached pages or of their keys changes, so older caches are not read. */
const cacheFormat = 'claimtrail-page-cache-2';

/**
 * The hash of what every page of a build shares: the site's code, the packages installed (npm's record
 * of them) and the Node that runs it (its dates and numbers come from its ICU), by path and content;
 * the site's settings and the build's day. Any change to them renders every page again.
 */
export function buildFingerprint(files: Iterable<readonly [string, string | Uint8Array]>, settings: unknown): string {
  const hash = createHash('sha256').update(cacheFormat).update('\0').update(JSON.stringify(settings));
  for (const [path, content] of files) hash.update('\0').update(path).update('\0').update(content);
  return hash.digest('hex');
}

const sha256Of = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

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
  /** The routes whose page is in the cache, by the cached file's name: not rendered, copied after the build. */
  reused: Map<string, string>;
}

/**
 * `to` made the same file as `from`: a second name for it (a hard link: no copy, and never half a file),
 * or, across file systems, a copy written under a name of its own and renamed into place. A page in the
 * site changed in place after the build changes its cached file too, which the next plan sees (its bytes
 * no longer hash as its name says) and renders again; Astro itself removes a site's files, never rewrites them.
 */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    const partial = join(dirname(to), `.${randomBytes(6).toString('hex')}.partial`);
    try {
      copyFileSync(from, partial);
      renameSync(partial, to);
    } finally {
      rmSync(partial, { force: true });
    }
  }
}

/** A cached page's file: its key, then the hash of its bytes, so a damaged or half-written file is never used. */
const cachedName = (key: string, bytes: Uint8Array) => `${key}-${sha256Of(bytes)}.html`;

/**
 * Which pages the cache in `cacheDir` holds intact, of `pages` keyed as `keys`: a file whose bytes no
 * longer hash as its name says (cut short by a crash, changed by hand) is not reused, and its page is
 * rendered again.
 */
export function planPages(cacheDir: string, keys: Map<string, string>): PagePlan {
  const held = new Map<string, string>();
  for (const name of existsSync(cacheDir) ? readdirSync(cacheDir) : [])
    held.set(name.slice(0, name.lastIndexOf('-')), name);
  const reused = new Map<string, string>();
  for (const [route, key] of keys) {
    const name = held.get(key);
    if (name && cachedName(key, readFileSync(join(cacheDir, name))) === name) reused.set(route, name);
  }
  return { keys, reused };
}

/**
 * After a build into `outDir`: copies the reused pages into it, then keeps the pages it rendered and
 * drops every cached page this build did not use, so the cache holds one build's pages. The site is
 * whole before the cache is written; a page that cannot be kept (a full disk) is only rendered again by
 * the next build. Returns how many pages could not be kept, with the first reason.
 */
export function settlePages(cacheDir: string, outDir: string, plan: PagePlan): { notKept: number; reason?: string } {
  const folders = new Set<string>();
  for (const [route, name] of plan.reused) {
    const page = join(outDir, route);
    if (!folders.has(dirname(page))) mkdirSync(dirname(page), { recursive: true });
    folders.add(dirname(page));
    linkOrCopy(join(cacheDir, name), page);
  }
  mkdirSync(cacheDir, { recursive: true });
  const kept = new Set(plan.reused.values());
  let notKept = 0;
  let reason: string | undefined;
  for (const [route, key] of plan.keys) {
    if (plan.reused.has(route)) continue;
    try {
      const page = join(outDir, route);
      const name = cachedName(key, readFileSync(page));
      if (!existsSync(join(cacheDir, name))) linkOrCopy(page, join(cacheDir, name));
      kept.add(name);
    } catch (error) {
      notKept++;
      reason ??= error instanceof Error ? error.message : String(error);
    }
  }
  for (const name of readdirSync(cacheDir)) if (!kept.has(name)) rmSync(join(cacheDir, name), { force: true });
  return { notKept, reason };
}
