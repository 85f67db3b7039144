// How the whole site build scales, against Astro itself: for each size, a synthetic corpus
// (deterministic, from a seeded generator) built with `claimtrail build`, and in the same run a bare
// Astro project of as many trivial pages, so that a machine shared with other work still gives a
// fair ratio. Prints, per size: the check's and the whole build's wall time, peak memory (the largest
// process's, from /usr/bin/time), pages, pages per second, and the ratio Claimtrail / bare.
//   npm run bench:build                    (sizes in claims: 500 2000; or pass your own: -- 500 5000)
//   npm run bench:build -- --edit 5000     also rebuilds after a one-word edit to one article's text, then
//                                          after one to its title (which every page listing its claims shows)
// Builds go into .bench/ inside the project (ignored by git): Astro cannot resolve its own packages
// for an outDir outside the project, and the bare project finds the project's node_modules from there.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../src/cli/bundle.ts';
import { cacheDirFor } from '../src/core/content/config.ts';
import { claimsPerArticle, syntheticCorpus } from './lib/synthetic-corpus.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(projectRoot, '.bench');
const args = process.argv.slice(2);
const edit = args.includes('--edit');
const sizes = args.map(Number).filter((size) => size > 0);

interface Run {
  seconds: number;
  /** When the check's line came out: the corpus loaded and matched, before Astro started. */
  checkSeconds?: number;
  peakMiB: number;
}

/** Runs a command under /usr/bin/time; its wall time, peak memory and, when seen, when its check ended. */
function timed(command: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((done, failed) => {
    const started = performance.now();
    let checkSeconds: number | undefined;
    let output = '';
    const child = spawn('/usr/bin/time', ['-f', '%M', ...command], { cwd: projectRoot, env });
    createInterface({ input: child.stdout }).on('line', (line) => {
      output += `${line}\n`;
      if (checkSeconds === undefined && /^claimtrail check: .*: ok$/.test(line))
        checkSeconds = (performance.now() - started) / 1000;
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      const peakKiB = Number(output.trim().split('\n').at(-1));
      if (status !== 0 || !Number.isFinite(peakKiB)) failed(new Error(`${command.join(' ')} failed:\n${output}`));
      else done({ seconds, checkSeconds, peakMiB: peakKiB / 1024 });
    });
  });
}

const node = process.execPath;
const claimtrailBuild = (corpus: string, outDir: string) =>
  timed([node, 'bin/claimtrail.js', 'build', '--outDir', outDir], { ...process.env, CLAIMTRAIL_CONTENT: corpus });

/** A bare Astro project of `pages` trivial pages, in .bench/; built with the project's own Astro. */
function bareProject(pages: number): string {
  const root = join(benchDir, `bare-${pages}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  writeFileSync(join(root, 'astro.config.mjs'), "export default { build: { format: 'file' } };\n");
  writeFileSync(
    join(root, 'src/pages/[page].astro'),
    '---\nexport function getStaticPaths() {\n' +
      `  return Array.from({ length: ${pages} }, (_, index) => ({ params: { page: \`page-\${index + 1}\` } }));\n` +
      '}\nconst { page } = Astro.params;\n---\n\n<html lang="en"><head><title>{page}</title></head>' +
      '<body><h1>{page}</h1></body></html>\n',
  );
  return root;
}

const bareBuild = (root: string) =>
  timed([node, 'node_modules/astro/bin/astro.mjs', 'build', '--root', root], { ...process.env });

const htmlPages = (dir: string) => filesUnder(dir).filter((path) => path.endsWith('.html')).length;
const fixed = (value: number, digits: number, width: number) => value.toFixed(digits).padStart(width);

/** The corpus after a one-word edit to its first article's text: its first "said" becomes "stated". */
function editOneWord(corpus: string) {
  const path = join(corpus, 'articles/article-1.mdx');
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.replace(', officials said.', ', officials stated.'));
}

/** The corpus after a one-word edit to its first article's title: "article" becomes "story". */
function editTitle(corpus: string) {
  const path = join(corpus, 'articles/article-1.mdx');
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.replace('title: Synthetic article 1\n', 'title: Synthetic story 1\n'));
}

mkdirSync(benchDir, { recursive: true });
console.log(
  'claims  articles  pages  check s  build s  peak MiB  pages/s  bare s  bare MiB  bare pages/s  ratio' +
    (edit ? '  word edit s  word/full  title edit s  title/full' : ''),
);
for (const claims of sizes.length ? sizes : [500, 2000]) {
  const corpus = syntheticCorpus(claims);
  const outDir = resolve(benchDir, `site-${claims}`);
  rmSync(outDir, { recursive: true, force: true });
  const full = await claimtrailBuild(corpus, outDir);
  const pages = htmlPages(outDir);
  const bareRoot = bareProject(pages);
  const bare = await bareBuild(bareRoot);
  const bareCount = htmlPages(join(bareRoot, 'dist'));
  if (bareCount !== pages) throw new Error(`the bare project built ${bareCount} pages, not ${pages}`);
  let editColumns = '';
  if (edit) {
    const rebuilt = [];
    for (const change of [editOneWord, editTitle]) {
      change(corpus);
      rebuilt.push(await claimtrailBuild(corpus, outDir));
    }
    editColumns = rebuilt
      .map((run) => `  ${fixed(run.seconds, 1, 11)}  ${fixed((100 * run.seconds) / full.seconds, 0, 8)}%`)
      .join(' ');
  }
  console.log(
    `${String(claims).padStart(6)}  ${String(Math.ceil(claims / claimsPerArticle)).padStart(8)}  ` +
      `${String(pages).padStart(5)}  ${fixed(full.checkSeconds ?? Number.NaN, 1, 7)}  ${fixed(full.seconds, 1, 7)}  ` +
      `${fixed(full.peakMiB, 0, 8)}  ${fixed(pages / full.seconds, 1, 7)}  ${fixed(bare.seconds, 1, 6)}  ` +
      `${fixed(bare.peakMiB, 0, 8)}  ${fixed(pages / bare.seconds, 1, 12)}  ${fixed(full.seconds / bare.seconds, 1, 5)}` +
      editColumns,
  );
  rmSync(cacheDirFor(projectRoot, { CLAIMTRAIL_CONTENT: corpus }), { recursive: true, force: true });
  rmSync(corpus, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  rmSync(bareRoot, { recursive: true, force: true });
}
