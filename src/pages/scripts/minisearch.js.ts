// dist/scripts/minisearch.js: the search engine, served from the site itself.
import { miniSearchScript } from '../../site/vendor.ts';

export function GET() {
  return new Response(miniSearchScript(), { headers: { 'Content-Type': 'text/javascript' } });
}
