// A claim mark's card (statement, who claims it, sourcing, verdict) on a phone: it fits a 390 px screen,
// and a touch screen, which has no hover, shows it on a first tap and opens the claim page on a second.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ClaimGraph } from '../../src/core/schema.ts';
import { watch } from './crawl.ts';
import { fromDiskEnv, subPathEnv } from './global-setup.ts';

const graph: ClaimGraph = JSON.parse(readFileSync(new URL('../../dist/data/claims.json', import.meta.url), 'utf8'));
// The last claim of an article: its mark stands far down and often far right, where a card runs off a phone.
const article = graph.articles[0]!;
const lastClaim = graph.claims.find((claim) => claim.id === article.claims.at(-1))!;

const modes = [
  { name: 'at a host’s root', site: () => test.info().project.use.baseURL! },
  { name: 'under a sub-path', site: () => process.env[subPathEnv]! },
  { name: 'from disk', site: () => process.env[fromDiskEnv]! },
];

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

for (const mode of modes)
  test(`on a phone, a first tap shows the whole card on screen and a second opens the claim (${mode.name})`, async ({
    page,
  }) => {
    const problems = watch(page);
    await page.goto(`${mode.site()}articles/${article.slug}.html`);
    const mark = page.locator(`a.claim[data-claim="${lastClaim.id}"]`);
    const card = page.locator(`#card-${lastClaim.id}`);
    await mark.scrollIntoViewIfNeeded();
    await expect(card).toBeHidden();

    await mark.tap();
    await expect(card).toBeVisible();
    await expect(card).toContainText(lastClaim.statement);
    await expect(page).toHaveURL(new RegExp(`articles/${article.slug}\\.html`));
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);

    // A tap elsewhere closes it; a tap on the mark with its card shown opens the claim page.
    await page.locator('h1').tap();
    await expect(card).toBeHidden();
    await mark.tap();
    await expect(card).toBeVisible();
    await mark.tap();
    await expect(page).toHaveURL(new RegExp(`claims/${lastClaim.id}\\.html$`));
    expect(problems).toEqual([]);
  });

test('a mouse still opens the claim page at the first click, the card shown on hover', async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto(`${test.info().project.use.baseURL}articles/${article.slug}.html`);
  const mark = page.locator(`a.claim[data-claim="${lastClaim.id}"]`);
  await mark.hover();
  await expect(page.locator(`#card-${lastClaim.id}`)).toBeVisible();
  await mark.click();
  await expect(page).toHaveURL(new RegExp(`claims/${lastClaim.id}\\.html$`));
  await page.close();
});
