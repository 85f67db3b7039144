// Reads a whole built site the way a reader's browser would: every page reached by following links
// from the home page, every style, script and data file they load. Anything broken is a problem.
import type { Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Crawl {
  /** Every URL reached: pages and the files they link to or load. */
  visited: string[];
  problems: string[];
}

/** Collects console errors, failed requests, error responses and requests that leave `scope`. */
export function watch(page: Page, scope?: string): string[] {
  const problems: string[] = [];
  page.on(
    'console',
    (message) => message.type() === 'error' && problems.push(`console: ${message.text()} (${message.location().url})`),
  );
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // A request the next navigation cancels (ERR_ABORTED) did not fail.
  page.on(
    'requestfailed',
    (request) =>
      request.failure()?.errorText !== 'net::ERR_ABORTED' &&
      problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on(
    'response',
    (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`),
  );
  if (scope)
    page.on(
      'request',
      (request) => !request.url().startsWith(scope) && problems.push(`request outside the site: ${request.url()}`),
    );
  return problems;
}

/** Whether a URL outside the site is one of ours gone astray (same host or another file) or really external. */
function strays(url: URL, scope: URL): boolean {
  return url.protocol === 'file:' || url.origin === scope.origin;
}

async function exists(page: Page, url: string): Promise<boolean> {
  if (url.startsWith('file:')) return existsSync(fileURLToPath(url));
  return (await page.request.get(url)).status() === 200;
}

/** Crawls every page under `scope` (a URL ending in "/") reachable from its index.html. */
export async function crawl(page: Page, scope: string): Promise<Crawl> {
  const problems = watch(page, scope);
  const scopeUrl = new URL(scope);
  const ids = new Map<string, Set<string>>(); // page URL -> element ids on it
  const links: { from: string; to: string }[] = [];
  const queue = [new URL('index.html', scope).href];
  const seen = new Set<string>();
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    if (!(await exists(page, url))) {
      problems.push(`missing: ${url}`);
      continue;
    }
    // Styles, icons, scripts and data are loaded or fetched, not read as pages.
    if (!url.endsWith('.html')) continue;
    await page.goto(url);
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((node) => node.id),
      urls: [...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')]
        .map((node) => node.href)
        .concat(
          [...document.querySelectorAll<HTMLScriptElement | HTMLImageElement>('script[src], img[src]')].map(
            (node) => node.src,
          ),
        ),
      forms: [...document.querySelectorAll('form')].map((form) => form.action),
      // Browsers refuse module scripts from file://; inline scripts would also break a strict policy.
      // JSON-LD is data, not code: browsers never run it.
      unfit: [...document.querySelectorAll('script')]
        .filter((script) => script.type === 'module' || (!script.src && script.type !== 'application/ld+json'))
        .map((script) => script.outerHTML.slice(0, 80)),
    }));
    for (const script of found.unfit) problems.push(`script that is not a classic file: ${url}: ${script}`);
    ids.set(url, new Set(found.ids));
    for (const to of [...found.urls, ...found.forms]) {
      const target = new URL(to);
      if (!to.startsWith(scope)) {
        if (strays(target, scopeUrl)) problems.push(`link outside the site: ${url} -> ${to}`);
        continue;
      }
      links.push({ from: url, to });
      target.hash = '';
      target.search = '';
      queue.push(target.href);
    }
  }
  for (const { from, to } of links) {
    const fragment = new URL(to).hash.slice(1);
    const target = to.split('#')[0]!.split('?')[0]!;
    if (fragment && !ids.get(target)?.has(decodeURIComponent(fragment)))
      problems.push(`no element #${fragment}: ${from} -> ${to}`);
  }
  return { visited: [...seen], problems };
}
