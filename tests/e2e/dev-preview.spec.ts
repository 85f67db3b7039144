// The editor's loop in `npm run dev`: an edit saved to the corpus reaches the pages without a restart,
// and an edit `claimtrail check` refuses shows in the terminal and in the browser (Astro's error
// overlay) with its file, line and column; the dev server records nothing in the ledger. The server
// runs on a copy of the sample corpus, in a child process whose terminal output the tests read.
// Run alone: `npx playwright test --project dev-preview --no-deps` (it waits for the site tests otherwise).
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
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

/** The page's heading: not the review tool's, which the dev server adds to every page. */
function heading(page: Page) {
  return page.locator('main h1');
}

/**
 * Opens a page to read its words: done when its HTML arrives, not at its load event. On a loaded machine
 * in a fresh clone, a dev page's load event was seen to stay pending for a minute after an edit, while
 * its words had arrived (the dev server's scripts, Vite's client and the review tool, load after them).
 */
function openPage(page: Page, path: string) {
  return page.goto(path, { waitUntil: 'commit' });
}

function overlayFile(page: Page) {
  return page.locator('vite-error-overlay #code h2');
}

test.beforeAll(async ({ baseURL, browser }) => {
  test.setTimeout(180_000);
  // The sample corpus and the raw sources beside it, as `content/` and `raw/` sit in the project.
  work = mkdtempSync(join(tmpdir(), 'claimtrail-dev-'));
  corpus = join(work, 'content');
  cpSync('content', corpus, { recursive: true });
  cpSync('raw', join(work, 'raw'), { recursive: true });
  for (const file of [entry, 'sources.yaml', 'ledger.yaml'])
    originals.set(file, readFileSync(join(corpus, file), 'utf8'));
  // The dev server keeps its content store in the project's .astro/, whatever the corpus: one left by a
  // server on an earlier copy, since deleted, would have the article pages render files that are gone.
  rmSync('.astro/data-store.json', { force: true });
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
  // A fresh dev server optimises the dependencies of the scripts its pages load (Vite's client, the review tool)
  // when a browser first asks for them, and then reloads the pages open: one page of each kind is opened
  // first, so that no test's page is reloaded under it by that.
  const warmUp = await browser.newPage({ baseURL });
  for (const path of ['articles/scmp-2019-xinjiang-diplomats-invited.html', 'claims/a5uu7h.html'])
    await expect(async () => {
      await warmUp.goto(path);
      await expect(heading(warmUp)).toBeVisible({ timeout: 2_000 });
    }).toPass({ ...patience, timeout: 150_000 });
  await warmUp.close();
});

// The dev server reloads every open page after an edit. A test opens each page it reads itself, after
// the edit: a reload landing at the same moment as its navigation was seen to leave that navigation
// unanswered for a minute (Chromium replaces one with the other). So the test pages never reload by
// themselves; everything else the dev server sends them (the error overlay) still arrives.
test.beforeEach(async ({ page }) => {
  await page.routeWebSocket(
    () => true,
    (socket) => {
      const server = socket.connectToServer();
      server.onMessage((message) => {
        if (!String(message).includes('"full-reload"')) socket.send(message);
      });
    },
  );
});

test.afterEach(async ({ page }, testInfo) => {
  // The dev server's terminal goes with a failure, the test's or this hook's own.
  const attachTerminal = () => testInfo.attach('terminal', { body: terminal });
  if (testInfo.status !== testInfo.expectedStatus) await attachTerminal();
  for (const [file, text] of originals) if (file !== 'ledger.yaml') writeFileSync(join(corpus, file), text);
  try {
    await expect(async () => {
      await openPage(page, 'claims/a5uu7h.html');
      await expect(heading(page)).toHaveText(statement, { timeout: 2_000 });
    }).toPass(patience);
  } catch (error) {
    await attachTerminal();
    throw error;
  }
  // Nothing the dev server did was recorded: the ledger is as it was copied.
  expect(readFileSync(join(corpus, 'ledger.yaml'), 'utf8')).toBe(originals.get('ledger.yaml'));
});

test.afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

test('a claim edited in its entry shows on its claim page as soon as the file is saved', async ({ page }) => {
  await page.goto('claims/a5uu7h.html');
  await expect(heading(page)).toHaveText(statement);
  const edited = statement.replace('has locked up', 'has detained');
  const savedAt = save(entry, (text) => text.replace(`statement="${statement}"`, `statement="${edited}"`));
  // The page shows it when opened again, with no restart (an editor's open page reloads by itself;
  // this test's does not, see beforeEach).
  await expect(async () => {
    await page.goto('claims/a5uu7h.html');
    await expect(heading(page)).toHaveText(edited, { timeout: 2_000 });
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

// The review tool (src/site/review/): a panel the dev server adds to every page, which writes an
// editor's review to the entry. Each test compares the whole entry on disk with the original and the one change it expects.
const markers = {
  a5uu7h:
    '<Claim id="a5uu7h" kind="quantity" stance="reports-allegation" by="unnamed-accusers" statement="China has locked up more than a million mainly Uyghur Muslims in mass internment camps in Xinjiang." hedges="more-than alleged" over="1000000" unit="people" counted="mainly Uygur Muslims locked up in internment camps in Xinjiang" agrees="yfsjpm xaj98j ki9fj7">',
  w3wdkx:
    '<Claim id="w3wdkx" kind="event" stance="asserts" statement="Beijing has made an ‘informal’ offer to European diplomats to visit Xinjiang as it tries to defend its policies in the region.">',
  fwdtn5:
    '<Claim id="fwdtn5" kind="reported" stance="reports" by="human-rights-campaigners" statement="The European diplomats invited to visit Xinjiang may not be given the access they want." hedges="possibly">',
};

/** The text of `file` in the corpus now. */
function onDisk(file: string): string {
  return readFileSync(join(corpus, file), 'utf8');
}

/** `text` with `from` replaced once, where the test says it must be. */
function replaced(text: string, from: string, to: string): string {
  expect(text, `the sample's entry has ${from}`).toContain(from);
  return text.replace(from, to);
}

/** The review tool's panel, once opened: in a shadow root of its own, which locators see into. */
function reviewTool(page: Page) {
  return page.locator('claimtrail-review section');
}

/** Opens the review tool on the article's page, once the tool has read the entry. */
async function openReviewTool(page: Page) {
  const tool = reviewTool(page);
  await expect(async () => {
    await page.goto('articles/scmp-2019-xinjiang-diplomats-invited.html');
    await page.getByRole('button', { name: 'Review claims' }).click({ timeout: 5_000 });
    await expect(tool.getByRole('heading', { name: /^Drafted claims/ })).toBeVisible({ timeout: 5_000 });
  }).toPass(patience);
  return tool;
}

test('confirming a drafted claim in the review tool writes its drafted values, and its page follows', async ({
  page,
}) => {
  // A claim whose marker has no statement or stance: the site drafts both, awaiting review.
  const withoutModel = markers.a5uu7h.replace(
    ' stance="reports-allegation" by="unnamed-accusers" statement="China has locked up more than a million mainly Uyghur Muslims in mass internment camps in Xinjiang."',
    ' by="unnamed-accusers"',
  );
  save(entry, (text) => replaced(text, markers.a5uu7h, withoutModel));
  const drafted = onDisk(entry);
  const notice = page.getByText('Drafted by a program, awaiting review: statement, stance.');
  await expect(async () => {
    await openPage(page, 'claims/a5uu7h.html');
    await expect(notice).toBeVisible({ timeout: 2_000 });
  }).toPass(patience);
  const draftedStatement = (await heading(page).textContent())!;
  expect(draftedStatement).not.toBe(statement);

  const tool = await openReviewTool(page);
  const claim = tool.locator('[data-claim="a5uu7h"]');
  await expect(claim.getByText('Drafted by a program: stance, statement.')).toBeVisible();
  await expect(claim.getByLabel('Statement')).toHaveValue(draftedStatement);
  await expect(claim.getByLabel('Stance')).toHaveValue('reports-allegation');
  await claim.getByRole('button', { name: 'Confirm' }).click();

  // Exactly the drafted statement and stance are written, after the marker's last attribute; nothing else changes.
  const confirmed = replaced(
    drafted,
    withoutModel,
    withoutModel.replace(
      'agrees="yfsjpm xaj98j ki9fj7">',
      `agrees="yfsjpm xaj98j ki9fj7" statement="${draftedStatement}" stance="reports-allegation">`,
    ),
  );
  await expect.poll(() => onDisk(entry), patience).toBe(confirmed);
  await expect(async () => {
    await openPage(page, 'claims/a5uu7h.html');
    await expect(heading(page)).toHaveText(draftedStatement, { timeout: 2_000 });
    await expect(notice).toHaveCount(0);
  }).toPass(patience);
});

test('rejecting a suggested link in the review tool writes unrelated="…" and the link leaves the claim page', async ({
  page,
}) => {
  // The matcher links w3wdkx and wihvb4 (both in the entry): a suggestion, not an editor's link.
  const link = page.locator('main a[href="wihvb4.html"]');
  await page.goto('claims/w3wdkx.html');
  await expect(link.first()).toBeVisible(patience);

  const tool = await openReviewTool(page);
  await tool.locator('[data-link="w3wdkx wihvb4"]').getByRole('button', { name: 'Reject link' }).click();
  const rejected = replaced(
    originals.get(entry)!,
    markers.w3wdkx,
    markers.w3wdkx.replace('region.">', 'region." unrelated="wihvb4">'),
  );
  await expect.poll(() => onDisk(entry), patience).toBe(rejected);
  await expect(async () => {
    await openPage(page, 'claims/w3wdkx.html');
    await expect(heading(page)).toBeVisible({ timeout: 2_000 });
    await expect(link).toHaveCount(0, { timeout: 2_000 });
  }).toPass(patience);
});

test('an entry edited on disk after the review tool read it is not overwritten: the tool refuses', async ({ page }) => {
  // The page does not reload after the edit on disk (no test page does: see beforeEach), as when the
  // editor acts before the edit reaches the page.
  const tool = await openReviewTool(page);
  const concurrent = replaced(
    originals.get(entry)!,
    'statement="The European diplomats invited to visit Xinjiang may not be given the access they want."',
    'statement="The European diplomats may not be given the access they want in Xinjiang."',
  );
  writeFileSync(join(corpus, entry), concurrent);
  await tool.locator('[data-link="w3wdkx wihvb4"]').getByRole('button', { name: 'Reject link' }).click();
  await expect(tool.getByRole('status')).toContainText('changed on disk since the page loaded', patience);
  expect(onDisk(entry)).toBe(concurrent);
});

test('correcting a statement and marking the entry reviewed in the review tool write just those', async ({ page }) => {
  let tool = await openReviewTool(page);
  await tool.getByText(/^Other claims/).click();
  const claim = tool.locator('[data-claim="fwdtn5"]');
  const corrected = 'European diplomats invited to Xinjiang may not be given the access they want there.';
  await claim.getByLabel('Statement').fill(corrected);
  await claim.getByRole('button', { name: 'Save correction' }).click();
  const correctedEntry = replaced(
    originals.get(entry)!,
    markers.fwdtn5,
    markers.fwdtn5.replace(/statement="[^"]*"/, `statement="${corrected}"`),
  );
  await expect.poll(() => onDisk(entry), patience).toBe(correctedEntry);

  // The page opened again (as the dev server reloads it after a write) has the tool open, saying what it wrote.
  await openPage(page, 'articles/scmp-2019-xinjiang-diplomats-invited.html');
  tool = reviewTool(page);
  await expect(tool.getByRole('status')).toContainText('corrected fwdtn5', patience);
  await tool.getByRole('button', { name: 'Mark the entry reviewed' }).click();
  await expect
    .poll(() => onDisk(entry), patience)
    .toBe(replaced(correctedEntry, '\nreview: hand-annotated\n', '\nreview: reviewed\n'));
  await expect(async () => {
    await openPage(page, 'claims/fwdtn5.html');
    await expect(heading(page)).toHaveText(corrected, { timeout: 2_000 });
  }).toPass(patience);
});

test('a review the check would refuse is not written: the tool says why, at its file, line and column', async ({
  page,
}) => {
  // w3wdkx is published (ledger.yaml): rejecting it would lose a published claim.
  const tool = await openReviewTool(page);
  await tool.getByText(/^Other claims/).click();
  await tool.locator('[data-claim="w3wdkx"]').getByRole('button', { name: 'Reject claim' }).click();
  const status = tool.getByRole('status');
  await expect(status).toContainText('is left as it was', patience);
  await expect(status).toContainText('w3wdkx');
  await expect(status).toHaveText(/:\d+:\d+: /);
  expect(onDisk(entry)).toBe(originals.get(entry));
});

test('the review tool answers only the pages of its own dev server: another site cannot write to the corpus', async ({
  request,
  baseURL,
}) => {
  const sha256 = createHash('sha256').update(originals.get(entry)!).digest('hex');
  const action = { action: 'reject-link', claim: 'w3wdkx', other: 'wihvb4' };
  const body = { kind: 'act', slug: 'scmp-2019-xinjiang-diplomats-invited', sha256, action };
  // What a page of another site open in the same browser would send, with or without its origin.
  for (const headers of [{ origin: 'http://attacker.example' }, {}] as Record<string, string>[]) {
    const response = await request.post('__claimtrail/review', { data: body, headers });
    expect(response.status()).toBe(403);
  }
  expect(onDisk(entry)).toBe(originals.get(entry));
  // The same request from the dev server's own page is written: the refusals above were about the origin.
  const own = await request.post('__claimtrail/review', { data: body, headers: { origin: new URL(baseURL!).origin } });
  expect(await own.json()).toMatchObject({ kind: 'done', written: true });
  expect(onDisk(entry)).toContain('unrelated="wihvb4"');
});
