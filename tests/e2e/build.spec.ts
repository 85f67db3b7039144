// `npm run build` on other corpora: the content folder is one environment variable, and bad content
// stops the build with a report naming file, line and column.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

test.describe.configure({ mode: 'serial' });

function build(content: string, outDir: string) {
  return spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, CLAIMTRAIL_CONTENT: content },
    timeout: 120_000,
  });
}

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
