import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { parseSitemap, parseSitemapIndex } from 'sitemap';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { loadCorpusOrThrow } from '../../src/core/content/corpus.ts';
import { claimsPerPage, sourcesPerPage } from '../../src/core/publish/listings.ts';
import { robotsTxt, sitemapFiles, sitemapPages, sitemapXml } from '../../src/core/publish/sitemap.ts';
import { routes } from '../../src/core/publish/urls.ts';

const graph = loadCorpusOrThrow('tests/fixtures/minimal-corpus');

// The sitemaps.org XML Schema (tests/vendor/README.md), checked by libxml2's xmllint compiled to WebAssembly.
const sitemapSchema = {
  fileName: 'sitemap.xsd',
  contents: readFileSync(new URL('../vendor/sitemaps/sitemap.xsd', import.meta.url), 'utf8'),
};
const schemaErrors = async (xml: string) => {
  const result = await validateXML({ xml: { fileName: 'sitemap.xml', contents: xml }, schema: sitemapSchema });
  return result.errors.map((error) => error.rawMessage);
};

describe('sitemap.xml is valid by the sitemaps.org XML Schema (0.9)', () => {
  it.each([
    ['the test corpus, under a sub-path', graph, 'https://factcheck.example.org/wire/'],
    ['the sample corpus, at a host root', loadCorpusOrThrow('content'), 'https://factcheck.example.org/'],
  ])('%s', async (_name, corpus, prefix) => {
    expect(await schemaErrors(await sitemapXml(sitemapPages(corpus), prefix))).toEqual([]);
  });

  it('a sitemap the schema forbids is refused (the check can fail)', async () => {
    const xml = await sitemapXml([{ route: 'index.html', lastmod: '2026-11-21' }], 'https://factcheck.example.org/');
    expect(await schemaErrors(xml.replace('2026-11-21', '21 Nov 2026'))).not.toEqual([]);
    const relative = xml.replace('<loc>https://factcheck.example.org/index.html</loc>', '<loc>index.html</loc>');
    expect(await schemaErrors(relative)).not.toEqual([]);
  });
});

it('lists every page by its absolute permanent URL, read back by a sitemap parser', async () => {
  const xml = await sitemapXml(sitemapPages(graph), 'https://factcheck.example.org/wire/');
  const urls = (await parseSitemap(Readable.from([xml]))).map((item) => item.url);
  expect(urls).toEqual(
    expect.arrayContaining([
      'https://factcheck.example.org/wire/index.html',
      'https://factcheck.example.org/wire/claims.html',
      'https://factcheck.example.org/wire/articles/wire-report.html',
      'https://factcheck.example.org/wire/claims/tw22ab.html',
      'https://factcheck.example.org/wire/sources/wire-agency.html',
      'https://factcheck.example.org/wire/about.html',
      'https://factcheck.example.org/wire/methodology.html',
      'https://factcheck.example.org/wire/corrections.html',
    ]),
  );
  expect(new Set(urls).size).toBe(urls.length);
  expect(urls.every((url) => url.startsWith('https://factcheck.example.org/wire/'))).toBe(true);
});

// A corpus past one page of everything: the test corpus's one source quoted by claimsPerPage + 1 claims,
// and more sources than one page of the sources list holds.
const [firstSource] = graph.sources;
const bigGraph = {
  ...graph,
  sources: [
    { ...firstSource!, claims: [...graph.claims.map((claim) => claim.id), ...Array(claimsPerPage).fill('zz99zz')] },
    ...Array.from({ length: sourcesPerPage }, (_, index) => ({ ...firstSource!, id: `more-${index}`, claims: [] })),
  ],
};

describe('lists every page of every listing', () => {
  it.each([
    ['a status listing', graph, routes.claimsBy('status', 'contested')],
    ['a status listing with no claim (its URL is stable)', graph, routes.claimsBy('status', 'corroborated')],
    ['a kind listing', graph, routes.claimsBy('kind', 'quote')],
    ['an article’s claims', graph, routes.claimsBy('article', 'wire-report')],
    ['the sources list', graph, routes.sources()],
    ['a source’s second page', bigGraph, routes.sourcePage(firstSource!.id, 2)],
    ['the sources list’s second page', bigGraph, routes.sourcesPage(2)],
  ])('%s', (_name, corpus, route) => {
    expect(sitemapPages(corpus).map((page) => page.route)).toContain(route);
  });

  it.each([
    ['the index past its one page', routes.claimsPage(2)],
    ['the articles list past its one page', routes.articlesPage(2)],
    ['the sources list past its one page', routes.sourcesPage(2)],
    ['a source past its one page', routes.sourcePage(firstSource!.id, 2)],
  ])('and no page that is not built: %s', (_name, route) => {
    expect(sitemapPages(graph).map((page) => page.route)).not.toContain(route);
  });

  it('each once, a source’s further pages dated by its claims, a listing by the whole corpus', () => {
    const pages = sitemapPages(bigGraph);
    const found = pages.map((page) => page.route);
    expect(new Set(found).size).toBe(found.length);
    const day = (route: string) => pages.find((page) => page.route === route)?.lastmod;
    expect(day(routes.sourcePage(firstSource!.id, 2))).toBe(day(routes.source(firstSource!.id)));
    expect(day(routes.sourcesPage(2))).toBe(day(routes.home()));
    expect(day(routes.claimsBy('status', 'contested'))).toBe(day(routes.home()));
    expect(day(routes.sourcePage('more-0', 1))).toBeNull();
  });
});

it('keeps a withdrawn claim (its tombstone is what the cited URL says) and leaves out a merged one', () => {
  const routes = sitemapPages(graph).map((page) => page.route);
  expect(routes).toContain('claims/wd01xx.html');
  expect(routes).not.toContain('claims/mg02xx.html');
});

// <lastmod>: the last day a page's content is known to have changed, from the ledger and the verdicts;
// nothing where the corpus records no day.
describe('when each page last changed', () => {
  const lastmod = (pages: ReturnType<typeof sitemapPages>, route: string) =>
    pages.find((page) => page.route === route)?.lastmod;

  it('a claim: the day it was published, after its verdicts (2026-11-19 and -20); its article, source and the indexes with it; a tombstone: its withdrawal', async () => {
    const pages = sitemapPages(graph);
    expect(lastmod(pages, 'claims/tw22ab.html')).toBe('2026-11-21');
    expect(lastmod(pages, 'articles/wire-report.html')).toBe('2026-11-21');
    expect(lastmod(pages, 'sources/wire-agency.html')).toBe('2026-11-21');
    expect(lastmod(pages, 'index.html')).toBe('2026-11-21');
    expect(lastmod(pages, 'claims/wd01xx.html')).toBe('2026-11-02');
    const items = await parseSitemap(Readable.from([await sitemapXml(pages, 'https://factcheck.example.org/')]));
    expect(items.find((item) => item.url.endsWith('claims/tw22ab.html'))?.lastmod).toBe('2026-11-21');
  });

  it('a verdict given later, or a linked claim published later, dates the claim page', () => {
    const [claim] = graph.claims;
    const verdict = { ...claim!.verdicts[0]!, date: '2026-11-25' };
    const later = { ...claim!, id: 'lt01xx', published: '2026-11-28', verdicts: [] };
    const relation = {
      type: 'agrees' as const,
      from: later.id,
      to: claim!.id,
      origin: 'auto' as const,
      method: 'lexical',
      score: 0.9,
      explanation: '',
      declaredAt: null,
    };
    expect(
      lastmod(sitemapPages({ ...graph, claims: [{ ...claim!, verdicts: [verdict] }] }), 'claims/tw22ab.html'),
    ).toBe('2026-11-25');
    expect(
      lastmod(sitemapPages({ ...graph, claims: [claim!, later], relations: [relation] }), 'claims/tw22ab.html'),
    ).toBe('2026-11-28');
  });

  it('a claim the ledger does not hold yet has no day, and none is guessed', () => {
    const [claim] = graph.claims;
    const pages = sitemapPages({
      ...graph,
      claims: [{ ...claim!, published: null, verdicts: [] }],
      articles: graph.articles.map((article) => ({ ...article, published: null })),
      retired: [],
    });
    expect(lastmod(pages, 'claims/tw22ab.html')).toBeNull();
    expect(lastmod(pages, 'index.html')).toBeNull();
  });

  it('the editorial pages are listed undated: nothing records when their text changed', () => {
    const pages = sitemapPages(graph);
    for (const route of ['about.html', 'methodology.html', 'corrections.html'])
      expect(lastmod(pages, route), route).toBeNull();
  });
});

it.each([
  [
    'a site that knows its host names its sitemap',
    'https://factcheck.example.org/wire/',
    true,
    'User-agent: *\nAllow: /\nSitemap: https://factcheck.example.org/wire/sitemap.xml\n',
  ],
  ['a site that does not (read from disk, or its host unknown) names none', '/', false, 'User-agent: *\nAllow: /\n'],
])('robots.txt: %s', (_, prefix, knowsHost, text) => {
  expect(robotsTxt(prefix, knowsHost)).toBe(text);
});

// A sitemap may list 50,000 URLs (sitemaps.org); a bigger site's sitemap.xml is an index of parts.
describe('a site past one sitemap', () => {
  const prefix = 'https://factcheck.example.org/wire/';
  const page = (n: number, lastmod: string | null = null) => ({ route: `claims/c${n}.html`, lastmod });
  const pages = (count: number) => Array.from({ length: count }, (_, n) => page(n));
  const urlsIn = async (xml: string) => (await parseSitemap(Readable.from([xml]))).map((item) => item.url);

  it.each([
    ['no page', 0, 3, ['sitemap.xml']],
    ['as many pages as one sitemap holds', 3, 3, ['sitemap.xml']],
    ['one page more', 4, 3, ['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml']],
    ['the protocol’s limit', 50_000, undefined, ['sitemap.xml']],
    ['one page past the protocol’s limit', 50_001, undefined, ['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml']],
  ])('%s: %s pages, at most %s a file, are in %j', (_name, count, limit, files) => {
    expect(sitemapFiles(pages(count), limit).map((file) => file.route)).toEqual(files);
  });

  it('one sitemap lists every page', async () => {
    const [file] = sitemapFiles(pages(3), 3);
    expect(await urlsIn(await file!.xml(prefix))).toEqual([0, 1, 2].map((n) => `${prefix}claims/c${n}.html`));
  });

  it('the index names each part by its absolute URL, dated by its newest page where known; the parts list the pages in order', async () => {
    const [index, ...parts] = sitemapFiles([page(1, '2026-11-02'), page(2, '2026-11-21'), page(3)], 2);
    expect(await parseSitemapIndex(Readable.from([await index!.xml(prefix)]))).toEqual([
      { url: `${prefix}sitemap-1.xml`, lastmod: '2026-11-21' },
      { url: `${prefix}sitemap-2.xml` },
    ]);
    expect(await urlsIn(await parts[0]!.xml(prefix))).toEqual([`${prefix}claims/c1.html`, `${prefix}claims/c2.html`]);
    expect(await urlsIn(await parts[1]!.xml(prefix))).toEqual([`${prefix}claims/c3.html`]);
  });
});
