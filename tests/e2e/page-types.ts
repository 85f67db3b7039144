// One page of each type the site builds, for the quality gates: the sample site's pages, and the test
// corpus's for the types the sample lacks (a claim with verdicts, a tombstone, a pointer, a list of
// corrections, an About page with a publisher, contact and licence).
import { readFileSync } from 'node:fs';
import type { ClaimGraph } from '../../src/core/schema.ts';
import { routes } from '../../src/core/publish/urls.ts';

export interface PageType {
  name: string;
  site: 'sample' | 'fixture';
  route: string;
}

const sample: ClaimGraph = JSON.parse(readFileSync(new URL('../../dist/data/claims.json', import.meta.url), 'utf8'));
// The richest of each: a claim cited through a chain and linked to others, the source most cited.
const chained = sample.claims.find((claim) => claim.attribution.length > 2)!;
const mostCited = [...sample.sources].sort((a, b) => b.claims.length - a.claims.length)[0]!;

export const pageTypes: PageType[] = [
  { name: 'home', site: 'sample', route: routes.home() },
  { name: 'articles index', site: 'sample', route: routes.articles() },
  { name: 'article', site: 'sample', route: routes.article(sample.articles[0]!.slug) },
  { name: 'claims index', site: 'sample', route: routes.claims() },
  { name: 'claims listing', site: 'sample', route: routes.claimsBy('status', 'contested') },
  { name: 'claim', site: 'sample', route: routes.claim(chained.id) },
  { name: 'sources index', site: 'sample', route: routes.sources() },
  { name: 'source', site: 'sample', route: routes.source(mostCited.id) },
  { name: 'search', site: 'sample', route: `${routes.search()}?q=torture` },
  { name: 'rated claim', site: 'fixture', route: routes.claim('tw22ab') },
  { name: 'withdrawn claim', site: 'fixture', route: routes.claim('wd01xx') },
  { name: 'merged claim', site: 'fixture', route: routes.claim('mg02xx') },
  { name: 'about (its own text)', site: 'sample', route: routes.editorial('about') },
  { name: 'methodology (built-in text)', site: 'sample', route: routes.editorial('methodology') },
  { name: 'about, with publisher, contact and licence', site: 'fixture', route: routes.editorial('about') },
  { name: 'corrections', site: 'fixture', route: routes.editorial('corrections') },
];
