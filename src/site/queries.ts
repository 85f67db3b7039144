// Lookups every page needs, read from the content layer once per build: every page asks, and building
// the maps is linear in the corpus, so doing it per page would make the whole build quadratic.
import { getCollection } from 'astro:content';
import { claimListings } from '../core/publish/listings.ts';
import { claimKinds, corroborationStatuses } from '../core/schema.ts';
import { claimCards, linkIndex } from '../core/publish/views.ts';
import { claimGraph } from './corpus.ts';

async function load() {
  const [articles, claims, sources, relations] = await Promise.all([
    getCollection('articles'),
    getCollection('claims'),
    getCollection('sources'),
    getCollection('relations'),
  ]);
  const claimList = claims.map((entry) => entry.data);
  const linksByClaim = linkIndex(relations.map((entry) => entry.data));
  const sourceNames = new Map(sources.map((entry) => [entry.data.id, entry.data.name]));
  const articleList = articles.map((entry) => entry.data);
  return {
    articles: articleList,
    claims: claimList,
    sources: sources.map((entry) => entry.data),
    relations: relations.map((entry) => entry.data),
    linksByClaim,
    /** How many claims each claim is linked to. */
    linkCount: (id: string) => linksByClaim.get(id)?.length ?? 0,
    /** What each claim's mark in an article shows on hover or focus. */
    cards: claimCards(claimList, sourceNames, linksByClaim),
    retired: claimGraph().retired,
    claimById: new Map(claims.map((entry) => [entry.data.id, entry.data])),
    articleBySlug: new Map(articles.map((entry) => [entry.data.slug, entry.data])),
    sourceById: new Map(sources.map((entry) => [entry.data.id, entry.data])),
    articleLabels: new Map(articles.map((entry) => [entry.data.slug, entry.data.label])),
    sourceNames,
    /** Every claims listing (the index, by status, kind and article), each to be cut into pages. */
    listings: claimListings({ articles: articleList, claims: claimList }, corroborationStatuses, claimKinds),
  };
}

let data: ReturnType<typeof load> | undefined;

export function siteData() {
  data ??= load();
  return data;
}
