// The site's one view of the corpus: the core's claim graph, computed once per build.
import { contentDir } from '../core/config.ts';
import { loadCorpusOrThrow } from '../core/corpus.ts';
import type { ClaimGraph } from '../core/schema.ts';

export const corpusDir = contentDir(process.cwd());
let graph: ClaimGraph | undefined;

export function claimGraph(): ClaimGraph {
  graph ??= loadCorpusOrThrow(corpusDir, { base: import.meta.env.BASE_URL });
  return graph;
}
