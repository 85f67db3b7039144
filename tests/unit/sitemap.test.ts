import { Readable } from 'node:stream';
import { parseSitemap } from 'sitemap';
import { expect, it } from 'vitest';
import { loadCorpusOrThrow } from '../../src/core/corpus.ts';
import { sitemapRoutes, sitemapXml } from '../../src/core/sitemap.ts';

const graph = loadCorpusOrThrow('tests/fixtures/minimal-corpus');

it('lists every page by its absolute permanent URL, read back by a sitemap parser', async () => {
  const xml = await sitemapXml(sitemapRoutes(graph), 'https://factcheck.example.org/wire/');
  const urls = (await parseSitemap(Readable.from([xml]))).map((item) => item.url);
  expect(urls).toEqual(expect.arrayContaining([
    'https://factcheck.example.org/wire/index.html',
    'https://factcheck.example.org/wire/claims.html',
    'https://factcheck.example.org/wire/articles/wire-report.html',
    'https://factcheck.example.org/wire/claims/tw22ab.html',
    'https://factcheck.example.org/wire/sources/wire-agency.html',
  ]));
  expect(new Set(urls).size).toBe(urls.length);
  expect(urls.every((url) => url.startsWith('https://factcheck.example.org/wire/'))).toBe(true);
});

it('keeps a withdrawn claim (its tombstone is what the cited URL says) and leaves out a merged one', () => {
  const routes = sitemapRoutes(graph);
  expect(routes).toContain('claims/wd01xx.html');
  expect(routes).not.toContain('claims/mg02xx.html');
});
