// The built sample site, served as a static host would serve it, read in a real Chromium.
import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import type { ClaimGraph } from '../../src/core/schema.ts';
import { watch } from './crawl.ts';

const graph: ClaimGraph = JSON.parse(readFileSync(new URL('../../dist/data/claims.json', import.meta.url), 'utf8'));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('claims.json validates against docs/claims.schema.json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../docs/claims.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  expect(validate(graph), JSON.stringify(validate.errors, null, 2)).toBe(true);
  expect(graph.claims.length).toBeGreaterThanOrEqual(25);
});

test('`claimtrail analyze` prints the claim graph the build wrote, without building', () => {
  const result = spawnSync(process.execPath, ['bin/claimtrail.js', 'analyze'], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toBe(readFileSync('dist/data/claims.json', 'utf8'));
});

test('`claimtrail analyze` on a broken corpus names every problem and prints no graph', () => {
  const result = spawnSync(
    process.execPath,
    ['bin/claimtrail.js', 'analyze', '--content', 'tests/fixtures/broken-corpus'],
    { encoding: 'utf8' },
  );
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(stripVTControlCharacters(result.stderr)).toMatch(
    /broken-corpus\/articles\/wire-report\.mdx\n\s*13:45\s+error/,
  );
});

for (const article of graph.articles) {
  test(`the article page “${article.slug}” shows each of its claims, marked, in order`, async ({ page }) => {
    const problems = watch(page);
    await page.goto(`articles/${article.slug}.html`);
    const marks = page.locator('.article__body a.claim[data-claim]');
    await expect(marks).toHaveCount(article.claims.length);
    expect(await marks.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-claim')))).toEqual(
      article.claims,
    );
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
  await expect(page.locator('h1')).toHaveText(claim.statement);
  await expect(page.locator('.context mark')).toHaveText(claim.text);

  await page.getByRole('link', { name: 'Read it in the article' }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}\\.html#claim-${claim.id}$`));
  const target = page.locator(':target');
  await expect(target).toHaveAttribute('data-claim', claim.id);
  await expect(target).toBeInViewport();
  expect(problems).toEqual([]);
});

test('a source page lists every claim attributed to the source, through any chain', async ({ page }) => {
  const reuters = graph.sources.find((source) => source.id === 'reuters')!;
  expect(reuters.claims.length).toBeGreaterThan(0);
  await page.goto('sources/reuters.html');
  const items = page.locator('.claim-list .claim-item__text');
  await expect(items).toHaveCount(reuters.claims.length);
  for (const id of reuters.claims)
    await expect(page.locator(`.claim-list a[href="../claims/${id}.html"]`).first()).toBeVisible();
});
