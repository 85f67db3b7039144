// Measures the matcher on a corpus against its gold links (scripts/lib/eval-match.ts): precision and
// recall per relation type, then every miss and every false link. By default the sample corpus
// (content/, tests/fixtures/gold-links.yaml); the held-out corpus, written to test rules on articles
// they were not fitted to, is
//   npm run -s eval:match -- --content tests/fixtures/match-corpus --gold tests/fixtures/match-corpus/gold-links.yaml
//   npm exec -- node scripts/eval-match.ts [--content DIR] [--gold FILE] [--related-evidence N]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corroborate } from '../src/core/graph/corroboration.ts';
import { evaluateMatch } from './lib/eval-match.ts';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    content: { type: 'string', default: join(root, 'content') },
    gold: { type: 'string', default: join(root, 'tests/fixtures/gold-links.yaml') },
    'related-evidence': { type: 'string' },
  },
});

const evidence = values['related-evidence'];
const result = evaluateMatch(
  values.content,
  values.gold,
  evidence === undefined ? {} : { relatedEvidence: Number(evidence) },
);
const { graph, links, rows, total } = result;
const text = new Map(graph.claims.map((claim) => [claim.id, claim.text]));

const percent = (value: number) => (Number.isNaN(value) ? '   –' : `${(value * 100).toFixed(0).padStart(3)}%`);
const row = (label: string, score: Omit<(typeof rows)[number], 'type'>) =>
  `${label.padEnd(10)} ${String(score.gold).padStart(4)}  ${String(score.found).padStart(5)}  ${String(score.correct).padStart(7)}  ${percent(score.precision).padStart(9)}  ${percent(score.recall).padStart(6)}`;
console.log(`${graph.claims.length} claims, ${links.length} links in ${result.elapsed.toFixed(0)} ms\n`);
console.log('type       gold  found  correct  precision  recall');
for (const score of rows) console.log(row(score.type, score));
console.log(row('all', total));
console.log(
  `gold pairs linked with any type: ${result.linkedPairs}/${total.gold}; must-not pairs linked: ${result.mustNotLinked}/${result.mustNot}`,
);

const show = (a: string, b: string) => `\n      ${a}: ${text.get(a)}\n      ${b}: ${text.get(b)}`;
console.log('\nMisses (gold link not found, or found with another type):');
for (const { want, link } of result.misses)
  console.log(
    `  ${want.type} ${want.from}–${want.to}: ${link ? `found as ${link.type} (${link.method}, ${link.score})` : 'not linked'}${show(want.from, want.to)}`,
  );
console.log('\nFalse links (not in the gold set, or on a must-not pair):');
for (const { link, note } of result.falseLinks)
  console.log(
    `  ${link.type} ${link.from}–${link.to} (${link.method}, ${link.score})${note}: ${link.explanation}${show(link.from, link.to)}`,
  );

console.log('\nCorroboration from these links (claim: status, independent origins):');
for (const corroboration of corroborate(graph.claims, links, graph.sources))
  if (corroboration.status !== 'single-source')
    console.log(`  ${corroboration.claim}: ${corroboration.status}, ${corroboration.origins.join(', ')}`);
