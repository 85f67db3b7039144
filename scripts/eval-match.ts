// Measures the matcher on a corpus against its gold links: precision and recall per relation type,
// then every miss and every false link. The editors' declared links are not given to the matcher, so
// it is measured on its own. By default the sample corpus (content/, tests/fixtures/gold-links.yaml);
// the held-out corpus, written to test rules on articles they were not fitted to, is
//   npm run -s eval:match -- --content tests/fixtures/match-corpus --gold tests/fixtures/match-corpus/gold-links.yaml
//   npm exec -- node scripts/eval-match.ts [--content DIR] [--gold FILE] [--related-evidence N]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { loadCorpusOrThrow } from '../src/core/corpus.ts';
import { corroborate } from '../src/core/graph/corroboration.ts';
import { matchClaims, pairKey } from '../src/core/graph/match.ts';
import type { Link } from '../src/core/schema.ts';
import { relationTypes, type RelationType } from '../src/core/schema.ts';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    content: { type: 'string', default: join(root, 'content') },
    gold: { type: 'string', default: join(root, 'tests/fixtures/gold-links.yaml') },
    'related-evidence': { type: 'string' },
  },
});

interface Gold {
  links: { from: string; to: string; type: RelationType; accept?: RelationType[] }[];
  optional: { from: string; to: string; types: RelationType[] }[];
  not_linked: [string, string][];
}

const gold = parse(readFileSync(values.gold, 'utf8')) as Gold;
const graph = loadCorpusOrThrow(values.content);
const text = new Map(graph.claims.map((claim) => [claim.id, claim.text]));
for (const id of [...gold.links, ...gold.optional]
  .flatMap((link) => [link.from, link.to])
  .concat(gold.not_linked.flat()))
  if (!text.has(id)) throw new Error(`gold set names claim "${id}", which the corpus does not have`);

const started = performance.now();
const evidence = values['related-evidence'];
const links = matchClaims(
  graph.claims,
  graph.sources,
  {},
  evidence === undefined ? {} : { relatedEvidence: Number(evidence) },
);
const elapsed = performance.now() - started;

const expected = new Map(gold.links.map((link) => [pairKey(link.from, link.to), link]));
const optional = new Map(gold.optional.map((link) => [pairKey(link.from, link.to), link]));
const forbidden = new Set(gold.not_linked.map(([a, b]) => pairKey(a, b)));
const found = new Map(links.map((link) => [pairKey(link.from, link.to), link]));
const right = (link: Link, want: Gold['links'][number]) =>
  link.type === want.type || (want.accept ?? []).includes(link.type);

const rows = relationTypes.map((type) => {
  const wanted = gold.links.filter((link) => link.type === type);
  const hits = wanted.filter((want) => {
    const link = found.get(pairKey(want.from, want.to));
    return link !== undefined && right(link, want);
  }).length;
  // Produced links of this type, leaving out those on optional pairs that allow it.
  const judged = links.filter(
    (link) => link.type === type && !optional.get(pairKey(link.from, link.to))?.types.includes(type),
  );
  const correct = judged.filter((link) => {
    const want = expected.get(pairKey(link.from, link.to));
    return want !== undefined && right(link, want);
  }).length;
  return {
    type,
    gold: wanted.length,
    found: judged.length,
    correct,
    precision: judged.length ? correct / judged.length : NaN,
    recall: wanted.length ? hits / wanted.length : NaN,
  };
});

const percent = (value: number) => (Number.isNaN(value) ? '   –' : `${(value * 100).toFixed(0).padStart(3)}%`);
console.log(`${graph.claims.length} claims, ${links.length} links in ${elapsed.toFixed(0)} ms\n`);
console.log('type       gold  found  correct  precision  recall');
for (const row of rows)
  console.log(
    `${row.type.padEnd(10)} ${String(row.gold).padStart(4)}  ${String(row.found).padStart(5)} ` +
      ` ${String(row.correct).padStart(7)}  ${percent(row.precision).padStart(9)} ` +
      ` ${percent(row.recall).padStart(6)}`,
  );
const total = rows.reduce(
  (sum, row) => ({ gold: sum.gold + row.gold, found: sum.found + row.found, correct: sum.correct + row.correct }),
  { gold: 0, found: 0, correct: 0 },
);
const linkedPairs = gold.links.filter((want) => found.has(pairKey(want.from, want.to))).length;
console.log(
  `${'all'.padEnd(10)} ${String(total.gold).padStart(4)}  ${String(total.found).padStart(5)} ` +
    ` ${String(total.correct).padStart(7)}  ${percent(total.correct / total.found).padStart(9)} ` +
    ` ${percent(rows.reduce((sum, row) => sum + row.recall * row.gold, 0) / total.gold).padStart(6)}`,
);
console.log(
  `gold pairs linked with any type: ${linkedPairs}/${gold.links.length}; must-not pairs ` +
    `linked: ${[...forbidden].filter((key) => found.has(key)).length}/${forbidden.size}`,
);

const show = (a: string, b: string) => `\n      ${a}: ${text.get(a)}\n      ${b}: ${text.get(b)}`;
console.log('\nMisses (gold link not found, or found with another type):');
for (const want of gold.links) {
  const link = found.get(pairKey(want.from, want.to));
  if (link && right(link, want)) continue;
  const foundAs = link ? `found as ${link.type} (${link.method}, ${link.score})` : 'not linked';
  console.log(`  ${want.type} ${want.from}–${want.to}: ${foundAs}${show(want.from, want.to)}`);
}
console.log('\nFalse links (not in the gold set, or on a must-not pair):');
for (const link of links) {
  const key = pairKey(link.from, link.to);
  if (expected.has(key) || optional.get(key)?.types.includes(link.type)) continue;
  const note = forbidden.has(key) ? ' [must not link]' : optional.has(key) ? ' [optional pair, other type]' : '';
  console.log(
    `  ${link.type} ${link.from}–${link.to} ` +
      `(${link.method}, ${link.score})${note}: ${link.explanation}${show(link.from, link.to)}`,
  );
}

console.log('\nCorroboration from these links (claim: status, independent origins):');
for (const result of corroborate(graph.claims, links, graph.sources))
  if (result.status !== 'single-source')
    console.log(`  ${result.claim}: ${result.status}, ${result.origins.join(', ')}`);
