// `claimtrail match` as a user runs it: JSON lines of sentence pairs in, one verdict a line out.
import { expect, it } from 'vitest';
import { sentenceRelationSchema } from '../../src/core/schema.ts';
import { runCli } from './run-cli.ts';

const match = (input: string) => runCli(['match'], { input });

it('types each pair: compatible ranges agree, a denial conflicts, unrelated sentences are none', async () => {
  const pairs = [
    { a: 'Experts estimate up to 2 million people have been detained in camps.', b: 'It has been accused of locking up more than a million mainly Uygur Muslims in camps.' },
    { a: 'Allegations of torture inside the camps are rampant.', b: 'Beijing denies any allegations of torture.' },
    { a: 'The ferry service resumes on Monday.', b: 'Wheat prices fell for a third week.' },
  ];
  const result = await match(pairs.map((pair) => JSON.stringify(pair)).join('\n'));
  expect(result.status, result.stderr).toBe(0);
  const lines = result.stdout.trim().split('\n').map((line) => sentenceRelationSchema.parse(JSON.parse(line)));
  expect(lines.map((line) => line.relation)).toEqual(['agrees', 'conflicts', 'none']);
  expect(lines[0]!.explanation).toMatch(/overlap on more than 1,000,000 and at most 2,000,000/);
});

it('names a line it cannot read, keeps going and exits 1', async () => {
  const result = await match(`not json\n${JSON.stringify({ a: 'One sentence.', b: 'Another sentence.' })}\n{"a": "only one"}\n`);
  expect(result.status).toBe(1);
  expect(result.stdout.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(/stdin:1: not a JSON object/);
  expect(result.stderr).toMatch(/stdin:3: not a JSON object/);
});
