// Ingests a folder of saved pages as a new user would, without --publisher, into a fresh corpus,
// then checks and builds it: how many pages were written, how many were refused and why, and whether
// everything written builds. Made for Mozilla Readability's test pages (test/test-pages/<name>/source.html
// in a clone of mozilla/readability), which are not copied into this project:
//   npm run -s ingest:pages -- /path/to/readability/test/test-pages [--build]
// Prints the outcomes, then the check's summary, then (with --build) the build's page count, time and
// peak memory. Nothing outside a temporary folder is written.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { filesUnder } from '../src/cli/bundle.ts';

const root = new URL('..', import.meta.url).pathname;
const { values, positionals } = parseArgs({
  options: { build: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const folder = positionals[0];
if (!folder || !existsSync(folder) || !statSync(folder).isDirectory()) {
  console.error('usage: npm run -s ingest:pages -- <folder of saved pages> [--build]');
  process.exit(2);
}

// A page per file: <folder>/<name>.html, or <folder>/<name>/source.html, copied under its own name.
const work = mkdtempSync(join(tmpdir(), 'claimtrail-pages-'));
const pages = join(work, 'pages');
const corpus = join(work, 'corpus');
mkdirSync(pages);
mkdirSync(join(corpus, 'articles'), { recursive: true });
writeFileSync(join(corpus, 'sources.yaml'), '[]\n');
for (const name of readdirSync(folder).sort()) {
  const path = join(folder, name);
  const page = statSync(path).isDirectory() ? join(path, 'source.html') : name.endsWith('.html') ? path : undefined;
  // Names as slugs: lowercase letters, digits and hyphens, at least three characters.
  const slug = name
    .replace(/\.html$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .padEnd(3, '0');
  if (page && existsSync(page)) copyFileSync(page, join(pages, `${slug}.html`));
}

const claimtrail = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(root, 'bin/claimtrail.js'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, ...env },
  });

try {
  const files = readdirSync(pages).map((name) => join(pages, name));
  const ingest = claimtrail(['ingest', ...files, '--content', corpus]);
  const reasons = new Map<string, string[]>();
  // Each refused file is named on a line of its own, then its message (vfile's report), or in one line.
  const lines = ingest.stderr.split('\n');
  lines.forEach((line, index) => {
    const refused = /^claimtrail ingest: (\S+): (.*); nothing written$/.exec(line);
    if (!refused) return;
    const page = relative(pages, refused[1]!);
    const reported =
      refused[2] === 'not ingested'
        ? (lines.slice(Math.max(0, index - 4), index).find((text) => /^\d+:\d+ +error/.test(text)) ?? 'not ingested')
        : refused[2]!;
    const reason = reported.replace(/^\d+:\d+ +error +/, '').replace(/ +[\w-]+ +claimtrail$/, '');
    reasons.set(reason, [...(reasons.get(reason) ?? []), page]);
  });
  const written = readdirSync(join(corpus, 'articles')).filter((name) => name.endsWith('.mdx')).length;
  console.log(
    `${files.length} pages from ${folder}: ${written} written without --publisher, ${files.length - written} refused`,
  );
  for (const [reason, names] of [...reasons].sort((a, b) => b[1].length - a[1].length))
    console.log(`  ${names.length} refused: ${reason}\n    ${names.join(', ')}`);

  const check = claimtrail(['check', '--content', corpus]);
  console.log(`check: exit ${check.status}; ${(check.stdout + check.stderr).trim().split('\n').at(-1)}`);
  if (values.build && check.status === 0) {
    const out = join(work, 'dist');
    const started = performance.now();
    // GNU time reports the peak memory, where the machine has it.
    const timed = existsSync('/usr/bin/time');
    const astro = [process.execPath, join(root, 'node_modules/.bin/astro'), 'build', '--outDir', out];
    const build = spawnSync(timed ? '/usr/bin/time' : astro[0]!, timed ? ['-f', '%M', ...astro] : astro.slice(1), {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, CLAIMTRAIL_CONTENT: corpus },
    });
    const seconds = (performance.now() - started) / 1000;
    const peak = timed ? `, peak ${(Number(build.stderr.trim().split('\n').at(-1)) / 1024).toFixed(0)} MiB` : '';
    const built = existsSync(out) ? filesUnder(out).filter((path) => path.endsWith('.html')).length : 0;
    console.log(`build: exit ${build.status}; ${built} HTML pages in ${seconds.toFixed(0)} s${peak}`);
    if (build.status !== 0) console.log(build.stdout.split('\n').slice(-30).join('\n'));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
