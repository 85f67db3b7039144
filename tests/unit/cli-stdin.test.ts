// `claimtrail match` and `detect` read standard input as a stream: a pipe fed slowly by another
// program (which reading it whole at once failed on with EAGAIN) gives every line its answer.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Enough for ten pauses of the producer: each is a moment the pipe is empty and a whole-input read fails.
const lines = 500;

/** A program that writes `lines` lines, pausing every 50, as a slow producer in a pipeline would. */
function producer(kind: 'match' | 'detect'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'claimtrail-stdin-')), 'producer.mjs');
  const line =
    kind === 'match'
      ? 'JSON.stringify({ a: `The river rose ${i} metres on Tuesday.`, b: `The river rose ${i} metres, officials said.` })'
      : '`Officials said ${i} people were detained on Tuesday.`';
  writeFileSync(
    path,
    `for (let i = 0; i < ${lines}; i++) {\n  process.stdout.write(${line} + '\\n');\n  if (i % 50 === 0) await new Promise((done) => setTimeout(done, 5));\n}\n`,
  );
  return path;
}

const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

// No limit of its own: the cli project's applies (two Node processes per test; 60 s for 2,000 lines at load 15).
describe('standard input through a pipe from another program', () => {
  it.each([
    ['match', (line: string) => expect(JSON.parse(line)).toHaveProperty('relation')],
    ['detect', (line: string) => expect(JSON.parse(line)).toHaveProperty('checkworthy')],
  ] as const)('claimtrail %s answers every one of 500 lines, in order', (command, shape) => {
    const pipeline = `${quote(process.execPath)} ${quote(producer(command))} | ${quote(process.execPath)} bin/claimtrail.js ${command}`;
    const result = spawnSync('sh', ['-c', pipeline], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = result.stdout.trim().split('\n');
    expect(out).toHaveLength(lines);
    shape(out[0]!);
    shape(out.at(-1)!);
    if (command === 'detect')
      expect(JSON.parse(out.at(-1)!).sentence).toBe(`Officials said ${lines - 1} people were detained on Tuesday.`);
  });
});
