// What the review tool (src/site/review/) shows for one article: its claims with the values an
// editor confirms or corrects (drafted ones marked), and the links the matcher suggests for them.
// Pure: the claim graph and the entry's file in, data out; the tool writes through edit.ts and write.ts.
import type { ClaimValues } from './form.ts';
import {
  claimKinds,
  hedges,
  stances,
  type Claim,
  type ClaimGraph,
  type Relation,
  type RelationType,
} from '../schema.ts';

export interface ReviewClaim {
  id: string;
  /** The exact words the article prints: the evidence, which no review changes. */
  words: string;
  /** The marker's attributes, with what the program drafted in place of the ones it lacks. */
  values: ClaimValues;
  /** The fields the program drafted: confirming the claim writes them as attributes. */
  drafted: Claim['drafted'];
  /** Who claims it, by name; null while unknown. */
  claimant: string | null;
  /** Where its marker stands in the entry. */
  line: number;
  column: number;
}

export interface SuggestedLink {
  /** The article's claim whose marker a confirmation or rejection is written on. */
  claim: string;
  other: string;
  type: RelationType;
  explanation: string;
  score: number;
  /** The statements of the two claims, and the article the other stands in. */
  claimStatement: string;
  otherStatement: string;
  otherArticle: string;
  /**
   * Whether it can be confirmed on this entry: a `refines` link is written on its narrower or wider
   * claim (`from`), which may stand in another article.
   */
  confirmable: boolean;
}

export interface ReviewState {
  slug: string;
  label: string;
  review: ClaimGraph['articles'][number]['review'];
  /** The entry, relative to the corpus folder, and the sha256 of its bytes as read for this state. */
  entry: string;
  sha256: string;
  claims: ReviewClaim[];
  links: SuggestedLink[];
  /** What the form's selects offer, with the words the site shows for each. */
  vocabulary: {
    kinds: readonly string[];
    stances: { id: string; label: string }[];
    hedges: { id: string; label: string }[];
  };
}

const vocabulary: ReviewState['vocabulary'] = {
  kinds: claimKinds,
  stances: Object.entries(stances).map(([id, { label }]) => ({ id, label })),
  hedges: Object.entries(hedges).map(([id, { label }]) => ({ id, label })),
};

/** The review tool's view of article `slug`, or undefined when the graph has no such article. */
export function reviewState(
  graph: ClaimGraph,
  slug: string,
  entry: { path: string; sha256: string },
): ReviewState | undefined {
  const article = graph.articles.find((candidate) => candidate.slug === slug);
  if (!article) return undefined;
  const claimsById = new Map(graph.claims.map((claim) => [claim.id, claim]));
  const labels = new Map(graph.articles.map((other) => [other.slug, other.label]));
  const names = new Map(graph.sources.map((source) => [source.id, source.name]));
  const own = new Set(article.claims);
  return {
    slug,
    label: article.label,
    review: article.review,
    entry: entry.path,
    sha256: entry.sha256,
    claims: article.claims.map((id) => {
      const claim = claimsById.get(id)!;
      return {
        id,
        words: claim.text,
        values: valuesOf(claim),
        drafted: claim.drafted,
        claimant: claim.claimant === null ? null : names.get(claim.claimant)!,
        line: claim.place.line,
        column: claim.place.column,
      };
    }),
    links: graph.relations
      .filter((relation) => relation.origin === 'auto' && (own.has(relation.from) || own.has(relation.to)))
      .map((relation) => suggested(relation, own, claimsById, labels)),
    vocabulary,
  };
}

function suggested(
  relation: Relation,
  own: ReadonlySet<string>,
  claims: ReadonlyMap<string, Claim>,
  labels: ReadonlyMap<string, string>,
): SuggestedLink {
  const claim = claims.get(own.has(relation.from) ? relation.from : relation.to)!;
  const other = claims.get(claim.id === relation.from ? relation.to : relation.from)!;
  return {
    claim: claim.id,
    other: other.id,
    type: relation.type,
    explanation: relation.explanation,
    score: relation.score,
    claimStatement: claim.statement,
    otherStatement: other.statement,
    otherArticle: labels.get(other.article)!,
    confirmable: relation.type !== 'refines' || claim.id === relation.from,
  };
}

/** A claim's model as the attributes that write it (docs/markers.md). */
function valuesOf(claim: Claim): ClaimValues {
  return {
    statement: claim.statement,
    stance: claim.stance,
    by: claim.attribution.slice(1).join(' < '),
    hedges: claim.hedges.join(' '),
    kind: claim.kind,
    claimed: claim.claimedAtFrom === 'text' ? claim.claimedAt! : '',
    ...quantityValues(claim.quantity),
  };
}

/**
 * A quantity's bounds as the attributes that state them: `about` for "about N", `value` for a single
 * number, else each bound inclusive (min, max) or exclusive (over, under).
 */
function quantityValues(quantity: Claim['quantity']) {
  const none = { value: '', about: '', min: '', over: '', max: '', under: '', unit: '', counted: '' };
  if (!quantity) return none;
  const { min, max, minExclusive, maxExclusive, about, unit, counted } = quantity;
  const text = (bound: number | null) => (bound === null ? '' : String(bound));
  if (about !== null) return { ...none, about: String(about), unit, counted };
  if (min !== null && min === max && !minExclusive && !maxExclusive)
    return { ...none, value: text(min), unit, counted };
  return {
    ...none,
    [minExclusive ? 'over' : 'min']: text(min),
    [maxExclusive ? 'under' : 'max']: text(max),
    unit,
    counted,
  };
}
