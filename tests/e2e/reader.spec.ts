// What a reader sees and does: claim marks with their sourcing count and a card on hover or focus, the claims
// index filters (links to listings; old filtered links land on them), and every page type fitting a 360 px phone.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ClaimGraph } from '../../src/core/schema.ts';
import { pageTypes } from './page-types.ts';
import { fixtureEnv } from './global-setup.ts';

const graph: ClaimGraph = JSON.parse(readFileSync(new URL('../../dist/data/claims.json', import.meta.url), 'utf8'));
const contested = graph.claims.find((claim) => claim.corroboration.status === 'contested')!;
const statusOf = new Map(graph.claims.map((claim) => [claim.id, claim.corroboration.status]));

test('each claim mark carries its status id and counts its sources, in one neutral tint; the legend says sourcing is not a verdict', async ({
  page,
}) => {
  const article = graph.articles.find((candidate) => candidate.slug === contested.article)!;
  await page.goto(`articles/${article.slug}.html`);
  const marks = page.locator('.article__body a.claim[data-claim]');
  const found = await marks.evaluateAll((nodes) =>
    nodes.map((node) => ({
      id: node.getAttribute('data-claim')!,
      className: node.className,
      independent: node.parentElement!.getAttribute('data-independent'),
      count: getComputedStyle(node.parentElement!, '::after').content,
      background: getComputedStyle(node).backgroundColor,
    })),
  );
  const independentOf = new Map(graph.claims.map((claim) => [claim.id, claim.corroboration.independent]));
  for (const mark of found) {
    // The status id stays in the markup (published links and styles rely on it); readers see a count.
    expect(mark.className, mark.id).toContain(`claim--${statusOf.get(mark.id)}`);
    expect(mark.independent, mark.id).toBe(String(independentOf.get(mark.id)));
    expect(mark.count, mark.id).toContain(String(independentOf.get(mark.id)));
  }
  // No traffic light: every mark has the same tint, whatever its sourcing.
  expect(new Set(found.map((mark) => mark.background)).size).toBe(1);
  expect(new Set(found.map((mark) => statusOf.get(mark.id))).size).toBeGreaterThan(1);
  const legend = page.locator('.legend');
  await expect(legend).toContainText('how many independent sources say it');
  await expect(legend).toContainText('another claim disputes it');
  await expect(legend).toContainText('it is not a judgement of whether it is true');
  await expect(legend).toContainText('an editor has given a verdict');
  await expect(legend).not.toContainText(/corroborat|contested|single source/i);
});

test('hovering or focusing a mark shows its card: statement, sourcing, verdict, cross-references', async ({ page }) => {
  await page.goto(`articles/${contested.article}.html`);
  const mark = page.locator(`a.claim[data-claim="${contested.id}"]`);
  const card = page.locator(`#card-${contested.id}`);
  await expect(card).toBeHidden();
  await mark.hover();
  await expect(card).toBeVisible();
  await expect(card).toContainText(contested.statement);
  await expect(card.locator('.sourcing')).toContainText(
    `Disputed by ${contested.corroboration.conflictsWith.length} other claim`,
    { ignoreCase: true },
  );
  await expect(card.locator('.verdict-badge')).toHaveText(
    contested.verdicts.length ? /^Editor's verdict: / : 'Not rated',
  );
  await expect(card).not.toContainText(/contested|corroborat/i);
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

test('the claims index filters by status without JavaScript: a link to the listing of that status', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('claims.html');
  const items = page.locator('.claims-article .claim-item');
  await expect(items).toHaveCount(graph.claims.length);
  const contestedCount = graph.claims.filter((claim) => claim.corroboration.status === 'contested').length;
  const filters = page.getByRole('navigation', { name: 'Filter claims' });
  await expect(filters.getByRole('listitem').filter({ hasText: 'Disputed by another claim' })).toContainText(
    String(contestedCount),
  );
  await filters.getByRole('link', { name: 'Disputed by another claim' }).click();
  await expect(page).toHaveURL(/lists\/status\/contested\.html$/);
  await expect(items).toHaveCount(contestedCount);
  await expect(page.locator(`.claim-item:has(a[href$="${contested.id}.html"])`).first()).toBeVisible();
  await context.close();
});

test('with JavaScript, an old link to a filtered index (?kind=, ?status=) opens the listing of the same claims', async ({
  page,
}) => {
  await page.goto('claims.html?kind=quote');
  await expect(page).toHaveURL(/lists\/kind\/quote\.html$/);
  await expect(page.locator('.claims-article .claim-item')).toHaveCount(
    graph.claims.filter((claim) => claim.kind === 'quote').length,
  );
  await page.goto('claims.html?status=contested');
  await expect(page).toHaveURL(/lists\/status\/contested\.html$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sourcing: Disputed by another claim');
});

for (const type of pageTypes)
  test(`the ${type.name} page fits a 360 px screen without sideways scrolling`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${type.site === 'sample' ? baseURL : process.env[fixtureEnv]}${type.route}`);
    await page
      .locator('details')
      .evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
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
