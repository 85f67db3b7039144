// The site's one view of the corpus: the core's claim graph, computed once per build.
import { buildDay, contentDir, publicPrefix } from '../core/config.ts';
import { loadCorpusAndTexts } from '../core/corpus.ts';
import { publishedOn } from '../core/ledger.ts';
import type { ClaimGraph } from '../core/schema.ts';
import { isAbsoluteUrl } from '../core/urls.ts';

export const corpusDir = contentDir(process.cwd());
/** What permanent URLs start with: the base path, after the site's origin when it is known. */
export const urlPrefix = publicPrefix();
/** Whether the build knows the site's host: only then are there canonical URLs and a sitemap. */
export const knowsHost = isAbsoluteUrl(urlPrefix);
let loaded: { graph: ClaimGraph; texts: ReadonlyMap<string, string> } | undefined;

function load() {
  if (loaded) return loaded;
  const { graph, texts } = loadCorpusAndTexts(corpusDir, { base: urlPrefix });
  // What the ledger does not hold yet is published by this build, on the day `claimtrail build`
  // records for it once the site has built (config.ts, buildDay): pages show that day already.
  loaded = { graph: publishedOn(graph, buildDay()), texts };
  return loaded;
}

export const claimGraph = (): ClaimGraph => load().graph;
/** Each article's source text by slug: what its claims' anchors count in, published under data/sources/. */
export const sourceTexts = (): ReadonlyMap<string, string> => load().texts;
