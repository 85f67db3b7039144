// How the whole site build scales: generates corpora of synthetic articles (deterministic, from a
// seeded generator), builds each with `npm run build` into a temporary folder, and prints the wall
// time, peak memory and output size per size.
//   npm run bench:build            (sizes in claims: 500 2000; or pass your own: -- 500 5000)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesUnder } from '../src/cli/bundle.ts';
import { claimsPerArticle, syntheticCorpus as corpus } from './lib/synthetic-corpus.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((size) => size > 0);
console.log('claims  articles  wall time  peak memory  files  output');
for (const claims of sizes.length ? sizes : [500, 2000]) {
  const content = corpus(claims);
  const outDir = mkdtempSync(join(tmpdir(), 'claimtrail-bench-site-'));
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', 'npm', 'run', '-s', 'build', '--', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, CLAIMTRAIL_CONTENT: content },
  });
  const timing = result.stderr.trim().split('\n').at(-1)!.split(' ');
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
  const files = filesUnder(outDir);
  const bytes = files.reduce((total, path) => total + statSync(join(outDir, path)).size, 0);
  console.log(
    `${String(claims).padStart(6)}  ${String(Math.ceil(claims / claimsPerArticle)).padStart(8)}  ${timing[0]!.padStart(7)} s  ${(Number(timing[1]) / 1024).toFixed(0).padStart(7)} MiB  ${String(files.length).padStart(5)}  ${(bytes / 1024 / 1024).toFixed(1)} MiB`,
  );
}
