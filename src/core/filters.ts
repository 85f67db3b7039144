// The claims index's filters (sourcing status, kind, source, article) work with CSS alone: each choice in a
// <select> hides, through :has(), the claims that do not match it, so they work without JavaScript and
// from disk. A small script adds counts and keeps the choice in the page's address.
import { claimKinds, corroborationStatuses, type ClaimGraph } from './schema.ts';
import { kindLabels, sourcingLabels } from './views.ts';

export interface ClaimFilter {
  /** The <select>'s name, also the query parameter: ?status=contested. */
  name: 'status' | 'kind' | 'source' | 'article';
  label: string;
  anyLabel: string;
  /** The claim item's attribute holding its value(s); "~=" when it holds a list of words. */
  attribute: string;
  list: boolean;
  options: { value: string; label: string }[];
}

export function claimFilters(graph: Pick<ClaimGraph, 'articles' | 'sources' | 'claims'>): ClaimFilter[] {
  const cited = new Set(graph.claims.flatMap((claim) => claim.attribution));
  return [
    // Sourcing, not a verdict: the options say who says it; the values stay the status ids published links use.
    { name: 'status', label: 'Sourcing', anyLabel: 'Any sourcing', attribute: 'data-status', list: false, options: corroborationStatuses.map((status) => ({ value: status, label: sourcingLabels[status] })) },
    { name: 'kind', label: 'Kind', anyLabel: 'Any kind', attribute: 'data-kind', list: false, options: claimKinds.map((kind) => ({ value: kind, label: kindLabels[kind] })) },
    {
      name: 'source',
      label: 'Source',
      anyLabel: 'Any source',
      attribute: 'data-sources',
      list: true,
      options: graph.sources.filter((source) => cited.has(source.id)).map((source) => ({ value: source.id, label: source.name })).sort((a, b) => a.label.localeCompare(b.label)),
    },
    { name: 'article', label: 'Article', anyLabel: 'Any article', attribute: 'data-article', list: false, options: graph.articles.map((article) => ({ value: article.slug, label: article.label })) },
  ];
}

/** The id of a filter's <select>. */
export const filterId = (name: ClaimFilter['name']) => `filter-${name}`;

/** One rule per option: while it is chosen, claims without its value are hidden. Values are ids and enum names. */
export function filterStyles(filters: ClaimFilter[]): string {
  return filters
    .flatMap((filter) =>
      filter.options.map(
        ({ value }) => `main:has(#${filterId(filter.name)} option[value="${value}"]:checked) .claim-item:not([${filter.attribute}${filter.list ? '~' : ''}="${value}"]) { display: none; }`,
      ),
    )
    .join('\n');
}
