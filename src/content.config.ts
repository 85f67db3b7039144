// The content layer: article bodies come from the corpus's MDX files through glob(); claims, sources,
// article records and links are collections filled from the core's claim graph in `astro dev` only, so
// that an edit reloads the pages; the pages themselves read the graph directly (queries.ts).
// Editorial pages come from the corpus's pages/ folder, and the built-in text for any it lacks from
// src/default-pages/ (core/content/editorial.ts).
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { editorialFolder, editorialPages } from './core/content/editorial.ts';
import { articleSchema, claimSchema, editorialFrontmatterSchema, relationSchema, sourceSchema } from './core/schema.ts';
import { articlesToRender } from './site/build-plan.ts';
import { claimGraph, corpusDir } from './site/corpus.ts';
import { followCorpus } from './site/dev-reload.ts';
import { graphItemIds, type GraphItems } from './site/graph-items.ts';

/**
 * A collection of one kind of item of the claim graph, for `astro dev`, filled anew after each edit
 * (dev-reload.ts): its change is what reloads the pages. Empty in a build. Pages read the items from the
 * graph itself (siteData in queries.ts), not getCollection.
 */
function fromGraph<Key extends GraphItems>(key: Key): Loader {
  return {
    name: `claimtrail-${key}`,
    load: ({ store, watcher, logger }) => {
      const idOf = graphItemIds[key];
      const fill = () => {
        const items = claimGraph()[key] as Parameters<typeof idOf>[0][];
        store.clear();
        for (const item of items) store.set({ id: idOf(item), data: item });
      };
      // Only the dev server gives a loader a watcher. A build's pages read the graph itself (siteData in
      // queries.ts), so its store holds none of it: only the article bodies and editorial pages.
      if (watcher) followCorpus({ watcher, logger }, fill, () => store.clear());
      else store.clear();
      return Promise.resolve();
    },
  };
}

/**
 * The articles' MDX bodies: all of them, or in a `claimtrail build` only those of the articles it renders
 * (the page cache holds the others' pages: site/build-plan.ts), so an edit compiles one body, not all.
 */
function articleBodies(): Loader {
  const slugs = articlesToRender();
  // An empty store, not an untouched one: the bodies of an earlier build would otherwise be compiled again.
  if (slugs?.length === 0)
    return {
      name: 'no-article-bodies',
      load: ({ store }) => {
        store.clear();
        return Promise.resolve();
      },
    };
  return glob({ pattern: slugs ? slugs.map((slug) => `${slug}.mdx`) : '*.mdx', base: join(corpusDir, 'articles') });
}

const editorialPattern = `{${editorialPages.map((page) => page.slug).join(',')}}.mdx`;

export const collections = {
  bodies: defineCollection({ loader: articleBodies() }),
  // A corpus without pages/ has no own pages: an empty loader, rather than a glob that warns of the missing folder.
  pages: defineCollection({
    loader: existsSync(join(corpusDir, editorialFolder))
      ? glob({ pattern: editorialPattern, base: join(corpusDir, editorialFolder) })
      : { name: 'no-editorial-pages', load: async () => {} },
    schema: editorialFrontmatterSchema,
  }),
  defaultPages: defineCollection({
    loader: glob({ pattern: editorialPattern, base: './src/default-pages' }),
    schema: editorialFrontmatterSchema,
  }),
  articles: defineCollection({ loader: fromGraph('articles'), schema: articleSchema }),
  claims: defineCollection({ loader: fromGraph('claims'), schema: claimSchema }),
  sources: defineCollection({ loader: fromGraph('sources'), schema: sourceSchema }),
  relations: defineCollection({ loader: fromGraph('relations'), schema: relationSchema }),
};
