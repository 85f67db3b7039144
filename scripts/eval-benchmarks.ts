// Measures the check-worthiness detector and the sentence matcher, unchanged, on the public benchmark
// data in ../shared/benchmarks/ (see its README.md; a clone without it prints one line and exits 0):
// - checkworthy-train.jsonl and checkworthy-dev.jsonl (CLEF CheckThat! 2024 Task 1, English): each
//   sentence run through the detector as `claimtrail detect` runs it; precision, recall, F1 (positive:
//   check-worthy) and accuracy, against "every sentence check-worthy" and "has a digit".
// - paraphrase-train.jsonl (MRPC train): every 5th pair in file order (5, 10, 15…) is the development part,
//   the rest the tuning part. A pair is "same" when `claimtrail match` relates it as `agrees` (states
//   the same fact); "agrees or refines" is shown too. Against "always same" and a word-overlap
//   threshold (Jaccard of the two sentences' lower-case word sets), the threshold chosen on the
//   tuning part alone.
// Every figure is a development figure: the test splits are held back. Standard output is the same
// for the same data; the time taken goes to standard error.
//   npm run -s eval:benchmarks [-- --data DIR]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compareSentences } from '../src/core/graph/match.ts';
import { detectLines, type Detection } from '../src/core/ingest/detect.ts';
import { sentencePairSchema } from '../src/core/schema.ts';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { data: { type: 'string' } } });
/** The folder as the messages name it: as given, else relative to the project root. */
const shown = values.data ?? '../shared/benchmarks';
const data = values.data ?? join(root, shown);
const files = {
  checkTrain: 'checkworthy-train.jsonl',
  checkDev: 'checkworthy-dev.jsonl',
  pairs: 'paraphrase-train.jsonl',
};
/** One pair in this many (the last of each run) is in the development part. */
const devEvery = 5;

/** Counts of a yes/no decision against the gold, positive = yes. */
interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function count(gold: boolean[], predicted: boolean[]): Counts {
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  gold.forEach((want, index) => {
    const got = predicted[index]!;
    counts[got ? (want ? 'tp' : 'fp') : want ? 'fn' : 'tn']++;
  });
  return counts;
}

const ratio = (part: number, whole: number) => (whole ? part / whole : 0);
const accuracy = (c: Counts) => ratio(c.tp + c.tn, c.tp + c.fp + c.fn + c.tn);
const fixed = (value: number) => value.toFixed(3);

/** Precision, recall, F1 and accuracy, as table cells. */
function scoreCells(c: Counts): string[] {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  return [precision, recall, ratio(2 * precision * recall, precision + recall), accuracy(c)].map(fixed);
}

/** The JSON objects of a .jsonl file, each checked by `valid`; `what` says what a line must be. */
function readLines<T>(file: string, valid: (row: unknown) => row is T, what: string): T[] {
  return readFileSync(join(data, file), 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      if (!line.trim()) return [];
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch {
        row = undefined;
      }
      if (!valid(row)) throw new Error(`${join(shown, file)}:${index + 1}: not ${what}`);
      return [row];
    });
}

interface Sentence {
  sentence: string;
  checkworthy: boolean;
}
// One line, as `claimtrail detect` reads it.
const isSentence = (row: unknown): row is Sentence => {
  const { sentence, checkworthy } = (row ?? {}) as Partial<Sentence>;
  return (
    typeof sentence === 'string' && /\S/.test(sentence) && !/[\r\n]/.test(sentence) && typeof checkworthy === 'boolean'
  );
};

interface Pair {
  a: string;
  b: string;
  same: boolean;
}
const isPair = (row: unknown): row is Pair => {
  const { same, ...pair } = (row ?? {}) as Partial<Pair>;
  return typeof same === 'boolean' && sentencePairSchema.safeParse(pair).success;
};

/** What `claimtrail detect` writes for a sentence on a line of its own. */
const detect = (sentence: string) => JSON.parse(detectLines(sentence)[0]!) as Detection;

/** The detector and the baselines on one split, as table rows. */
function checkworthyRows(split: string, rows: Sentence[]): string[][] {
  const gold = rows.map((row) => row.checkworthy);
  const systems: [string, (sentence: string) => boolean][] = [
    ['detector (`claimtrail detect`)', (sentence) => detect(sentence).checkworthy],
    ['every sentence check-worthy', () => true],
    ['has a digit', (sentence) => /\d/.test(sentence)],
  ];
  const positives = gold.filter(Boolean).length;
  return systems.map(([name, decide]) => [
    split,
    String(rows.length),
    `${positives} (${fixed(positives / rows.length)})`,
    name,
    ...scoreCells(
      count(
        gold,
        rows.map((row) => decide(row.sentence)),
      ),
    ),
  ]);
}

const wordSet = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** The Jaccard index of the two sentences' word sets. */
function wordOverlap(pair: Pair): number {
  const a = wordSet(pair.a);
  const b = wordSet(pair.b);
  const shared = [...a].filter((word) => b.has(word)).length;
  return ratio(shared, a.size + b.size - shared);
}

/** The overlap threshold (same when at least it) with the best accuracy on `pairs`; the lowest of equals. */
function bestThreshold(pairs: Pair[]): number {
  const overlaps = pairs.map(wordOverlap);
  const gold = pairs.map((pair) => pair.same);
  const accuracyAt = (threshold: number) =>
    accuracy(
      count(
        gold,
        overlaps.map((overlap) => overlap >= threshold),
      ),
    );
  const candidates = [...new Set(overlaps)]
    .sort((x, y) => x - y)
    .map((threshold) => ({ threshold, accuracy: accuracyAt(threshold) }));
  return candidates.reduce((best, candidate) => (candidate.accuracy > best.accuracy ? candidate : best)).threshold;
}

/** The matcher and the baselines on one part of the pairs, as table rows. */
function pairRows(part: string, pairs: Pair[], threshold: number): string[][] {
  const gold = pairs.map((pair) => pair.same);
  const relations = pairs.map((pair) => compareSentences(pair.a, pair.b).relation);
  const decisions: [string, boolean[]][] = [
    ['matcher: `agrees`', relations.map((relation) => relation === 'agrees')],
    ['matcher: `agrees` or `refines`', relations.map((relation) => relation === 'agrees' || relation === 'refines')],
    ['always same', pairs.map(() => true)],
    [`word overlap ≥ ${fixed(threshold)}`, pairs.map((pair) => wordOverlap(pair) >= threshold)],
  ];
  const positives = gold.filter(Boolean).length;
  return decisions.map(([name, predicted]) => [
    part,
    String(pairs.length),
    `${positives} (${fixed(positives / pairs.length)})`,
    name,
    ...scoreCells(count(gold, predicted)),
  ]);
}

function table(header: string[], body: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(
    [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...body.map(line)].join('\n'),
  );
}

const missing = ['', ...Object.values(files)].find((file) => !existsSync(join(data, file)));
if (missing !== undefined) {
  console.log(
    `${join(shown, missing)} not found: these figures need the benchmark data (see the header of ` +
      'scripts/eval-benchmarks.ts); skipped',
  );
  process.exit(0);
}

const started = performance.now();
const checkTrain = readLines(
  files.checkTrain,
  isSentence,
  'a JSON object {sentence, checkworthy} with a one-line sentence',
);
const checkDev = readLines(
  files.checkDev,
  isSentence,
  'a JSON object {sentence, checkworthy} with a one-line sentence',
);
const pairs = readLines(files.pairs, isPair, 'a JSON object {a, b, same} with two sentences');
const tuning = pairs.filter((_, index) => (index + 1) % devEvery !== 0);
const development = pairs.filter((_, index) => (index + 1) % devEvery === 0);
const threshold = bestThreshold(tuning);

console.log(`# Benchmarks (${shown}): development figures\n`);
console.log(
  "Every figure here is a development figure: the benchmarks' test splits are held back, and the detector's and",
);
console.log(
  "matcher's rules are measured as they are, with nothing fitted here but the word-overlap baseline's threshold.\n",
);
console.log('## Check-worthiness (CLEF CheckThat! 2024 Task 1, English)\n');
console.log(
  'Positive class: check-worthy. The detector runs on each sentence as `claimtrail detect` does. "train" is the',
);
console.log('split rules may be tuned on; "dev" is the one to report.\n');
const scoreHeader = ['precision', 'recall', 'F1', 'accuracy'];
table(
  ['split', 'sentences', 'check-worthy', 'system', ...scoreHeader],
  [...checkworthyRows('train', checkTrain), ...checkworthyRows('dev', checkDev)],
);
console.log('\n## Same proposition (Microsoft Research Paraphrase Corpus, train split)\n');
console.log(
  `Positive class: same. Pairs ${devEvery}, ${2 * devEvery}, ${3 * devEvery}… of ${files.pairs} (in file ` +
    'order) are the development part, the others the tuning part.',
);
console.log(
  'The matcher says "same" when `claimtrail match` relates the pair as `agrees` (states the same fact); the row',
);
console.log(
  '"`agrees` or `refines`" also counts a narrower or wider statement of it. Word overlap: Jaccard index of the two',
);
console.log('sentences\' lower-case word sets, "same" from the threshold with the best accuracy on the tuning part.\n');
table(
  ['part', 'pairs', 'same', 'system', ...scoreHeader],
  [...pairRows('tuning', tuning, threshold), ...pairRows('development', development, threshold)],
);
process.stderr.write(
  `\n${checkTrain.length + checkDev.length} sentences and ${pairs.length} pairs ` +
    `in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
