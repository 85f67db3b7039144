// dist/data/search-index.js: what search finds, as a classic script (see src/core/search.ts).
import { searchIndexScript } from '../../core/search.ts';
import { claimGraph } from '../../site/corpus.ts';

export function GET() {
  return new Response(searchIndexScript(claimGraph()), { headers: { 'Content-Type': 'text/javascript' } });
}
