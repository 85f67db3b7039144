// The claim graph's items as the pages list them: in the order of Astro's content store, which the site
// has always read them in (by id, as Astro's data store writes each collection; for ASCII ids that is
// the order of code units), so a build that reads the graph directly makes the same pages as one that
// read the store.
import { oncePer } from '../core/once-per.ts';
import type { ClaimGraph } from '../core/schema.ts';

export type GraphItems = 'articles' | 'claims' | 'sources' | 'relations';

type Item<Key extends GraphItems> = ClaimGraph[Key][number];

/** Each kind of item's id in its content collection (content.config.ts). */
export const graphItemIds: { [Key in GraphItems]: (item: Item<Key>) => string } = {
  articles: (article) => article.slug,
  claims: (claim) => claim.id,
  sources: (source) => source.id,
  relations: (relation) => `${relation.from}--${relation.to}`,
};

const sortedOf = oncePer((_graph: ClaimGraph) => new Map<GraphItems, unknown[]>());

/** The graph's items of `key` in the content store's order; sorted once per graph. */
export function inStoreOrder<Key extends GraphItems>(graph: ClaimGraph, key: Key): ClaimGraph[Key] {
  const byKey = sortedOf(graph);
  let items = byKey.get(key);
  if (!items) {
    const idOf = graphItemIds[key];
    items = (graph[key] as Item<Key>[])
      .map((item) => ({ id: idOf(item), item }))
      // By code unit, not localeCompare: the order must not follow the machine's locale (ids are ASCII).
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map(({ item }) => item);
    byKey.set(key, items);
  }
  return items as ClaimGraph[Key];
}

/** What the site's lookups are built from (core/publish/site-lookups.ts): the graph's items in the store's order. */
export function storeOrdered(graph: ClaimGraph) {
  return {
    articles: inStoreOrder(graph, 'articles'),
    claims: inStoreOrder(graph, 'claims'),
    sources: inStoreOrder(graph, 'sources'),
    relations: inStoreOrder(graph, 'relations'),
    retired: graph.retired,
  };
}
