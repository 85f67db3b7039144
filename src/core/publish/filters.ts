// The claims index's filters: links to static listings (core/publish/listings.ts), so they work without
// JavaScript and from disk, and cost the same at any corpus size. Sourcing status and kind are listed
// on every index page with their counts; an article's or a source's claims are reached from the
// articles list and the sources list, which would otherwise put thousands of links on every page.
import { claimKinds, corroborationStatuses } from '../schema.ts';
import { kindLabels, sourcingLabels } from './views.ts';

export interface ClaimFilter {
  /** The listing facet, also the query parameter older links carry: claims.html?status=contested. */
  name: 'status' | 'kind';
  label: string;
  anyLabel: string;
  options: { value: string; label: string }[];
}

export const claimFilters: readonly ClaimFilter[] = [
  // Sourcing, not a verdict: the options say who says it; the values stay the status ids published links use.
  {
    name: 'status',
    label: 'Sourcing',
    anyLabel: 'Any sourcing',
    options: corroborationStatuses.map((status) => ({ value: status, label: sourcingLabels[status] })),
  },
  {
    name: 'kind',
    label: 'Kind',
    anyLabel: 'Any kind',
    options: claimKinds.map((kind) => ({ value: kind, label: kindLabels[kind] })),
  },
];
