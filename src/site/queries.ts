// Lookups every page needs, read once per build: every page asks, and building the maps is linear in the
// corpus, so doing it per page would make the whole build quadratic.
import { getCollection } from 'astro:content';
import { oncePer } from '../core/once-per.ts';
import { claimListings } from '../core/publish/listings.ts';
import { claimKinds, corroborationStatuses, type ClaimGraph } from '../core/schema.ts';
import { claimCards, linkIndex } from '../core/publish/views.ts';
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

async function load() {
  const [articles, claims, sources, relations] = await Promise.all([
    graphItems('articles'),
    graphItems('claims'),
    graphItems('sources'),
    graphItems('relations'),
  ]);
  const linksByClaim = linkIndex(relations);
  const sourceNames = new Map(sources.map((source) => [source.id, source.name]));
  return {
    articles,
    claims,
    sources,
    relations,
    linksByClaim,
    /** How many claims each claim is linked to. */
    linkCount: (id: string) => linksByClaim.get(id)?.length ?? 0,
    /** What each claim's mark in an article shows on hover or focus. */
    cards: claimCards(claims, sourceNames, linksByClaim),
    retired: claimGraph().retired,
    claimById: new Map(claims.map((claim) => [claim.id, claim])),
    articleBySlug: new Map(articles.map((article) => [article.slug, article])),
    sourceById: new Map(sources.map((source) => [source.id, source])),
    articleLabels: new Map(articles.map((article) => [article.slug, article.label])),
    sourceNames,
    /** Every claims listing (the index, by status, kind and article), each to be cut into pages. */
    listings: claimListings({ articles, claims }, corroborationStatuses, claimKinds),
  };
}

// Keyed by the graph: a build has one; in `astro dev` an edit gives a new one (corpus.ts), and the
// lookups must follow it even where this module is not evaluated again.
const dataOf = oncePer((_graph: ClaimGraph) => load());

export function siteData() {
  return dataOf(claimGraph());
}
