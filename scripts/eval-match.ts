// Measures the matcher against gold links (scripts/lib/eval-match.ts): precision and recall per
// relation type.
//   npm run -s eval:match                      every corpus with gold: the sample (content/, gold in
//                                              tests/fixtures/gold-links.yaml) and each tests/fixtures/*/
//                                              with a gold-links.yaml, each labelled by its README's title
//                                              (development data, or held out from tuning)
//   npm run -s eval:match -- --content DIR [--gold FILE] [--related-evidence N]
//                                              one corpus, with every miss, every false link and the
//                                              corroboration the links give; the gold defaults to
//                                              DIR/gold-links.yaml
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { corroborate } from '../src/core/graph/corroboration.ts';
import { evaluateMatch, type MatchEvaluation } from './lib/eval-match.ts';

const root = join(import.meta.dirname, '..');
const sampleGold = join(root, 'tests/fixtures/gold-links.yaml');

function fail(message: string): never {
  console.error(`eval:match: ${message}`);
  process.exit(2);
}

let values: { content?: string; gold?: string; 'related-evidence'?: string };
try {
  ({ values } = parseArgs({
    options: { content: { type: 'string' }, gold: { type: 'string' }, 'related-evidence': { type: 'string' } },
  }));
} catch (error) {
  fail(`${(error as Error).message} (options: --content DIR, --gold FILE, --related-evidence N)`);
}
const evidence = values['related-evidence'];
if (evidence !== undefined && !(Number(evidence) >= 0)) fail(`--related-evidence takes a number, not "${evidence}"`);
const options = evidence === undefined ? {} : { relatedEvidence: Number(evidence) };

/** The corpus evaluated, or a one-line reason on standard error and exit status 2: never a stack trace. */
function evaluate(content: string, gold: string): MatchEvaluation {
  if (!existsSync(gold)) fail(`no gold links at ${gold}: pass --gold FILE`);
  try {
    return evaluateMatch(content, gold, options);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

const percent = (value: number) => (Number.isNaN(value) ? '   –' : `${(value * 100).toFixed(0).padStart(3)}%`);
const row = (label: string, score: Omit<MatchEvaluation['rows'][number], 'type'>) =>
  `${label.padEnd(10)} ${String(score.gold).padStart(4)}  ${String(score.found).padStart(5)}  ${String(score.correct).padStart(7)}  ${percent(score.precision).padStart(9)}  ${percent(score.recall).padStart(6)}`;

function printScores(result: MatchEvaluation): void {
  console.log('type       gold  found  correct  precision  recall');
  for (const score of result.rows) console.log(row(score.type, score));
  console.log(row('all', result.total));
  console.log(
    `gold pairs linked with any type: ${result.linkedPairs}/${result.total.gold}; must-not pairs linked: ${result.mustNotLinked}/${result.mustNot}`,
  );
}

/** A fixture's role, in its README's own words: its first heading. */
function title(folder: string): string {
  const readme = join(folder, 'README.md');
  if (!existsSync(readme)) return 'no README';
  return /^#\s+(.+)$/m.exec(readFileSync(readme, 'utf8'))?.[1] ?? 'no title';
}

if (values.content === undefined && values.gold === undefined) {
  const fixtures = join(root, 'tests/fixtures');
  const corpora = [
    { name: 'content', dir: join(root, 'content'), gold: sampleGold, about: 'the sample corpus (development)' },
    ...readdirSync(fixtures)
      .sort()
      .filter((name) => existsSync(join(fixtures, name, 'gold-links.yaml')))
      .map((name) => ({
        name: `tests/fixtures/${name}`,
        dir: join(fixtures, name),
        gold: join(fixtures, name, 'gold-links.yaml'),
        about: title(join(fixtures, name)),
      })),
  ];
  const summary: string[] = [];
  for (const corpus of corpora) {
    const result = evaluate(corpus.dir, corpus.gold);
    console.log(
      `## ${corpus.name}: ${corpus.about}\n\n${result.graph.claims.length} claims, ${result.links.length} links\n`,
    );
    printScores(result);
    console.log('');
    const linked = result.linkedPairs;
    summary.push(
      `${corpus.name.padEnd(32)} ${`${linked}/${result.total.gold} (${percent(linked / result.total.gold).trim()})`.padStart(13)}  ${`${result.total.hits}/${linked} (${percent(result.total.hits / linked).trim()})`.padStart(13)}  ${percent(result.total.precision).padStart(9)}  ${`${result.mustNotLinked}/${result.mustNot}`.padStart(8)}`,
    );
  }
  console.log('## Every corpus\n');
  console.log(
    `${'corpus'.padEnd(32)} ${'gold linked'.padStart(13)}  ${'typed right'.padStart(13)}  precision  must-not`,
  );
  for (const line of summary) console.log(line);
  console.log(
    '\n"gold linked": gold pairs linked with any type; "typed right": of those, linked with a type the gold accepts;' +
      '\n"precision": of all links judged, those the gold confirms; "must-not": must-not pairs linked.' +
      '\nFigures on a corpus the rules were tuned on are development figures; its README says which it is.',
  );
} else {
  const content = values.content ?? join(root, 'content');
  const gold =
    values.gold ?? (existsSync(join(content, 'gold-links.yaml')) ? join(content, 'gold-links.yaml') : sampleGold);
  const result = evaluate(content, gold);
  const { graph, links } = result;
  const text = new Map(graph.claims.map((claim) => [claim.id, claim.text]));
  console.log(`gold: ${relative(process.cwd(), gold) || gold}`);
  console.log(`${graph.claims.length} claims, ${links.length} links in ${result.elapsed.toFixed(0)} ms\n`);
  printScores(result);

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
}
