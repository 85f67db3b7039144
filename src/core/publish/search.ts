// What the site's search finds: one document per claim, article and source, with the options that
// index them. Both go into one classic script, so the index is built the same way in every browser
// and in the tests, and search works from file:// where nothing can be fetched.
import type { Options } from 'minisearch';
import { stances, type ClaimGraph, type SearchDocument } from '../schema.ts';
import { routes } from './urls.ts';
import {
  claimantLine,
  kindLabels,
  reviewLabels,
  sourceClaimCount,
  sourceTypeLabels,
  sourcingLabel,
  verdictLabel,
} from './views.ts';

/** MiniSearch options: plain data, so they travel in the index script unchanged. */
export const searchOptions: Options<SearchDocument> = {
  idField: 'id',
  // The line under a result (detail) is shown, not searched: a claim's line names its article, whose
  // title would otherwise match every one of its claims. What of it should be found is in keywords.
  fields: ['title', 'keywords'],
  storeFields: ['type', 'route', 'title', 'detail', 'status'],
  searchOptions: { boost: { title: 3, keywords: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
};

export function searchDocuments(graph: ClaimGraph): SearchDocument[] {
  const sources = new Map(graph.sources.map((source) => [source.id, source]));
  const sourceNames = new Map(graph.sources.map((source) => [source.id, source.name]));
  const articles = new Map(graph.articles.map((article) => [article.slug, article]));
  const aliases = (ids: string[]) => ids.flatMap((id) => sources.get(id)?.aliases ?? []);
  // Sources named inside a claim's words, so that any of their names finds it: "Uighur" finds "Uygur".
  const namedIn = (claim: ClaimGraph['claims'][number]) =>
    (articles.get(claim.article)?.mentions ?? [])
      .filter((mention) => mention.offsets.start >= claim.offsets.start && mention.offsets.end <= claim.offsets.end)
      .map((mention) => mention.source);

  // A claim is shown by its statement and found by its exact words too, which may spell names and
  // numbers differently; the claimant line names who claims it, the stance label how it is relayed.
  // Sourcing and verdict stay two things, as on the claim page: how many say it, and what an editor rated it.
  const claims = graph.claims.map((claim): SearchDocument => {
    const claimant = claimantLine(claim, sourceNames);
    const article = articles.get(claim.article);
    const unreviewed = article?.review === 'auto' ? [reviewLabels.auto] : [];
    return {
      id: `claim:${claim.id}`,
      type: 'claim',
      route: routes.claim(claim.id),
      title: claim.statement,
      detail: `${article?.label ?? claim.article} · ${claimant}`,
      status: [sourcingLabel(claim.corroboration), verdictLabel(claim.verdicts.at(-1)), ...unreviewed].join(' · '),
      keywords: [
        claim.text,
        claimant,
        kindLabels[claim.kind],
        stances[claim.stance].label,
        claim.id,
        claim.quantity?.counted,
        claim.quantity?.unit,
        ...aliases([...claim.attribution, ...namedIn(claim)]),
      ]
        .filter(Boolean)
        .join(' '),
    };
  });
  const articleDocuments = graph.articles.map((article): SearchDocument => ({
    id: `article:${article.slug}`,
    type: 'article',
    route: routes.article(article.slug),
    title: article.label,
    detail: [sourceNames.get(article.publisher) ?? article.publisher, ...article.authors].join(' · '),
    status: reviewLabels[article.review],
    keywords: [article.slug, sourceNames.get(article.publisher), ...article.authors, ...aliases([article.publisher])]
      .filter(Boolean)
      .join(' '),
  }));
  const sourceDocuments = graph.sources.map((source): SearchDocument => ({
    id: `source:${source.id}`,
    type: 'source',
    route: routes.source(source.id),
    title: source.name,
    detail: [source.role ?? sourceTypeLabels[source.type].one, sourceClaimCount(source.claims.length)].join(' · '),
    status: '',
    keywords: [source.id, source.role, sourceTypeLabels[source.type].one, ...source.aliases].filter(Boolean).join(' '),
  }));
  return [...claims, ...articleDocuments, ...sourceDocuments];
}

/** The global the index script sets, read by the search page's script. */
export const searchGlobal = 'claimtrailSearch';

/** dist/data/search-index.js: a classic script, since browsers fetch nothing from file://. */
export function searchIndexScript(graph: ClaimGraph): string {
  const data = { options: searchOptions, documents: searchDocuments(graph) };
  return (
    '// Claimtrail search index (generated). Loaded by search.html.\n' +
    `window.${searchGlobal} = ${JSON.stringify(data)};\n`
  );
}
