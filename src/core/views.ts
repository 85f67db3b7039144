// What pages show, computed from the claim graph: pure functions the site renders as they are.
import { ratings, type Article, type Claim, type Corroboration, type Quantity, type Relation, type RelationType, type Verdict } from './schema.ts';

/** The claim's paragraph split around its exact words (offsets count code points). */
export function claimInContext(article: Article, claim: Claim): { before: string; exact: string; after: string } {
  const block = article.blocks[claim.block]!;
  const chars = Array.from(block.text);
  const start = claim.offsets.start - block.start;
  const end = claim.offsets.end - block.start;
  return { before: chars.slice(0, start).join(''), exact: chars.slice(start, end).join(''), after: chars.slice(end).join('') };
}

/** "South China Morning Post, citing Reuters, citing diplomatic sources". */
export function attributionSentence(names: string[]): string {
  return names.join(', citing ');
}

/** The same sentence for a claim's attribution ids, each named from `sourceNames` (its id when unnamed). */
export function attributionOf(ids: string[], sourceNames: ReadonlyMap<string, string>): string {
  return attributionSentence(ids.map((id) => sourceNames.get(id) ?? id));
}

const numberFormat = new Intl.NumberFormat('en-US');

/** "at least 1,000,000 people", "at most 2,000,000 people", "22 countries", "between 1 and 2 …". */
export function describeQuantity(quantity: Quantity): string {
  const { min, max, unit } = quantity;
  const n = (value: number) => numberFormat.format(value);
  if (min !== null && max !== null) return min === max ? `${n(min)} ${unit}` : `between ${n(min)} and ${n(max)} ${unit}`;
  if (min !== null) return `at least ${n(min)} ${unit}`;
  return `at most ${n(max!)} ${unit}`;
}

export interface ClaimLink {
  type: RelationType;
  /** How the link reads from this claim: "refines" one way, "is refined by" the other. */
  label: string;
  other: string;
  origin: Relation['origin'];
  method: string;
  score: number;
  explanation: string;
}

const labels: Record<RelationType, [string, string]> = {
  agrees: ['Agrees with', 'Agrees with'],
  conflicts: ['Conflicts with', 'Conflicts with'],
  refines: ['Refines', 'Is refined by'],
  related: ['Related', 'Related'],
};

export function linksOf(claimId: string, relations: Relation[]): ClaimLink[] {
  return relations
    .filter((relation) => relation.from === claimId || relation.to === claimId)
    .map((relation) => {
      const outgoing = relation.from === claimId;
      return {
        type: relation.type,
        label: labels[relation.type][outgoing ? 0 : 1],
        other: outgoing ? relation.to : relation.from,
        origin: relation.origin,
        method: relation.method,
        score: relation.score,
        explanation: relation.explanation,
      };
    });
}

/** Each claim's relations, found once for the whole build rather than by scanning them per page. */
export function linkIndex(relations: readonly Relation[]): Map<string, Relation[]> {
  const index = new Map<string, Relation[]>();
  for (const relation of relations)
    for (const id of [relation.from, relation.to]) {
      const list = index.get(id);
      if (list) list.push(relation);
      else index.set(id, [relation]);
    }
  return index;
}

/** Editors' links first, then the matcher's by score: the order links are shown and cut in. */
export function strongestFirst<Link extends Pick<Relation, 'origin' | 'score'>>(links: readonly Link[]): Link[] {
  return [...links].sort((a, b) => Number(b.origin === 'editor') - Number(a.origin === 'editor') || b.score - a.score);
}

/** At most this many links of one type are listed on a claim page; data/claims.json holds them all. */
export const listedLinksPerGroup = 12;

/** Links grouped under their reading label, in a fixed order: conflicts first, they matter most. */
export function groupLinks(links: ClaimLink[]): { label: string; type: RelationType; links: ClaimLink[]; more: number }[] {
  const order: RelationType[] = ['conflicts', 'agrees', 'refines', 'related'];
  const groups = new Map<string, { label: string; type: RelationType; links: ClaimLink[] }>();
  for (const link of [...links].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))) {
    const group = groups.get(link.label) ?? { label: link.label, type: link.type, links: [] };
    group.links.push(link);
    groups.set(link.label, group);
  }
  // The strongest first, and no more than a page can carry: a claim in a big corpus may have hundreds.
  return [...groups.values()].map((group) => {
    const ranked = strongestFirst(group.links);
    return { ...group, links: ranked.slice(0, listedLinksPerGroup), more: Math.max(0, ranked.length - listedLinksPerGroup) };
  });
}

export const kindLabels: Record<Claim['kind'], string> = {
  quantity: 'Quantity',
  quote: 'Quotation',
  reported: 'Reported speech',
  event: 'Event',
  statement: 'Statement',
};

export const reviewLabels: Record<Article['review'], string> = {
  auto: 'Annotated automatically; not yet reviewed by an editor',
  'hand-annotated': 'Annotated by hand',
  reviewed: 'Reviewed by an editor',
};

/** Who made a link, as a reader sees it: an editor, or the matcher with its method and confidence. */
export function linkProvenance(link: Pick<ClaimLink, 'origin' | 'method' | 'score'>): string {
  return link.origin === 'editor' ? 'Confirmed by an editor' : `Found automatically (${link.method.replace(/-/g, ' ')}, score ${link.score.toFixed(2)})`;
}

/** The link's explanation without what its provenance already says. */
export function linkReason(link: Pick<ClaimLink, 'origin' | 'explanation'>): string {
  const reason = link.origin === 'editor' ? link.explanation.replace(/^Declared by an editor; /, '') : link.explanation;
  return reason.charAt(0).toUpperCase() + reason.slice(1);
}

export const statusLabels: Record<Corroboration['status'], string> = {
  corroborated: 'Corroborated',
  'single-source': 'Single source',
  contested: 'Contested',
};

/** What each status means, for legends. */
export const statusMeanings: Record<Corroboration['status'], string> = {
  corroborated: 'two or more independent origins state it',
  'single-source': 'one origin states it, as far as this site knows',
  contested: 'another claim conflicts with it',
};

/** What backs a status: "2 independent origins state it: CNN, Experts", "1 claim conflicts with it". */
export function describeCorroboration(corroboration: Corroboration, sourceNames: ReadonlyMap<string, string>): string {
  const names = corroboration.origins.map((id) => sourceNames.get(id) ?? id);
  if (corroboration.status === 'contested') {
    const count = corroboration.conflictsWith.length;
    return `${count} claim${count === 1 ? ' conflicts' : 's conflict'} with it`;
  }
  if (corroboration.status === 'corroborated') return `${names.length} independent origins state it: ${names.join(', ')}`;
  return `only ${names[0]} states it, as far as this site knows`;
}

/** What a claim's mark in an article shows on hover or focus. */
export interface ClaimCard {
  status: Corroboration['status'];
  /** "Corroborated · Quotation · CNN, citing Human Rights Watch · 3 cross-references · Rated true". */
  lines: string[];
  rated: boolean;
}

/** "Rated mostly true": a claim's current verdict, as lists and cards say it. */
export function ratedLabel(verdict: Pick<Verdict, 'rating'>): string {
  return `Rated ${ratings[verdict.rating].label.toLowerCase()}`;
}

/** Every claim's card, computed once for the whole build from its link index (see linkIndex). */
export function claimCards(claims: readonly Claim[], sourceNames: ReadonlyMap<string, string>, linksByClaim: ReadonlyMap<string, readonly Relation[]>): Map<string, ClaimCard> {
  return new Map(
    claims.map((claim) => {
      const links = linksByClaim.get(claim.id)?.length ?? 0;
      const verdict = claim.verdicts.at(-1);
      const lines = [
        `${statusLabels[claim.corroboration.status]} · ${kindLabels[claim.kind]}`,
        attributionOf(claim.attribution, sourceNames),
        `${links === 0 ? 'No' : links} cross-reference${links === 1 ? '' : 's'}${verdict ? ` · ${ratedLabel(verdict)}` : ''}`,
      ];
      return [claim.id, { status: claim.corroboration.status, lines, rated: Boolean(verdict) }];
    }),
  );
}
