// The claims index, source pages and the articles list, in pages of a fixed size: each page costs the
// same to build and to open whatever the corpus holds. Filtering is a link to a static listing (the
// claims of one sourcing status, kind or article), itself in pages; nothing on a page grows with the
// number of claims times the number of filter choices. Astro only renders what this computes.
import { claimFilters } from './filters.ts';
import type { Article, ClaimGraph } from '../schema.ts';
import { routes } from './urls.ts';

/** Claims on one page of a listing or a source page: about 50 KB of HTML whatever the corpus. */
export const claimsPerPage = 50;
/** Articles on one page of the articles list. */
export const articlesPerPage = 100;

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

/** Consecutive runs of a page's claims from one article, so a page shows them under their article's heading. */
export function runsByArticle<T extends { article: string }>(claims: readonly T[]): { article: string; claims: T[] }[] {
  const runs: { article: string; claims: T[] }[] = [];
  for (const claim of claims) {
    const last = runs.at(-1);
    if (last?.article === claim.article) last.claims.push(claim);
    else runs.push({ article: claim.article, claims: [claim] });
  }
  return runs;
}

/** Every page of the articles list. */
export const articlePages = (articles: readonly Article[]) => paginate(articles, articlesPerPage);

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
