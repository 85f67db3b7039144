// Lookups every page needs (core/publish/site-lookups.ts), read once per build.
import { oncePer } from '../core/once-per.ts';
import type { ClaimGraph } from '../core/schema.ts';
import { siteLookups, type SiteLookups } from '../core/publish/site-lookups.ts';
import { slicedPages, type SlicedPages } from '../core/publish/page-slices.ts';
import { buildPlan } from './build-plan.ts';
import { claimGraph } from './corpus.ts';
import { inStoreOrder, storeOrdered, type GraphItems } from './graph-items.ts';

/**
 * One kind of item of the claim graph, as the pages read it, in the store's order (graph-items.ts), from
 * the graph itself (corpus.ts). Passing it through Astro's content store would copy it into the store,
 * serialise it into the page bundle as one string and parse it again, the largest cost of a big build.
 * In `astro dev` the store's collections still change after an edit (dev-reload.ts), which is what
 * reloads the pages; but the store is refreshed for pages a moment after the graph is read again, and
 * lookups read from it in that moment were kept, stale, until the next edit.
 */
export function graphItems<Key extends GraphItems>(key: Key): ClaimGraph[Key] {
  return inStoreOrder(claimGraph(), key);
}

// Keyed by the graph: a build has one; in `astro dev` an edit gives a new one (corpus.ts), and the
// lookups must follow it even where this module is not evaluated again.
const dataOf = oncePer((graph: ClaimGraph) => siteLookups(storeOrdered(graph)));

export function siteData() {
  return dataOf(claimGraph());
}

const slicedPagesOf = oncePer((site: SiteLookups) => slicedPages(site));

/**
 * The pages of `kind` rendered from a slice (page-slices.ts) that this build renders: those the page
 * cache does not hold (build-plan.ts), or all of them.
 */
export function pagesToRender<Kind extends keyof SlicedPages>(kind: Kind): SlicedPages[Kind] {
  const plan = buildPlan();
  if (!plan) return slicedPagesOf(siteData())[kind];
  return plan.pages[kind].filter((page) => !plan.reused.has(page.route)) as SlicedPages[Kind];
}
