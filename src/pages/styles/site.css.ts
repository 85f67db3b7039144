// dist/styles/site.css: the stylesheet every page links, minified (see src/site/stylesheet.ts).
import { siteStylesheet } from '../../site/stylesheet.ts';

export function GET() {
  return new Response(siteStylesheet(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
