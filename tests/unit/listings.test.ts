import { describe, expect, it } from 'vitest';
import {
  articlesPerPage,
  claimsPerPage,
  claimListings,
  listingPages,
  newestRetired,
  retiredShown,
  listingHeading,
  listingRoute,
  pagePosition,
  pagerNumbers,
  paginate,
  runsByArticle,
  sourcePages,
  sourcesPerPage,
  type Listing,
} from '../../src/core/publish/listings.ts';
import { claimKinds, corroborationStatuses, idPattern, type ClaimGraph } from '../../src/core/schema.ts';
import { href, routes } from '../../src/core/publish/urls.ts';
import { editorialPages } from '../../src/core/content/editorial.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('cutting a list into pages', () => {
  it.each([
    // items, per page, the pages' sizes, the first item's position on each
    [0, 50, [0], [0]],
    [1, 50, [1], [1]],
    [50, 50, [50], [1]],
    [51, 50, [50, 1], [1, 51]],
    [120, 50, [50, 50, 20], [1, 51, 101]],
  ])('%i items, %i a page: pages of %j starting at %j', (count, perPage, sizes, firsts) => {
    const pages = paginate(numbers(count), perPage);
    expect(pages.map((page) => page.items.length)).toEqual(sizes);
    expect(pages.map((page) => page.first)).toEqual(firsts);
    expect(pages.map((page) => page.number)).toEqual(numbers(sizes.length));
    expect(new Set(pages.map((page) => page.count))).toEqual(new Set([sizes.length]));
    // Every item once, in order.
    expect(pages.flatMap((page) => page.items)).toEqual(numbers(count));
  });

  it.each([
    [{ count: 1, first: 1, total: 20, items: numbers(20) }, null],
    [{ count: 3, first: 51, total: 120, items: numbers(50) }, '51–100 of 120'],
    [{ count: 3, first: 101, total: 120, items: numbers(20) }, '101–120 of 120'],
  ])('a page says where it stands: %j → %s', (page, expected) => {
    expect(pagePosition({ number: 1, ...page })).toBe(expected);
  });
});

describe('a pager', () => {
  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 10, [1, 2, 3, null, 10]],
    [5, 10, [1, 2, 3, 4, 5, 6, 7, null, 10]],
    [6, 10, [1, null, 4, 5, 6, 7, 8, 9, 10]],
    [6, 11, [1, null, 4, 5, 6, 7, 8, null, 11]],
    [10, 10, [1, null, 8, 9, 10]],
    [200, 400, [1, null, 198, 199, 200, 201, 202, null, 400]],
  ])('on page %i of %i links %j', (current, count, expected) => {
    expect(pagerNumbers(current, count)).toEqual(expected);
  });

  it('links a bounded number of pages however many there are', () => {
    for (const count of [10, 1000, 100000])
      expect(pagerNumbers(Math.floor(count / 2), count).length).toBeLessThanOrEqual(9);
  });
});

// A corpus by hand: two articles, claims of known status and kind.
const claim = (id: string, article: string, status: string, kind: string) => ({
  id,
  article,
  kind,
  corroboration: { status },
});
const graph = {
  articles: [
    { slug: 'first', claims: ['c1', 'c2', 'c3'] },
    { slug: 'second', claims: ['c4', 'c5'] },
  ],
  claims: [
    claim('c5', 'second', 'corroborated', 'quote'),
    claim('c1', 'first', 'contested', 'quantity'),
    claim('c2', 'first', 'single-source', 'quantity'),
    claim('c3', 'first', 'contested', 'event'),
    claim('c4', 'second', 'single-source', 'quote'),
  ],
} as unknown as Pick<ClaimGraph, 'articles' | 'claims'>;

describe('the claims listings', () => {
  const listings = claimListings(graph, corroborationStatuses, claimKinds);
  const find = (facet: Listing['facet'], value: string) =>
    listings.find((listing) => listing.facet === facet && listing.value === value)?.claims;

  it.each([
    ['all', '', ['c1', 'c2', 'c3', 'c4', 'c5']],
    ['status', 'contested', ['c1', 'c3']],
    ['status', 'single-source', ['c2', 'c4']],
    ['status', 'corroborated', ['c5']],
    ['kind', 'quantity', ['c1', 'c2']],
    ['kind', 'quote', ['c4', 'c5']],
    ['kind', 'statement', []],
    ['article', 'second', ['c4', 'c5']],
  ] as const)('%s %s lists %j, in the order of the articles', (facet, value, expected) => {
    expect(find(facet, value)).toEqual(expected);
  });

  it('are the whole index first, then every status, every kind (even those with no claim) and every article', () => {
    expect(listings[0]).toMatchObject({ facet: 'all', value: '' });
    expect(listings.map((listing) => `${listing.facet}:${listing.value}`)).toEqual([
      'all:',
      ...corroborationStatuses.map((status) => `status:${status}`),
      ...claimKinds.map((kind) => `kind:${kind}`),
      'article:first',
      'article:second',
    ]);
  });

  it.each([
    [{ facet: 'all', value: '' }, 'Claims'],
    [{ facet: 'status', value: 'contested' }, 'Sourcing: Disputed by another claim'],
    [{ facet: 'kind', value: 'quote' }, 'Kind: Quotation'],
    [{ facet: 'article', value: 'first' }, 'Claims in “The first article”'],
  ] as const)('%j is headed %s', (listing, expected) => {
    expect(listingHeading(listing, (slug) => `The ${slug} article`)).toBe(expected);
  });

  it('show a page’s claims under their article, one heading per run', () => {
    const runs = runsByArticle(['c2', 'c3', 'c4'].map((id) => graph.claims.find((each) => each.id === id)!));
    expect(runs.map((run) => [run.article, run.claims.map((each) => each.id)])).toEqual([
      ['first', ['c2', 'c3']],
      ['second', ['c4']],
    ]);
  });
});

describe('listing URLs', () => {
  // Ids that look like listing words or page numbers: each is a valid claim, article or source id.
  const trickyIds = ['page-2', '002', 'all', 'claims', 'lists', 'status', 'contested', 'index', 'source', 'article-1'];

  it('keep the claims index’s first page at claims.html, the URL it always had', () => {
    expect(listingRoute({ facet: 'all', value: '' })).toBe(routes.claims());
    expect(routes.sourcePage('reuters', 1)).toBe(routes.source('reuters'));
    expect(routes.articlesPage(1)).toBe(routes.articles());
    expect(routes.sourcesPage(1)).toBe(routes.sources());
  });

  it('can never be a claim’s, an article’s or a source’s page, whatever its id', () => {
    for (const id of trickyIds) expect(id).toMatch(idPattern);
    const listingRoutes = new Set([
      ...numbers(3).map((page) => routes.claimsPage(page)),
      ...numbers(3).map((page) => routes.articlesPage(page)),
      ...numbers(3).map((page) => routes.sourcesPage(page)),
      ...trickyIds.flatMap((id) =>
        numbers(3).flatMap((page) => [
          routes.claimsBy('status', id, page),
          routes.claimsBy('kind', id, page),
          routes.claimsBy('article', id, page),
        ]),
      ),
      ...trickyIds.flatMap((id) =>
        numbers(3)
          .slice(1)
          .map((page) => routes.sourcePage(id, page)),
      ),
    ]);
    const pageRoutes = [
      ...trickyIds.flatMap((id) => [routes.claim(id), routes.article(id), routes.source(id)]),
      ...editorialPages.map((page) => routes.editorial(page.slug)),
    ];
    for (const route of pageRoutes) expect(listingRoutes.has(route)).toBe(false);
  });

  it.each([
    [listingRoute({ facet: 'all', value: '' }, 2), 'lists/claims/2.html', 'claims.html', '../../claims.html'],
    [
      listingRoute({ facet: 'status', value: 'contested' }),
      'lists/status/contested.html',
      'claims/abc123.html',
      '../../claims/abc123.html',
    ],
    [
      listingRoute({ facet: 'kind', value: 'quote' }, 3),
      'lists/kind/quote/3.html',
      'styles/site.css',
      '../../../styles/site.css',
    ],
    [
      routes.sourcePage('reuters', 2),
      'lists/source/reuters/2.html',
      'sources/reuters.html',
      '../../../sources/reuters.html',
    ],
    [routes.articlesPage(2), 'lists/articles/2.html', 'articles.html', '../../articles.html'],
    [routes.sourcesPage(2), 'lists/sources/2.html', 'sources/reuters.html', '../../sources/reuters.html'],
  ])(
    '%s is at %s and links %s as %s: relative, so it works at a root, under a sub-path and from disk',
    (route, expected, to, link) => {
      expect(route).toBe(expected);
      expect(href(route, to)).toBe(link);
    },
  );

  it('number pages from 2 past the first, with claimsPerPage claims each', () => {
    expect(claimsPerPage).toBeGreaterThan(0);
    expect(
      paginate(numbers(claimsPerPage * 2 + 1), claimsPerPage).map((page) =>
        listingRoute({ facet: 'status', value: 'contested' }, page.number),
      ),
    ).toEqual(['lists/status/contested.html', 'lists/status/contested/2.html', 'lists/status/contested/3.html']);
  });
});

describe('the sources list', () => {
  const source = (id: string, type: string) => ({ id, type });
  it.each([
    // the registry's order (id:type), the list's order
    [
      ['a:person', 'b:outlet', 'c:person', 'd:unnamed'],
      ['b', 'a', 'c', 'd'],
    ],
    [
      ['z:unnamed', 'y:person', 'x:news-agency'],
      ['x', 'y', 'z'],
    ],
    [[], []],
  ])('%j is listed by type, in the registry’s order within one: %j', (registry, expected) => {
    const sources = registry.map((entry) => source(...(entry.split(':') as [string, string])));
    const pages = sourcePages(sources as Pick<ClaimGraph['sources'][number], 'id' | 'type'>[]);
    expect(pages.flatMap((page) => page.items.map((item) => item.id))).toEqual(expected);
  });

  it.each([
    [1, 1],
    [sourcesPerPage, 1],
    [sourcesPerPage + 1, 2],
    [sourcesPerPage * 3, 3],
  ])('%i sources take %i pages, sourcesPerPage to a page', (count, pages) => {
    const sources = numbers(count).map((index) => source(`s${index}`, 'person'));
    expect(sourcePages(sources as Pick<ClaimGraph['sources'][number], 'id' | 'type'>[])).toHaveLength(pages);
  });
});

describe('every listing page', () => {
  const ids = (prefix: string, count: number) => numbers(count).map((index) => `${prefix}${index}`);
  const site = {
    articles: [{ slug: 'first', claims: ids('c', claimsPerPage + 1) }],
    sources: [
      { id: 'busy', type: 'person', claims: ids('c', claimsPerPage + 1) },
      { id: 'quiet', type: 'outlet', claims: [] },
    ],
  } as unknown as Pick<ClaimGraph, 'articles' | 'sources'>;
  const claims = site.articles[0]!.claims.map((id) => claim(id, 'first', 'contested', 'quote'));
  const pages = listingPages(site, claimListings({ ...site, claims } as never, ['contested'], ['quote']));
  const routesOf = pages.map((page) => page.route);

  it.each([
    ['the index, both pages', [routes.claimsPage(1), routes.claimsPage(2)]],
    ['a status, both pages', [routes.claimsBy('status', 'contested'), routes.claimsBy('status', 'contested', 2)]],
    ['a kind, both pages', [routes.claimsBy('kind', 'quote'), routes.claimsBy('kind', 'quote', 2)]],
    ['an article, both pages', [routes.claimsBy('article', 'first'), routes.claimsBy('article', 'first', 2)]],
    ['a busy source, both pages', [routes.source('busy'), routes.sourcePage('busy', 2)]],
    ['a source with no claim, one page', [routes.source('quiet')]],
    ['the articles list, one page', [routes.articles()]],
    ['the sources list, one page', [routes.sources()]],
  ])('include %s', (_name, expected) => {
    expect(routesOf).toEqual(expect.arrayContaining(expected));
  });

  it('are each one page at one route, and no further page past a list’s last', () => {
    expect(new Set(routesOf).size).toBe(routesOf.length);
    expect(routesOf).not.toContain(routes.claimsPage(3));
    expect(routesOf).not.toContain(routes.sourcePage('quiet', 2));
    expect(routesOf).not.toContain(routes.articlesPage(2));
    expect(routesOf).not.toContain(routes.sourcesPage(2));
    expect(articlesPerPage).toBeGreaterThan(site.articles.length);
  });
});

describe('the withdrawn and merged entries an index names', () => {
  const entry = (day: number) => ({ id: `r${day}`, date: `2026-11-${String(day).padStart(2, '0')}` });
  it.each([
    [0, 0, 0],
    [3, 3, 0],
    [retiredShown, retiredShown, 0],
    [retiredShown + 5, retiredShown, 5],
  ])('of %i: the newest %i, and %i more left to Corrections', (count, shown, more) => {
    // In the ledger's order, oldest first: the index shows the newest first.
    const retired = numbers(count).map(entry) as unknown as ClaimGraph['retired'];
    const result = newestRetired(retired);
    expect(result.shown.map((each) => each.id)).toEqual(
      numbers(count)
        .reverse()
        .slice(0, shown)
        .map((day) => `r${day}`),
    );
    expect(result.more).toBe(more);
  });
});
