// How the site's listings hold up as a corpus grows: generates the synthetic corpus of `npm run
// bench:build` (quoting one official per 10 claims, so the sources list grows too), builds it, and in
// Chromium from file:// measures how long the first claims index page, the heaviest source page, the
// articles list and the sources list take to load, how long a filter takes to respond (following a
// status link, and an old ?status= link landing on its listing), and the largest HTML page; then checks
// that every relative link of every HTML page names a file of the site. Budgets (issue 19): pages load
// in under 1 s, a filter responds in under 200 ms, no HTML page is over 1 MB, no link is broken.
//   npm run bench:index                 (2000 claims; or pass sizes: -- 2000 20000)
//   npm run bench:index -- --out DIR 2000   (builds into DIR/site-<size>; by default a temporary folder)
//   npm run bench:index -- --out DIR --reuse 2000   (measures DIR/site-2000 again without building it)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/chromium.ts';
import { routes } from '../src/core/publish/urls.ts';
import { syntheticCorpus } from './lib/synthetic-corpus.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outRoot = outIndex >= 0 ? resolve(args[outIndex + 1]!) : mkdtempSync(join(tmpdir(), 'claimtrail-bench-index-'));
mkdirSync(outRoot, { recursive: true });
// The build's prerender step resolves packages from its output folder upwards: give it the project's.
if (!existsSync(join(outRoot, 'node_modules'))) symlinkSync(resolve('node_modules'), join(outRoot, 'node_modules'));
const reuse = args.includes('--reuse');
const sizes = args
  .filter((arg, index) => index !== outIndex && index !== outIndex + 1)
  .map(Number)
  .filter((size) => size > 0);
const runs = 3;

/** Every HTML file under a folder with its size: a walk, not a shell glob, so 20,000 files are fine. */
function htmlFiles(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, bytes: statSync(path).size };
    });
}

/**
 * Every link and resource of every page (href, src, a form's action) that stays in the site, resolved as
 * a browser reading from disk would: each must be a file. Root-relative links count as broken (from disk
 * they leave the site); links with a scheme (https:, mailto:, data:) are not the site's and are skipped.
 */
function brokenLinks(site: string, pages: readonly { path: string }[]) {
  const files = new Set(
    readdirSync(site, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name)),
  );
  const broken: string[] = [];
  let links = 0;
  let external = 0;
  for (const { path } of pages) {
    const base = pathToFileURL(path);
    for (const [, raw] of readFileSync(path, 'utf8').matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
      const link = raw!.replaceAll('&amp;', '&');
      if (/^[a-z][a-z0-9+.-]*:/i.test(link)) {
        external++;
        continue;
      }
      links++;
      const target = new URL(link, base);
      target.search = '';
      target.hash = '';
      const file = link.startsWith('/') ? '' : fileURLToPath(target);
      if (!files.has(file)) broken.push(`${relative(site, path)} -> ${link}`);
    }
  }
  return { files: files.size, links, external, broken };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Milliseconds from navigation start to the load event, as the page itself records it. */
async function loadTime(page: Page, url: string): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.goto(url, { waitUntil: 'load' });
    times.push(
      await page.evaluate(
        () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
      ),
    );
  }
  return median(times);
}

/**
 * Milliseconds from following a link on `from` (found by `selector`, or an address `to` set by hand,
 * as a reader pasting an old link would) to the load of the page it lands on, both read off the
 * browser's own clock.
 */
async function responseTime(
  page: Page,
  from: string,
  go: { selector: string } | { to: string },
  landed: RegExp,
): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.goto(from, { waitUntil: 'load' });
    const started = await page.evaluate((go) => {
      const now = performance.timeOrigin + performance.now();
      if ('selector' in go) (document.querySelector(go.selector) as HTMLAnchorElement).click();
      else window.location.href = go.to;
      return now;
    }, go);
    await page.waitForURL(landed, { waitUntil: 'load' });
    const loaded = await page.evaluate(
      () =>
        performance.timeOrigin +
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    );
    times.push(loaded - started);
  }
  return median(times);
}

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
const page = await browser.newPage();
const rows: string[] = [];
const linkRows: string[] = [];
for (const claims of sizes.length ? sizes : [2000]) {
  const site = join(outRoot, `site-${claims}`);
  const started = performance.now();
  if (!reuse || !existsSync(join(site, routes.home()))) {
    const env = { ...process.env, CLAIMTRAIL_CONTENT: syntheticCorpus(claims, Math.max(40, Math.round(claims / 10))) };
    // A big corpus's build prints megabytes of bundler warnings: room for them all, or the build is cut off.
    const built = spawnSync('npm', ['run', '-s', 'build', '--', '--outDir', site], {
      encoding: 'utf8',
      env,
      maxBuffer: 1024 ** 3,
    });
    if (built.status !== 0) {
      console.error(built.stdout, built.stderr);
      process.exit(1);
    }
  }
  const buildSeconds = (performance.now() - started) / 1000;
  const pages = htmlFiles(site);
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const sources = pages.filter((file) => relative(site, file.path).startsWith('sources/'));
  const heaviestSource = sources.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const url = (route: string) => pathToFileURL(join(site, route)).href;

  const index = await loadTime(page, url(routes.claims()));
  const source = await loadTime(page, pathToFileURL(heaviestSource.path).href);
  const articles = await loadTime(page, url(routes.articles()));
  const sourcesList = await loadTime(page, url(routes.sources()));
  const contested = /status\/contested\.html$/;
  const filter = await responseTime(
    page,
    url(routes.claims()),
    { selector: '.claim-facets a[href$="status/contested.html"]' },
    contested,
  );
  const oldLink = await responseTime(
    page,
    url(routes.claims()),
    { to: `${url(routes.claims())}?status=contested` },
    contested,
  );
  rows.push(
    [
      String(claims).padStart(6),
      `${buildSeconds.toFixed(0).padStart(5)} s`,
      String(pages.length).padStart(6),
      `${index.toFixed(0).padStart(5)} ms`,
      `${source.toFixed(0).padStart(5)} ms`,
      `${articles.toFixed(0).padStart(5)} ms`,
      `${sourcesList.toFixed(0).padStart(5)} ms`,
      `${filter.toFixed(0).padStart(5)} ms`,
      `${oldLink.toFixed(0).padStart(5)} ms`,
      `${(largest.bytes / 1024).toFixed(0).padStart(6)} KiB ${relative(site, largest.path)}`,
      `(heaviest source page: ${relative(site, heaviestSource.path)}, ${(heaviestSource.bytes / 1024).toFixed(0)} KiB)`,
    ].join('  '),
  );
  const links = brokenLinks(site, pages);
  linkRows.push(
    `${String(claims).padStart(6)}  ${pages.length} pages, ${links.files} files: ${links.links} links in the site, ` +
      `${links.broken.length} broken (${links.external} with a scheme, not checked)`,
  );
  for (const link of links.broken.slice(0, 10)) linkRows.push(`        broken: ${link}`);
  console.log(`built ${claims} claims into ${site}`);
}
await browser.close();
console.log(`medians of ${runs} runs, Chromium from file://`);
console.log('claims     build   pages     index    source  articles   sources    filter  old link  largest HTML page');
for (const row of rows) console.log(row);
console.log('links of every HTML page, resolved on disk');
for (const row of linkRows) console.log(row);
