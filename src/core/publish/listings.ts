// The claims index, source pages and the articles list, in pages of a fixed size: each page costs the
// same to build and to open whatever the corpus holds. Filtering is a link to a static listing (the
// claims of one sourcing status, kind or article), itself in pages; nothing on a page grows with the
// number of claims times the number of filter choices. Astro only renders what this computes.
import { claimFilters } from './filters.ts';
import { sourceTypes, type Article, type ClaimGraph, type Retired, type Source } from '../schema.ts';
import { routes } from './urls.ts';

/** Claims on one page of a listing or a source page: about 50 KB of HTML whatever the corpus. */
export const claimsPerPage = 50;
/** Articles on one page of the articles list. */
export const articlesPerPage = 100;
/** Sources on one page of the sources list. */
export const sourcesPerPage = 100;

/** What a claims listing narrows by; a source's listing is its own page (sources/<id>.html). */
export type ListingFacet = 'status' | 'kind' | 'article';

export interface Listing {
  /** 'all' for the whole index (claims.html). */
  facet: ListingFacet | 'all';
  /** The status, kind or article slug; '' for the whole index. */
  value: string;
  /** Its claims' ids, in index order: by article, in the order they stand in each. */
  claims: string[];
}

export interface Page<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has: at least one, even when it is empty. */
  count: number;
  items: T[];
  /** The position in the whole list of the page's first item, 1-based (0 on an empty list). */
  first: number;
  total: number;
}

/** Withdrawn and merged entries an index names; Corrections (corrections.html) lists them all. */
export const retiredShown = 10;

/** The newest withdrawn and merged entries, for an index: a fixed number, and how many more Corrections lists. */
export function newestRetired(retired: readonly Retired[]): { shown: Retired[]; more: number } {
  const newest = [...retired].sort((a, b) => b.date.localeCompare(a.date));
  return { shown: newest.slice(0, retiredShown), more: Math.max(0, retired.length - retiredShown) };
}

/** A list cut into pages of `perPage`: always one page at least, so an empty listing still has its URL. */
export function paginate<T>(items: readonly T[], perPage: number): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, index) => {
    const pageItems = items.slice(index * perPage, (index + 1) * perPage);
    const first = pageItems.length ? index * perPage + 1 : 0;
    return { number: index + 1, count, items: pageItems, first, total: items.length };
  });
}

/**
 * The page numbers a pager links: the first, the last, and `around` either side of the current one;
 * null where two or more numbers are skipped. Its length is bounded whatever the count.
 */
export function pagerNumbers(current: number, count: number, around = 2): (number | null)[] {
  const shown = new Set([1, count]);
  const last = Math.min(count, current + around);
  for (let number = Math.max(1, current - around); number <= last; number++) shown.add(number);
  const numbers = [...shown].sort((a, b) => a - b);
  return numbers.flatMap((number, index) => {
    const skipped = index > 0 ? number - numbers[index - 1]! - 1 : 0;
    // A gap of one page shows that page: an ellipsis would take its place and hide it.
    if (skipped === 1) return [number - 1, number];
    return skipped > 1 ? [null, number] : [number];
  });
}

/** Every claims listing the site publishes: the whole index first, every status and kind (empty ones too),
 * every article. */
export function claimListings(
  graph: Pick<ClaimGraph, 'articles' | 'claims'>,
  statuses: readonly string[],
  kinds: readonly string[],
): Listing[] {
  const claimById = new Map(graph.claims.map((claim) => [claim.id, claim]));
  const order = graph.articles.flatMap((article) => article.claims);
  const byStatus = new Map(statuses.map((status) => [status, [] as string[]]));
  const byKind = new Map(kinds.map((kind) => [kind, [] as string[]]));
  for (const id of order) {
    const claim = claimById.get(id)!;
    byStatus.get(claim.corroboration.status)?.push(id);
    byKind.get(claim.kind)?.push(id);
  }
  return [
    { facet: 'all', value: '', claims: order },
    ...[...byStatus].map(([value, claims]) => ({ facet: 'status' as const, value, claims })),
    ...[...byKind].map(([value, claims]) => ({ facet: 'kind' as const, value, claims })),
    ...graph.articles.map((article) => ({ facet: 'article' as const, value: article.slug, claims: article.claims })),
  ];
}

/** The route of page `page` of a listing. */
export function listingRoute(listing: Pick<Listing, 'facet' | 'value'>, page = 1): string {
  return listing.facet === 'all' ? routes.claimsPage(page) : routes.claimsBy(listing.facet, listing.value, page);
}

/** Consecutive runs of items that share a key, so a page shows each run under one heading. */
export function runsBy<T, K>(items: readonly T[], keyOf: (item: T) => K): { key: K; items: T[] }[] {
  const runs: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const last = runs.at(-1);
    const key = keyOf(item);
    if (last && last.key === key) last.items.push(item);
    else runs.push({ key, items: [item] });
  }
  return runs;
}

/** Consecutive runs of a page's claims from one article, so a page shows them under their article's heading. */
export const runsByArticle = <T extends { article: string }>(claims: readonly T[]) =>
  runsBy(claims, (claim) => claim.article).map((run) => ({ article: run.key, claims: run.items }));

/** Every page of the articles list. */
export const articlePages = (articles: readonly Article[]) => paginate(articles, articlesPerPage);

/**
 * Every page of the sources list: by type (people, outlets, …), in the registry's order within a type,
 * so each page shows its sources under their type's heading and a type runs on from one page to the next.
 */
export function sourcePages<T extends Pick<Source, 'type'>>(sources: readonly T[]): Page<T>[] {
  const rank = new Map(sourceTypes.map((type, index) => [type, index]));
  const byType = sources.map((source, index) => ({ source, index }));
  byType.sort((a, b) => rank.get(a.source.type)! - rank.get(b.source.type)! || a.index - b.index);
  return paginate(
    byType.map((entry) => entry.source),
    sourcesPerPage,
  );
}

/** What a listing page says it shows: "Sourcing: Disputed by another claim", "Claims in “…”". */
export function listingHeading(listing: Pick<Listing, 'facet' | 'value'>, articleLabel: (slug: string) => string) {
  if (listing.facet === 'all') return 'Claims';
  if (listing.facet === 'article') return `Claims in “${articleLabel(listing.value)}”`;
  const filter = claimFilters.find((candidate) => candidate.name === listing.facet)!;
  return `${filter.label}: ${filter.options.find((option) => option.value === listing.value)!.label}`;
}

/** Where a page stands in its list: "51–100 of 230", or null when the whole list fits on one page. */
export function pagePosition(page: Page<unknown>): string | null {
  if (page.count === 1) return null;
  return `${page.first}–${page.first + page.items.length - 1} of ${page.total}`;
}

/** A page's title: its heading, and "page 2 of 5" past the first of several. */
export const pageTitle = (heading: string, page: Pick<Page<unknown>, 'number' | 'count'>) =>
  page.count > 1 ? `${heading}, page ${page.number} of ${page.count}` : heading;

/** What a page of a listing shows: claims of a listing or of a source, or a page of articles or of sources. */
export type ListingPage =
  | { route: string; listing: Listing; page: Page<string> }
  | { route: string; source: Source; page: Page<string> }
  | { route: string; articles: Page<Article> }
  | { route: string; sources: Page<Source> };

/**
 * Every page of every listing, first pages included (claims.html, sources/<id>.html, articles.html,
 * sources.html): the site builds each, and the sitemap names each.
 */
export function listingPages(
  graph: Pick<ClaimGraph, 'articles' | 'sources'>,
  listings: readonly Listing[],
): ListingPage[] {
  return [
    ...listings.flatMap((listing) =>
      paginate(listing.claims, claimsPerPage).map((page) => ({
        route: listingRoute(listing, page.number),
        listing,
        page,
      })),
    ),
    ...graph.sources.flatMap((source) =>
      paginate(source.claims, claimsPerPage).map((page) => ({
        route: routes.sourcePage(source.id, page.number),
        source,
        page,
      })),
    ),
    ...articlePages(graph.articles).map((articles) => ({ route: routes.articlesPage(articles.number), articles })),
    ...sourcePages(graph.sources).map((sources) => ({ route: routes.sourcesPage(sources.number), sources })),
  ];
}
