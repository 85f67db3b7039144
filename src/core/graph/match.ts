// Automatic links between claims, across articles and within one: each pair that states the same fact
// (agrees), contradicts it (conflicts), narrows or widens it (refines) or shares its subject (related),
// with the method, a score and a short explanation a reader can check. Pairs are never all compared:
// an inverted index over normalised keys proposes a few candidates per claim, rarest keys first.
import { relationTypes, type Link, type RelationType, type SentenceRelation } from '../schema.ts';
import { arithmeticLinks } from './arithmetic.ts';
import { bareDenialVerdicts } from './bare-denials.ts';
import { createNormaliser, type AliasSource } from './normalise.ts';
import { isWeak } from './words.ts';
import { addArticleNames } from './article-names.ts';
import { profile, sharedKeys, speakerNames, weigh, type Keyspace, type MatchClaim, type Weights } from './profile.ts';
import { relate } from './relate.ts';
import { matchDefaults, thresholds } from './thresholds.ts';
import type { RuleTrace } from './trace.ts';
import { clamp, type PairVerdict, type Verdict } from './verdict.ts';

export type { MatchClaim } from './profile.ts';

export interface EditorLinks {
  /** Links editors declared or confirmed: they replace any automatic link for the same pair. */
  confirmed?: readonly { type: RelationType; from: string; to: string }[];
  /** Pairs editors rejected: never linked. */
  rejected?: readonly { from: string; to: string }[];
}

export interface MatchOptions {
  /** Candidates compared per claim, best first by shared key weight. */
  maxCandidates?: number;
  /** Postings a claim may visit while collecting candidates; common keys are visited last. */
  postingBudget?: number;
  /** Related links kept per claim, the best first (other types are never dropped). */
  maxRelated?: number;
  /**
   * Shared evidence a related link needs, in "distinctive words" (keys found in one claim only weigh 1):
   * lower finds more related pairs and more false ones (see scripts/eval-match.ts).
   */
  relatedEvidence?: number;
}

export interface MatchStats {
  claims: number;
  /** Pairs fully compared (each once). */
  candidatePairs: number;
  links: number;
  byType: Record<RelationType, number>;
}

/** One key for a pair of claims, whichever way round it is written. */
export const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** Every claim profiled and weighed as the matcher compares them: key weights are the corpus's. */
function profileCorpus(claims: readonly MatchClaim[], sources: readonly AliasSource[], options: MatchOptions) {
  const normaliser = createNormaliser(sources);
  const space: Keyspace = { ids: new Map(), names: [], df: [] };
  const speakers = speakerNames(sources);
  const profiles = claims.map((claim, index) => profile(claim, index, normaliser, space, speakers));
  const count = profiles.length;
  const weak = thresholds.weakWeight;
  const idf = Float64Array.from(
    space.df,
    (df, id) => Math.log(1 + count / Math.max(1, df)) * (isWeak(space.names[id]!) ? weak : 1),
  );
  const relatedEvidence = options.relatedEvidence ?? matchDefaults.relatedEvidence;
  const weights: Weights = { of: (id) => idf[id]!, unique: Math.log(1 + count), relatedEvidence };
  for (const p of profiles) weigh(p, weights);
  addArticleNames(profiles);
  return { normaliser, space, profiles, idf, weights };
}

/** matchClaims with the figures a benchmark reports. */
export function matchCorpus(
  claims: readonly MatchClaim[],
  sources: readonly AliasSource[],
  editor: EditorLinks = {},
  options: MatchOptions = {},
): { links: Link[]; stats: MatchStats } {
  const { maxCandidates, postingBudget, maxRelated } = { ...matchDefaults, ...options };
  const { normaliser, space, profiles, idf, weights } = profileCorpus(claims, sources, options);
  const count = profiles.length;

  // Inverted index, compressed: the claims holding key k are postings[offsets[k]..offsets[k+1]], ascending.
  const offsets = new Int32Array(space.names.length + 1);
  for (const p of profiles) for (const keys of [p.counted, p.actors]) for (const id of keys) offsets[id + 1]!++;
  for (let k = 0; k < space.names.length; k++) offsets[k + 1]! += offsets[k]!;
  const postings = new Int32Array(offsets[space.names.length]!);
  const fill = offsets.slice(0, -1);
  for (const p of profiles)
    for (const keys of [p.counted, p.actors]) for (const id of keys) postings[fill[id]!++] = p.index;

  const rejected = new Set((editor.rejected ?? []).map((pair) => pairKey(pair.from, pair.to)));
  // Verdicts by pair (lower index * count + higher index). A related one keeps its explanation unbuilt
  // until it survives pruning; the others are built at once, so they hold no comparison state.
  const verdicts = new Map<number, PairVerdict>();
  const put = (verdict: Verdict, to: number) => {
    const key = Math.min(verdict.from, to) * count + Math.max(verdict.from, to);
    if (verdicts.get(key)?.method === 'arithmetic') return;
    if (rejected.size && rejected.has(pairKey(claims[verdict.from]!.id, claims[to]!.id))) return;
    const explanation = verdict.type === 'related' ? undefined : verdict.explain();
    verdicts.set(key, { ...verdict, to, ...(explanation === undefined ? {} : { explain: () => explanation }) });
  };

  const accumulated = new Float64Array(count);
  const touched: number[] = [];
  let candidatePairs = 0;
  for (const p of profiles) {
    // Rarest keys first, so a common key ("China") only adds candidates while the budget lasts.
    const keys = [...p.counted, ...p.actors].sort((x, y) => space.df[x]! - space.df[y]!);
    let budget = postingBudget;
    for (const id of keys) {
      if (budget <= 0 || space.df[id]! < 2) continue;
      let lo = offsets[id]!;
      let hi = offsets[id + 1]!;
      // Only later claims: each pair is proposed once, by its earlier claim.
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (postings[mid]! <= p.index) lo = mid + 1;
        else hi = mid;
      }
      const end = Math.min(offsets[id + 1]!, lo + budget);
      budget -= end - lo;
      for (let at = lo; at < end; at++) {
        const other = postings[at]!;
        if (accumulated[other] === 0) touched.push(other);
        accumulated[other]! += idf[id]!;
      }
    }
    for (const index of bestCandidates(touched, accumulated, maxCandidates)) {
      candidatePairs++;
      const { verdict } = relate(p, profiles[index]!, weights, normaliser, space);
      if (verdict) put(verdict, verdict.from === p.index ? index : p.index);
    }
    for (const index of touched) accumulated[index] = 0;
    touched.length = 0;
  }

  // Arithmetic is the stronger evidence: it replaces what the pair comparison found.
  for (const verdict of arithmeticLinks(profiles)) {
    verdicts.delete(Math.min(verdict.from, verdict.to) * count + Math.max(verdict.from, verdict.to));
    put(verdict, verdict.to);
  }

  // A denial too short to say what it denies takes its links from the claim it denies; they replace only
  // what its words alone found, a subject in common.
  for (const verdict of bareDenialVerdicts(profiles, [...verdicts.values()])) {
    const found = verdicts.get(Math.min(verdict.from, verdict.to) * count + Math.max(verdict.from, verdict.to));
    if (!found || found.type === 'related') put(verdict, verdict.to);
  }

  const kept = keepBestRelated([...verdicts.values()], maxRelated);
  const links = new Map<string, Link>(
    kept.map((verdict) => {
      const [from, to] = [claims[verdict.from]!.id, claims[verdict.to]!.id];
      return [
        pairKey(from, to),
        {
          type: verdict.type,
          from,
          to,
          origin: 'auto',
          method: verdict.method,
          score: verdict.score,
          explanation: verdict.explain(),
        },
      ];
    }),
  );
  for (const confirmed of editor.confirmed ?? []) {
    const key = pairKey(confirmed.from, confirmed.to);
    const auto = links.get(key);
    // What the matcher found on its own stays on record, so an editor's link can be checked against it.
    const found = auto && `${auto.type} (${auto.method}, score ${auto.score}): ${auto.explanation}`;
    const explanation = found
      ? `Declared by an editor; the matcher also found ${found}`
      : 'Declared by an editor; the matcher found no link on its own';
    links.set(key, {
      type: confirmed.type,
      from: confirmed.from,
      to: confirmed.to,
      origin: 'editor',
      method: 'editor',
      score: 1,
      explanation,
    });
  }

  const order = new Map(claims.map((claim, index) => [claim.id, index]));
  const position = (id: string) => order.get(id) ?? count;
  const result = [...links.values()]
    .map((link) => ({ link, from: position(link.from), to: position(link.to) }))
    .sort((x, y) => x.from - y.from || x.to - y.to)
    .map(({ link }) => link);
  const byType = Object.fromEntries(
    relationTypes.map((type) => [type, result.filter((link) => link.type === type).length]),
  ) as Record<RelationType, number>;
  return { links: result, stats: { claims: count, candidatePairs, links: result.length, byType } };
}

/** The `limit` touched claims with the highest accumulated weight, best first, without sorting them all. */
function bestCandidates(touched: number[], accumulated: Float64Array, limit: number): number[] {
  if (touched.length <= limit) return touched;
  const best: number[] = [];
  for (const index of touched) {
    const score = accumulated[index]!;
    if (best.length === limit && score <= accumulated[best[limit - 1]!]!) continue;
    let at = best.length === limit ? limit - 1 : best.length;
    while (at > 0 && accumulated[best[at - 1]!]! < score) at--;
    best.splice(at, 0, index);
    if (best.length > limit) best.pop();
  }
  return best;
}

/**
 * At most `limit` related links per claim, the best by score: a link stays when it is among the best
 * of either of its claims. Links of the other types always stay: they say something is the same fact.
 */
function keepBestRelated(verdicts: PairVerdict[], limit: number): PairVerdict[] {
  const related = verdicts.filter((verdict) => verdict.type === 'related').sort((x, y) => y.score - x.score);
  const taken = new Map<number, number>();
  const kept = verdicts.filter((verdict) => verdict.type !== 'related');
  for (const verdict of related) {
    const fromCount = taken.get(verdict.from) ?? 0;
    const toCount = taken.get(verdict.to) ?? 0;
    if (fromCount >= limit && toCount >= limit) continue;
    taken.set(verdict.from, fromCount + 1);
    taken.set(verdict.to, toCount + 1);
    kept.push(verdict);
  }
  return kept;
}

/**
 * Links between claims across the corpus, typed and explained. `sources` is the registry (for
 * aliases and affiliations); editors' confirmed links win over automatic ones, rejected pairs never appear.
 */
export function matchClaims(
  claims: readonly MatchClaim[],
  sources: readonly AliasSource[],
  editor: EditorLinks = {},
  options: MatchOptions = {},
): Link[] {
  return matchCorpus(claims, sources, editor, options).links;
}

const bareNormaliser = createNormaliser([]);

/**
 * How the matcher relates two claims of a corpus, with the corpus's key weights and registry, and the
 * rules it tried (relate.ts): undefined when either id is not a claim of it. Only the rules: whether the
 * pair was proposed as candidates, pruned, or linked by arithmetic or an editor is for the caller to say.
 */
export function explainPair(
  claims: readonly MatchClaim[],
  sources: readonly AliasSource[],
  ids: readonly [string, string],
  options: MatchOptions = {},
): { relation: SentenceRelation; trace: RuleTrace[] } | undefined {
  const [first, second] = ids.map((id) => claims.findIndex((claim) => claim.id === id)).sort((x, y) => x - y);
  if (first === undefined || first < 0 || second === undefined || first === second) return undefined;
  const { normaliser, space, profiles, weights } = profileCorpus(claims, sources, options);
  const trace: RuleTrace[] = [];
  const { verdict, subject, apart } = relate(profiles[first]!, profiles[second]!, weights, normaliser, space, trace);
  const narrower = verdict?.type === 'refines' ? ` (${claims[verdict.from]!.id} is the narrower)` : '';
  const relation: SentenceRelation = verdict
    ? { relation: verdict.type, score: verdict.score, explanation: verdict.explain() + narrower }
    : { relation: 'none', score: clamp(subject.jaccard), explanation: apart?.() ?? 'no rule fired' };
  return { relation, trace };
}

/**
 * The relation between two bare sentences, with no registry and every word weighing the same; a `trace`,
 * when given, receives the rules tried (relate.ts).
 */
export function compareSentences(a: string, b: string, trace?: RuleTrace[]): SentenceRelation {
  const space: Keyspace = { ids: new Map(), names: [], df: [] };
  const claim = (text: string, id: string): MatchClaim => ({ id, article: id, text, attribution: [], quantity: null });
  const first = profile(claim(a, 'a'), 0, bareNormaliser, space);
  const second = profile(claim(b, 'b'), 1, bareNormaliser, space);
  const weights: Weights = {
    of: (id) => (isWeak(space.names[id]!) ? thresholds.weakWeight : 1),
    unique: 1,
    relatedEvidence: matchDefaults.relatedEvidence,
  };
  weigh(first, weights);
  weigh(second, weights);
  const { verdict, subject, apart } = relate(first, second, weights, bareNormaliser, space, trace);
  if (!verdict) {
    const shared = () => `too little in common: ${sharedKeys(first, second, 'subject', space).join(', ')}`;
    const explanation = apart?.() ?? (subject.count ? shared() : 'nothing in common');
    return { relation: 'none', score: clamp(subject.jaccard), explanation };
  }
  const direction =
    verdict.type === 'refines' ? (verdict.from === 0 ? ' (a is the narrower)' : ' (b is the narrower)') : '';
  return { relation: verdict.type, score: verdict.score, explanation: verdict.explain() + direction };
}
