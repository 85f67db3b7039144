// sitemap.xml, written only when the site knows its host (CLAIMTRAIL_SITE): a sitemap lists absolute
// URLs, and without a host there is nothing true to write. See src/core/publish/sitemap.ts.
import { sitemapPages, sitemapXml } from '../core/publish/sitemap.ts';
import { claimGraph, knowsHost, urlPrefix } from '../site/corpus.ts';

export function getStaticPaths() {
  return knowsHost ? [{ params: { sitemap: 'sitemap' } }] : [];
}

export async function GET() {
  const xml = await sitemapXml(sitemapPages(claimGraph()), urlPrefix);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
