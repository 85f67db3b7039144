// How fast the search page answers on a big site, read from disk: for each size, generates the synthetic
// corpus of `npm run bench:build`, reads its claim graph with the core (no site build), writes the index
// files the site's routes would, next to the search page and scripts of a built site, and in Chromium
// from file:// times a query until the page first answers, until it shows the query's result and until
// every part is searched; then the same with the whole index in one file, the baseline, in the same run.
// The query is the last claim's id: only the index's last part holds it.
//   npm run bench:search                    (2000 and 20000 claims; or pass sizes: -- 5000)
//   npm run bench:search -- --site DIR 2000 (the search page of the site built in DIR; by default dist/)
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/chromium.ts';
import { loadCorpusOrThrow } from '../src/core/content/corpus.ts';
import { searchDocuments, searchPartScript, searchParts } from '../src/core/publish/search.ts';
import type { SearchDocument } from '../src/core/schema.ts';
import { routes } from '../src/core/publish/urls.ts';
import { syntheticCorpus } from './lib/synthetic-corpus.ts';

const args = process.argv.slice(2);
const siteIndex = args.indexOf('--site');
const builtSite = resolve(siteIndex >= 0 ? args[siteIndex + 1]! : 'dist');
const sizes = args.filter((_, index) => siteIndex < 0 || (index !== siteIndex && index !== siteIndex + 1)).map(Number);
const runs = 3;

if (!existsSync(join(builtSite, routes.search()))) {
  console.error(`No search page in ${builtSite}: run \`npm run build\` first, or pass --site DIR of a built site.`);
  process.exit(2);
}

/** A folder with the built site's search page, scripts and styles, and an index of these parts. */
function searchSite(parts: SearchDocument[][]): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-bench-search-'));
  for (const route of [routes.search(), routes.style(), 'scripts'])
    cpSync(join(builtSite, route), join(dir, route), { recursive: true });
  parts.forEach((_, index) => {
    const file = join(dir, routes.searchData(index + 1));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, searchPartScript(parts, index + 1));
  });
  return dir;
}

interface Timings {
  answered: number;
  found: number;
  complete: number;
}

/** Milliseconds from navigation until the status first speaks, the query's result shows and all is searched. */
async function timeQuery(browser: Browser, site: string, query: string, route: string): Promise<Timings> {
  const page = await browser.newPage();
  await page.addInitScript(
    ({ route }) => {
      const seen: Record<string, number> = {};
      (window as unknown as { searchTimings: typeof seen }).searchTimings = seen;
      new MutationObserver(() => {
        const status = document.getElementById('search-status')?.textContent ?? '';
        const now = performance.now();
        if (status) seen.answered ??= now;
        if (document.querySelector(`#search-results a[href="${route}"]`)) seen.found ??= now;
        if (status && !status.includes('still loading')) seen.complete ??= now;
      }).observe(document, { subtree: true, childList: true, characterData: true });
    },
    { route },
  );
  await page.goto(`${pathToFileURL(join(site, routes.search())).href}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => (window as unknown as { searchTimings: Timings }).searchTimings.complete, null, {
    timeout: 120_000,
  });
  const timings = await page.evaluate(() => (window as unknown as { searchTimings: Timings }).searchTimings);
  await page.close();
  return timings;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
try {
  for (const size of sizes.length ? sizes : [2000, 20000]) {
    const graph = loadCorpusOrThrow(syntheticCorpus(size));
    const documents = searchDocuments(graph);
    const last = graph.claims.at(-1)!;
    const indexes = { parts: searchParts(documents), 'one file': [documents] };
    const measured: Record<string, Timings> = {};
    console.log(`\n${size.toLocaleString('en')} claims, ${documents.length.toLocaleString('en')} documents`);
    for (const [name, parts] of Object.entries(indexes)) {
      const site = searchSite(parts);
      const bytes = parts.map((_, index) => Buffer.byteLength(searchPartScript(parts, index + 1)));
      const times: Timings[] = [];
      // Interleaved with nothing else: each run opens the page afresh in a new tab.
      for (let run = 0; run < runs; run++) times.push(await timeQuery(browser, site, last.id, routes.claim(last.id)));
      const timing = {
        answered: median(times.map((each) => each.answered)),
        found: median(times.map((each) => each.found)),
        complete: median(times.map((each) => each.complete)),
      };
      measured[name] = timing;
      console.log(
        `  ${name.padEnd(8)}  ${kb(bytes.reduce((sum, each) => sum + each, 0))} in ${parts.length} file(s), ` +
          `first ${kb(bytes[0]!)}; first answer ${ms(timing.answered)}, last claim found ${ms(timing.found)}, ` +
          `all searched ${ms(timing.complete)}`,
      );
    }
    const [split, whole] = [measured.parts!, measured['one file']!];
    console.log(
      `  first answer ${(whole.answered / split.answered).toFixed(1)}x sooner in parts; all searched in ` +
        `${(split.complete / whole.complete).toFixed(2)}x the one file's time`,
    );
  }
} finally {
  await browser.close();
}
