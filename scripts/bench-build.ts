// How the whole site build scales: generates corpora of synthetic articles (deterministic, from a
// seeded generator), builds each with `npm run build` into a temporary folder, and prints the wall
// time, peak memory and output size per size.
//   npm run bench:build            (sizes in claims: 500 2000; or pass your own: -- 500 5000)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesUnder } from '../src/cli/bundle.ts';

const claimsPerArticle = 20;
const outlets = ['harbour-gazette', 'valley-times', 'coast-wire', 'metro-daily'];
const speakers = Array.from({ length: 40 }, (_, index) => `speaker-${index + 1}`);
const places = ['Port Alder', 'Kessel Bay', 'Mirren', 'the northern valley', 'Old Quay', 'the island'];
const things = ['ferry crossings', 'households', 'flood barriers', 'teachers', 'clinic beds', 'bus routes'];

/** A small seeded generator, so the same size always gives the same corpus. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function corpus(claims: number): string {
  const next = random(claims);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const dir = mkdtempSync(join(tmpdir(), `claimtrail-bench-${claims}-`));
  mkdirSync(join(dir, 'articles'));
  mkdirSync(join(dir, 'raw'));
  const registry = [
    ...outlets.map((id) => `- id: ${id}\n  name: ${id.replace(/-/g, ' ')}\n  type: outlet\n`),
    ...speakers.map((id) => `- id: ${id}\n  name: Official ${id.slice(8)}\n  type: person\n`),
  ];
  writeFileSync(join(dir, 'sources.yaml'), registry.join(''));
  let id = 0;
  for (let article = 0; article < Math.ceil(claims / claimsPerArticle); article++) {
    const sentences: { raw: string; marked: string }[] = [];
    for (let index = 0; index < claimsPerArticle; index++) {
      const count = 10 + Math.floor(next() * 5000);
      const words = `${count} ${pick(things)} in ${pick(places)} were affected last week`;
      const speaker = pick(speakers);
      const claimId = `b${(id++).toString(36).padStart(5, '0')}`;
      sentences.push({
        raw: `${words}, officials said.`,
        marked:
          `<Claim id="${claimId}" kind="quantity" by="${speaker}" value="${count}" ` +
          `unit="${words.split(' ')[1]}" ` +
          `counted="${words.split(' ').slice(1, 4).join(' ')}">${words}</Claim>, officials said.`,
      });
    }
    const paragraphs = (key: 'raw' | 'marked') =>
      Array.from({ length: claimsPerArticle / 4 }, (_, p) =>
        sentences
          .slice(p * 4, p * 4 + 4)
          .map((s) => s[key])
          .join(' '),
      ).join('\n\n');
    const raw = `${paragraphs('raw')}\n`;
    const slug = `article-${article + 1}`;
    writeFileSync(join(dir, 'raw', `${slug}.txt`), raw);
    const sha256 = createHash('sha256').update(raw).digest('hex');
    writeFileSync(
      join(dir, 'articles', `${slug}.mdx`),
      `---\ntitle: Synthetic article ${article + 1}\npublisher: ${pick(outlets)}\nauthors: []\ndate: ` +
        `null\nurl: null\nsource:\n  file: ../raw/${slug}.txt\n  sha256: ${sha256}\nreview: ` +
        `auto\n---\n\n${paragraphs('marked')}\n`,
    );
  }
  return dir;
}

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
    `${String(claims).padStart(6)}  ${String(Math.ceil(claims / claimsPerArticle)).padStart(8)} ` +
      ` ${timing[0]!.padStart(7)} s  ${(Number(timing[1]) / 1024).toFixed(0).padStart(7)} MiB ` +
      ` ${String(files.length).padStart(5)}  ${(bytes / 1024 / 1024).toFixed(1)} MiB`,
  );
}
