// sitemap.xml: every page a search engine should index, by its permanent URL. A sitemap needs
// absolute URLs, so it is only written for a site that knows its host (CLAIMTRAIL_SITE).
import { Readable } from 'node:stream';
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';
import { editorialPages } from '../content/editorial.ts';
import { claimKinds, corroborationStatuses, type ClaimGraph } from '../schema.ts';
import { claimListings, listingPages } from './listings.ts';
import { pageRoute, permanentUrl, routes } from './urls.ts';

/** A page of the sitemap: its route, and the last day its content is known to have changed (YYYY-MM-DD), or null. */
export interface SitemapPage {
  route: string;
  lastmod: string | null;
}

/** The latest of some days (ISO dates compare as strings); null when none is known. */
function latest(days: readonly (string | null | undefined)[]): string | null {
  return days.reduce<string | null>((last, day) => (day && (!last || day > last) ? day : last), null);
}

/**
 * Every page of the site, in a fixed order, with the last day its content changed where the corpus
 * records it: a claim page changes when it is published, when an editor rates it, and when a claim it
 * links to is published (a new cross-reference); an article page with its claims; a source page with
 * the claims it carries; an index with anything, and so every page of a listing (each shows the counts of
 * the whole corpus), but a source's further pages with that source. Unrecorded days (claims not yet in the ledger) are
 * left out, never guessed. Withdrawn entries keep their tombstone page (it is what a cited URL now
 * says), dated by the withdrawal; merged ones are left out: their page only points to the survivor.
 * Editorial pages are undated: nothing records when their text changed.
 */
export function sitemapPages(graph: ClaimGraph): SitemapPage[] {
  const published = new Map(graph.claims.map((claim) => [claim.id, claim.published]));
  const linkedDays = new Map<string, (string | null)[]>();
  for (const relation of graph.relations)
    for (const [from, to] of [
      [relation.from, relation.to],
      [relation.to, relation.from],
    ] as const)
      linkedDays.set(from, [...(linkedDays.get(from) ?? []), published.get(to) ?? null]);
  const claimDay = new Map(
    graph.claims.map((claim) => [
      claim.id,
      latest([claim.published, ...claim.verdicts.map((verdict) => verdict.date), ...(linkedDays.get(claim.id) ?? [])]),
    ]),
  );
  const articleDay = new Map(
    graph.articles.map((article) => [
      article.slug,
      latest([article.published, ...article.claims.map((id) => claimDay.get(id))]),
    ]),
  );
  const withdrawn = graph.retired.filter((entry) => entry.status === 'withdrawn');
  const anything = latest([...claimDay.values(), ...articleDay.values(), ...withdrawn.map((entry) => entry.date)]);
  const sourceDay = (claims: readonly string[]) => latest(claims.map((id) => claimDay.get(id)));
  const pages: SitemapPage[] = [
    ...[routes.home(), routes.articles(), routes.claims(), routes.sources(), routes.search()].map((route) => ({
      route,
      lastmod: anything,
    })),
    ...editorialPages.map((page) => ({ route: routes.editorial(page.slug), lastmod: null })),
    ...graph.articles.map((article) => ({
      route: routes.article(article.slug),
      lastmod: articleDay.get(article.slug)!,
    })),
    ...graph.claims.map((claim) => ({ route: routes.claim(claim.id), lastmod: claimDay.get(claim.id)! })),
    ...graph.sources.map((source) => ({ route: routes.source(source.id), lastmod: sourceDay(source.claims) })),
    ...withdrawn.map((entry) => ({ route: pageRoute(entry.type, entry.id), lastmod: entry.date })),
  ];
  // Listing pages past those above: the index's further pages, every filtered listing, sources' further pages.
  const listed = new Set(pages.map((page) => page.route));
  const listings = claimListings(graph, corroborationStatuses, claimKinds);
  for (const page of listingPages(graph, listings))
    if (!listed.has(page.route))
      pages.push({ route: page.route, lastmod: 'source' in page ? sourceDay(page.source.claims) : anything });
  return pages;
}

/** The sitemap of the pages of a site whose permanent URLs start with `prefix` ("https://host/base/"). */
export async function sitemapXml(pages: SitemapPage[], prefix: string): Promise<string> {
  // A day is all the ledger knows: no time of day is invented.
  const stream = new SitemapStream({
    xmlns: { news: false, xhtml: false, image: false, video: false },
    lastmodDateOnly: true,
  });
  const items = pages.map(({ route, lastmod }) => ({
    url: permanentUrl(route, prefix),
    ...(lastmod ? { lastmod } : {}),
  }));
  const xml = await streamToPromise(Readable.from(items).pipe(stream));
  return xml.toString('utf8');
}

/** The most URLs one sitemap file may list (sitemaps.org); a bigger site's sitemap.xml is an index of parts. */
export const urlsPerSitemap = 50_000;

/** The pages in sitemap files of at most `limit` URLs each, in order: one part when they all fit. */
function sitemapParts(pages: SitemapPage[], limit = urlsPerSitemap): SitemapPage[][] {
  const parts: SitemapPage[][] = [];
  for (let start = 0; start < pages.length; start += limit) parts.push(pages.slice(start, start + limit));
  return parts.length ? parts : [[]];
}

/**
 * sitemap.xml of a site with more pages than one sitemap may list: an index naming each part
 * (routes.sitemapPart, counted from 1) with the last day any of its pages changed, where known.
 */
async function sitemapIndexXml(parts: SitemapPage[][], prefix: string): Promise<string> {
  const stream = new SitemapIndexStream({ lastmodDateOnly: true });
  const items = parts.map((part, index) => {
    const lastmod = latest(part.map((page) => page.lastmod));
    return { url: permanentUrl(routes.sitemapPart(index + 1), prefix), ...(lastmod ? { lastmod } : {}) };
  });
  const xml = await streamToPromise(Readable.from(items).pipe(stream));
  return xml.toString('utf8');
}

/** A file of the sitemap: its route, and its XML for permanent URLs starting with a prefix. */
export interface SitemapFile {
  route: string;
  xml: (prefix: string) => Promise<string>;
}

/**
 * The sitemap files of a site: sitemap.xml listing every page, or, past `limit` pages, sitemap.xml as
 * the index of sitemap-1.xml, sitemap-2.xml, … that list them in order.
 */
export function sitemapFiles(pages: SitemapPage[], limit = urlsPerSitemap): SitemapFile[] {
  const parts = sitemapParts(pages, limit);
  if (parts.length === 1) return [{ route: routes.sitemap(), xml: (prefix) => sitemapXml(parts[0]!, prefix) }];
  return [
    { route: routes.sitemap(), xml: (prefix) => sitemapIndexXml(parts, prefix) },
    ...parts.map((part, index) => ({
      route: routes.sitemapPart(index + 1),
      xml: (prefix: string) => sitemapXml(part, prefix),
    })),
  ];
}

/**
 * robots.txt: every page may be read and indexed (the site publishes nothing private); the sitemap is
 * named when the site knows its host, since robots.txt needs its absolute URL.
 */
export function robotsTxt(prefix: string, knowsHost: boolean): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...(knowsHost ? [`Sitemap: ${permanentUrl(routes.sitemap(), prefix)}`] : []),
    '',
  ].join('\n');
}
