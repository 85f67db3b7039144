// The site's one view of the corpus: the core's claim graph and the site's settings, computed once per build,
// and again after each edit in `astro dev` (dev-reload.ts).
import { buildDay, contentDir, publicPrefix } from '../core/content/config.ts';
import { loadSiteOrThrow, type SiteContent } from '../core/content/corpus.ts';
import { CorpusError } from '../core/diagnostics.ts';
import { publishedOn } from '../core/publish/ledger.ts';
import type { EditorialSlug } from '../core/content/editorial.ts';
import type { ClaimGraph, Retired, SiteSettings } from '../core/schema.ts';
import { isAbsoluteUrl } from '../core/publish/urls.ts';
import { shownInDevServer } from './dev-errors.ts';
import { isDevServer } from './dev-server.ts';

export const corpusDir = contentDir(process.cwd());
/** What permanent URLs start with: the base path, after the site's origin when it is known. */
export const urlPrefix = publicPrefix();
/** Whether the build knows the site's host: only then are there canonical URLs and a sitemap. */
export const knowsHost = isAbsoluteUrl(urlPrefix);

/** The corpus as last read, or the problems that kept it from loading (kept only in `astro dev`). */
interface LoadedCorpus {
  content?: SiteContent;
  problems?: Error;
}
// One per process, not per module instance: in `astro dev` the content layer and the pages import
// this module in two Vite environments, and an edit must reach both (dev-reload.ts).
const cacheKey = Symbol.for('claimtrail.loaded-corpus');
const cache: LoadedCorpus = ((globalThis as { [cacheKey]?: LoadedCorpus })[cacheKey] ??= {});

function load(): SiteContent {
  if (cache.problems) throw cache.problems;
  // What the ledger does not hold yet is published by this build, on the day `claimtrail build`
  // records for it once the site has built (config.ts, buildDay): pages show that day already.
  if (!cache.content) {
    try {
      cache.content = shownOn(loadSiteOrThrow(corpusDir, { base: urlPrefix }), buildDay());
    } catch (error) {
      if (!isDevServer() || !(error instanceof CorpusError)) throw error;
      cache.problems = shownInDevServer(error);
      throw cache.problems;
    }
  }
  return cache.content;
}

/** The corpus as the pages show it: what the ledger does not hold yet is dated `day`. */
function shownOn(content: SiteContent, day: string): SiteContent {
  return { ...content, graph: publishedOn(content.graph, day) };
}

/**
 * Hands the site build the corpus `claimtrail build` has just checked (loaded with this build's base
 * and published on `day`), so the pages read it rather than loading and matching it a second time.
 * The build runs in the same process; forgetCorpus() once it is over.
 */
export function seedCorpus(content: SiteContent, day: string): void {
  cache.content = shownOn(content, day);
  cache.problems = undefined;
}

/** Forgets the corpus read so far: the next page or collection that asks reads it again (dev-reload.ts). */
export function forgetCorpus(): void {
  cache.content = undefined;
  cache.problems = undefined;
}

export function claimGraph(): ClaimGraph {
  return load().graph;
}

/**
 * The pages a permanent route (articles/<slug>, claims/<id>) keeps for its retired entries of `type`:
 * each withdrawn or merged entry's tombstone or pointer, at the address it had, named by `param`.
 */
export function retiredPaths<Param extends string>(type: Retired['type'], param: Param) {
  return claimGraph()
    .retired.filter((entry) => entry.type === type)
    .map((entry) => ({ params: { [param]: entry.id } as Record<Param, string>, props: { retired: entry } }));
}

/** The corpus's site.yaml, or the defaults of a site without one (core/content/site.ts). */
export function siteSettings(): SiteSettings {
  return load().site;
}

/** The editorial pages the corpus writes itself; the built-in text stands in for the others. */
export function ownPages(): EditorialSlug[] {
  return load().pages;
}

/** Each article's source text by slug: what its claims' anchors count in, published under data/sources/. */
export const sourceTexts = (): ReadonlyMap<string, string> => load().texts;
