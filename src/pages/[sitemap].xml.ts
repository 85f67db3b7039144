// sitemap.xml, written only when the site knows its host (CLAIMTRAIL_SITE): a sitemap lists absolute
// URLs, and without a host there is nothing true to write. Past 50,000 pages, sitemap.xml is an index of
// sitemap-1.xml, sitemap-2.xml, … (each within the protocol's limit). See src/core/publish/sitemap.ts.
import { sitemapFiles, sitemapPages, type SitemapFile } from '../core/publish/sitemap.ts';
import { claimGraph, knowsHost, urlPrefix } from '../site/corpus.ts';

export function getStaticPaths() {
  if (!knowsHost) return [];
  // The route's parameter is the file's name without `.xml`.
  return sitemapFiles(sitemapPages(claimGraph())).map((file) => ({
    params: { sitemap: file.route.replace(/\.xml$/, '') },
    props: { file },
  }));
}

export async function GET({ props }: { props: { file: SitemapFile } }) {
  return new Response(await props.file.xml(urlPrefix), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
