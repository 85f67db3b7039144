// What each page of a claim, an article, a source or a claims listing reads, and nothing more: its slice
// of the site's lookups. A page renders from its slice alone, so the hash of the slice (page-cache.ts)
// says whether a page built before can be reused. Lookups outside a slice throw rather than answer, so a
// page that reads more than its slice fails its build instead of being served stale.
import { oncePer } from '../once-per.ts';
import type { Article, Claim, Relation, Source } from '../schema.ts';
import { listingPages, type Listing, type Page } from './listings.ts';
import type { SiteLookups } from './site-lookups.ts';
import type { ClaimCard } from './views.ts';
import { routes } from './urls.ts';

/** A map that throws on a key it lacks: a slice that misses what its page reads is a bug, not an empty spot. */
export class SliceMap<Value> extends Map<string, Value> {
  private readonly what: string;

  constructor(entries: Iterable<readonly [string, Value]>, what: string) {
    super(entries);
    this.what = what;
  }

  override get(key: string): Value {
    if (!this.has(key)) throw new Error(`a page read ${this.what} ${key}, which is not in its slice (page-slices.ts)`);
    return super.get(key)!;
  }

  toJSON() {
    return [...this];
  }
}

const sliceOf = <Value>(keys: Iterable<string>, from: ReadonlyMap<string, Value>, what: string) =>
  new SliceMap(
    [...new Set(keys)].filter((key) => from.has(key)).map((key) => [key, from.get(key)!] as const),
    what,
  );

/** Every string in `values`, however deep: the ids a slice's items may name (sources, articles). */
function stringsIn(values: unknown, found = new Set<string>()): Set<string> {
  if (typeof values === 'string') found.add(values);
  else if (Array.isArray(values)) for (const value of values) stringsIn(value, found);
  else if (values && typeof values === 'object') for (const value of Object.values(values)) stringsIn(value, found);
  return found;
}

/** The source ids a record names anywhere (attribution, claimant, origins…), found once per record. */
const sourceIdsIn = oncePer((site: SiteLookups) =>
  oncePer((record: object) => [...stringsIn(record)].filter((text) => site.sourceById.has(text))),
);

/** The sources and their names for every source id the records name. */
function sourcesNamedIn(site: SiteLookups, records: readonly object[]) {
  const named = records.flatMap(sourceIdsIn(site));
  return {
    sourceById: sliceOf(named, site.sourceById, 'source'),
    sourceNames: sliceOf(named, site.sourceNames, 'source name'),
  };
}

const otherEnd = (relation: Relation, id: string) => (relation.from === id ? relation.to : relation.from);

/** A claim's page: the claim, its article, its links and the claims at their other ends. */
export function claimPageSlice(site: SiteLookups, claim: Claim) {
  const links = site.linksByClaim.get(claim.id) ?? [];
  const claims = [claim, ...links.map((link) => site.claimById.get(otherEnd(link, claim.id))!)];
  const article = site.articleBySlug.get(claim.article)!;
  return {
    claimById: sliceOf(
      claims.map((item) => item.id),
      site.claimById,
      'claim',
    ),
    articleBySlug: sliceOf([article.slug], site.articleBySlug, 'article'),
    linksByClaim: new SliceMap([[claim.id, links]], 'links of claim'),
    articleLabels: sliceOf(
      claims.map((item) => item.article),
      site.articleLabels,
      'article label',
    ),
    ...sourcesNamedIn(site, [...claims, article]),
  };
}
export type ClaimPageSlice = ReturnType<typeof claimPageSlice>;

/** An article's page: the article, its claims and what their marks show (Claim.astro reads it from locals). */
export function articlePageSlice(site: SiteLookups, article: Article) {
  const claims = article.claims.map((id) => site.claimById.get(id)!);
  return {
    claimById: sliceOf(article.claims, site.claimById, 'claim'),
    cards: sliceOf<ClaimCard>(article.claims, site.cards, 'claim card'),
    ...sourcesNamedIn(site, [...claims, article]),
  };
}
export type ArticlePageSlice = ReturnType<typeof articlePageSlice>;

/** A page of a source's claims: the source, the sources it names or that name it, and the page's claims. */
export function sourcePageSlice(site: SiteLookups, source: Source, page: Page<string>) {
  const claims = page.items.map((id) => site.claimById.get(id)!);
  const sources = site.sources.filter(
    (other) =>
      other.affiliation === source.id ||
      other.id === source.affiliation ||
      source.related.includes(other.id) ||
      other.related.includes(source.id),
  );
  return {
    claimById: sliceOf(page.items, site.claimById, 'claim'),
    sources,
    articleLabels: sliceOf(
      claims.map((claim) => claim.article),
      site.articleLabels,
      'article label',
    ),
    ...sourcesNamedIn(site, [...claims, source, ...sources]),
  };
}
export type SourcePageSlice = ReturnType<typeof sourcePageSlice>;

/** A listing as its pages show it: which one, and how many claims it holds (not their ids: pages list theirs). */
export interface ListingSummary {
  facet: Listing['facet'];
  value: string;
  size: number;
}
const summary = (listing: Listing): ListingSummary => ({
  facet: listing.facet,
  value: listing.value,
  size: listing.claims.length,
});

/**
 * The listings a listing page's filters count (the whole index, each status and kind; not one per
 * article), summarised once per site: every listing page holds the same array.
 */
const filterListings = oncePer((site: SiteLookups) =>
  site.listings.filter((listing) => listing.facet !== 'article').map(summary),
);

/** A page of a claims listing: the page's claims, the filters' counts, retired claims. */
export function listingPageSlice(site: SiteLookups, listing: Listing, page: Page<string>) {
  const claims = page.items.map((id) => site.claimById.get(id)!);
  return {
    listing: summary(listing),
    listings: filterListings(site),
    articleCount: site.articles.length,
    claimById: sliceOf(page.items, site.claimById, 'claim'),
    linkCounts: new SliceMap(
      page.items.map((id) => [id, site.linkCount(id)] as const),
      'link count of claim',
    ),
    articleLabels: sliceOf(
      [...claims.map((claim) => claim.article), ...(listing.facet === 'article' ? [listing.value] : [])],
      site.articleLabels,
      'article label',
    ),
    // Only the index's first page names retired claims.
    retired: listing.facet === 'all' && page.number === 1 ? site.retired.filter((entry) => entry.type === 'claim') : [],
    ...sourcesNamedIn(site, claims),
  };
}
export type ListingPageSlice = ReturnType<typeof listingPageSlice>;

/** A page of a claims listing, or of a source's claims. */
export type ListedPage =
  | { route: string; props: { page: Page<string>; data: ListingPageSlice } }
  | { route: string; props: { source: Source; page: Page<string>; data: SourcePageSlice } };

/**
 * Every page rendered from a slice, with its route (the file it is written to, claims/<id>.html) and the
 * props its route's getStaticPaths gives it. Tombstones, the lists of articles and sources and the
 * site-wide pages (the home page, the first claims page, feeds, exports) read the whole corpus: they are
 * not here and are built every time.
 */
export function slicedPages(site: SiteLookups) {
  const claims = site.claims.map((claim) => ({
    route: routes.claim(claim.id),
    params: { id: claim.id },
    props: { claim, data: claimPageSlice(site, claim) },
  }));
  const articles = site.articles.map((article) => ({
    route: routes.article(article.slug),
    params: { slug: article.slug },
    props: { article, data: articlePageSlice(site, article) },
  }));
  const listed = listingPages(site, site.listings).flatMap((page): ListedPage[] => {
    // The index's first page (claims.html) is a page of its own, built every time.
    if ('listing' in page && page.route !== routes.claims())
      return [{ route: page.route, props: { page: page.page, data: listingPageSlice(site, page.listing, page.page) } }];
    if ('source' in page)
      return [
        {
          route: page.route,
          props: { source: page.source, page: page.page, data: sourcePageSlice(site, page.source, page.page) },
        },
      ];
    return [];
  });
  return { claims, articles, listed };
}
export type SlicedPages = ReturnType<typeof slicedPages>;
