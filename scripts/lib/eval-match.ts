// The matcher measured on a corpus against its gold links (what `npm run eval:match` prints, and the
// floors test in tests/unit/eval-floors.test.ts holds): per relation type, the links found, those the
// gold set confirms, precision and recall; the gold pairs linked with any type; the must-not pairs
// linked. The editors' declared links are not given to the matcher, so it is measured on its own.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadCorpusOrThrow } from '../../src/core/content/corpus.ts';
import { matchClaims, pairKey } from '../../src/core/graph/match.ts';
import { relationTypes, type Link, type RelationType } from '../../src/core/schema.ts';

export interface GoldLinks {
  links: { from: string; to: string; type: RelationType; accept?: RelationType[] }[];
  optional: { from: string; to: string; types: RelationType[] }[];
  not_linked: [string, string][];
}

export interface TypeScore {
  type: RelationType;
  /** Gold links of this type. */
  gold: number;
  /** Gold links of this type found with a type the gold accepts. */
  hits: number;
  /** Links of this type produced, less those on optional pairs that allow it. */
  found: number;
  /** Of those, the ones the gold set confirms. */
  correct: number;
  /** NaN when there is nothing to divide by. */
  precision: number;
  recall: number;
}

export interface MatchEvaluation {
  graph: ReturnType<typeof loadCorpusOrThrow>;
  gold: GoldLinks;
  links: Link[];
  /** Time the matcher took, in milliseconds. */
  elapsed: number;
  rows: TypeScore[];
  /** Every type together. */
  total: Omit<TypeScore, 'type'>;
  /** Gold pairs linked with any type. */
  linkedPairs: number;
  /** Must-not pairs the matcher linked. */
  mustNotLinked: number;
  mustNot: number;
  /** Gold links not found, or found with another type. */
  misses: { want: GoldLinks['links'][number]; link?: Link }[];
  /** Links not in the gold set, or on a must-not pair; `note` says which. */
  falseLinks: { link: Link; note: string }[];
}

const ratio = (part: number, whole: number) => (whole ? part / whole : NaN);

/** The matcher run on the corpus in `contentDir`, scored against the gold set in `goldFile`. */
export function evaluateMatch(
  contentDir: string,
  goldFile: string,
  options: { relatedEvidence?: number } = {},
): MatchEvaluation {
  const gold = parse(readFileSync(goldFile, 'utf8')) as GoldLinks;
  const graph = loadCorpusOrThrow(contentDir);
  const known = new Set(graph.claims.map((claim) => claim.id));
  for (const id of [...gold.links, ...gold.optional]
    .flatMap((link) => [link.from, link.to])
    .concat(gold.not_linked.flat()))
    if (!known.has(id)) throw new Error(`gold set names claim "${id}", which the corpus does not have`);

  const started = performance.now();
  const links = matchClaims(
    graph.claims,
    graph.sources,
    {},
    options.relatedEvidence === undefined ? {} : { relatedEvidence: options.relatedEvidence },
  );
  const elapsed = performance.now() - started;

  const expected = new Map(gold.links.map((link) => [pairKey(link.from, link.to), link]));
  const optional = new Map(gold.optional.map((link) => [pairKey(link.from, link.to), link]));
  const forbidden = new Set(gold.not_linked.map(([a, b]) => pairKey(a, b)));
  const found = new Map(links.map((link) => [pairKey(link.from, link.to), link]));
  const right = (link: Link, want: GoldLinks['links'][number]) =>
    link.type === want.type || (want.accept ?? []).includes(link.type);
  const optionalAllows = (link: Link) => optional.get(pairKey(link.from, link.to))?.types.includes(link.type) ?? false;

  const rows = relationTypes.map((type): TypeScore => {
    const wanted = gold.links.filter((link) => link.type === type);
    const hits = wanted.filter((want) => {
      const link = found.get(pairKey(want.from, want.to));
      return link !== undefined && right(link, want);
    }).length;
    const judged = links.filter((link) => link.type === type && !optionalAllows(link));
    const correct = judged.filter((link) => {
      const want = expected.get(pairKey(link.from, link.to));
      return want !== undefined && right(link, want);
    }).length;
    return {
      type,
      gold: wanted.length,
      hits,
      found: judged.length,
      correct,
      precision: ratio(correct, judged.length),
      recall: ratio(hits, wanted.length),
    };
  });
  const sum = (field: 'gold' | 'hits' | 'found' | 'correct') => rows.reduce((total, row) => total + row[field], 0);
  const total = {
    gold: sum('gold'),
    hits: sum('hits'),
    found: sum('found'),
    correct: sum('correct'),
    precision: ratio(sum('correct'), sum('found')),
    recall: ratio(sum('hits'), sum('gold')),
  };

  const misses = gold.links.flatMap((want) => {
    const link = found.get(pairKey(want.from, want.to));
    return link && right(link, want) ? [] : [{ want, link }];
  });
  const falseLinks = links.flatMap((link) => {
    const key = pairKey(link.from, link.to);
    if (expected.has(key) || optionalAllows(link)) return [];
    return [
      { link, note: forbidden.has(key) ? ' [must not link]' : optional.has(key) ? ' [optional pair, other type]' : '' },
    ];
  });
  return {
    graph,
    gold,
    links,
    elapsed,
    rows,
    total,
    linkedPairs: gold.links.filter((want) => found.has(pairKey(want.from, want.to))).length,
    mustNotLinked: [...forbidden].filter((key) => found.has(key)).length,
    mustNot: forbidden.size,
    misses,
    falseLinks,
  };
}
