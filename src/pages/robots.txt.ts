// robots.txt at the root of the build; see robotsTxt in src/core/publish/sitemap.ts.
import { robotsTxt } from '../core/publish/sitemap.ts';
import { knowsHost, urlPrefix } from '../site/corpus.ts';

export function GET() {
  return new Response(robotsTxt(urlPrefix, knowsHost), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
