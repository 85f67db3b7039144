// sitemap.xml: every page a search engine should index, by its permanent URL. A sitemap needs
// absolute URLs, so it is only written for a site that knows its host (CLAIMTRAIL_SITE).
import { Readable } from 'node:stream';
import { SitemapStream, streamToPromise } from 'sitemap';
import type { ClaimGraph } from './schema.ts';
import { pageRoute, permanentUrl, routes } from './urls.ts';

/**
 * Every page of the site, in a fixed order. Withdrawn entries keep their tombstone page (it is what
 * a cited URL now says); merged ones are left out: their page only points to the survivor.
 */
export function sitemapRoutes(graph: ClaimGraph): string[] {
  return [
    routes.home(),
    routes.articles(),
    routes.claims(),
    routes.sources(),
    routes.search(),
    ...graph.articles.map((article) => routes.article(article.slug)),
    ...graph.claims.map((claim) => routes.claim(claim.id)),
    ...graph.sources.map((source) => routes.source(source.id)),
    ...graph.retired.filter((entry) => entry.status === 'withdrawn').map((entry) => pageRoute(entry.type, entry.id)),
  ];
}

/** The sitemap of the routes of a site whose permanent URLs start with `prefix` ("https://host/base/"). */
export async function sitemapXml(pageRoutes: string[], prefix: string): Promise<string> {
  const stream = new SitemapStream({ xmlns: { news: false, xhtml: false, image: false, video: false } });
  const xml = await streamToPromise(Readable.from(pageRoutes.map((route) => ({ url: permanentUrl(route, prefix) }))).pipe(stream));
  return xml.toString('utf8');
}
