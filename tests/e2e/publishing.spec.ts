// A site of its own, in the three ways people read it (global-setup.ts): every page's footer links the
// editorial pages, and every page says what a shared link to it shows (Open Graph, Twitter card).
// The sample is built without its address, so no og:url or og:image is guessed; build.spec.ts checks
// a build that knows its address.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ClaimGraph } from '../../src/core/schema.ts';
import { watch } from './crawl.ts';
import { fixtureEnv, fromDiskEnv, subPath, subPathEnv } from './global-setup.ts';

const graph: ClaimGraph = JSON.parse(readFileSync(new URL('../../dist/data/claims.json', import.meta.url), 'utf8'));
const claim = graph.claims.find((candidate) => candidate.id === 'a5uu7h')!;
const article = graph.articles[0]!;

const modes = [
  { name: 'at a host’s root', site: () => test.info().project.use.baseURL! },
  { name: `under the sub-path ${subPath}`, site: () => process.env[subPathEnv]! },
  { name: 'from disk (file://), unzipped from the bundle', site: () => process.env[fromDiskEnv]! },
];

const editorial = [
  { link: 'About', file: 'about.html', heading: 'About this site' },
  { link: 'Methodology', file: 'methodology.html', heading: 'Methodology' },
  { link: 'Corrections', file: 'corrections.html', heading: 'Corrections' },
];

/** The page's share tags, by property or name: what a link preview reads. */
const shareTags = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')].map((meta) => [
        meta.getAttribute('property') ?? meta.getAttribute('name'),
        meta.getAttribute('content'),
      ]),
    ),
  );

for (const mode of modes)
  test.describe(mode.name, () => {
    test('the footer of every kind of page links to About, Methodology and Corrections, and each opens', async ({
      page,
    }) => {
      const site = mode.site();
      const problems = watch(page, site);
      for (const from of ['index.html', `claims/${claim.id}.html`, `articles/${article.slug}.html`, 'search.html'])
        for (const { link, file, heading } of editorial) {
          await page.goto(`${site}${from}`);
          const footer = page.getByRole('contentinfo').getByRole('navigation', { name: 'About this site' });
          await expect(footer.getByRole('link')).toHaveText(editorial.map((entry) => entry.link));
          await footer.getByRole('link', { name: link, exact: true }).click();
          await expect(page).toHaveURL(`${site}${file}`);
          await expect(page.locator('h1')).toHaveText(heading);
          // The page it opens says so in its own footer.
          await expect(page.getByRole('contentinfo').getByRole('link', { name: link, exact: true })).toHaveAttribute(
            'aria-current',
            'page',
          );
        }
      expect(problems).toEqual([]);
    });

    test('the editorial pages say what the tool does, and their links stay inside the site', async ({ page }) => {
      const site = mode.site();
      const problems = watch(page, site);
      await page.goto(`${site}methodology.html`);
      await expect(page.getByRole('heading', { name: 'Sourcing is not a verdict' })).toBeVisible();
      await page.locator('main').getByRole('link', { name: 'corrections', exact: true }).click();
      await expect(page).toHaveURL(`${site}corrections.html`);
      // The sample has withdrawn, merged and re-rated nothing, and says so.
      await expect(page.getByText('Nothing has been withdrawn, merged or re-rated.')).toBeVisible();
      await page.goto(`${site}about.html`);
      await expect(page.locator('main')).toContainText('no editor has given a verdict on any claim here');
      // Relative, so it opens the data of the copy being read (modes.spec.ts crawls every link).
      await expect(page.locator('main').getByRole('link', { name: 'claim graph' })).toHaveAttribute(
        'href',
        'data/claims.json',
      );
      expect(problems).toEqual([]);
    });

    test("a claim page tells a link preview its statement, and every page the site's name", async ({ page }) => {
      const site = mode.site();
      await page.goto(`${site}claims/${claim.id}.html`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      expect(await shareTags(page)).toEqual({
        'og:title': claim.statement,
        'og:description': claim.statement,
        'og:type': 'article',
        'og:site_name': 'Claimtrail',
        // Built without CLAIMTRAIL_SITE: no absolute address to give, so no og:url or og:image.
        'twitter:card': 'summary',
      });
      await page.goto(`${site}index.html`);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(await shareTags(page)).toEqual({
        'og:title': 'Fact-check trail',
        'og:description': description,
        'og:type': 'website',
        'og:site_name': 'Claimtrail',
        'twitter:card': 'summary',
      });
      await page.goto(`${site}articles/${article.slug}.html`);
      expect(await shareTags(page)).toMatchObject({ 'og:title': article.label, 'og:type': 'article' });
    });
  });

test.describe('a site with settings of its own (tests/fixtures/minimal-corpus)', () => {
  const site = () => process.env[fixtureEnv]!;

  test('is named, in its language, on every page and in its share tags', async ({ page }) => {
    await page.goto(`${site()}claims/tw22ab.html`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page).toHaveTitle('Twenty-two countries signed a letter on Wednesday. · Wire Desk Checks');
    await expect(page.locator('.brand')).toHaveText('Wire Desk Checks');
    // A share image is set, but the fixture is built without its address: it cannot be named.
    expect(await shareTags(page)).toMatchObject({ 'og:site_name': 'Wire Desk Checks', 'twitter:card': 'summary' });
    expect(await shareTags(page)).not.toHaveProperty('og:image');
  });

  test('About names the publisher, the contact and the licence of the texts', async ({ page }) => {
    await page.goto(`${site()}about.html`);
    const facts = page.locator('main dl');
    await expect(facts.getByRole('link', { name: 'Wire Desk' })).toHaveAttribute('href', 'https://wire.example/');
    await expect(facts.getByRole('link', { name: 'corrections@wire.example' })).toHaveAttribute(
      'href',
      'mailto:corrections@wire.example',
    );
    await expect(facts.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by/4.0/',
    );
  });

  test('Corrections lists the re-rated, merged and withdrawn claims, newest first, each a link to its page', async ({
    page,
  }) => {
    const problems = watch(page, site());
    await page.goto(`${site()}corrections.html`);
    const items = page.locator('ul.corrections > li');
    await expect(items).toHaveText([
      /^20 November 2026: the claim “Twenty-two countries signed a letter on Wednesday\.” was re-rated from Unproven to True by Fact-check desk: The letter, published the next day/,
      /^3 November 2026: the claim “signed a letter on Wednesday” was merged into claim tw22ab: The same fact as the longer claim\.$/,
      /^2 November 2026: the claim “Twenty countries signed” was withdrawn: The agency corrected the count to twenty-two\.$/,
    ]);
    await items.nth(2).getByRole('link', { name: '“Twenty countries signed”' }).click();
    await expect(page.locator('h1')).toHaveText('Claim wd01xx was withdrawn');
    await page.goBack();
    await items.nth(1).getByRole('link', { name: 'claim tw22ab' }).click();
    await expect(page.locator('h1')).toHaveText('Twenty-two countries signed a letter on Wednesday.');
    expect(problems).toEqual([]);
  });

  test('the claims index lists withdrawn and merged claims, a merged one with a link to where it now lives', async ({
    page,
  }) => {
    await page.goto(`${site()}claims.html`);
    const retired = page.locator('.retired-list > li');
    await expect(retired.filter({ hasText: 'Twenty countries signed' })).toContainText('withdrawn on 2026-11-02');
    const merged = retired.filter({ hasText: 'signed a letter on Wednesday' });
    await expect(merged).toContainText('merged into claim tw22ab on 2026-11-03');
    await merged.getByRole('link', { name: 'claim tw22ab' }).click();
    await expect(page.locator('h1')).toHaveText('Twenty-two countries signed a letter on Wednesday.');
  });
});
