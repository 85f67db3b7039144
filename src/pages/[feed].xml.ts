// feed.xml, written only when the site knows its host (CLAIMTRAIL_SITE): a feed's links are absolute.
// See src/core/publish/feed.ts.
import { feedXml } from '../core/publish/feed.ts';
import { claimGraph, knowsHost, siteSettings, urlPrefix } from '../site/corpus.ts';

export function getStaticPaths() {
  return knowsHost ? [{ params: { feed: 'feed' } }] : [];
}

export async function GET() {
  const xml = await feedXml(claimGraph(), urlPrefix, siteSettings());
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
