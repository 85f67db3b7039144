// Corroboration by independent origin, not by outlet. A claim's origin is the end of its attribution
// chain, rolled up to the organisation it belongs to: two articles citing the same Reuters report, or a
// ministry and its government, are one origin; a claim in an outlet's own voice originates with the outlet.
import type { Corroboration, RelationType } from '../schema.ts';
import { affiliationRoot } from '../registry.ts';

export interface CorroborationClaim {
  id: string;
  /** Publisher first, then whom it cites, to the origin. */
  attribution: readonly string[];
}

export interface CorroborationLink {
  type: RelationType;
  from: string;
  to: string;
}

/** Registry entries, for affiliations (a SourceEntry fits). */
export interface AffiliatedSource {
  id: string;
  affiliation?: string | undefined;
}

/** The origin of an attribution chain: its last source, rolled up through affiliations. */
export function originOf(attribution: readonly string[], sources: ReadonlyMap<string, AffiliatedSource>): string {
  return affiliationRoot(attribution.at(-1)!, sources);
}

const supporting = new Set<RelationType>(['agrees', 'refines']);

/** Each claim's corroboration status, in the order of `claims`. */
export function corroborate(
  claims: readonly CorroborationClaim[],
  links: readonly CorroborationLink[],
  sources: readonly AffiliatedSource[],
): (Corroboration & { claim: string })[] {
  const registry = new Map(sources.map((source) => [source.id, source]));
  const origin = new Map(claims.map((claim) => [claim.id, originOf(claim.attribution, registry)]));
  const support = new Map<string, Set<string>>();
  const conflicts = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    const set = map.get(key) ?? new Set<string>();
    set.add(value);
    map.set(key, set);
  };
  for (const link of links) {
    if (!origin.has(link.from) || !origin.has(link.to)) continue;
    const target = supporting.has(link.type) ? support : link.type === 'conflicts' ? conflicts : undefined;
    if (!target) continue;
    add(target, link.from, link.to);
    add(target, link.to, link.from);
  }
  return claims.map((claim) => {
    const supportedBy = [...(support.get(claim.id) ?? [])].sort();
    const conflictsWith = [...(conflicts.get(claim.id) ?? [])].sort();
    const origins = [...new Set([claim.id, ...supportedBy].map((id) => origin.get(id)!))].sort();
    const status = conflictsWith.length ? 'contested' : origins.length >= 2 ? 'corroborated' : 'single-source';
    return { claim: claim.id, status, origins, supportedBy, conflictsWith };
  });
}
