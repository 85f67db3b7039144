// What a search result tells a reader before they open it: the words it matched, marked, and the
// claim's sourcing and verdict, shown apart (sourcing is not a verdict), in every reading mode.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ClaimGraph } from '../../src/core/schema.ts';
import { watch } from './crawl.ts';
import { fromDiskEnv, subPathEnv } from './global-setup.ts';

const graph: ClaimGraph = JSON.parse(readFileSync(new URL('../../dist/data/claims.json', import.meta.url), 'utf8'));
const torture = graph.claims.find((claim) => /allegations of torture/i.test(claim.text))!;

const modes = [
  { name: 'at a host’s root', site: () => test.info().project.use.baseURL! },
  { name: 'under a sub-path', site: () => process.env[subPathEnv]! },
  { name: 'from disk', site: () => process.env[fromDiskEnv]! },
];

for (const mode of modes)
  test(`a result marks the matched words and shows sourcing and verdict apart (${mode.name})`, async ({ page }) => {
    const problems = watch(page);
    await page.goto(`${mode.site()}search.html?q=torture`);
    const result = page.locator('#search-results .search-result--claim', {
      has: page.locator('a', { hasText: torture.statement }),
    });
    await expect(result).toHaveCount(1);
    // Only the matched word is marked, as the statement writes it.
    const marks = await result.locator('a mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((word) => word.toLowerCase() === 'torture')).toBe(true);
    await expect(result.locator('a')).toHaveText(`“${torture.statement}”`);
    const status = result.locator('.search-result__status');
    await expect(status).toContainText(/independent sources|1 source|Source not identified/);
    await expect(status).toContainText(torture.verdicts.length ? "Editor's verdict" : 'Not rated');
    expect(problems).toEqual([]);
  });

test('a title with markup-like words is marked as text, never read as markup', async ({ page }) => {
  await page.goto('search.html?q=torture');
  await expect(page.locator('#search-results a mark').first()).toBeVisible();
  // Every mark holds text only: no element the page did not create.
  expect(await page.locator('#search-results a *:not(mark)').count()).toBe(0);
});
