// `npm run build` on other corpora: the content folder is one environment variable, and bad content
// stops the build with a report naming file, line and column.
import { expect, test } from '@playwright/test';
import jsonld from 'jsonld';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { filesUnder } from '../../src/cli/bundle.ts';
import { buildSite } from './build-site.ts';

test.describe.configure({ mode: 'serial' });

const build = (content: string, outDir: string) => buildSite(outDir, { CLAIMTRAIL_CONTENT: content });
// A build that knows where it will be published: absolute permanent URLs, canonical links, a sitemap.
const published = { CLAIMTRAIL_SITE: 'https://factcheck.example.org', CLAIMTRAIL_BASE: '/wire/' };
const claimUrl = 'https://factcheck.example.org/wire/claims/tw22ab.html';

test('CLAIMTRAIL_CONTENT builds the site from another corpus', async ({ page }) => {
  test.setTimeout(150_000);
  const outDir = mkdtempSync(join(tmpdir(), 'claimtrail-site-'));
  // Under a NODE_ENV a user's shell or .env may set: still a build, with every page and the strict policy.
  const result = buildSite(outDir, {
    CLAIMTRAIL_CONTENT: 'tests/fixtures/minimal-corpus',
    NODE_ENV: 'development',
    ...published,
  });
  expect(result.status, result.stderr).toBe(0);
  const data = JSON.parse(readFileSync(join(outDir, 'data/claims.json'), 'utf8'));
  expect(data.claims.map((claim: { id: string }) => claim.id)).toEqual(['tw22ab']);
  const claimPage = readFileSync(join(outDir, 'claims/tw22ab.html'), 'utf8');
  expect(claimPage).toContain('http-equiv="Content-Security-Policy"');
  expect(claimPage).not.toContain("'unsafe-inline'");
  // A claim page's heading is the claim's statement (the site's wording); its exact words follow.
  const { statement, text } = data.claims[0] as { statement: string; text: string };
  expect(existsSync(join(outDir, 'articles/scmp-2019-xinjiang-diplomats-invited.html'))).toBe(false);
  // The annotations name the site's URLs, and target the source text the build publishes beside them.
  const annotations = JSON.parse(readFileSync(join(outDir, 'data/annotations.jsonld'), 'utf8'));
  const site = 'https://factcheck.example.org/wire/';
  expect(annotations.id).toBe(`${site}data/annotations.jsonld`);
  expect(annotations.first.items[0].target.source.id).toBe(`${site}data/sources/wire-report.txt`);
  const sourceText = readFileSync(join(outDir, 'data/sources/wire-report.txt'));
  expect(sourceText).toEqual(readFileSync('tests/fixtures/minimal-corpus/raw/wire-report.txt'));

  await page.goto(`file://${join(outDir, 'articles/wire-report.html')}`);
  await expect(page.locator('h1')).toHaveText('A one-line wire report');
  await page.locator('a.claim[data-claim="tw22ab"]').click();
  await expect(page.locator('h1')).toHaveText(statement);
  await expect(page.locator('.context mark')).toHaveText(text);
  await expect(page.getByText('22 countries', { exact: true })).toBeVisible();

  // The fixture's ledger holds a withdrawn and a merged claim: their cited URLs still answer.
  await page.goto(`file://${join(outDir, 'claims/wd01xx.html')}`);
  await expect(page.locator('h1')).toHaveText('Claim wd01xx was withdrawn');
  await expect(page.getByText('The agency corrected the count to twenty-two.')).toBeVisible();
  await expect(page.getByText('“Twenty countries signed”')).toBeVisible();
  // Its article by title, never by slug.
  await expect(page.getByRole('link', { name: 'A one-line wire report' })).toBeVisible();
  await page.goto(`file://${join(outDir, 'claims/mg02xx.html')}`);
  await expect(page.locator('.retired__pointer')).toHaveText(
    `This claim now lives at claim tw22ab (“${statement}”). Cite that page.`,
  );
  await page.getByRole('link', { name: 'claim tw22ab' }).click();
  await expect(page.locator('h1')).toHaveText(statement);
  await page.goto(`file://${join(outDir, 'claims.html')}`);
  await expect(page.getByRole('link', { name: '“Twenty countries signed”' })).toBeVisible();
});

test('a claim page carries its verdict, a citation, a link to the passage and JSON-LD', async ({ page }) => {
  test.setTimeout(150_000);
  const outDir = mkdtempSync(join(tmpdir(), 'claimtrail-site-'));
  const result = buildSite(outDir, { CLAIMTRAIL_CONTENT: 'tests/fixtures/minimal-corpus', ...published });
  expect(result.status, result.stderr).toBe(0);
  await page.goto(`file://${join(outDir, 'claims/tw22ab.html')}`);

  // The latest verdict leads; the earlier one stays on record.
  const verdict = page.getByRole('region', { name: "Editor's verdict: True" });
  await expect(page.locator('.claim-summary .verdict-badge')).toHaveText("Editor's verdict: True");
  await expect(verdict).toContainText('lists twenty-two signatory countries');
  await expect(verdict).toContainText('Reviewed by Fact-check desk on 20 November 2026');
  await verdict.getByText('Earlier verdicts (1)').click();
  await expect(verdict).toContainText('Unproven, 19 November 2026, Desk Editor');

  const cite = page.getByRole('region', { name: 'Cite this claim' });
  await expect(cite).toContainText(`Permanent URL: ${claimUrl}, first published 21 November 2026`);
  await cite.getByText('APA').click();
  await expect(cite.locator('pre').first()).toContainText(`(2026, November 21). Wire Desk Checks. ${claimUrl}`);
  await expect(page.getByRole('link', { name: 'Open the passage in the original article' })).toHaveAttribute(
    'href',
    'https://wire.example/2026/11/letter-twenty-two#:~:text=Twenty%2Dtwo%20countries%20signed%20a%20letter%20on%20Wednesday',
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', claimUrl);
  // What a link preview reads: absolute addresses, since the build knows the site's; the share image
  // site.yaml names, copied into the site.
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', claimUrl);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    'https://factcheck.example.org/wire/media/images/share.png',
  );
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', 'Wire Desk Checks');
  expect(readFileSync(join(outDir, 'media/images/share.png'))).toEqual(
    readFileSync('tests/fixtures/minimal-corpus/images/share.png'),
  );

  // What a crawler reads: the JSON-LD in the page expands, offline, with the page's own URL as base.
  const text = await page.locator('script[type="application/ld+json"]').textContent();
  const documentLoader = (url: string): Promise<never> => {
    return Promise.reject(new Error(`JSON-LD tried to load ${url}`));
  };
  const expanded = (await jsonld.expand(JSON.parse(text!), {
    base: page.url(),
    safe: true,
    documentLoader,
  } as jsonld.Options.Expand)) as { '@id'?: string; '@type'?: string[] }[];
  const claim = expanded.find((node) => node['@type']?.includes('https://schema.org/Claim'));
  expect(claim?.['@id']).toBe(claimUrl);
  // One review, of the current verdict: the earlier verdict on the page is superseded, and no review.
  const reviews = expanded.filter((node) => node['@type']?.includes('https://schema.org/ClaimReview'));
  expect(reviews.map((review) => review['@id'])).toEqual([`${claimUrl}#verdict-2026-11-20`]);
  // The site's publisher (site.yaml) publishes the data, with its logo, which the build copied.
  const publisher = expanded.find(
    (node) => node['@type']?.includes('https://schema.org/Organization') && node['@id']?.endsWith('#publisher'),
  );
  expect(publisher).toMatchObject({
    'https://schema.org/name': [{ '@value': 'Wire Desk' }],
    'https://schema.org/logo': [{ '@id': 'https://factcheck.example.org/wire/media/images/logo.png' }],
  });
  expect(existsSync(join(outDir, 'media/images/logo.png'))).toBe(true);

  // The sitemap names only pages that were built.
  const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  expect(locs).toContain(claimUrl);
  for (const loc of locs)
    expect(existsSync(join(outDir, loc.replace('https://factcheck.example.org/wire/', ''))), loc).toBe(true);
  // Each page is dated where the ledger knows the day, and robots.txt names the sitemap.
  expect(sitemap).toMatch(
    /<loc>https:\/\/factcheck\.example\.org\/wire\/claims\/tw22ab\.html<\/loc><lastmod>2026-11-21<\/lastmod>/,
  );
  expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toBe(
    'User-agent: *\nAllow: /\nSitemap: https://factcheck.example.org/wire/sitemap.xml\n',
  );
  // The feed of new claims and verdicts, named by every page.
  expect(readFileSync(join(outDir, 'feed.xml'), 'utf8')).toContain(`<link>${claimUrl}</link>`);
  expect(readFileSync(join(outDir, 'claims/tw22ab.html'), 'utf8')).toContain(
    '<link rel="alternate" type="application/rss+xml" title="New claims and verdicts" href="https://factcheck.example.org/wire/feed.xml">',
  );
});

test('a site built without its host writes no sitemap, no feed and no canonical link, rather than guess one', () => {
  // The sample site is built this way by every other test: check the shared build.
  expect(existsSync('dist/sitemap.xml')).toBe(false);
  expect(existsSync('dist/feed.xml')).toBe(false);
  expect(readFileSync('dist/robots.txt', 'utf8')).toBe('User-agent: *\nAllow: /\n');
  expect(readFileSync('dist/claims/xaj98j.html', 'utf8')).not.toContain('rel="canonical"');
  expect(readFileSync('dist/claims/xaj98j.html', 'utf8')).toContain('citations give the path only');
});

test('removing a published claim stops the build, naming it, until the ledger says it was withdrawn', () => {
  test.setTimeout(60_000);
  const content = mkdtempSync(join(tmpdir(), 'claimtrail-corpus-'));
  cpSync('tests/fixtures/minimal-corpus', content, { recursive: true });
  const article = join(content, 'articles/wire-report.mdx');
  // The editor deletes the claim's marker and its verdicts.
  writeFileSync(
    article,
    readFileSync(article, 'utf8')
      .replace(/<Claim[^>]*>(.*?)<\/Claim>/, '$1')
      .replace(/verdicts:\n(?: {2}.*\n)*/, ''),
  );
  const outDir = mkdtempSync(join(tmpdir(), 'claimtrail-site-'));
  const result = build(content, outDir);
  expect(result.status).not.toBe(0);
  expect(stripVTControlCharacters(result.stderr)).toMatch(
    /ledger\.yaml\n\s*\d+:\d+\s+error\s+published claim "tw22ab" \(“Twenty-two countries signed a letter on Wednesday”, in wire-report\) is gone/,
  );
  expect(existsSync(join(outDir, 'index.html'))).toBe(false);

  // The editor withdraws it, as the message says, and the claim merged into it with it (a merger
  // must end at a live claim): the build passes and the cited URL is a tombstone.
  const ledger = join(content, 'ledger.yaml');
  writeFileSync(
    ledger,
    readFileSync(ledger, 'utf8')
      .replace(
        /( {2}tw22ab:\n(?: {4}.*\n)*)/,
        '$1    withdrawn: { date: 2026-11-22, reason: "The count was not in the letter." }\n',
      )
      .replace(
        / {4}merged:\n {6}into: tw22ab\n(?: {6}.*\n)*/,
        '    withdrawn: { date: 2026-11-22, reason: "Merged into tw22ab, since withdrawn." }\n',
      ),
  );
  const again = build(content, outDir);
  expect(again.status, again.stderr).toBe(0);
  const tombstone = readFileSync(join(outDir, 'claims/tw22ab.html'), 'utf8');
  expect(tombstone).toContain('Claim tw22ab was withdrawn');
  expect(tombstone).toContain('The count was not in the letter.');
});

test('editing the source text under a published claim stops the build, naming the claim', () => {
  test.setTimeout(60_000);
  const content = mkdtempSync(join(tmpdir(), 'claimtrail-corpus-'));
  cpSync('tests/fixtures/minimal-corpus', content, { recursive: true });
  const raw = join(content, 'raw/wire-report.txt');
  writeFileSync(raw, readFileSync(raw, 'utf8').replace('GENEVA - ', 'GENEVA — '));
  // The editor also updates the recorded hash, so only the anchor check stands between the edit and the site.
  const article = join(content, 'articles/wire-report.mdx');
  writeFileSync(
    article,
    readFileSync(article, 'utf8').replace(
      /sha256: \w+/,
      `sha256: ${createHash('sha256').update(readFileSync(raw)).digest('hex')}`,
    ),
  );
  const outDir = mkdtempSync(join(tmpdir(), 'claimtrail-site-'));
  const result = build(content, outDir);
  expect(result.status).not.toBe(0);
  expect(stripVTControlCharacters(result.stderr)).toMatch(
    /wire-report\.mdx\n\s*\d+:\d+\s+error\s+claim "tw22ab": the raw source \.\.\/raw\/wire-report\.txt changed under it/,
  );
  expect(existsSync(join(outDir, 'index.html'))).toBe(false);
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

test('two builds of the same content are byte for byte the same', () => {
  test.setTimeout(150_000);
  const [first, second] = [
    mkdtempSync(join(tmpdir(), 'claimtrail-site-')),
    mkdtempSync(join(tmpdir(), 'claimtrail-site-')),
  ];
  for (const outDir of [first, second]) {
    // Each build starts without Astro's content cache, as on a fresh clone.
    rmSync('node_modules/.astro', { recursive: true, force: true });
    const result = build('content', outDir);
    expect(result.status, result.stderr).toBe(0);
  }
  expect(filesUnder(second)).toEqual(filesUnder(first));
  expect(filesUnder(first).length).toBeGreaterThan(60);
  for (const path of filesUnder(first))
    expect(readFileSync(join(second, path)).equals(readFileSync(join(first, path))), path).toBe(true);
});

/** A copy of the test corpus in a folder of its own; without its ledger, nothing is published yet. */
function corpusCopy({ ledger = true } = {}): string {
  const content = join(mkdtempSync(join(tmpdir(), 'claimtrail-corpus-')), 'corpus');
  cpSync('tests/fixtures/minimal-corpus', content, { recursive: true });
  if (!ledger) rmSync(join(content, 'ledger.yaml'));
  return content;
}

test('the ledger is recorded only once the site has built, dated the day its pages show', () => {
  test.setTimeout(150_000);
  const content = corpusCopy({ ledger: false });
  const day = { CLAIMTRAIL_CONTENT: content, SOURCE_DATE_EPOCH: '1700000000' };
  // The check passes, then Astro fails: its output folder is a file.
  const blocked = join(mkdtempSync(join(tmpdir(), 'claimtrail-site-')), 'a-file');
  writeFileSync(blocked, '');
  const failed = buildSite(blocked, day);
  expect(failed.status).not.toBe(0);
  expect(failed.stdout).toContain('claimtrail check: 1 articles, 1 claims');
  expect(stripVTControlCharacters(failed.stderr)).toMatch(
    /claimtrail build: the site build failed \(see above\); nothing was recorded in .*ledger\.yaml\n$/,
  );
  expect(failed.stderr).not.toMatch(/^\s+at\s/m);
  expect(existsSync(join(content, 'ledger.yaml'))).toBe(false);

  const outDir = mkdtempSync(join(tmpdir(), 'claimtrail-site-'));
  const built = buildSite(outDir, day);
  expect(built.status, built.stderr).toBe(0);
  expect(built.stdout).toMatch(
    /claimtrail build: published for the first time, recorded in .*ledger\.yaml: 1 articles, 1 claims/,
  );
  expect(readFileSync(join(content, 'ledger.yaml'), 'utf8')).toMatch(
    /tw22ab:\n {4}article: wire-report\n {4}published: 2023-11-14\n/,
  );
  expect(readFileSync(join(outDir, 'claims/tw22ab.html'), 'utf8')).toContain(
    'first published <time datetime="2023-11-14">14 November 2023</time>',
  );
  expect(JSON.parse(readFileSync(join(outDir, 'data/claims.json'), 'utf8')).claims[0].published).toBe('2023-11-14');

  // Built again, nothing is new: the ledger stays byte for byte, the page shows the recorded day.
  const recorded = readFileSync(join(content, 'ledger.yaml'), 'utf8');
  const again = buildSite(outDir, { CLAIMTRAIL_CONTENT: content, SOURCE_DATE_EPOCH: '1800000000' });
  expect(again.status, again.stderr).toBe(0);
  expect(again.stdout).not.toContain('recorded in');
  expect(readFileSync(join(content, 'ledger.yaml'), 'utf8')).toBe(recorded);
  expect(readFileSync(join(outDir, 'claims/tw22ab.html'), 'utf8')).toContain(
    'first published <time datetime="2023-11-14">',
  );
});

test("a build of one corpus never shows another corpus's files from Astro's content cache", () => {
  test.setTimeout(200_000);
  // Two corpora, the same text in both, text no earlier build has seen.
  const [a, b] = [corpusCopy(), corpusCopy()];
  const article = (content: string) => join(content, 'articles/wire-report.mdx');
  const paragraph = `\nBatch ${process.pid}-${Date.now()} of the wire report.\n`;
  for (const content of [a, b]) writeFileSync(article(content), readFileSync(article(content), 'utf8') + paragraph);
  const builtA = build(a, mkdtempSync(join(tmpdir(), 'claimtrail-site-')));
  expect(builtA.status, builtA.stderr).toBe(0);
  // An editor changes corpus A only; then corpus B is built.
  writeFileSync(article(a), `${readFileSync(article(a), 'utf8')}\nA sentence only corpus A holds.\n`);
  const outB = mkdtempSync(join(tmpdir(), 'claimtrail-site-'));
  const builtB = build(b, outB);
  expect(builtB.status, builtB.stderr).toBe(0);
  const page = readFileSync(join(outB, 'articles/wire-report.html'), 'utf8');
  expect(page).toContain(paragraph.trim());
  expect(page).not.toContain('only corpus A holds');
});
