// Lookups every page needs (core/publish/site-lookups.ts), read once per build.
import { oncePer } from '../core/once-per.ts';
import type { ClaimGraph } from '../core/schema.ts';
import { siteLookups, type SiteLookups } from '../core/publish/site-lookups.ts';
import { slicedPages, type SlicedPages } from '../core/publish/page-slices.ts';
import { buildPlan, plannedToRender } from './build-plan.ts';
import { claimGraph } from './corpus.ts';
import { storeOrdered } from './graph-items.ts';

// Keyed by the graph: a build has one; in `astro dev` an edit gives a new one (corpus.ts), and the
// lookups must follow it even where this module is not evaluated again. Pages read the graph itself,
// never Astro's content store: that would copy it into the store, serialise it into the page bundle and
// parse it again (the largest cost of a big build), and in `astro dev` the store reaches the pages a
// moment after an edit, so lookups read from it in that moment were kept, stale, until the next edit.
const dataOf = oncePer((graph: ClaimGraph) => siteLookups(storeOrdered(graph)));

/** The site's lookups: those `claimtrail build` sliced its pages from (build-plan.ts), or the graph's own. */
export function siteData() {
  return buildPlan()?.site ?? dataOf(claimGraph());
}

const slicedPagesOf = oncePer((site: SiteLookups) => slicedPages(site));

/**
 * The pages of `kind` rendered from a slice (page-slices.ts) that this build renders: those the page
 * cache does not hold (build-plan.ts), or all of them.
 */
export function pagesToRender<Kind extends keyof SlicedPages>(kind: Kind): SlicedPages[Kind] {
  const plan = buildPlan();
  return plan ? plannedToRender(plan, kind) : slicedPagesOf(siteData())[kind];
}
