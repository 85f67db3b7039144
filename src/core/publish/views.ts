// What pages show, computed from the claim graph: pure functions the site renders as they are.
import { fastFormat } from '../number-format.ts';
import {
  draftableFields,
  ratings,
  stances,
  type Article,
  type Claim,
  type Corroboration,
  type Quantity,
  type Relation,
  type RelationType,
  type Source,
  type Verdict,
} from '../schema.ts';

/** The claim's paragraph split around its exact words (offsets count code points). */
export function claimInContext(article: Article, claim: Claim): { before: string; exact: string; after: string } {
  const block = article.blocks[claim.block]!;
  const chars = Array.from(block.text);
  const start = claim.offsets.start - block.start;
  const end = claim.offsets.end - block.start;
  return {
    before: chars.slice(0, start).join(''),
    exact: chars.slice(start, end).join(''),
    after: chars.slice(end).join(''),
  };
}

/** "South China Morning Post, citing Reuters, citing diplomatic sources". */
export function attributionSentence(names: string[]): string {
  return names.map((name, index) => (index === 0 ? name : midSentence(name))).join(', citing ');
}

/**
 * A name inside a sentence: an unnamed source's "A foreign diplomat" becomes "a foreign diplomat"; a proper name stays.
 */
export function midSentence(name: string): string {
  return /^An? \p{Ll}/u.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

/** The same sentence for a claim's attribution ids, each named from `sourceNames` (its id when unnamed). */
export function attributionOf(ids: string[], sourceNames: ReadonlyMap<string, string>): string {
  return attributionSentence(ids.map((id) => sourceNames.get(id) ?? id));
}

/** A count as the site writes it: "1,000,000". */
export const numberFormat = { format: fastFormat(new Intl.NumberFormat('en-US')) };

/**
 * The bounds as the words state them: "more than 1,000,000 people", "at least 5 days", "at most
 * 2,000,000 people", "fewer than 10 boats", "about 40,000 vehicles (36,000–44,000)", "22 countries".
 */
export function describeQuantity(quantity: Quantity): string {
  const { min, max, minExclusive, maxExclusive, about, unit } = quantity;
  const n = numberFormat.format;
  if (about !== null) return `about ${n(about)} ${unit} (${n(min!)}–${n(max!)})`;
  const lower = min === null ? '' : `${minExclusive ? 'more than' : 'at least'} ${n(min)}`;
  const upper = max === null ? '' : `${maxExclusive ? 'fewer than' : 'at most'} ${n(max)}`;
  if (min !== null && max !== null) {
    if (min === max) return `${n(min)} ${unit}`;
    return !minExclusive && !maxExclusive ? `between ${n(min)} and ${n(max)} ${unit}` : `${lower} and ${upper} ${unit}`;
  }
  return `${lower || upper} ${unit}`;
}

/**
 * Who claims it, in one plain line, with the registry's names:
 * "Unnamed accusers, as reported by South China Morning Post";
 * "Diplomatic sources, via Reuters, as reported by South China Morning Post"; "CNN, in its own
 * voice"; "An unidentified source, as reported by CNN" when the claimant is unknown.
 */
export function claimantLine(
  claim: Pick<Claim, 'attribution' | 'claimant' | 'stance'>,
  sourceNames: ReadonlyMap<string, string>,
): string {
  const name = (id: string) => sourceNames.get(id) ?? id;
  const [publisher, ...chain] = claim.attribution.map(name);
  if (claim.stance === 'asserts') return `${publisher}, in its own voice`;
  const verb = claim.stance === 'quotes' ? 'as quoted by' : 'as reported by';
  if (claim.claimant === null) return `An unidentified source, ${verb} ${publisher}`;
  const via = chain.slice(0, -1).reverse();
  return [name(claim.claimant), ...via.map((source) => `via ${midSentence(source)}`), `${verb} ${publisher}`].join(
    ', ',
  );
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
export function groupLinks(
  links: ClaimLink[],
): { label: string; type: RelationType; links: ClaimLink[]; more: number }[] {
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
    return {
      ...group,
      links: ranked.slice(0, listedLinksPerGroup),
      more: Math.max(0, ranked.length - listedLinksPerGroup),
    };
  });
}

export const kindLabels: Record<Claim['kind'], string> = {
  quantity: 'Quantity',
  quote: 'Quotation',
  reported: 'Reported speech',
  event: 'Event',
  statement: 'Statement',
};

/** Source types as a reader says them, one and many; the registry's ids ("news-agency") are for editors. */
export const sourceTypeLabels: Record<Source['type'], { one: string; many: string }> = {
  outlet: { one: 'news outlet', many: 'News outlets' },
  'news-agency': { one: 'news agency', many: 'News agencies' },
  government: { one: 'government', many: 'Governments' },
  'government-body': { one: 'government body', many: 'Government bodies' },
  intergovernmental: { one: 'intergovernmental organisation', many: 'Intergovernmental organisations' },
  ngo: { one: 'non-governmental organisation', many: 'Non-governmental organisations' },
  person: { one: 'person', many: 'People' },
  unnamed: { one: 'unnamed source', many: 'Unnamed sources' },
  group: { one: 'group of people', many: 'Groups of people' },
};

/**
 * How many claims a source's chain carries: "1 claim", "4 claims";
 * a source only mentioned or talked about carries none.
 */
export function sourceClaimCount(count: number): string {
  return count === 0 ? 'no claim attributed' : plural(count, 'claim', 'claims');
}

export const reviewLabels: Record<Article['review'], string> = {
  auto: 'Annotated automatically; not yet reviewed by an editor',
  'hand-annotated': 'Annotated by hand',
  reviewed: 'Reviewed by an editor',
};

/** Who made a link, as a reader sees it: an editor, or the matcher with its method and confidence. */
export function linkProvenance(link: Pick<ClaimLink, 'origin' | 'method' | 'score'>): string {
  return link.origin === 'editor'
    ? 'Confirmed by an editor'
    : `Found automatically (${link.method.replace(/-/g, ' ')}, score ${link.score.toFixed(2)})`;
}

/** The link's explanation without what its provenance already says. */
export function linkReason(link: Pick<ClaimLink, 'origin' | 'explanation'>): string {
  const reason = link.origin === 'editor' ? link.explanation.replace(/^Declared by an editor; /, '') : link.explanation;
  return reason.charAt(0).toUpperCase() + reason.slice(1);
}

/**
 * Sourcing, in neutral words: who independently says a claim, never whether it is true. The status ids
 * (corroborated, single-source, contested) stay in listing addresses (lists/status/contested.html) and older
 * ?status= links; readers see these.
 */
export const sourcingLabels: Record<Corroboration['status'], string> = {
  corroborated: 'Two or more independent sources',
  'single-source': 'One source, or none identified',
  contested: 'Disputed by another claim',
};

/** What sourcing is, wherever it is shown next to a verdict. */
export const sourcingExplanation =
  'Sourcing counts who independently says this; it is not a judgement of whether it is true. A verdict ' +
  "is an editor's rating.";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "3 independent sources", "1 source", "Source not identified": how many independent sources say it. */
export function sourcingCount(corroboration: Pick<Corroboration, 'independent'>): string {
  const count = corroboration.independent;
  if (count === 0) return 'Source not identified';
  return count === 1 ? '1 source' : `${count} independent sources`;
}

/** "Disputed by 1 other claim", or null when nothing conflicts with it. */
export function sourcingDispute(corroboration: Pick<Corroboration, 'conflictsWith'>): string | null {
  const count = corroboration.conflictsWith.length;
  return count === 0 ? null : `Disputed by ${plural(count, 'other claim', 'other claims')}`;
}

/** The sourcing badge's words: "2 independent sources", "1 source · disputed by 1 other claim". */
export function sourcingLabel(corroboration: Pick<Corroboration, 'independent' | 'conflictsWith'>): string {
  const dispute = sourcingDispute(corroboration);
  return dispute
    ? `${sourcingCount(corroboration)} · ${dispute.charAt(0).toLowerCase()}${dispute.slice(1)}`
    : sourcingCount(corroboration);
}

/**
 * What backs the badge, named: "Said independently by Government of the United States and unnamed
 * sources (Experts, Unnamed accusers), here or in 3 claims that agree with or refine it." Unnamed sources
 * cannot be told apart, so together they count as one.
 */
export function describeSourcing(
  corroboration: Corroboration,
  sources: ReadonlyMap<string, Pick<Source, 'name' | 'type'>>,
): string {
  const name = (id: string) => sources.get(id)?.name ?? id;
  const unnamed = corroboration.origins.filter((id) => sources.get(id)?.type === 'unnamed').map(name);
  const named = corroboration.origins.filter((id) => sources.get(id)?.type !== 'unnamed').map(name);
  const names = [
    ...named,
    ...(unnamed.length > 1
      ? [`unnamed sources (${unnamed.join(', ')}), which cannot be told apart and count as one`]
      : unnamed),
  ];
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  const supported = corroboration.supportedBy.length;
  const through = supported
    ? `, here or in ${plural(supported, 'claim that agrees with or refines it', 'claims that agree with or refine it')}`
    : '';
  const said =
    names.length === 0
      ? 'No source identified: the text does not say who claims it, and no claim that agrees with it names one'
      : corroboration.independent === 1
        ? `One source says this${through}, as far as this site knows: ${list}`
        : `Said independently by ${list}${through}`;
  const dispute = sourcingDispute(corroboration);
  return dispute ? `${said}. ${dispute}.` : `${said}.`;
}

/** "Editor's verdict: Mostly true", or "Not rated" when no editor has rated the claim. */
export function verdictLabel(verdict: Pick<Verdict, 'rating'> | undefined): string {
  return verdict ? `Editor's verdict: ${ratings[verdict.rating].label}` : 'Not rated';
}

/** The stance in short: "Reported as an allegation". */
export function stanceLabel(stance: Claim['stance']): string {
  return stances[stance].label;
}

/** Hedges in short words: "more than, alleged". */
export function hedgeWords(hedgeIds: readonly Claim['hedges'][number][]): string {
  return hedgeIds.map((hedge) => hedge.replace(/-/g, ' ')).join(', ');
}

/** When the claimant said it, and how the site knows: "Said on 10 July 2019", "Article dated …", "Date not stated". */
export function whenLabel(
  claim: Pick<Claim, 'claimedAt' | 'claimedAtFrom'>,
  longDate: (isoDate: string) => string,
): string {
  if (!claim.claimedAt) return 'Date not stated';
  return claim.claimedAtFrom === 'text'
    ? `Said on ${longDate(claim.claimedAt)}`
    : `Article dated ${longDate(claim.claimedAt)}`;
}

/** Drafted fields in reading order: "statement, stance, claimant, hedges". */
export function draftedFields(drafted: Claim['drafted']): string {
  return draftableFields.filter((field) => drafted.includes(field)).join(', ');
}

/** What a claim's mark in an article shows on hover or focus (with its sourcing and verdict badges). */
export interface ClaimCard {
  status: Corroboration['status'];
  /** How many independent sources say it: the number after the mark ("0" when none is identified). */
  independent: number;
  /** The claim's statement, readable away from its words. */
  statement: string;
  /** "Unnamed accusers, as reported by South China Morning Post". */
  claimant: string;
  kind: string;
  /** "3 cross-references". */
  links: string;
  rated: boolean;
}

/** Every claim's card, computed once for the whole build from its link index (see linkIndex). */
export function claimCards(
  claims: readonly Claim[],
  sourceNames: ReadonlyMap<string, string>,
  linksByClaim: ReadonlyMap<string, readonly Relation[]>,
): Map<string, ClaimCard> {
  return new Map(
    claims.map((claim) => {
      const links = linksByClaim.get(claim.id)?.length ?? 0;
      return [
        claim.id,
        {
          status: claim.corroboration.status,
          independent: claim.corroboration.independent,
          statement: claim.statement,
          claimant: claimantLine(claim, sourceNames),
          kind: kindLabels[claim.kind],
          links: `${links === 0 ? 'No' : links} cross-reference${links === 1 ? '' : 's'}`,
          rated: claim.verdicts.length > 0,
        },
      ];
    }),
  );
}
