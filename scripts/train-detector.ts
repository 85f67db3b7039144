// Trains the detector's learned part (src/core/ingest/detect.ts, learnedScore) on the check-worthiness
// TRAIN split only (../shared/benchmarks/checkworthy-train.jsonl; never dev, never a test split): a
// logistic regression over the pattern signals and hashed words and word pairs (modelInputs), fitted
// by AdaGrad with L2 in a fixed order, so the same data gives the same weights. The L2 strength and the
// threshold are chosen by 5-fold cross-validation on train (best F1 out of fold). Writes
// src/core/ingest/detect-model.json (weights only: no sentence of the data).
//   node scripts/train-detector.ts [--data DIR]   (DIR holding
//   checkworthy-train.jsonl; ../shared/benchmarks by default)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bucket, modelInputs, type DetectorModel } from '../src/core/ingest/detect.ts';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { data: { type: 'string' } } });
// Train only, whatever the folder: dev is for reporting.
const file = join(values.data ?? join(root, '../shared/benchmarks'), 'checkworthy-train.jsonl');
const out = join(root, 'src/core/ingest/detect-model.json');

/**
 * 2^bits word buckets: 2^15 loses F1 to collisions among train's words and
 * pairs (out of fold), 2^17 makes a file of 750 KB; this one about 380 KB.
 */
const bits = 16;
const folds = 5;
const epochs = 6;
const learningRate = 0.03;
const strengths = [1e-6, 3e-6, 1e-5];

interface Example {
  features: number[];
  label: number;
}

const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { sentence: string; checkworthy: boolean });

const inputs = rows.map((row) => modelInputs(row.sentence.trim()));
const signalNames = [...new Set(inputs.flatMap((input) => input.signals))].sort();
const size = 1 << bits;
// Signals after the word buckets.
const examples: Example[] = inputs.map((input, index) => ({
  features: [
    ...new Set([
      ...input.words.map((word) => bucket(word, bits)),
      ...input.signals.map((signal) => size + signalNames.indexOf(signal)),
    ]),
  ],
  label: rows[index]!.checkworthy ? 1 : 0,
}));

/** A fixed pseudo-random order (a linear congruential generator), different each epoch, the same each run. */
function order(count: number, epoch: number): number[] {
  const indices = [...Array(count).keys()];
  let state = 12345 + epoch;
  for (let index = count - 1; index > 0; index--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const other = state % (index + 1);
    [indices[index], indices[other]] = [indices[other]!, indices[index]!];
  }
  return indices;
}

const sigmoid = (sum: number) => 1 / (1 + Math.exp(-sum));

/**
 * Weights (the last is the bias) fitted to `train` by AdaGrad on the log loss, each example pulling
 * the weights it touches toward 0 by `l2` × the number of examples. Few epochs at a small rate: out of
 * fold, longer training overfits train's words.
 */
function fit(train: Example[], l2: number): Float64Array {
  const weights = new Float64Array(size + signalNames.length + 1);
  const squares = new Float64Array(weights.length).fill(1e-8);
  const biasAt = weights.length - 1;
  for (let epoch = 0; epoch < epochs; epoch++)
    for (const at of order(train.length, epoch)) {
      const { features, label } = train[at]!;
      const error = sigmoid(features.reduce((sum, feature) => sum + weights[feature]!, weights[biasAt]!)) - label;
      for (const feature of [...features, biasAt]) {
        const gradient = error + (feature === biasAt ? 0 : l2 * train.length * weights[feature]!);
        squares[feature]! += gradient * gradient;
        weights[feature]! -= (learningRate * gradient) / Math.sqrt(squares[feature]!);
      }
    }
  return weights;
}

const predict = (weights: Float64Array, example: Example) =>
  sigmoid(example.features.reduce((sum, feature) => sum + weights[feature]!, weights[weights.length - 1]!));

/** The threshold with the best F1 over scored examples, and that F1. */
function bestThreshold(scored: { probability: number; label: number }[]): { threshold: number; f1: number } {
  const positives = scored.filter((item) => item.label).length;
  const sorted = [...scored].sort((a, b) => b.probability - a.probability);
  let best = { threshold: 0.5, f1: 0 };
  let truePositives = 0;
  sorted.forEach((item, index) => {
    truePositives += item.label;
    const f1 = (2 * truePositives) / (index + 1 + positives);
    const next = sorted[index + 1]?.probability ?? 0;
    if (f1 > best.f1 && next < item.probability) best = { threshold: (item.probability + next) / 2, f1 };
  });
  return best;
}

/** Out-of-fold probabilities: fold k (every 5th example from k) scored by weights fitted on the others. */
function outOfFold(l2: number): { probability: number; label: number }[] {
  const scored = examples.map((example) => ({ probability: 0, label: example.label }));
  for (let fold = 0; fold < folds; fold++) {
    const weights = fit(
      examples.filter((_, index) => index % folds !== fold),
      l2,
    );
    examples.forEach((example, index) => {
      if (index % folds === fold) scored[index]!.probability = predict(weights, example);
    });
  }
  return scored;
}

const trials = strengths.map((l2) => ({ l2, ...bestThreshold(outOfFold(l2)) }));
for (const trial of trials)
  console.error(`L2 ${trial.l2}: out-of-fold F1 ${trial.f1.toFixed(3)} at ${trial.threshold.toFixed(3)}`);
const chosen = trials.reduce((best, trial) => (trial.f1 > best.f1 ? trial : best));
const weights = fit(examples, chosen.l2);

const rounded = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const learned: DetectorModel = {
  bits,
  bias: rounded(weights[weights.length - 1]!, 4),
  threshold: rounded(chosen.threshold, 4),
  signals: Object.fromEntries(signalNames.map((name, index) => [name, rounded(weights[size + index]!, 4)])),
  words: [...weights.subarray(0, size)].map((weight) => rounded(weight, 3)),
};
writeFileSync(out, `${JSON.stringify(learned)}\n`);
console.error(`L2 ${chosen.l2}, threshold ${learned.threshold}: wrote ${out}`);
