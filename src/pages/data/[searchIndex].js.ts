// dist/data/search-index.js and, on a big site, search-index-2.js, …: what search finds, as classic
// scripts (see src/core/publish/search.ts).
import { searchIndexRoutes, searchIndexScript } from '../../core/publish/search.ts';
import { claimGraph } from '../../site/corpus.ts';

export function getStaticPaths() {
  // The route's parameter is the file's name in data/ without `.js`.
  return searchIndexRoutes(claimGraph()).map((route, index) => ({
    params: { searchIndex: route.replace(/^data\/|\.js$/g, '') },
    props: { part: index + 1 },
  }));
}

export function GET({ props }: { props: { part: number } }) {
  return new Response(searchIndexScript(claimGraph(), props.part), {
    headers: { 'Content-Type': 'text/javascript' },
  });
}
