// What the pages look up, computed once per graph from its items: building these maps is linear in the
// corpus, so doing it per page would make the whole build quadratic.
import type { ClaimGraph } from '../schema.ts';
import { claimListings } from './listings.ts';
import { claimCards, linkIndex } from './views.ts';
import { claimKinds, corroborationStatuses } from '../schema.ts';

export type SiteItems = Pick<ClaimGraph, 'articles' | 'claims' | 'sources' | 'relations' | 'retired'>;

export function siteLookups({ articles, claims, sources, relations, retired }: SiteItems) {
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
    retired,
    claimById: new Map(claims.map((claim) => [claim.id, claim])),
    articleBySlug: new Map(articles.map((article) => [article.slug, article])),
    sourceById: new Map(sources.map((source) => [source.id, source])),
    articleLabels: new Map(articles.map((article) => [article.slug, article.label])),
    sourceNames,
    /** Every claims listing (the index, by status, kind and article), each to be cut into pages. */
    listings: claimListings({ articles, claims }, corroborationStatuses, claimKinds),
  };
}

export type SiteLookups = ReturnType<typeof siteLookups>;
