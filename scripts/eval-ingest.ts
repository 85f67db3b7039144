// Measures the ingest against the hand-annotated entries (scripts/lib/eval-ingest.ts): re-ingests both
// sample sources from raw/ and compares, in the raw file's coordinates, with content/articles/*.mdx.
// Also checks the test articles in tests/fixtures/ingest against their hand-written expectations, and
// the claim model it drafts (statement, claimant, stance, hedges) against the gold of both. Prints tables.
//   npm exec -- node scripts/eval-ingest.ts [--verbose] [--skip NAME…]
// --skip leaves out the test articles whose file name contains NAME (a held-out file not to look at).
import { evaluateFixtures, evaluateSample, modelFields, overlap, type ModelScore } from './lib/eval-ingest.ts';

const verbose = process.argv.includes('--verbose');
const skipped = process.argv.flatMap((arg, index) => (process.argv[index - 1] === '--skip' ? [arg] : []));
const log = verbose ? (line: string) => console.log(line) : undefined;

const percent = (part: number, whole: number) => `${whole ? Math.round((100 * part) / whole) : 100}%`;
const scoreCells = (score: ModelScore) => modelFields.map((field) => `${score[field].right}/${score[field].judged}`);
const scoreTotalCells = (score: ModelScore) =>
  modelFields.map(
    (field) => `${score[field].right}/${score[field].judged} (${percent(score[field].right, score[field].judged)})`,
  );

const sample = evaluateSample(log);
const rows = sample.articles.map(({ slug, counts: c }) => [
  slug,
  `${c.found}/${c.hand}`,
  `${c.tight}/${c.hand}`,
  `${c.correct}/${c.auto}`,
  `${c.attributedRight}/${c.attributed}`,
  `${c.kindsRight}/${c.found}`,
  String(c.clutterLeft),
  String(c.repeatedLeft),
  String(c.lost),
  String(c.clutterRemoved),
  String(c.repeatsDropped),
]);
const t = sample.total;
rows.push([
  'total',
  `${t.found}/${t.hand} (${percent(t.found, t.hand)})`,
  `${t.tight}/${t.hand} (${percent(t.tight, t.hand)})`,
  `${t.correct}/${t.auto} (${percent(t.correct, t.auto)})`,
  `${t.attributedRight}/${t.attributed} (${percent(t.attributedRight, t.attributed)})`,
  `${t.kindsRight}/${t.found} (${percent(t.kindsRight, t.found)})`,
  String(t.clutterLeft),
  String(t.repeatedLeft),
  String(t.lost),
  '',
  '',
]);

console.log('Sample sources, re-ingested from raw/ and compared with content/articles/*.mdx\n');
console.log(
  `A hand claim is found when auto claims cover at least ${overlap * 100}% of its characters in the raw file (recall);`,
);
console.log(
  `an auto claim is correct when hand claims cover at least ${overlap * 100}% of its characters (precision).`,
);
console.log(
  "Tight recall: the hand claim's best-overlapping auto claim has about the same words (intersection over union ≥ 50%).",
);
console.log(
  'Attribution: a found hand claim with a chain, whose best-overlapping auto claim names the same first source.',
);
console.log('Kind: a found hand claim whose best-overlapping auto claim has the same kind.');
console.log(
  'Clutter left: kept paragraphs the hand entry does not have; lost: hand paragraphs the ingest does not keep.\n',
);
table(
  [
    'article',
    'recall',
    'tight recall',
    'precision',
    'attribution',
    'kind',
    'clutter left',
    'repeats left',
    'paragraphs lost',
    'clutter removed',
    'repeats dropped',
  ],
  rows,
);

const fixtures = evaluateFixtures(skipped, log);
const fixtureRows = fixtures.articles.map(({ name, counts: c }) => [
  name,
  String(c.clutterLeft),
  String(c.lost),
  `${c.metaRight}/${c.meta}`,
  String(c.clutterRemoved),
  `${c.repeatsDropped}/${c.repeatsExpected}`,
  ...(c.claims
    ? [
        `${c.claims.found}/${c.claims.listed}`,
        `${c.claims.byRight}/${c.claims.judged}`,
        `${c.claims.fillerTaken}/${c.claims.filler}`,
      ]
    : ['-', '-', '-']),
]);
const f = fixtures.total;
fixtureRows.push([
  'total',
  String(f.clutterLeft),
  String(f.lost),
  `${f.metaRight}/${f.meta}`,
  '',
  '',
  `${f.claims.found}/${f.claims.listed}`,
  `${f.claims.byRight}/${f.claims.judged}`,
  `${f.claims.fillerTaken}/${f.claims.filler}`,
]);
console.log(
  '\nTest articles from other outlets (tests/fixtures/ingest), ingested as the command does, against their .expected.yaml',
);
console.log(
  'Metadata: title, authors and date right. Claims (where the expectation lists them): found; chain right, of those judged; filler taken.\n',
);
table(
  [
    'article',
    'clutter left',
    'paragraphs lost',
    'metadata',
    'clutter removed',
    'repeats dropped/expected',
    'claims found',
    'chain right',
    'filler taken',
  ],
  fixtureRows,
);

const modelRows = fixtures.articles.flatMap(({ name, model }) =>
  model ? [[name, model.set, String(model.claims), ...scoreCells(model.score)]] : [],
);
for (const set of ['development', 'held-out'] as const)
  if (fixtures.models[set].claims)
    modelRows.push([
      `total, ${set}`,
      set,
      String(fixtures.models[set].claims),
      ...scoreTotalCells(fixtures.models[set].score),
    ]);
console.log(
  "\nClaim model, for the claims found: the statement, claimant, stance and hedges the site shows (the marker's, else the",
);
console.log(
  "loader's draft), against the gold. Statement: equal to one of the gold phrasings (spaces, quote styles and a final full",
);
console.log(
  'stop aside), so an editor accepts it unchanged. Claimant: the end of the chain, or the publisher for its own voice.',
);
console.log(
  'Hedges: exactly the gold set. Development: fixtures the rules were written against; held-out: any others.\n',
);
console.log('Test articles (tests/fixtures/ingest, `claims:` with gold):\n');
table(['article', 'set', 'claims', 'statement accepted', 'claimant right', 'stance right', 'hedges exact'], modelRows);
console.log('\nSample sources (content/articles, development), for the fields an editor wrote on the marker:\n');
const sampleModelRows = sample.articles.map(({ slug, counts, model }) => [
  slug,
  String(counts.found),
  ...scoreCells(model),
]);
sampleModelRows.push(['total', String(t.found), ...scoreTotalCells(sample.model)]);
table(['article', 'claims', 'statement accepted', 'claimant right', 'stance right', 'hedges exact'], sampleModelRows);

function table(header: string[], body: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(
    [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...body.map(line)].join('\n'),
  );
}
