// What a search result tells a reader before they open it: the words it matched, marked, and the
// claim's sourcing and verdict, shown apart (sourcing is not a verdict), in every reading mode; and
// search on a site whose index comes in parts, which finds what only the last part holds.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { searchGlobal, searchPartGlobal } from '../../src/core/publish/search.ts';
import { routes } from '../../src/core/publish/urls.ts';
import type { ClaimGraph, SearchDocument } from '../../src/core/schema.ts';
import { watch } from './crawl.ts';
import { fromDiskEnv, listingsDirEnv, subPathEnv } from './global-setup.ts';
import { serveStatic } from './static-server.ts';

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

test.describe('a site whose search index comes in parts (the synthetic corpus)', () => {
  // Reading the synthetic corpus's claims.json and running every part of its index takes a while on a
  // busy machine, before the browser starts: the default 30 s was seen running out in a loaded CI run.
  test.describe.configure({ timeout: 120_000 });
  const dir = () => process.env[listingsDirEnv]!;
  const read = (route: string) => readFileSync(join(dir(), route), 'utf8');

  /** The index as the built files give it: the first part's data, and the documents of each other part. */
  function builtIndex() {
    const window: Record<string, unknown> = {};
    const others: SearchDocument[][] = [];
    window[searchPartGlobal] = (part: { documents: SearchDocument[] }) => others.push(part.documents);
    runInNewContext(read(routes.searchData()), { window });
    const first = window[searchGlobal] as { documents: SearchDocument[]; count: number; parts: string[] };
    for (const route of first.parts) runInNewContext(read(route), { window });
    return { first, others };
  }

  const modes = [
    {
      name: 'from disk',
      site: () => Promise.resolve({ url: pathToFileURL(`${dir()}/`).href, close: () => Promise.resolve() }),
    },
    { name: 'at a host’s root', site: () => serveStatic(dir()) },
  ];
  for (const mode of modes)
    test(`finds a claim only the last part holds, saying how much is searched until all is (${mode.name})`, async ({
      page,
    }) => {
      const graph: ClaimGraph = JSON.parse(read(routes.claimsData()));
      const total = graph.claims.length + graph.articles.length + graph.sources.length;
      const { first, others } = builtIndex();
      expect(others.length).toBeGreaterThan(0);
      expect(first.count).toBe(total);
      const last = graph.claims.at(-1)!;
      expect(others.at(-1)!.map((document) => document.id)).toContain(`claim:${last.id}`);
      expect(first.documents.map((document) => document.id)).not.toContain(`claim:${last.id}`);

      // Every status the page shows, in the order it shows them.
      await page.addInitScript(() => {
        const shown: string[] = [];
        (window as unknown as { statuses: string[] }).statuses = shown;
        new MutationObserver(() => {
          const text = document.getElementById('search-status')?.textContent;
          if (text && text !== shown.at(-1)) shown.push(text);
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
      const problems = watch(page);
      const site = await mode.site();
      try {
        await page.goto(`${site.url}${routes.search()}?q=${last.id}`);
        await expect(page.locator(`#search-results a[href="${routes.claim(last.id)}"]`)).toHaveText(
          `“${last.statement}”`,
        );
        await expect(page.locator('#search-status')).toHaveText(new RegExp(`^\\d+ results? for “${last.id}”\\.$`));
        const statuses = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
        // The first answer comes from the first part alone, and says so.
        expect(statuses[0]).toContain(
          `“${last.id}” so far: ${first.documents.length} of ${total} items searched, the rest still loading.`,
        );
        expect(statuses.at(-1)).not.toMatch(/still loading/);
        expect(problems).toEqual([]);
      } finally {
        await site.close();
      }
    });
});
