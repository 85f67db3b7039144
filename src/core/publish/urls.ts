// The one place internal URLs are made. A route is a page's file path inside the built site
// ("claims/k3x9qa.html"); links between pages are relative, so the site works at a host's root,
// under a sub-path and from disk alike, and name the .html file so no link depends on a server
// turning a folder into its index.
import { posix } from 'node:path';

export const routes = {
  home: () => 'index.html',
  articles: () => 'articles.html',
  article: (slug: string) => `articles/${slug}.html`,
  claims: () => 'claims.html',
  claim: (id: string) => `claims/${id}.html`,
  sources: () => 'sources.html',
  source: (id: string) => `sources/${id}.html`,
  search: () => 'search.html',
  // Listings run to many pages on a big site. Every page past the first, and every filtered listing, is
  // in lists/: claim, article and source pages are one id deep in their folders (an id has no "/"), and
  // editorial pages are files at the root, so no id can ever name a listing page, nor a listing an id's.
  /** Page n of the claims index: the first is claims.html, the URL it always had. */
  claimsPage: (page: number) => (page === 1 ? 'claims.html' : `lists/claims/${page}.html`),
  /** Page n of the claims of one sourcing status, kind or article (core/publish/listings.ts). */
  claimsBy: (facet: 'status' | 'kind' | 'article', value: string, page = 1) =>
    page === 1 ? `lists/${facet}/${value}.html` : `lists/${facet}/${value}/${page}.html`,
  /** Page n of a source's claims: the first is the source's own page. */
  sourcePage: (id: string, page: number) => (page === 1 ? `sources/${id}.html` : `lists/source/${id}/${page}.html`),
  /** Page n of the articles list. */
  articlesPage: (page: number) => (page === 1 ? 'articles.html' : `lists/articles/${page}.html`),
  /** Page n of the sources list: "sources", not "source", so no source id can name one. */
  sourcesPage: (page: number) => (page === 1 ? 'sources.html' : `lists/sources/${page}.html`),
  /** An editorial page: about, methodology, corrections (core/content/editorial.ts). */
  editorial: (slug: string) => `${slug}.html`,
  claimsData: () => 'data/claims.json',
  claimsSchema: () => 'data/claims.schema.json',
  claimsTable: () => 'data/claims.csv',
  annotations: () => 'data/annotations.jsonld',
  // An article's source text, as its claims' anchors count in it: plain text, so nothing in it can run.
  sourceText: (slug: string) => `data/sources/${slug}.txt`,
  // Search runs from classic scripts, the only kind a browser runs from file://: the index is a script
  // that sets a global, not JSON to fetch. A big site's index comes in parts (core/publish/search.ts).
  searchData: (part = 1) => (part === 1 ? 'data/search-index.js' : `data/search-index-${part}.js`),
  searchLibrary: () => 'scripts/minisearch.js',
  searchScript: () => 'scripts/search.js',
  claimsFilterScript: () => 'scripts/claims-filter.js',
  copyScript: () => 'scripts/copy.js',
  claimCardScript: () => 'scripts/claim-card.js',
  // Written only for a site that knows its host: both need absolute URLs.
  sitemap: () => 'sitemap.xml',
  /** Past 50,000 pages, sitemap.xml is an index of these parts (core/publish/sitemap.ts). */
  sitemapPart: (part: number) => `sitemap-${part}.xml`,
  feed: () => 'feed.xml',
  style: () => 'styles/site.css',
  /** An image the site's settings name (a logo, a share image), by its path in the content folder. */
  media: (path: string) => `media/${path}`,
  icon: () => 'favicon.svg',
} as const;

/** The page of a claim or an article, live or retired: the same URL either way. */
export const pageRoute = (type: 'claim' | 'article', id: string) =>
  type === 'claim' ? routes.claim(id) : routes.article(id);

/** The fragment id of a claim's mark on its article page. */
export const claimAnchor = (id: string) => `claim-${id}`;

/** A link from the page at route `from` to route `to`, optionally to an element id on it. */
export function href(from: string, to: string, fragment?: string): string {
  const path =
    plainRoute.test(from) && plainRoute.test(to) ? relativeRoute(from, to) : posix.relative(posix.dirname(from), to);
  return fragment ? `${path}#${fragment}` : path;
}

/** A route of plain segments ("claims/x.html"): no leading, doubled or trailing slash, no "." or ".." segment. */
const plainRoute = /^(?!\.\.?(?:\/|$))[^/]+(?:\/(?!\.\.?(?:\/|$))[^/]+)*$/;

/**
 * posix.relative(posix.dirname(from), to) for two plain routes, without resolving them against the working
 * folder: a page links to dozens of routes, so this is on every page many times (the same path for every
 * pair: tests/unit/urls.test.ts).
 */
function relativeRoute(from: string, to: string): string {
  const dir = from.slice(0, Math.max(from.lastIndexOf('/'), 0)); // '' at the root
  // Where the first segment the folder and `to` do not share starts, in both (past the end of `to` when
  // `to` is the folder or one above it).
  let common = 0;
  while (common < dir.length) {
    const slash = dir.indexOf('/', common);
    const end = slash < 0 ? dir.length : slash;
    if (!to.startsWith(dir.slice(common, end), common) || (end < to.length && to.charCodeAt(end) !== 47)) break;
    common = end + 1;
  }
  let ups = 0;
  if (common < dir.length) for (let at = common; at !== -1; at = dir.indexOf('/', at + 1)) ups++;
  const rest = common < to.length ? to.slice(common) : '';
  if (ups === 0) return rest;
  return '../'.repeat(ups - 1) + (rest ? `../${rest}` : '..');
}

/** Whether permanent URLs start with a host (CLAIMTRAIL_SITE was set) or are paths only. */
export const isAbsoluteUrl = (url: string) => /^https?:\/\//.test(url);

/**
 * How a page names another page in its machine-readable data (JSON-LD): the permanent URL when the
 * site's host is known (`prefix` is absolute), otherwise a reference relative to the page, which a
 * reader resolves against wherever the page is being read.
 */
export function linkedDataId(from: string, to: string, prefix: string, fragment?: string): string {
  if (!isAbsoluteUrl(prefix)) return href(from, to, fragment);
  const url = permanentUrl(to, prefix);
  return fragment ? `${url}#${fragment}` : url;
}

/** The permanent URL of a route: root-relative under `base` ("/", "/factcheck/"), absolute under an origin and base. */
export function permanentUrl(route: string, base = '/'): string {
  return `${withSlash(base)}${route}`;
}

/** The route of a page from its URL pathname, for pages that must know where they stand. */
export function routeFromPathname(pathname: string, base = '/'): string {
  const prefix = withSlash(base);
  const route = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, '');
  if (route === '' || route.endsWith('/')) return `${route}index.html`;
  return route.endsWith('.html') ? route : `${route}.html`;
}

// Astro hands pages its base without the final slash when trailingSlash is 'never'.
const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);
