// Sourcing by independent claimant, not by outlet. A claim's origin is its claimant (who asserts it),
// rolled up to the organisation it belongs to: two articles citing the same Reuters report, or a
// ministry and its government, are one origin. An outlet that only reports, quotes or relays an
// allegation is never an origin of it; a claim whose claimant is unknown adds no origin. Unnamed
// sources ("experts", "diplomatic sources") cannot be told apart, so together they count as one.
// Sourcing counts who says a thing; it is not a verdict on whether it is true.
import type { Corroboration, RelationType } from '../schema.ts';
import { affiliationRoot } from '../content/registry.ts';
import { partOfWholeMethod } from './quantity-relation.ts';

export interface CorroborationClaim {
  id: string;
  /** Who asserts it (the publisher only in its own voice); null when unknown. */
  claimant: string | null;
}

export interface CorroborationLink {
  type: RelationType;
  /** How it was found (schema.ts Relation): a part of a whole is no support. */
  method: string;
  from: string;
  to: string;
}

/** Registry entries, for affiliations (a SourceEntry fits). */
export interface AffiliatedSource {
  id: string;
  affiliation?: string | undefined;
  type?: string | undefined;
}

/** How many independent sources a set of origins makes: each identified one, and all unnamed ones as one. */
function independentCount(origins: readonly string[], registry: ReadonlyMap<string, AffiliatedSource>): number {
  const unnamed = origins.filter((id) => registry.get(id)?.type === 'unnamed').length;
  return origins.length - unnamed + Math.min(unnamed, 1);
}

/** The independent origin of a claim: its claimant, rolled up through affiliations; none when unknown. */
export function originOf(claimant: string | null, sources: ReadonlyMap<string, AffiliatedSource>): string | null {
  return claimant === null ? null : affiliationRoot(claimant, sources);
}

/** Links between parts and a whole: the matcher's part-of-whole, and arithmetic's parts that sum to a total. */
const partMethods = new Set([partOfWholeMethod, 'arithmetic']);

/**
 * Whether a link says the two claims state one fact: agrees, or refines (a narrower or wider statement of
 * it), but not a part and its whole ("11 soldiers" of "19 people killed", or parts that sum to a total):
 * whoever counts a part does not say how many the whole is.
 */
const supports = (link: CorroborationLink) =>
  link.type === 'agrees' || (link.type === 'refines' && !partMethods.has(link.method));

/** Each claim's corroboration status, in the order of `claims`. */
export function corroborate(
  claims: readonly CorroborationClaim[],
  links: readonly CorroborationLink[],
  sources: readonly AffiliatedSource[],
): (Corroboration & { claim: string })[] {
  const registry = new Map(sources.map((source) => [source.id, source]));
  const origin = new Map(claims.map((claim) => [claim.id, originOf(claim.claimant, registry)]));
  const support = new Map<string, Set<string>>();
  const conflicts = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    const set = map.get(key) ?? new Set<string>();
    set.add(value);
    map.set(key, set);
  };
  for (const link of links) {
    if (!origin.has(link.from) || !origin.has(link.to)) continue;
    const target = supports(link) ? support : link.type === 'conflicts' ? conflicts : undefined;
    if (!target) continue;
    add(target, link.from, link.to);
    add(target, link.to, link.from);
  }
  return claims.map((claim) => {
    const supportedBy = [...(support.get(claim.id) ?? [])].sort();
    const conflictsWith = [...(conflicts.get(claim.id) ?? [])].sort();
    const origins = [
      ...new Set([claim.id, ...supportedBy].map((id) => origin.get(id)).filter((id) => typeof id === 'string')),
    ].sort();
    const independent = independentCount(origins, registry);
    const status = conflictsWith.length ? 'contested' : independent >= 2 ? 'corroborated' : 'single-source';
    return { claim: claim.id, status, origins, independent, supportedBy, conflictsWith };
  });
}
