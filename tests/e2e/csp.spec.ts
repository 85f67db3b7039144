// The Content-Security-Policy every page carries (src/layouts/Base.astro): nothing runs but the site's
// own script files, in all three ways the site is read. Every page type is opened at a host's root,
// under a sub-path and from disk, with a `dialog` listener and a listener for CSP violations, and must
// raise neither while it still works (search finds, an old filtered link to the claims index lands on its listing). The built HTML itself
// is checked too, so an inline script, event handler or style attribute added back fails here even on a
// page the browser tests do not open.
import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import {
  fixtureDirEnv,
  fixtureEnv,
  fromDiskEnv,
  hostileDirEnv,
  hostileEnv,
  subPath,
  subPathEnv,
} from './global-setup.ts';
import { pageTypes, type PageType } from './page-types.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

type Site = PageType['site'];
type Mode = 'root' | 'sub-path' | 'disk';

// The fixture corpus is built once, for the root (global-setup.ts). Its links are relative, so the same
// files also serve under a sub-path and read from disk; only its permanent URLs would differ.
let fixtureUnderSubPath: StaticSite | undefined;
test.beforeAll(async () => {
  fixtureUnderSubPath = await serveStatic(process.env[fixtureDirEnv]!, subPath);
});
test.afterAll(async () => {
  await fixtureUnderSubPath?.close();
});

const siteDirs: Record<Site, () => string> = { sample: () => 'dist', fixture: () => process.env[fixtureDirEnv]! };
const siteUrls: Record<Site, Record<Mode, () => string>> = {
  sample: {
    root: () => test.info().project.use.baseURL!,
    'sub-path': () => process.env[subPathEnv]!,
    disk: () => process.env[fromDiskEnv]!,
  },
  fixture: {
    root: () => process.env[fixtureEnv]!,
    'sub-path': () => fixtureUnderSubPath!.url,
    disk: () => `${pathToFileURL(process.env[fixtureDirEnv]!).href}/`,
  },
};
const modeNames: Record<Mode, string> = {
  root: 'at a host’s root',
  'sub-path': `under ${subPath}`,
  disk: 'from disk (file://)',
};

/** A policy's directives: name -> source list. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** What is wrong with a page's policy: anything that would let a script run that is not one of the site's own files. */
function policyProblems(policy: string): string[] {
  const directives = parsePolicy(policy);
  const problems: string[] = [];
  const effective = (name: string) => directives.get(name) ?? directives.get('default-src');
  const scripts = effective('script-src');
  if (!scripts) problems.push('no script-src or default-src');
  else if (scripts.join(' ') !== "'self'")
    problems.push(`script-src allows more than the site's own files: ${scripts.join(' ')}`);
  for (const name of ['script-src-elem', 'script-src-attr'])
    if (directives.has(name)) problems.push(`${name} overrides script-src: ${directives.get(name)!.join(' ')}`);
  const styles = effective('style-src') ?? [];
  for (const source of styles)
    if (source !== "'self'" && !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(source)) problems.push(`style-src allows ${source}`);
  for (const name of ['style-src-elem', 'style-src-attr'])
    if (directives.has(name)) problems.push(`${name} overrides style-src: ${directives.get(name)!.join(' ')}`);
  if (effective('object-src')?.join(' ') !== "'none'") problems.push('object-src is not none');
  if (directives.get('base-uri')?.join(' ') !== "'none'")
    problems.push('base-uri is not none: a <base> could point every script elsewhere');
  if (!directives.has('form-action')) problems.push('no form-action');
  const anywhere = [...directives].filter(([, sources]) =>
    sources.some((source) => /^(\*|https?:|\/\/|'unsafe-eval'|'unsafe-inline'|'wasm-unsafe-eval')/.test(source)),
  );
  for (const [name, sources] of anywhere)
    problems.push(`${name} allows another origin or unsafe code: ${sources.join(' ')}`);
  return problems;
}

/** Listens for what must never happen on a page: a dialog, a CSP violation (event or console message). */
async function observe(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const consoleMessages: string[] = [];
  page.on(
    'console',
    (message) => /Content Security Policy|Refused to/i.test(message.text()) && consoleMessages.push(message.text()),
  );
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Runs before anything on the page (and is exempt from its policy): every violation is kept in window.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile || event.documentURI}:${event.lineNumber}: ${event.sample}`,
      ),
    );
  });
  return {
    dialogs,
    errors,
    consoleMessages,
    /** The violations so far, after letting queued reports arrive. */
    violations: async () => {
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    },
  };
}

/** Checks the page's policy as the browser sees it, and that nothing on the page would need more. */
async function checkPage(page: Page) {
  const found = await page.evaluate(() => {
    const metas = [...document.querySelectorAll('meta')].filter(
      (meta) => meta.httpEquiv.toLowerCase() === 'content-security-policy',
    );
    const head = [...document.head.children];
    const first = metas[0] ? head.indexOf(metas[0]) : -1;
    return {
      policies: metas.map((meta) => meta.content),
      inHead: metas.every((meta) => meta.parentElement === document.head),
      // Only what loads nothing may come before it: the charset, the viewport.
      before: head
        .slice(0, Math.max(first, 0))
        .filter((element) => !(element instanceof HTMLMetaElement))
        .map((element) => element.outerHTML.slice(0, 80)),
      inlineScripts: [...document.scripts]
        .filter((script) => !script.src && script.type !== 'application/ld+json')
        .map((script) => script.outerHTML.slice(0, 80)),
      handlers: [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => /^on/i.test(attribute.name))
          .map((attribute) => `${element.localName} ${attribute.name}`),
      ),
      styleAttributes: [...document.querySelectorAll('[style]')].map((element) => element.outerHTML.slice(0, 80)),
      scriptUrls: [...document.scripts].filter((script) => script.src).map((script) => script.src),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (script) => script.textContent ?? '',
      ),
    };
  });
  expect(found.policies, 'one Content-Security-Policy meta tag').toHaveLength(1);
  expect(found.inHead).toBe(true);
  expect(found.before, 'nothing loads before the policy').toEqual([]);
  expect(policyProblems(found.policies[0]!)).toEqual([]);
  expect(found.inlineScripts).toEqual([]);
  expect(found.handlers).toEqual([]);
  expect(found.styleAttributes).toEqual([]);
  const site = new URL('.', page.url());
  for (const url of found.scriptUrls) expect(new URL(url).protocol, url).toBe(site.protocol);
  // JSON-LD is data: the policy does not touch it and it still parses.
  for (const text of found.jsonLd) expect(() => JSON.parse(text)).not.toThrow();
}

for (const mode of ['root', 'sub-path', 'disk'] as const)
  test.describe(`CSP ${modeNames[mode]}`, () => {
    for (const type of pageTypes)
      test(`the ${type.name} page runs nothing inline, raises no violation or dialog, and works`, async ({ page }) => {
        const seen = await observe(page);
        await page.goto(`${siteUrls[type.site][mode]()}${type.route}`);
        await checkPage(page);
        if (type.name === 'search') {
          // The index and the engine are script files: search works under the policy.
          await expect(page.locator('#search-status')).toContainText('for “torture”');
          await expect(page.locator('#search-results a').first()).toBeVisible();
          await expect(page.locator('#search-needs-script')).toBeHidden();
        }
        if (type.name === 'claims index') {
          // The filter script runs under the policy: an old filtered link lands on its listing.
          await page.goto(`${siteUrls[type.site][mode]()}${type.route}?status=contested`);
          await expect(page).toHaveURL(/lists\/status\/contested\.html$/);
          await checkPage(page);
        }
        expect(await seen.violations()).toEqual([]);
        expect(seen.consoleMessages).toEqual([]);
        expect(seen.dialogs).toEqual([]);
        expect(seen.errors).toEqual([]);
      });

    // The listeners above would be worthless if they could not see a violation: here the page is made to
    // try what hostile content would, and the policy must block each attempt and report it.
    test('the policy blocks an inline script, an event handler and a foreign script, and the listeners see it', async ({
      page,
    }) => {
      const seen = await observe(page);
      await page.goto(`${siteUrls.sample[mode]()}index.html`);
      await page.evaluate(() => {
        const inline = document.createElement('script');
        inline.textContent = 'alert("inline script ran")';
        document.body.append(inline);
        const button = document.createElement('button');
        button.setAttribute('onclick', 'alert("event handler ran")');
        document.body.append(button);
        button.click();
        const foreign = document.createElement('script');
        foreign.src = 'https://example.org/evil.js';
        document.body.append(foreign);
        const link = document.createElement('a');
        link.href = 'javascript:alert("javascript: URL ran")';
        document.body.append(link);
        link.click();
      });
      const violations = await seen.violations();
      expect(violations.some((violation) => violation.startsWith('script-src-elem blocked inline'))).toBe(true);
      expect(violations.some((violation) => violation.startsWith('script-src-attr blocked inline'))).toBe(true);
      expect(
        violations.some((violation) => violation.startsWith('script-src-elem blocked https://example.org/evil.js')),
      ).toBe(true);
      expect(violations.filter((violation) => violation.startsWith('script-src-elem blocked inline'))).toHaveLength(2);
      expect(seen.consoleMessages.length).toBeGreaterThan(0);
      expect(seen.dialogs).toEqual([]);
    });
  });

/** Every .html file of a built site, relative to its folder. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

for (const site of ['sample', 'fixture'] as const)
  test(`every page the ${site} build wrote carries the policy and nothing inline that runs`, () => {
    const dir = siteDirs[site]();
    const files = htmlFiles(dir);
    expect(files.length).toBeGreaterThan(site === 'sample' ? 10 : 3);
    const problems: string[] = [];
    for (const file of files) {
      const { document } = parseHTML(readFileSync(join(dir, file), 'utf8'));
      const metas = [...document.querySelectorAll('meta')].filter(
        (meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
      );
      if (metas.length !== 1) {
        problems.push(`${file}: ${metas.length} policy meta tags`);
        continue;
      }
      const policy = metas[0]!.getAttribute('content') ?? '';
      for (const problem of policyProblems(policy)) problems.push(`${file}: ${problem}`);
      for (const script of document.querySelectorAll('script')) {
        const src = script.getAttribute('src');
        const type = script.getAttribute('type');
        if (src === null && type !== 'application/ld+json')
          problems.push(`${file}: inline script ${script.outerHTML.slice(0, 80)}`);
        if (src !== null && /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src))
          problems.push(`${file}: script from another origin ${src}`);
        if (type === 'module') problems.push(`${file}: module script (module scripts do not run from file://)`);
      }
      for (const element of document.querySelectorAll('*'))
        for (const { name, value } of [...element.attributes]) {
          if (/^on/i.test(name)) problems.push(`${file}: event handler ${element.localName} ${name}`);
          if (name.toLowerCase() === 'style') problems.push(`${file}: style attribute on ${element.localName}`);
          if (
            ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name.toLowerCase()) &&
            /^\s*javascript:/i.test(value)
          )
            problems.push(`${file}: javascript: URL in ${element.localName} ${name}`);
        }
      // An inline style sheet is allowed only by its exact hash in style-src.
      const allowed = new Set(parsePolicy(policy).get('style-src') ?? []);
      for (const style of document.querySelectorAll('style')) {
        const hash = `'sha256-${createHash('sha256')
          .update(style.textContent ?? '')
          .digest('base64')}'`;
        if (!allowed.has(hash)) problems.push(`${file}: inline <style> not allowed by its hash`);
      }
    }
    expect(problems).toEqual([]);
  });

// tests/fixtures/hostile-site passes the check, yet its title, authors, claims, statements, verdict,
// registry names, article URL, site settings and About page carry markup, scripts, `javascript:` and
// formulas as text. Every page of its build must show them as text and run, load and open nothing.
const payloads = [
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(2)>',
  'javascript:alert(document.cookie)',
  "<img src=x onerror=alert('registry')>",
  "<img src=x onerror=alert('site')>",
  "</script><script>alert('publisher')</script>",
  "<svg onload=alert('about')>",
];
for (const mode of ['root', 'disk'] as const)
  test(`every page of the hostile corpus ${modeNames[mode]} shows its payloads as text and runs nothing`, async ({
    page,
  }) => {
    const dir = process.env[hostileDirEnv]!;
    const base = mode === 'root' ? process.env[hostileEnv]! : `${pathToFileURL(dir).href}/`;
    const files = htmlFiles(dir);
    expect(files.length).toBeGreaterThan(5);
    const seen = await observe(page);
    const shown = new Set<string>();
    const violations: string[] = [];
    for (const file of files) {
      await page.goto(`${base}${file.split('\\').join('/')}`);
      await checkPage(page);
      const found = await page.evaluate(() => ({
        text: document.body.innerText,
        injected: [...document.querySelectorAll('img, svg[onload], iframe, object, embed, b[onmouseover]')].map(
          (element) => element.outerHTML.slice(0, 80),
        ),
        links: [...document.querySelectorAll('a[href]')]
          .map((link) => link.getAttribute('href')!)
          .filter((href) => /^\s*(javascript|data|vbscript):/i.test(href)),
      }));
      expect(found.injected, file).toEqual([]);
      expect(found.links, file).toEqual([]);
      for (const payload of payloads) if (found.text.includes(payload)) shown.add(payload);
      violations.push(...(await seen.violations()));
    }
    // The payloads reached the pages, as words a reader can see.
    expect([...shown].sort()).toEqual([...payloads].sort());
    expect(violations).toEqual([]);
    expect(seen.consoleMessages).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

// Each article's source text is published for annotation tools (data/sources/<slug>.txt), as it is:
// the hostile corpus's holds its payloads as written. A browser must show it as plain text, nothing run.
for (const mode of ['root', 'disk'] as const)
  test(`the hostile corpus's source text ${modeNames[mode]} is plain text and runs nothing`, async ({ page }) => {
    const dir = process.env[hostileDirEnv]!;
    const base = mode === 'root' ? process.env[hostileEnv]! : `${pathToFileURL(dir).href}/`;
    const seen = await observe(page);
    const response = await page.goto(`${base}data/sources/payloads.txt`);
    if (mode === 'root') expect(response!.headers()['content-type']).toMatch(/^text\/plain\b/);
    const shown = await page.evaluate(() => ({
      type: document.contentType,
      text: document.body.textContent,
      elements: [...document.body.querySelectorAll('*')].map((element) => element.tagName),
    }));
    expect(shown.type).toBe('text/plain');
    expect(shown.text).toBe(readFileSync(join(dir, 'data/sources/payloads.txt'), 'utf8'));
    expect(shown.text).toContain('<script>alert("headline")</script>');
    // The browser's own wrapper for a text document, and nothing of the text's markup.
    expect(shown.elements).toEqual(['PRE']);
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
