// The built sample site, served as a static host would serve it, read in a real Chromium.
import { expect, test, type Page } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import type { ClaimGraph } from '../../src/core/schema.ts';

const graph: ClaimGraph = JSON.parse(readFileSync(new URL('../../dist/data/claims.json', import.meta.url), 'utf8'));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Fails the test on any console error or failed request of the page. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()} (${message.location().url})`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // A request the next navigation cancels (ERR_ABORTED) did not fail.
  page.on('requestfailed', (request) => request.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${request.url()}`));
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`));
  return problems;
}

test('claims.json validates against docs/claims.schema.json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../docs/claims.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  expect(validate(graph), JSON.stringify(validate.errors, null, 2)).toBe(true);
  expect(graph.claims.length).toBeGreaterThanOrEqual(25);
});

for (const article of graph.articles) {
  test(`the article page “${article.slug}” shows each of its claims, marked, in order`, async ({ page }) => {
    const problems = watch(page);
    await page.goto(`articles/${article.slug}.html`);
    const marks = page.locator('.article__body a.claim[data-claim]');
    await expect(marks).toHaveCount(article.claims.length);
    expect(await marks.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-claim')))).toEqual(article.claims);
    const texts = await marks.allInnerTexts();
    article.claims.forEach((id, index) => {
      expect(squash(texts[index]!)).toBe(graph.claims.find((claim) => claim.id === id)!.text);
    });
    for (const mark of await marks.all()) await expect(mark).toBeVisible();
    expect(problems).toEqual([]);
  });
}

test('from a claim mark a reader reaches the claim page, and comes back to the exact spot', async ({ page }) => {
  const problems = watch(page);
  const claim = graph.claims.find((candidate) => candidate.quantity?.min === 1000000 && candidate.block > 2)!;
  const article = graph.articles.find((candidate) => candidate.slug === claim.article)!;
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto(`articles/${article.slug}.html`);
  await page.locator(`a.claim[data-claim="${claim.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claim.id}\\.html$`));
  await expect(page.locator('h1')).toHaveText(`“${claim.text}”`);
  await expect(page.locator('.context mark')).toHaveText(claim.text);

  await page.getByRole('link', { name: 'Read it in the article' }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}\\.html#claim-${claim.id}$`));
  const target = page.locator(':target');
  await expect(target).toHaveAttribute('data-claim', claim.id);
  await expect(target).toBeInViewport();
  expect(problems).toEqual([]);
});

test('every internal link of the built site resolves, to a page and to the element it names', async ({ page, baseURL }) => {
  const problems = watch(page);
  const origin = new URL(baseURL!).origin;
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) problems.push(`request to another origin: ${request.url()}`);
  });
  const visited = new Map<string, Set<string>>(); // page URL -> ids on it
  const links: { from: string; to: string }[] = [];
  const queue = [new URL('index.html', baseURL).href];
  while (queue.length) {
    const url = queue.shift()!;
    if (visited.has(url)) continue;
    if (!url.endsWith('.html')) {
      // Styles, icons and data: fetched, not opened as a page.
      expect((await page.request.get(url)).status(), url).toBe(200);
      visited.set(url, new Set());
      continue;
    }
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((node) => node.id),
      hrefs: [...document.querySelectorAll('a[href], link[href]')].map((node) => (node as HTMLAnchorElement).href),
    }));
    visited.set(url, new Set(found.ids));
    for (const to of found.hrefs) {
      if (!to.startsWith(origin)) continue;
      links.push({ from: url, to });
      const target = to.split('#')[0]!;
      if (!visited.has(target)) queue.push(target);
    }
  }
  for (const { from, to } of links) {
    const [target, fragment] = to.split('#');
    if (fragment) expect(visited.get(target!)?.has(decodeURIComponent(fragment)), `${from} -> ${to}`).toBe(true);
  }
  const pages = [...visited.keys()];
  expect(pages.filter((url) => url.includes('/claims/')).length).toBe(graph.claims.length);
  expect(pages.filter((url) => url.includes('/articles/')).length).toBe(graph.articles.length);
  for (const id of ['scmp', 'cnn', 'reuters', 'us-state-department', 'human-rights-watch', 'john-fisher', 'china-foreign-ministry'])
    expect(pages, id).toContain(new URL(`sources/${id}.html`, baseURL).href);
  expect(problems).toEqual([]);
});

test('a source page lists every claim attributed to the source, through any chain', async ({ page }) => {
  const reuters = graph.sources.find((source) => source.id === 'reuters')!;
  expect(reuters.claims.length).toBeGreaterThan(0);
  await page.goto('sources/reuters.html');
  const items = page.locator('.claim-list .claim-item__text');
  await expect(items).toHaveCount(reuters.claims.length);
  for (const id of reuters.claims) await expect(page.locator(`.claim-list a[href="../claims/${id}.html"]`).first()).toBeVisible();
});
