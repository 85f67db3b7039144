// The site's one view of the corpus: the core's claim graph and the site's settings, computed once per build.
import { buildDay, contentDir, publicPrefix } from '../core/content/config.ts';
import { loadSiteOrThrow, type SiteContent } from '../core/content/corpus.ts';
import { publishedOn } from '../core/publish/ledger.ts';
import type { EditorialSlug } from '../core/content/editorial.ts';
import type { ClaimGraph, Retired, SiteSettings } from '../core/schema.ts';
import { isAbsoluteUrl } from '../core/publish/urls.ts';

export const corpusDir = contentDir(process.cwd());
/** What permanent URLs start with: the base path, after the site's origin when it is known. */
export const urlPrefix = publicPrefix();
/** Whether the build knows the site's host: only then are there canonical URLs and a sitemap. */
export const knowsHost = isAbsoluteUrl(urlPrefix);
let loaded: SiteContent | undefined;

function load() {
  // What the ledger does not hold yet is published by this build, on the day `claimtrail build`
  // records for it once the site has built (config.ts, buildDay): pages show that day already.
  if (!loaded) {
    const content = loadSiteOrThrow(corpusDir, { base: urlPrefix });
    loaded = { ...content, graph: publishedOn(content.graph, buildDay()) };
  }
  return loaded;
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
