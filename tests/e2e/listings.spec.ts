// A site too big for one index page: the synthetic corpus of `npm run bench:index` at 160 claims (8
// articles of 20) quoting 120 officials, built once by the global setup and read from disk. Its claims
// index, status, kind and article listings and source pages come in pages of claimsPerPage, its sources
// list in pages of sourcesPerPage: every claim is on exactly one index page, every source on one page of
// the sources list, each page stays small whatever the corpus, the pagers and the filter links reach
// every page with the keyboard and without JavaScript, old filtered links (claims.html?status=…) land on
// their listing, and a crawl from the home page reaches every page with no broken link.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { claimsPerPage, sourcesPerPage } from '../../src/core/publish/listings.ts';
import { claimKinds, corroborationStatuses, type ClaimGraph } from '../../src/core/schema.ts';
import { routes } from '../../src/core/publish/urls.ts';
import { crawl } from './crawl.ts';
import { listingsClaimCount, listingsDirEnv } from './global-setup.ts';

const claimCount = listingsClaimCount;
// Far under the 1 MB a page may weigh at 20,000 claims, and under what the one-page index of this corpus
// weighed (about 87 KB): a page's weight follows claimsPerPage, not the corpus.
const pageBudget = 64 * 1024;

let dir: string;
let graph: ClaimGraph;
const pagesOf = (count: number) => Math.max(1, Math.ceil(count / claimsPerPage));
const fileUrl = (route: string) => pathToFileURL(join(dir, route)).href;
const claimLinks = (route: string) =>
  [...readFileSync(join(dir, route), 'utf8').matchAll(/class="claim-item__text" href="[^"]*?([a-z0-9-]+)\.html"/g)].map(
    (match) => match[1]!,
  );

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  dir = process.env[listingsDirEnv]!;
  graph = JSON.parse(readFileSync(join(dir, routes.claimsData()), 'utf8'));
});

test('the corpus is big enough to need pages', () => {
  expect(graph.claims).toHaveLength(claimCount);
  expect(pagesOf(claimCount)).toBeGreaterThan(2);
});

test('no HTML page outgrows the page budget', () => {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.html'),
  );
  const heavy = files
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => statSync(path).size > pageBudget);
  expect(heavy.map((path) => relative(dir, path))).toEqual([]);
});

test('every claim is on exactly one page of the index, in article order, claimsPerPage to a page', () => {
  const pages = Array.from({ length: pagesOf(claimCount) }, (_, index) => claimLinks(routes.claimsPage(index + 1)));
  for (const page of pages.slice(0, -1)) expect(page).toHaveLength(claimsPerPage);
  expect(pages.flat()).toEqual(graph.articles.flatMap((article) => article.claims));
  expect(statSync(join(dir, routes.claimsPage(pages.length + 1)), { throwIfNoEntry: false })).toBeUndefined();
});

test('each status, kind and article has its listing, in as many pages as its claims need', () => {
  const expected = [
    ...corroborationStatuses.map(
      (status) => ['status', status, graph.claims.filter((claim) => claim.corroboration.status === status)] as const,
    ),
    ...claimKinds.map((kind) => ['kind', kind, graph.claims.filter((claim) => claim.kind === kind)] as const),
    ...graph.articles.map(
      (article) => ['article', article.slug, graph.claims.filter((claim) => claim.article === article.slug)] as const,
    ),
  ];
  for (const [facet, value, claims] of expected) {
    const pages = Array.from({ length: pagesOf(claims.length) }, (_, index) =>
      routes.claimsBy(facet, value, index + 1),
    );
    expect(new Set(pages.flatMap(claimLinks)), `${facet} ${value}`).toEqual(new Set(claims.map((claim) => claim.id)));
    expect(
      statSync(join(dir, routes.claimsBy(facet, value, pages.length + 1)), { throwIfNoEntry: false }),
    ).toBeUndefined();
  }
});

test('a source page lists its first claims and the rest follow on its further pages', () => {
  const busiest = [...graph.sources].sort((a, b) => b.claims.length - a.claims.length)[0]!;
  expect(busiest.claims.length).toBeGreaterThan(claimsPerPage);
  const pages = Array.from({ length: pagesOf(busiest.claims.length) }, (_, index) =>
    routes.sourcePage(busiest.id, index + 1),
  );
  expect(pages[0]).toBe(routes.source(busiest.id));
  expect(pages.flatMap(claimLinks)).toEqual(busiest.claims);
});

test('without JavaScript, the pager and the filter links reach every page by keyboard', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(fileUrl(routes.claims()));
  const pager = page.getByRole('navigation', { name: 'Pages of Claims' });
  await expect(pager.locator('[aria-current="page"]')).toHaveText('Page 1');
  for (let number = 2; number <= pagesOf(claimCount); number++) {
    await pager.getByRole('link', { name: 'Next page' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(fileUrl(routes.claimsPage(number)));
    await expect(pager.locator('[aria-current="page"]')).toHaveText(`Page ${number}`);
    await expect(page).toHaveTitle(new RegExp(`^Claims, page ${number} of ${pagesOf(claimCount)} · `));
  }
  await expect(pager.getByRole('link', { name: 'Next page' })).toHaveCount(0);
  const filters = page.getByRole('navigation', { name: 'Filter claims' });
  await filters.getByRole('link', { name: 'Quantity' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(fileUrl(routes.claimsBy('kind', 'quantity')));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kind: Quantity');
  await expect(filters.getByRole('link', { name: 'Quantity' })).toHaveAttribute('aria-current', 'true');
  await context.close();
});

test('old links to a filtered index land on the listing of the same claims, from disk', async ({ page }) => {
  const source = graph.claims[0]!.attribution[0]!;
  const article = graph.articles[1]!.slug;
  const cases: [string, string][] = [
    ['status=contested', routes.claimsBy('status', 'contested')],
    ['kind=quantity', routes.claimsBy('kind', 'quantity')],
    [`source=${source}`, routes.source(source)],
    [`article=${article}`, routes.claimsBy('article', article)],
    // Several filters: the narrowest listing.
    [`status=contested&kind=quantity&article=${article}`, routes.claimsBy('article', article)],
  ];
  for (const [query, route] of cases) {
    await page.goto(`${fileUrl(routes.claims())}?${query}`);
    await expect(page, query).toHaveURL(fileUrl(route));
  }
  // A value no listing has leaves the index as it is.
  await page.goto(`${fileUrl(routes.claims())}?status=bogus&kind=../../x`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Claims');
});

const sourceLinks = (route: string) =>
  [...readFileSync(join(dir, route), 'utf8').matchAll(/<li><a href="(?:\.\.\/)*sources\/([a-z0-9-]+)\.html">/g)].map(
    (match) => match[1]!,
  );

test('every source is on exactly one page of the sources list, sourcesPerPage to a page', () => {
  const count = Math.ceil(graph.sources.length / sourcesPerPage);
  expect(count).toBeGreaterThan(1);
  const pages = Array.from({ length: count }, (_, index) => sourceLinks(routes.sourcesPage(index + 1)));
  for (const page of pages.slice(0, -1)) expect(page).toHaveLength(sourcesPerPage);
  expect(pages.flat().sort()).toEqual(graph.sources.map((source) => source.id).sort());
  expect(statSync(join(dir, routes.sourcesPage(count + 1)), { throwIfNoEntry: false })).toBeUndefined();
});

test('without JavaScript, the sources list’s pager reaches its last page and back by keyboard', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const count = Math.ceil(graph.sources.length / sourcesPerPage);
  await page.goto(fileUrl(routes.sources()));
  const pager = page.getByRole('navigation', { name: 'Pages of sources' });
  await expect(
    page.getByText(`${graph.sources.length} sources. Showing 1–${sourcesPerPage} of ${graph.sources.length}.`),
  ).toBeVisible();
  await pager.getByRole('link', { name: `Page ${count}` }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(fileUrl(routes.sourcesPage(count)));
  await expect(page).toHaveTitle(new RegExp(`^Sources, page ${count} of ${count} · `));
  await expect(pager.locator('[aria-current="page"]')).toHaveText(`Page ${count}`);
  await pager.getByRole('link', { name: 'Previous page' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(fileUrl(routes.sourcesPage(count - 1)));
  await context.close();
});

test('a crawl from the home page reaches every page of every listing, and no link is broken', async ({ page }) => {
  // 330 pages, each opened in the browser: minutes on a loaded machine.
  test.setTimeout(600_000);
  const { visited, problems } = await crawl(page, fileUrl('.') + '/');
  expect(problems).toEqual([]);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => pathToFileURL(join(entry.parentPath, entry.name)).href);
  expect(new Set(visited.filter((url) => url.endsWith('.html')))).toEqual(new Set(files));
});

const busiestSource = () => [...graph.sources].sort((a, b) => b.claims.length - a.claims.length)[0]!.id;
const pagedRoutes = {
  'the index': () => routes.claimsPage(2),
  'a kind listing': () => routes.claimsBy('kind', 'quantity', 2),
  'a source': () => routes.sourcePage(busiestSource(), 2),
  'the sources list': () => routes.sourcesPage(2),
};

for (const [name, route] of Object.entries(pagedRoutes))
  test(`page 2 of ${name} has no accessibility violation`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(fileUrl(route()));
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      violations.map(
        (violation) => `${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      ),
    ).toEqual([]);
  });

test('pages with a pager pass html-validate with the repository configuration', async () => {
  const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
  const report = await new HtmlValidate(config).validateMultipleFiles(
    Object.values(pagedRoutes).map((route) => join(dir, route())),
  );
  expect(
    report.results.flatMap(({ filePath, messages }) =>
      messages.map((message) => `${filePath}:${message.line}: ${message.message} (${message.ruleId})`),
    ),
  ).toEqual([]);
});
