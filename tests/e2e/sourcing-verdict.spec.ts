// Sourcing is not a verdict (issue 12): wherever the site shows who says a claim, it says so in neutral
// words and a neutral look, never "corroborated", "true" or "false", and never the look of an editor's
// verdict; a verdict says "Editor's verdict: …", or "Not rated" where there is none. And a claim page
// opens with a summary that fits a phone's first screen: the statement, who claims it, how and when,
// its sourcing and verdict, and links to the claims that agree, conflict with or refine it.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ratings, type Claim, type ClaimGraph } from '../../src/core/schema.ts';
import { buildSite } from './build-site.ts';
import { fixtureDirEnv, fixtureEnv } from './global-setup.ts';
import { pageTypes, type PageType } from './page-types.ts';

const sample: ClaimGraph = JSON.parse(readFileSync(new URL('../../dist/data/claims.json', import.meta.url), 'utf8'));
// The fixture site is built by the global setup: read it when a test runs, not when the file is listed.
const fixture = (): ClaimGraph =>
  JSON.parse(readFileSync(join(process.env[fixtureDirEnv]!, 'data/claims.json'), 'utf8'));
const graphOf = (site: PageType['site']) => (site === 'sample' ? sample : fixture());
const siteUrl = (site: PageType['site'], baseURL: string | undefined) =>
  site === 'sample' ? baseURL! : process.env[fixtureEnv]!;

const sourcingWords =
  /^(?:\d+ independent sources|1 source|Source not identified)(?: · disputed by \d+ other claims?)?$/;
const verdictWords = (claim: Pick<Claim, 'verdicts'>) => {
  const verdict = claim.verdicts.at(-1);
  return verdict ? `Editor's verdict: ${ratings[verdict.rating].label}` : 'Not rated';
};
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

// The page types that list or show claims, and so must show their sourcing and verdict.
const showsClaims = new Set(['home', 'article', 'claims index', 'claims listing', 'claim', 'source', 'rated claim']);

/** Every sourcing badge and verdict badge on the page, with the claim it belongs to and how it looks. */
async function badges(page: Page) {
  return page.evaluate(() => {
    const look = (element: Element) => {
      const style = getComputedStyle(element);
      return {
        background: style.backgroundColor,
        border: style.borderTopStyle,
        radius: style.borderTopLeftRadius,
        color: style.color,
      };
    };
    // Which claim a badge speaks for: its list item, its card, or the page's own claim (summary).
    const claimOf = (element: Element): string | null => {
      const item = element.closest('.claim-item');
      if (item)
        return item
          .querySelector<HTMLAnchorElement>('a.claim-item__text')!
          .getAttribute('href')!
          .match(/([a-z0-9]+)\.html$/)![1]!;
      const card = element.closest('.claim-card');
      if (card) return card.id.replace(/^card-/, '');
      if (element.closest('.claim-summary')) return document.querySelector('.claim-summary .eyebrow code')!.textContent;
      return null;
    };
    const read = (selector: string) =>
      [...document.querySelectorAll(selector)].map((element) => ({
        claim: claimOf(element),
        text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
        className: element.className,
        ...look(element),
      }));
    return { sourcing: read('.sourcing'), verdicts: read('.verdict-badge') };
  });
}

for (const type of pageTypes)
  test(`sourcing and verdicts look and read differently on the ${type.name} page`, async ({ page, baseURL }) => {
    await page.goto(`${siteUrl(type.site, baseURL)}${type.route}`);
    const graph = graphOf(type.site);
    const claimById = new Map(graph.claims.map((claim) => [claim.id, claim]));
    const { sourcing, verdicts } = await badges(page);
    if (!showsClaims.has(type.name)) {
      expect(sourcing).toEqual([]);
      expect(verdicts).toEqual([]);
      return;
    }
    expect(sourcing.length).toBeGreaterThan(0);
    expect(verdicts.length).toBeGreaterThan(0);
    // Different elements: nothing is both.
    for (const badge of [...sourcing, ...verdicts])
      expect(/\bsourcing\b/.test(badge.className) && /\bverdict-badge\b/.test(badge.className), badge.className).toBe(
        false,
      );
    // Sourcing in neutral words, never a rating's.
    for (const badge of sourcing) {
      expect(badge.text).toMatch(sourcingWords);
      expect(badge.text).not.toMatch(/corroborat|true|false|verified|contested/i);
    }
    // Different looks: sourcing is an unfilled pill; no sourcing badge looks like any verdict badge.
    const lookOf = (badge: (typeof sourcing)[number]) => `${badge.background} ${badge.border} ${badge.radius}`;
    for (const badge of sourcing) expect(badge.background, badge.text).toBe('rgba(0, 0, 0, 0)');
    const verdictLooks = new Set(verdicts.map(lookOf));
    for (const badge of sourcing)
      expect(verdictLooks.has(lookOf(badge)), `${badge.text}: ${lookOf(badge)}`).toBe(false);
    for (const badge of verdicts)
      expect(badge.background === 'rgba(0, 0, 0, 0)' && badge.border === 'solid', badge.text).toBe(false);
    // Wherever a claim's sourcing is shown, its verdict is shown beside it: "Not rated" when it has none.
    const spoken = sourcing.filter((badge) => badge.claim !== null);
    expect(spoken.length).toBeGreaterThan(0);
    for (const badge of spoken) {
      const claim = claimById.get(badge.claim!)!;
      expect(badge.text, claim.id).toMatch(
        claim.corroboration.independent === 0
          ? /^Source not identified/
          : new RegExp(`^${claim.corroboration.independent} `),
      );
      const beside = verdicts.filter((verdict) => verdict.claim === claim.id);
      expect(beside.length, claim.id).toBeGreaterThan(0);
      for (const verdict of beside) expect(verdict.text, claim.id).toBe(verdictWords(claim));
    }
    if (type.site === 'sample') expect(verdicts.some((verdict) => verdict.text === 'Not rated')).toBe(true);
  });

test('the claims index filters by sourcing in neutral words, and the old ?status= addresses still lead there', async ({
  page,
}) => {
  await page.goto('claims.html?status=corroborated');
  await expect(page).toHaveURL(/lists\/status\/corroborated\.html$/);
  const sourcing = page
    .locator('.claim-facets__group')
    .filter({ has: page.getByRole('heading', { name: 'Sourcing' }) });
  const labels = await sourcing.getByRole('link').allTextContents();
  expect(labels).toEqual([
    'Any sourcing',
    'Two or more independent sources',
    'One source, or none identified',
    'Disputed by another claim',
  ]);
  for (const label of labels) expect(label).not.toMatch(/corroborat|true|false|verified|contested/i);
  await expect(sourcing.locator('a[aria-current="true"]')).toHaveText('Two or more independent sources');
  const shown = sample.claims.filter((claim) => claim.corroboration.status === 'corroborated').length;
  await expect(page.locator('.claim-item')).toHaveCount(shown);
});

const chained = sample.claims.find((claim) => claim.attribution.length > 2)!;
const summaryCases: { name: string; site: PageType['site']; id: string }[] = [
  { name: 'a5uu7h', site: 'sample', id: 'a5uu7h' },
  { name: `a claim with a chain (${chained.id})`, site: 'sample', id: chained.id },
  { name: 'the rated claim tw22ab', site: 'fixture', id: 'tw22ab' },
];

for (const { name, site, id } of summaryCases)
  test(`on a 390×844 phone the summary of ${name} fits the first screen and says what matters`, async ({
    page,
    baseURL,
  }) => {
    const graph = graphOf(site);
    const claim = graph.claims.find((candidate) => candidate.id === id)!;
    const names = new Map(graph.sources.map((source) => [source.id, source.name]));
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${siteUrl(site, baseURL)}claims/${id}.html`);
    const summary = page.locator('.claim-summary');
    await expect(summary).toBeVisible();
    const box = (await summary.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    // The statement leads, not the exact words.
    await expect(summary.locator('h1')).toHaveText(claim.statement);
    await expect(page.locator('h1')).toHaveCount(1);
    // Who claims it, through whom: the claimant first, the publisher last.
    const claimant = summary.locator('.claim-summary__claimant');
    const claimantName = claim.claimant ? names.get(claim.claimant)! : 'An unidentified source';
    await expect(claimant).toHaveText(
      claim.stance === 'asserts'
        ? `${names.get(claim.attribution[0]!)}, in its own voice`
        : new RegExp(
            `^${claimantName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, .*by ${names.get(claim.attribution[0]!)}$`,
          ),
    );
    for (const via of claim.attribution.slice(1, -1)) await expect(claimant).toContainText(`via ${names.get(via)}`);
    // How and when.
    const how = summary.locator('.claim-summary__how');
    await expect(how).toContainText(
      claim.claimedAt === null ? 'date not stated' : claim.claimedAtFrom === 'text' ? 'said on' : 'article dated',
    );
    // Sourcing and verdict, each in its own words.
    await expect(summary.locator('.sourcing')).toHaveText(sourcingWords);
    await expect(summary.locator('.verdict-badge')).toHaveText(verdictWords(claim));
    for (const element of [
      summary.locator('h1'),
      claimant,
      summary.locator('.sourcing'),
      summary.locator('.verdict-badge'),
    ])
      await expect(element).toBeInViewport({ ratio: 1 });
  });

test('a5uu7h: the South China Morning Post reports the allegation; it neither asserts it nor counts as its source', async ({
  page,
}) => {
  const claim = sample.claims.find((candidate) => candidate.id === 'a5uu7h')!;
  await page.goto('claims/a5uu7h.html');
  const claimant = page.locator('.claim-summary__claimant');
  await expect(claimant).toHaveText(
    /^(?:Unnamed accusers|An unidentified source), as reported by (?:the )?South China Morning Post$/,
  );
  await expect(claimant).not.toHaveText(/in its own voice$/);
  await expect(page.locator('.claim-summary .sourcing')).not.toContainText('South China Morning Post');
  const sourcing = page.locator('#sourcing');
  await expect(sourcing).not.toContainText('South China Morning Post');
  await expect(sourcing).toContainText('it is not a judgement of whether it is true');
  expect(claim.corroboration.origins).not.toContain('scmp');
});

test('a claim page: statement first, then the exact words, links, chain and citation; provenance collapsed', async ({
  page,
}) => {
  const claim = chained;
  const article = sample.articles.find((candidate) => candidate.slug === claim.article)!;
  await page.goto(`claims/${claim.id}.html`);
  await expect(page).toHaveTitle(`${claim.statement} · Claimtrail`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    new RegExp(`^${claim.statement.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  );
  // In reading order.
  const headings = ['The exact words', 'Same or related facts', 'Attribution chain', 'Cite this claim'];
  const tops = [(await page.locator('.claim-summary').boundingBox())!.y];
  for (const name of headings) tops.push((await page.getByRole('heading', { name, exact: true }).boundingBox())!.y);
  expect([...tops].sort((a, b) => a - b)).toEqual(tops);
  // The exact words are the source's, marked in their paragraph; the page says the heading is the site's wording.
  const words = page.getByRole('region', { name: 'The exact words' });
  await expect(words.locator('.context mark')).toHaveText(claim.text);
  await expect(words).toContainText("this site's wording");
  // Offsets, positions and the hash wait, collapsed, under "Provenance details".
  const provenance = page.locator('details.provenance');
  await expect(provenance).not.toHaveAttribute('open');
  const place = `${claim.place.file}:${claim.place.line}:${claim.place.column}`;
  await expect(provenance).toContainText(place);
  await expect(page.getByText(place)).toBeHidden();
  await expect(page.getByText(article.sha256)).toBeHidden();
  await provenance.getByText('Provenance details').click();
  await expect(page.getByText(place)).toBeVisible();
  await expect(page.getByText(article.sha256)).toBeVisible();
  // The summary counts the linked claims by type, each a link to its section.
  const links = sample.relations.filter((relation) => relation.from === claim.id || relation.to === claim.id);
  const jumps = page.locator('.claim-summary__links a');
  const types = [...new Set(links.map((link) => link.type))];
  await expect(jumps).toHaveCount(types.length);
  for (const type of types) {
    const jump = page.locator(`.claim-summary__links a[href="#${type}"]`);
    await expect(jump).toHaveText(new RegExp(`^${links.filter((link) => link.type === type).length} `));
    await jump.click();
    await expect(page.locator(`#${type}`)).toBeInViewport();
  }
});

test('what a program drafted is shown as awaiting review in the summary; what an editor wrote is not', async ({
  page,
  baseURL,
}) => {
  // The corpus in the syntax before the claim model: every statement, stance and hedge of it is drafted.
  test.setTimeout(150_000);
  const outDir = mkdtempSync(join(tmpdir(), 'claimtrail-legacy-'));
  const result = buildSite(outDir, { CLAIMTRAIL_CONTENT: 'tests/fixtures/legacy-corpus' });
  expect(result.status, result.stderr).toBe(0);
  const legacy: ClaimGraph = JSON.parse(readFileSync(join(outDir, 'data/claims.json'), 'utf8'));
  const drafted = legacy.claims.find((claim) => claim.drafted.includes('statement'))!;
  expect(drafted).toBeDefined();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(pathToFileURL(join(outDir, `claims/${drafted.id}.html`)).href);
  const order = ['statement', 'stance', 'claimant', 'hedges'].filter((field) =>
    (drafted.drafted as string[]).includes(field),
  );
  const notice = page.locator('.claim-summary .notice--draft');
  await expect(notice).toHaveText(`Drafted by a program, awaiting review: ${order.join(', ')}.`);
  await expect(notice).toBeInViewport({ ratio: 1 });
  // A claim whose model an editor wrote carries no such notice.
  const written = [...sample.claims, ...fixture().claims].find((claim) => claim.drafted.length === 0)!;
  await page.goto(
    `${siteUrl(sample.claims.includes(written) ? 'sample' : 'fixture', baseURL)}claims/${written.id}.html`,
  );
  await expect(page.locator('.claim-summary')).toBeVisible();
  await expect(page.locator('.notice--draft')).toHaveCount(0);
});

test('lists and cards show the statement, away from the words; the article body keeps the exact words marked', async ({
  page,
}) => {
  const article = sample.articles[0]!;
  const claims = article.claims.map((id) => sample.claims.find((claim) => claim.id === id)!);
  await page.goto(`articles/${article.slug}.html`);
  for (const claim of claims.slice(0, 5)) {
    await expect(page.locator(`.article__body a.claim[data-claim="${claim.id}"]`)).toHaveText(claim.text, {
      useInnerText: true,
    });
    await expect(page.locator(`#card-${claim.id} .claim-card__statement`)).toHaveText(claim.statement);
  }
  await page.goto('claims.html');
  for (const claim of claims.slice(0, 5))
    await expect(page.locator(`.claim-item a.claim-item__text[href="claims/${claim.id}.html"]`)).toHaveText(
      claim.statement,
    );
  expect(squash(await page.locator('.claim-item__text').first().textContent())).not.toMatch(/^“/);
});
