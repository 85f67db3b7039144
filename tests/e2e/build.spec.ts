// `npm run build` on other corpora: the content folder is one environment variable, and bad content
// stops the build with a report naming file, line and column.
import { expect, test } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { filesUnder } from '../../src/cli/bundle.ts';
import { buildSite } from './build-site.ts';

test.describe.configure({ mode: 'serial' });

const build = (content: string, outDir: string) => buildSite(outDir, { CLAIMTRAIL_CONTENT: content });

test('CLAIMTRAIL_CONTENT builds the site from another corpus', async ({ page }) => {
  test.setTimeout(150_000);
  const outDir = mkdtempSync(join(tmpdir(), 'claimtrail-site-'));
  const result = build('tests/fixtures/minimal-corpus', outDir);
  expect(result.status, result.stderr).toBe(0);
  const data = JSON.parse(readFileSync(join(outDir, 'data/claims.json'), 'utf8'));
  expect(data.claims.map((claim: { id: string }) => claim.id)).toEqual(['tw22ab']);
  expect(existsSync(join(outDir, 'articles/scmp-2019-xinjiang-diplomats-invited.html'))).toBe(false);

  await page.goto(`file://${join(outDir, 'articles/wire-report.html')}`);
  await expect(page.locator('h1')).toHaveText('A one-line wire report');
  await page.locator('a.claim[data-claim="tw22ab"]').click();
  await expect(page.locator('h1')).toHaveText('“Twenty-two countries signed a letter on Wednesday”');
  await expect(page.getByText('22 countries', { exact: true })).toBeVisible();

  // The fixture's ledger holds a withdrawn and a merged claim: their cited URLs still answer.
  await page.goto(`file://${join(outDir, 'claims/wd01xx.html')}`);
  await expect(page.locator('h1')).toHaveText('Claim wd01xx was withdrawn');
  await expect(page.getByText('The agency corrected the count to twenty-two.')).toBeVisible();
  await expect(page.getByText('“Twenty countries signed”')).toBeVisible();
  await page.goto(`file://${join(outDir, 'claims/mg02xx.html')}`);
  await page.getByRole('link', { name: 'claim tw22ab' }).click();
  await expect(page.locator('h1')).toHaveText('“Twenty-two countries signed a letter on Wednesday”');
  await page.goto(`file://${join(outDir, 'claims.html')}`);
  await expect(page.getByRole('link', { name: '“Twenty countries signed”' })).toBeVisible();
});

test('removing a published claim stops the build, naming it, until the ledger says it was withdrawn', () => {
  test.setTimeout(60_000);
  const content = mkdtempSync(join(tmpdir(), 'claimtrail-corpus-'));
  cpSync('tests/fixtures/minimal-corpus', content, { recursive: true });
  const article = join(content, 'articles/wire-report.mdx');
  writeFileSync(article, readFileSync(article, 'utf8').replace(/<Claim[^>]*>(.*?)<\/Claim>/, '$1'));
  const outDir = mkdtempSync(join(tmpdir(), 'claimtrail-site-'));
  const result = build(content, outDir);
  expect(result.status).not.toBe(0);
  expect(stripVTControlCharacters(result.stderr)).toMatch(/ledger\.yaml\n\s*\d+:\d+\s+error\s+published claim "tw22ab" \(“Twenty-two countries signed a letter on Wednesday”, in wire-report\) is gone/);
  expect(existsSync(join(outDir, 'index.html'))).toBe(false);
});

test('bad content stops the build, naming file, line and column of every problem', () => {
  test.setTimeout(60_000);
  const outDir = mkdtempSync(join(tmpdir(), 'claimtrail-site-'));
  const result = build('tests/fixtures/broken-corpus', outDir);
  expect(result.status).not.toBe(0);
  const stderr = stripVTControlCharacters(result.stderr);
  expect(stderr).toContain('tests/fixtures/broken-corpus/articles/wire-report.mdx');
  expect(stderr).toMatch(/13:45\s+error\s+claim "tw22ab" value: write the number with digits only/);
  expect(stderr).toMatch(/13:176\s+error\s+unknown source "wire-agnecy"/);
  expect(existsSync(join(outDir, 'index.html'))).toBe(false);
});

test('two builds of the same content are byte for byte the same', () => {
  test.setTimeout(150_000);
  const [first, second] = [mkdtempSync(join(tmpdir(), 'claimtrail-site-')), mkdtempSync(join(tmpdir(), 'claimtrail-site-'))];
  for (const outDir of [first, second]) {
    // Each build starts without Astro's content cache, as on a fresh clone.
    rmSync('node_modules/.astro', { recursive: true, force: true });
    const result = build('content', outDir);
    expect(result.status, result.stderr).toBe(0);
  }
  expect(filesUnder(second)).toEqual(filesUnder(first));
  expect(filesUnder(first).length).toBeGreaterThan(60);
  for (const path of filesUnder(first)) expect(readFileSync(join(second, path)).equals(readFileSync(join(first, path))), path).toBe(true);
});
