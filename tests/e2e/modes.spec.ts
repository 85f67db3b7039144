// The built site read three ways (see global-setup.ts): at a host's root, under a sub-path, and
// from disk after unzipping the download bundle. Every page, link and feature must work in each.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { claimKinds, corroborationStatuses, type ClaimGraph } from '../../src/core/schema.ts';
import { crawl, watch } from './crawl.ts';
import { fromDiskEnv, subPath, subPathEnv } from './global-setup.ts';

const graph: ClaimGraph = JSON.parse(readFileSync(new URL('../../dist/data/claims.json', import.meta.url), 'utf8'));
const torture = graph.claims.find((claim) => /allegations of torture/i.test(claim.text))!;

const modes = [
  { name: 'at a host’s root', site: () => test.info().project.use.baseURL! },
  { name: `under the sub-path ${subPath}`, site: () => process.env[subPathEnv]! },
  { name: 'from disk (file://), unzipped from the bundle', site: () => process.env[fromDiskEnv]! },
];

for (const mode of modes) {
  test.describe(mode.name, () => {
    test('every page is reached by links, and nothing is broken or leaves the site', async ({ page }) => {
      test.setTimeout(120_000);
      const site = mode.site();
      const { visited, problems } = await crawl(page, site);
      expect(problems).toEqual([]);
      const pages = visited.filter((url) => url.endsWith('.html'));
      expect(pages.filter((url) => url.startsWith(`${site}claims/`))).toHaveLength(graph.claims.length);
      expect(pages.filter((url) => url.startsWith(`${site}articles/`))).toHaveLength(graph.articles.length);
      expect(pages.filter((url) => url.startsWith(`${site}sources/`))).toHaveLength(graph.sources.length);
      // Every listing, reached from the index's filter links and the articles list: the sample's fit on one page each.
      expect(pages.filter((url) => url.startsWith(`${site}lists/`))).toHaveLength(
        corroborationStatuses.length + claimKinds.length + graph.articles.length,
      );
      const files = [
        'index.html',
        'articles.html',
        'claims.html',
        'sources.html',
        'search.html',
        'about.html',
        'methodology.html',
        'corrections.html',
        'styles/site.css',
        'data/claims.json',
        'data/claims.csv',
        'data/annotations.jsonld',
        'data/search-index.js',
      ];
      for (const file of files) expect(visited, file).toContain(`${site}${file}`);
    });

    test('a search from the header finds a claim by a word of its text and opens it', async ({ page }) => {
      const site = mode.site();
      const problems = watch(page, site);
      await page.goto(`${site}claims/${graph.claims[0]!.id}.html`);
      await page.getByRole('searchbox', { name: 'Search claims, articles and sources' }).fill('torture');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(`${site}search.html?q=torture`);
      await expect(page.getByRole('status')).toContainText('for “torture”');
      const result = page.locator('#search-results a', { hasText: torture.statement });
      await result.click();
      await expect(page).toHaveURL(`${site}claims/${torture.id}.html`);
      await expect(page.locator('h1')).toHaveText(torture.statement);
      expect(problems).toEqual([]);
    });

    test('the copy buttons of the cite box put the permanent URL and each citation on the clipboard', async ({
      page,
      context,
    }) => {
      const site = mode.site();
      const problems = watch(page, site);
      const origin = site.startsWith('file:') ? undefined : new URL(site).origin;
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], origin ? { origin } : {});
      // The clipboard is written asynchronously: read it until it holds the copy.
      const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
      const copies = [
        { button: 'Copy the permanent URL', text: '.cite__url' },
        { button: 'Copy the citation', text: '.cite__plain' },
        { button: 'Copy the BibTeX citation', text: '.cite__form[open] pre', open: 'BibTeX' },
      ];
      for (const copy of copies) {
        await page.goto(`${site}claims/${torture.id}.html`);
        const cite = page.locator('.cite');
        if (copy.open) await cite.locator('summary', { hasText: copy.open }).click();
        await cite.getByRole('button', { name: copy.button }).filter({ visible: true }).click();
        await expect(cite.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
        await expect.poll(clipboard).toBe(await cite.locator(copy.text).textContent());
      }
      expect(await page.locator('.cite__url').textContent()).toMatch(new RegExp(`claims/${torture.id}\\.html$`));
      expect(await page.locator('.cite__form[open] pre').textContent()).toMatch(/^@\w+\{/);
      expect(problems).toEqual([]);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every claim page is still reached from the home page, and the search page says how', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const { visited, problems } = await crawl(page, baseURL!);
    expect(problems).toEqual([]);
    expect(
      visited.filter((url) => url.includes('/claims/') && !url.includes('/lists/') && url.endsWith('.html')),
    ).toHaveLength(graph.claims.length);
    await page.goto('search.html?q=torture');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await page.getByRole('link', { name: 'claims index' }).click();
    await expect(page.locator(`a[href="claims/${torture.id}.html"]`).first()).toBeVisible();
  });

  test('a claim page shows no copy button that could not work; its citations stay selectable text', async ({
    page,
  }) => {
    await page.goto(`claims/${torture.id}.html`);
    await expect(page.locator('.cite button')).toHaveCount(0);
    await expect(page.locator('.cite__plain')).not.toBeEmpty();
  });
});

test('search typed on the search page updates as the reader types, and Back returns to the query', async ({ page }) => {
  const problems = watch(page);
  await page.goto('search.html');
  const box = page.getByRole('searchbox', { name: 'Words from a claim, an article or a source' });
  await expect(box).toBeFocused();
  await box.fill('Reuters');
  await expect(page.locator('#search-results .search-result--source a', { hasText: 'Reuters' })).toBeVisible();
  await box.fill('Uighur');
  const uyghurs = page.locator('#search-results .search-result--source a', { hasText: 'Uyghurs' });
  await expect(uyghurs).toBeVisible();
  await uyghurs.click();
  await expect(page).toHaveURL(/sources\/uyghurs\.html$/);
  await page.goBack();
  await expect(box).toHaveValue('Uighur');
  await box.fill('zzxqv');
  await expect(page.getByRole('status')).toHaveText('Nothing matches “zzxqv”.');
  expect(problems).toEqual([]);
});
