// Lookups every page needs, read from the content layer once per build: every page asks, and building
// the maps is linear in the corpus, so doing it per page would make the whole build quadratic.
import { getCollection } from 'astro:content';
import { linkIndex } from '../core/views.ts';
import { claimGraph } from './corpus.ts';

async function load() {
  const [articles, claims, sources, relations] = await Promise.all([
    getCollection('articles'),
    getCollection('claims'),
    getCollection('sources'),
    getCollection('relations'),
  ]);
  return {
    articles: articles.map((entry) => entry.data),
    claims: claims.map((entry) => entry.data),
    sources: sources.map((entry) => entry.data),
    relations: relations.map((entry) => entry.data),
    linksByClaim: linkIndex(relations.map((entry) => entry.data)),
    retired: claimGraph().retired,
    claimById: new Map(claims.map((entry) => [entry.data.id, entry.data])),
    articleBySlug: new Map(articles.map((entry) => [entry.data.slug, entry.data])),
    sourceById: new Map(sources.map((entry) => [entry.data.id, entry.data])),
    articleLabels: new Map(articles.map((entry) => [entry.data.slug, entry.data.label])),
    sourceNames: new Map(sources.map((entry) => [entry.data.id, entry.data.name])),
  };
}

let data: ReturnType<typeof load> | undefined;

export function siteData() {
  data ??= load();
  return data;
}
