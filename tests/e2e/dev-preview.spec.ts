// The editor's loop in `npm run dev`: an edit saved to the corpus reaches the pages without a restart,
// and an edit `claimtrail check` refuses shows in the terminal and in the browser (Astro's error
// overlay) with its file, line and column; the dev server records nothing in the ledger. The server
// runs on a copy of the sample corpus, in a child process whose terminal output the tests read.
// Run alone: `npx playwright test --project dev-preview --no-deps` (it waits for the site tests otherwise).
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { escapeRegExp } from '../../src/core/ingest/bylines.ts';

// Serial: one dev server and one copy of the corpus, restored after each test.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const entry = 'articles/scmp-2019-xinjiang-diplomats-invited.mdx';
const statement = 'China has locked up more than a million mainly Uyghur Muslims in mass internment camps in Xinjiang.';
// Generous: the first request of a page compiles it, on a machine shared with other test runs.
const patience = { timeout: 60_000 };

let work: string;
let corpus: string;
let server: ChildProcess;
let terminal = '';
/** The corpus files the tests edit, as copied: each test starts from them. */
const originals = new Map<string, string>();

/** Saves `file` of the corpus after `edit`; returns the time it was saved, by the test's clock. */
function save(file: string, edit: (text: string) => string): number {
  const edited = edit(originals.get(file)!);
  expect(edited, `the edit applies to the sample's ${file}`).not.toBe(originals.get(file));
  writeFileSync(join(corpus, file), edited);
  return performance.now();
}

/** Where `needle` starts in `text`, as line:column (both from 1). */
function placeOf(text: string, needle: string): string {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

function overlayFile(page: Page) {
  return page.locator('vite-error-overlay #code h2');
}

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(180_000);
  // The sample corpus and the raw sources beside it, as `content/` and `raw/` sit in the project.
  work = mkdtempSync(join(tmpdir(), 'claimtrail-dev-'));
  corpus = join(work, 'content');
  cpSync('content', corpus, { recursive: true });
  cpSync('raw', join(work, 'raw'), { recursive: true });
  for (const file of [entry, 'sources.yaml', 'ledger.yaml'])
    originals.set(file, readFileSync(join(corpus, file), 'utf8'));
  const { port } = new URL(baseURL!);
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', port], {
    env: { ...process.env, CLAIMTRAIL_CONTENT: corpus, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [server.stdout!, server.stderr!]) stream.on('data', (chunk) => (terminal += String(chunk)));
  // Ready once it serves the claim page (the first request compiles it).
  await expect
    .poll(
      async () => {
        const response = await fetch(`${baseURL}claims/a5uu7h.html`).catch(() => undefined);
        return response?.status;
      },
      { ...patience, timeout: 150_000 },
    )
    .toBe(200);
});

test.afterEach(async ({ page }, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('terminal', { body: terminal });
  for (const [file, text] of originals) if (file !== 'ledger.yaml') writeFileSync(join(corpus, file), text);
  await expect(async () => {
    await page.goto('claims/a5uu7h.html');
    await expect(page.locator('h1')).toHaveText(statement, { timeout: 2_000 });
  }).toPass(patience);
  // Nothing the dev server did was recorded: the ledger is as it was copied.
  expect(readFileSync(join(corpus, 'ledger.yaml'), 'utf8')).toBe(originals.get('ledger.yaml'));
});

test.afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

test('a claim edited in its entry shows on its claim page as soon as the file is saved', async ({ page }) => {
  await page.goto('claims/a5uu7h.html');
  await expect(page.locator('h1')).toHaveText(statement);
  const edited = statement.replace('has locked up', 'has detained');
  const savedAt = save(entry, (text) => text.replace(`statement="${statement}"`, `statement="${edited}"`));
  // The page shows it when opened again, with no restart. (The open page also reloads by itself, but
  // on a fresh install the dev server's first dependency optimisation can swallow that reload.)
  await expect(async () => {
    await page.goto('claims/a5uu7h.html');
    await expect(page.locator('h1')).toHaveText(edited, { timeout: 2_000 });
  }).toPass(patience);
  test.info().annotations.push({ type: 'save to page', description: `${Math.round(performance.now() - savedAt)} ms` });
});

test('a source renamed in sources.yaml is named so on the claim pages that cite it', async ({ page }) => {
  await page.goto('claims/a5uu7h.html');
  const claimant = page.getByText('Unnamed accusers, as reported by South China Morning Post').first();
  await expect(claimant).toBeVisible();
  save('sources.yaml', (text) => text.replace('  name: South China Morning Post\n', '  name: The Morning Post\n'));
  await expect(async () => {
    await page.goto('claims/a5uu7h.html');
    await expect(page.getByText('Unnamed accusers, as reported by The Morning Post').first()).toBeVisible({
      timeout: 2_000,
    });
  }).toPass(patience);
  await expect(claimant).toHaveCount(0);
});

test('changing the words of a published claim shows the problem instead of the old words', async ({ page }) => {
  // The ledger keeps a published claim's words, and the raw source holds the old ones: the check refuses this.
  const savedAt = save(entry, (text) =>
    text.replace('Muslims in mass internment camps</Claim>', 'Muslims in large internment camps</Claim>'),
  );
  await expect(async () => {
    // Not the claim page from before the edit: the server answers with the problem.
    expect((await page.goto('claims/a5uu7h.html'))?.status()).toBe(500);
    await expect(overlayFile(page)).toContainText(`${entry}:`, { timeout: 2_000 });
  }).toPass(patience);
  test
    .info()
    .annotations.push({ type: 'save to overlay', description: `${Math.round(performance.now() - savedAt)} ms` });
  await expect(page.locator('vite-error-overlay #message-content')).toContainText('a5uu7h');
});

test('an unknown source shows in the overlay and the terminal at its file, line and column', async ({ page }) => {
  const marker = '<Source id="uyghurs">Uygur</Source> Muslims in mass';
  const unknown = marker.replace('uyghurs', 'uyghurz');
  save(entry, (text) => text.replace(marker, unknown));
  const where = `${entry}:${placeOf(readFileSync(join(corpus, entry), 'utf8'), unknown)}`;
  await expect(async () => {
    await page.goto('claims/a5uu7h.html');
    await expect(overlayFile(page)).toHaveText(where, { timeout: 2_000 });
  }).toPass(patience);
  await expect(page.locator('vite-error-overlay #message-content')).toContainText(
    'unknown source "uyghurz": add it to sources.yaml or use an existing id',
  );
  // The terminal names the file, then each problem at its line and column.
  const [line, column] = where.split(':').slice(1);
  await expect
    .poll(() => stripVTControlCharacters(terminal), patience)
    .toMatch(new RegExp(`${escapeRegExp(entry)}\\n${line}:${column}\\s+error unknown source "uyghurz"`));
});
