// `claimtrail match` as a user runs it: JSON lines of sentence pairs in, one verdict a line out; with
// --explain, the matcher's rules on each pair, or on two claims of a corpus, in words.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { matchLines } from '../../src/cli/match.ts';
import { sentenceRelationSchema } from '../../src/core/schema.ts';
import { runCli } from './run-cli.ts';

const match = (input: string) => runCli(['match'], { input });

it('types each pair: compatible ranges agree, a denial conflicts, unrelated sentences are none', async () => {
  const pairs = [
    {
      a: 'Experts estimate up to 2 million people have been detained in camps.',
      b: 'It has been accused of locking up more than a million mainly Uygur Muslims in camps.',
    },
    { a: 'Allegations of torture inside the camps are rampant.', b: 'Beijing denies any allegations of torture.' },
    { a: 'The ferry service resumes on Monday.', b: 'Wheat prices fell for a third week.' },
  ];
  const result = await match(pairs.map((pair) => JSON.stringify(pair)).join('\n'));
  expect(result.status, result.stderr).toBe(0);
  const lines = result.stdout
    .trim()
    .split('\n')
    .map((line) => sentenceRelationSchema.parse(JSON.parse(line)));
  expect(lines.map((line) => line.relation)).toEqual(['agrees', 'conflicts', 'none']);
  expect(lines[0]!.explanation).toMatch(/overlap on more than 1,000,000 and at most 2,000,000/);
});

it('names a line it cannot read, keeps going and exits 1', async () => {
  const result = await match(
    `not json\n${JSON.stringify({ a: 'One sentence.', b: 'Another sentence.' })}\n{"a": "only one"}\n`,
  );
  expect(result.status).toBe(1);
  expect(result.stdout.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(/stdin:1: not a JSON object/);
  expect(result.stderr).toMatch(/stdin:3: not a JSON object/);
});

describe('claimtrail match --explain, in-process', () => {
  const run = (args: string[]) => runCli(args);
  const corpus = ['--content', 'tests/fixtures/match-corpus'];

  it.each([
    // Two counts of the workers the collapse killed, one figure: the count rule decides, and the build linked them so.
    ['nb5dit', 'acz6rd', 'same-count: fired', 'result: agrees', 'the build links them: agrees'],
    // The mine's manager detained / arrested: one statement.
    ['n7rkju', 'jwetsi', 'same-statement: fired', 'result: agrees', 'the build links them: agrees'],
  ])('explains two claims of a corpus: %s / %s', async (first, second, rule, result, built) => {
    const { status, stdout, stderr } = await run(['match', '--explain', first, second, ...corpus]);
    expect(status, stderr).toBe(0);
    expect(stdout).toContain(rule);
    expect(stdout).toContain(result);
    expect(stdout).toContain(built);
    // Each claim is shown by its id and its words, so a reader can follow the trace.
    expect(stdout).toMatch(new RegExp(`^${first}: \\S`, 'm'));
  });

  it.each([
    [['match', '--explain', 'wav8sg', 'no-such-id', ...corpus], 1, /no claim "no-such-id" in the corpus/],
    [['match', '--explain', 'wav8sg', 'wav8sg', ...corpus], 1, /two different claim ids/],
    [['match', 'wav8sg', 'nffr8z'], 2, /claim ids and --content go with --explain/],
    [['match', '--explain', 'wav8sg'], 2, /claim ids and --content go with --explain/],
    [['match', ...corpus], 2, /claim ids and --content go with --explain/],
  ])('refuses %j with status %i', async (args, status, message) => {
    const result = await run(args);
    expect(result.status).toBe(status);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('explains each sentence pair of its input, and leaves the JSON lines alone without the flag', async () => {
    const pairs = [
      {
        a: 'The ministry denies that journalists were detained at the border',
        b: 'Journalists were detained at the border',
      },
      { a: 'The ferry service resumes on Monday.', b: 'Wheat prices fell for a third week.' },
    ].map((pair) => JSON.stringify(pair));
    // An async iterable, as the CLI's stdin is one.
    const lines = () => Readable.from(pairs) as AsyncIterable<string>;
    const out: string[] = [];
    const err: string[] = [];
    expect(
      await matchLines(
        lines(),
        true,
        (line) => out.push(line),
        (line) => err.push(line),
      ),
    ).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/^stdin:1$/m);
    expect(text).toMatch(/denial: fired/);
    expect(text).toMatch(/content overlap [\d.]+ is at least denialOverlap \(0\.4\)/);
    expect(text).toMatch(/result: conflicts/);
    expect(text).toMatch(/^stdin:2$[\s\S]*same-subject: did not fire[\s\S]*result: none, score 0: nothing in common/m);
    const plain: string[] = [];
    expect(
      await matchLines(
        lines(),
        false,
        (line) => plain.push(line),
        (line) => err.push(line),
      ),
    ).toBe(0);
    expect(plain.map((line) => sentenceRelationSchema.parse(JSON.parse(line)).relation)).toEqual(['conflicts', 'none']);
    expect(err).toEqual([]);
  });
});
