// Lookups every page needs (core/publish/site-lookups.ts), read once per build.
import { getCollection } from 'astro:content';
import { oncePer } from '../core/once-per.ts';
import type { ClaimGraph } from '../core/schema.ts';
import { siteLookups, type SiteLookups } from '../core/publish/site-lookups.ts';
import { slicedPages, type SlicedPages } from '../core/publish/page-slices.ts';
import { buildPlan } from './build-plan.ts';
import { claimGraph } from './corpus.ts';
import { isDevServer } from './dev-server.ts';
import { inStoreOrder, type GraphItems } from './graph-items.ts';

/**
 * One kind of item of the claim graph, as the pages read it, in the store's order (graph-items.ts). A build
 * reads the graph it holds (corpus.ts):
 * passing it through Astro's content store would copy it into the store, serialise it into the page
 * bundle as one string and parse it again, the largest cost of a big build. `astro dev` reads it
 * through the content layer, whose change after an edit is what renders the pages again (dev-reload.ts).
 */
export async function graphItems<Key extends GraphItems>(key: Key): Promise<ClaimGraph[Key]> {
  if (!isDevServer()) return inStoreOrder(claimGraph(), key);
  return (await getCollection(key)).map((entry) => entry.data) as ClaimGraph[Key];
}

async function load(graph: ClaimGraph) {
  const [articles, claims, sources, relations] = await Promise.all([
    graphItems('articles'),
    graphItems('claims'),
    graphItems('sources'),
    graphItems('relations'),
  ]);
  return siteLookups({ articles, claims, sources, relations, retired: graph.retired });
}

// Keyed by the graph: a build has one; in `astro dev` an edit gives a new one (corpus.ts), and the
// lookups must follow it even where this module is not evaluated again.
const dataOf = oncePer((graph: ClaimGraph) => load(graph));

export function siteData() {
  return dataOf(claimGraph());
}

const slicedPagesOf = oncePer((site: SiteLookups) => slicedPages(site));

/**
 * The pages of `kind` rendered from a slice (page-slices.ts) that this build renders: those the page
 * cache does not hold (build-plan.ts), or all of them.
 */
export async function pagesToRender<Kind extends keyof SlicedPages>(kind: Kind): Promise<SlicedPages[Kind]> {
  const plan = buildPlan();
  if (!plan) return slicedPagesOf(await siteData())[kind];
  return plan.pages[kind].filter((page) => !plan.reused.has(page.route)) as SlicedPages[Kind];
}
