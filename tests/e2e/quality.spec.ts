// Quality gates on every page type: no accessibility violation axe-core can find (light and dark),
// valid HTML by the Nu HTML Checker and by html-validate, and a claim page light enough to read on a
// slow phone.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { routes } from '../../src/core/publish/urls.ts';
import { fixtureDirEnv, fixtureEnv, hostileDirEnv } from './global-setup.ts';
import { pageTypes } from './page-types.ts';

const siteUrl = (site: 'sample' | 'fixture') =>
  site === 'sample' ? test.info().project.use.baseURL! : process.env[fixtureEnv]!;
const siteDir = (site: 'sample' | 'fixture') => (site === 'sample' ? 'dist' : process.env[fixtureDirEnv]!);

// Light and dark on a wide screen, and a 360 px phone, where targets are smallest.
const views = [
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 1280 },
  { colorScheme: 'light', width: 360 },
] as const;

for (const type of pageTypes)
  for (const { colorScheme, width } of views)
    test(`axe: the ${type.name} page has no violations (${colorScheme}, ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme });
      await page.goto(`${siteUrl(type.site)}${type.route}`);
      // Hidden parts (cite formats, earlier verdicts) are checked open too.
      await page
        .locator('details')
        .evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(
        violations.map(
          (violation) =>
            `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        ),
      ).toEqual([]);
    });

// The files both HTML checkers read: one page of each type, and the hostile corpus's article whose claim
// and text hold web and e-mail addresses, which must stay words (a link there would nest in the claim's).
const addressesPage = () => join(process.env[hostileDirEnv]!, routes.article('addresses'));
const checkedFiles = () => [
  ...new Set(pageTypes.map((type) => join(siteDir(type.site), type.route.split('?')[0]!))),
  addressesPage(),
];

test('Nu HTML Checker: every page type is valid HTML', () => {
  test.setTimeout(120_000);
  const vnu = createRequire(import.meta.url)('vnu-jar') as string;
  const files = checkedFiles();
  const result = spawnSync('java', ['-jar', vnu, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8' });
  expect(
    result.error,
    'Java runs the Nu HTML Checker: install it with `apt-get install -y default-jre-headless`',
  ).toBeUndefined();
  const { messages } = JSON.parse(result.stderr) as { messages: { url: string; lastLine?: number; message: string }[] };
  expect(
    messages.map((message) => `${message.url.replace(/^file:/, '')}:${message.lastLine}: ${message.message}`),
  ).toEqual([]);
});

// html-validate, with the repository's .htmlvalidate.json: its recommended and document rules, but
// - require-sri only for other origins: every script and stylesheet is the site's own file, named
//   relatively, and a browser reading the site from disk (file://) refuses an integrity check on it;
// - long-title off: a page's title is a claim's statement or an article's headline, whole, so that a
//   tab, a bookmark or a search result never cuts a claim mid-sentence (cut, it can read as its opposite).
test('html-validate: every page type passes, with the repository configuration', async () => {
  const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
  const report = await new HtmlValidate(config).validateMultipleFiles(checkedFiles());
  const problems = report.results.flatMap(({ filePath, messages }) =>
    messages.map(({ line, column, message, ruleId }) => `${filePath}:${line}:${column}: ${message} (${ruleId})`),
  );
  expect(problems).toEqual([]);
  expect(report.valid).toBe(true);
});

test("addresses in an article's words and text stay words: no link to them", () => {
  const html = readFileSync(addressesPage(), 'utf8');
  expect(html).toContain('www.health.example.gov');
  expect(html).toContain('press@health.example.gov');
  expect(html).not.toMatch(/<a\b[^>]*href="[^"]*(?:health\.example\.gov|mailto:)/);
});

test('every claim page with its stylesheet weighs under 30 KB, and reads without JavaScript', async ({ browser }) => {
  const claimPage = pageTypes.find((type) => type.name === 'claim')!;
  const heaviest = Math.max(...readdirSync('dist/claims').map((name) => statSync(join('dist/claims', name)).size));
  expect(heaviest + statSync(join('dist', 'styles/site.css')).size).toBeLessThan(30 * 1024);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${siteUrl('sample')}${claimPage.route}`);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Attribution chain' })).toBeVisible();
  // No script but JSON-LD (data) and the copy buttons' (they exist only where it runs).
  expect(readFileSync(join('dist', claimPage.route), 'utf8')).not.toMatch(
    /<script(?![^>]*(?:application\/ld\+json|scripts\/copy\.js))/,
  );
  await context.close();
});
