// What a reader sees and does: claim marks tinted by status with a card on hover or focus, the claims
// index filters (with and without JavaScript), and every page type fitting a 360 px phone.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ClaimGraph } from '../../src/core/schema.ts';
import { pageTypes } from './page-types.ts';
import { fixtureEnv } from './global-setup.ts';

const graph: ClaimGraph = JSON.parse(readFileSync(new URL('../../dist/data/claims.json', import.meta.url), 'utf8'));
const contested = graph.claims.find((claim) => claim.corroboration.status === 'contested')!;
const statusOf = new Map(graph.claims.map((claim) => [claim.id, claim.corroboration.status]));

test('each claim mark is tinted by its status, and the legend says what the tints mean', async ({ page }) => {
  const article = graph.articles.find((candidate) => candidate.slug === contested.article)!;
  await page.goto(`articles/${article.slug}.html`);
  const marks = page.locator('a.claim[data-claim]');
  const found = await marks.evaluateAll((nodes) => nodes.map((node) => [node.getAttribute('data-claim'), node.className]));
  for (const [id, className] of found) expect(className, id!).toContain(`claim--${statusOf.get(id!)}`);
  const legend = page.locator('.legend');
  for (const label of ['Corroborated', 'Single source', 'Contested', 'Rated']) await expect(legend).toContainText(label);
});

test('hovering or focusing a mark shows its card: status, attribution, cross-references', async ({ page }) => {
  await page.goto(`articles/${contested.article}.html`);
  const mark = page.locator(`a.claim[data-claim="${contested.id}"]`);
  const card = page.locator(`#card-${contested.id}`);
  await expect(card).toBeHidden();
  await mark.hover();
  await expect(card).toBeVisible();
  await expect(card).toContainText('Contested');
  await expect(card).toContainText(/\d+ cross-references?/);
  await page.mouse.move(0, 0);
  await expect(card).toBeHidden();
  // Keyboard: Tab through the page until the mark has focus.
  await page.locator('.article__body').evaluate((body) => body.scrollIntoView());
  await mark.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(mark).toBeFocused();
  await expect(card).toBeVisible();
  await expect(mark).toHaveAttribute('aria-describedby', `card-${contested.id}`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`claims/${contested.id}\\.html$`));
});

test('the claims index filters by status without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('claims.html');
  const items = page.locator('.claims-article .claim-item');
  await expect(items.filter({ visible: true })).toHaveCount(graph.claims.length);
  await page.locator('#filter-status').selectOption('contested');
  const shown = graph.claims.filter((claim) => claim.corroboration.status === 'contested').length;
  await expect(items.filter({ visible: true })).toHaveCount(shown);
  await expect(page.locator(`.claim-item:has(a[href$="${contested.id}.html"])`).first()).toBeVisible();
  await context.close();
});

test('with JavaScript the filters count, combine, and live in the address', async ({ page }) => {
  await page.goto('claims.html');
  await expect(page.locator('#filter-count')).toHaveText(`Showing all ${graph.claims.length} claims.`);
  const quotes = graph.claims.filter((claim) => claim.kind === 'quote');
  await page.locator('#filter-kind').selectOption('quote');
  await expect(page.locator('#filter-count')).toHaveText(`Showing ${quotes.length} of ${graph.claims.length} claims.`);
  await expect(page).toHaveURL(/claims\.html\?kind=quote$/);
  const source = quotes[0]!.attribution.at(-1)!;
  await page.locator('#filter-source').selectOption(source);
  const both = quotes.filter((claim) => claim.attribution.includes(source)).length;
  await expect(page.locator('#filter-count')).toHaveText(`Showing ${both} of ${graph.claims.length} claims.`);
  // Articles with no claim left are hidden whole.
  const articlesLeft = new Set(quotes.filter((claim) => claim.attribution.includes(source)).map((claim) => claim.article));
  await expect(page.locator('.claims-article').filter({ visible: true })).toHaveCount(articlesLeft.size);
  // A filtered address opens filtered.
  await page.goto(`claims.html?status=contested`);
  await expect(page.locator('#filter-status')).toHaveValue('contested');
  await expect(page.locator('#filter-count')).toHaveText(`Showing ${graph.claims.filter((claim) => claim.corroboration.status === 'contested').length} of ${graph.claims.length} claims.`);
});

for (const type of pageTypes)
  test(`the ${type.name} page fits a 360 px screen without sideways scrolling`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${type.site === 'sample' ? baseURL : process.env[fixtureEnv]}${type.route}`);
    await page.locator('details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

test('printed, a claim page drops the navigation and carries its permanent URL', async ({ page }) => {
  const claim = graph.claims[0]!;
  await page.goto(`claims/${claim.id}.html`);
  const permanent = page.locator('.print-only', { hasText: 'Permanent URL' });
  await expect(permanent).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(permanent).toBeVisible();
  await expect(permanent).toHaveText(`Permanent URL: ${claim.url}`);
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.breadcrumbs')).toBeHidden();
});
