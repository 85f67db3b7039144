// What the site's search finds: one document per claim, article and source, with the options that
// index them. Both go into classic scripts, so the index is built the same way in every browser and in
// the tests, and search works from file:// where nothing can be fetched; a big site's documents come in
// parts, so the first results show before the whole index has loaded.
import type { Options } from 'minisearch';
import { oncePer } from '../once-per.ts';
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
  // Articles and sources first: they are few, and the first part of a big site's index then finds them all.
  return [...articleDocuments, ...sourceDocuments, ...claims];
}

/** The global the index script sets, read by the search page's script. */
export const searchGlobal = 'claimtrailSearch';
/** The function each further part of the index calls with its documents, set by the search page's script. */
export const searchPartGlobal = 'claimtrailSearchPart';

/**
 * The most bytes of documents a part of the index holds: the first part is small, so the first results
 * come at once however big the site; each next part may be twice its predecessor, up to `most`, so that
 * a big site's index comes in a few dozen parts rather than hundreds. A document bigger than its part's
 * bound makes a part of its own.
 */
export const searchPartBytes = { first: 64 * 1024, most: 1024 * 1024 };

/** The bound of part `part` (from 1), as searchPartBytes says. */
export const searchPartBound = (part: number, bytes = searchPartBytes) =>
  Math.min(bytes.first * 2 ** (part - 1), bytes.most);

/** Documents in order, cut into parts of at most their bound's bytes (as JSON, with the comma between). */
export function searchParts(documents: readonly SearchDocument[], bytes = searchPartBytes): SearchDocument[][] {
  const parts: SearchDocument[][] = [];
  let part: SearchDocument[] = [];
  let used = 0;
  for (const document of documents) {
    const size = Buffer.byteLength(JSON.stringify(document)) + 1;
    if (part.length > 0 && used + size > searchPartBound(parts.length + 1, bytes)) {
      parts.push(part);
      part = [];
      used = 0;
    }
    part.push(document);
    used += size;
  }
  return [...parts, part];
}

// Every part's route asks for the parts of the same graph: cut once per graph, not once per file.
const partsOf = oncePer((graph: ClaimGraph) => searchParts(searchDocuments(graph)));

/** The route of each part of an index, in order. */
const partRoutes = (parts: readonly unknown[]) => parts.map((_, index) => routes.searchData(index + 1));

/** The index's files, one per part: data/search-index.js, then data/search-index-2.js, … on a big site. */
export const searchIndexRoutes = (graph: ClaimGraph): string[] => partRoutes(partsOf(graph));

/** File `part` (from 1) of the index of `graph`, as searchPartScript writes it. */
export const searchIndexScript = (graph: ClaimGraph, part = 1): string => searchPartScript(partsOf(graph), part);

/**
 * A file of an index cut into `parts`, as a classic script, since browsers fetch nothing from file://.
 * The first sets the global with the options, its documents, how many documents there are in all and
 * the routes of the other parts, which the search page's script loads one after another; each of those
 * hands its documents to the function that script defines.
 */
export function searchPartScript(parts: readonly SearchDocument[][], part: number): string {
  const documents = parts[part - 1];
  if (!documents) throw new RangeError(`The search index has ${parts.length} parts, not ${part}`);
  if (part > 1)
    return (
      `// Claimtrail search index, part ${part} of ${parts.length} (generated). Loaded by ${routes.searchScript()}.\n` +
      `window.${searchPartGlobal}(${JSON.stringify({ documents })});\n`
    );
  const data = {
    options: searchOptions,
    documents,
    count: parts.reduce((sum, each) => sum + each.length, 0),
    parts: partRoutes(parts).slice(1),
  };
  return (
    '// Claimtrail search index (generated). Loaded by search.html.\n' +
    `window.${searchGlobal} = ${JSON.stringify(data)};\n`
  );
}
