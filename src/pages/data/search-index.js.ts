// dist/data/search-index.js: what search finds, as a classic script (see src/core/publish/search.ts).
import { searchIndexScript } from '../../core/publish/search.ts';
import { claimGraph } from '../../site/corpus.ts';

export function GET() {
  return new Response(searchIndexScript(claimGraph()), { headers: { 'Content-Type': 'text/javascript' } });
}
