// The content layer: article bodies come from the corpus's MDX files through glob(); claims, sources,
// article records and links come from the core's claim graph, so pages query them without rendering
// any article. Retired (withdrawn or merged) entries, often none, are read from the graph directly.
// Editorial pages come from the corpus's pages/ folder, and the built-in text for any it lacks from
// src/default-pages/ (core/content/editorial.ts).
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { editorialFolder, editorialPages } from './core/content/editorial.ts';
import {
  articleSchema,
  claimSchema,
  editorialFrontmatterSchema,
  relationSchema,
  sourceSchema,
  type ClaimGraph,
} from './core/schema.ts';
import { claimGraph, corpusDir } from './site/corpus.ts';
import { followCorpus } from './site/dev-reload.ts';

/** A collection of one kind of item of the claim graph; in `astro dev`, filled anew after each edit (dev-reload.ts). */
function fromGraph<K extends 'articles' | 'claims' | 'sources' | 'relations'>(
  key: K,
  idOf: (item: ClaimGraph[K][number]) => string,
): Loader {
  return {
    name: `claimtrail-${key}`,
    load: ({ store, watcher, logger }) => {
      const fill = () => {
        const items = claimGraph()[key];
        store.clear();
        for (const item of items) store.set({ id: idOf(item), data: item });
      };
      // Only the dev server gives a loader a watcher: a build reads the corpus once, as before.
      if (watcher) followCorpus({ watcher, logger }, fill, () => store.clear());
      else fill();
      return Promise.resolve();
    },
  };
}

const editorialPattern = `{${editorialPages.map((page) => page.slug).join(',')}}.mdx`;

export const collections = {
  bodies: defineCollection({ loader: glob({ pattern: '*.mdx', base: join(corpusDir, 'articles') }) }),
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
  articles: defineCollection({
    loader: fromGraph('articles', (article) => (article as { slug: string }).slug),
    schema: articleSchema,
  }),
  claims: defineCollection({
    loader: fromGraph('claims', (claim) => (claim as { id: string }).id),
    schema: claimSchema,
  }),
  sources: defineCollection({
    loader: fromGraph('sources', (source) => (source as { id: string }).id),
    schema: sourceSchema,
  }),
  relations: defineCollection({
    loader: fromGraph('relations', (relation) => {
      const { from, to } = relation as { from: string; to: string };
      return `${from}--${to}`;
    }),
    schema: relationSchema,
  }),
};
