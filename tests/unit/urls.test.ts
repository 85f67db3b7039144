import { describe, expect, it } from 'vitest';
import { posix } from 'node:path';
import { href, permanentUrl, routeFromPathname, routes } from '../../src/core/publish/urls.ts';

describe('internal links', () => {
  it.each([
    [routes.home(), routes.claim('abc123'), undefined, 'claims/abc123.html'],
    [routes.claim('abc123'), routes.article('cnn-letter'), 'claim-abc123', '../articles/cnn-letter.html#claim-abc123'],
    [routes.article('cnn-letter'), routes.claim('abc123'), undefined, '../claims/abc123.html'],
    [routes.claim('abc123'), routes.home(), undefined, '../index.html'],
    [routes.source('reuters'), routes.style(), undefined, '../styles/site.css'],
    [routes.claims(), routes.claimsData(), undefined, 'data/claims.json'],
    [routes.claim('abc123'), routes.claim('def456'), undefined, 'def456.html'],
    [routes.claim('abc123'), routes.media('images/logo.png'), undefined, '../media/images/logo.png'],
  ])('from %s to %s#%s is %s', (from, to, fragment, expected) => {
    expect(href(from, to, fragment)).toBe(expected);
  });

  it.each([
    ['/', '/claims/abc123.html'],
    ['/factcheck/', '/factcheck/claims/abc123.html'],
    ['/factcheck', '/factcheck/claims/abc123.html'],
  ])('a claim’s permanent URL under base %s is %s', (base, expected) => {
    expect(permanentUrl(routes.claim('abc123'), base)).toBe(expected);
  });

  it.each([
    ['/claims/abc123.html', '/', 'claims/abc123.html'],
    ['/claims/abc123', '/', 'claims/abc123.html'],
    ['/factcheck/articles/x.html', '/factcheck/', 'articles/x.html'],
    ['/', '/', 'index.html'],
  ])('the page at %s (base %s) is route %s', (pathname, base, expected) => {
    expect(routeFromPathname(pathname, base)).toBe(expected);
  });
});

describe('the search page’s scripts', () => {
  it('are linked relative to it, so they load at any base and from disk', () => {
    expect(
      [routes.searchData(), routes.searchLibrary(), routes.searchScript()].map((to) => href(routes.search(), to)),
    ).toEqual(['data/search-index.js', 'scripts/minisearch.js', 'scripts/search.js']);
    // The index's other parts, which the search script adds to the page, are relative to it too.
    expect(href(routes.search(), routes.searchData(2))).toBe('data/search-index-2.js');
    expect(href(routes.claim('abc123'), routes.search())).toBe('../search.html');
  });
});

describe('every internal link lands on its page in each way the site is read', () => {
  const sites = [
    ['at a host’s root', 'https://example.org/'],
    ['under a sub-path', 'https://example.org/factcheck/'],
    ['from disk', 'file:///home/reader/Downloads/claimtrail-site/'],
  ];
  const pages = [
    routes.home(),
    routes.article('cnn-letter'),
    routes.claim('abc123'),
    routes.source('reuters'),
    routes.search(),
  ];
  const targets = [...pages, routes.claims(), routes.claimsData(), routes.style(), routes.searchScript()];
  it.each(sites)('%s (%s)', (_mode, site) => {
    for (const from of pages)
      for (const to of targets)
        expect(new URL(href(from, to), new URL(from, site)).href, `${from} -> ${to}`).toBe(new URL(to, site).href);
  });
});

describe('href against posix.relative', () => {
  const routes = [
    'index.html',
    'claims.html',
    'claims/x1.html',
    'claims',
    'articles/a-b.html',
    'data/claims.json',
    'data/sources/s.txt',
    'media/a/b/c.png',
    'claims/x1.html/',
    './claims/x1.html',
    'claims/../index.html',
    '/claims/x1.html',
    'claims//x1.html',
    '..',
    '',
    'a.b/c..d/.e',
  ];
  it("gives the same path as posix.relative from the page's folder, for every pair", () => {
    for (const from of routes)
      for (const to of routes) expect(href(from, to), `${from} -> ${to}`).toBe(posix.relative(posix.dirname(from), to));
  });
});
