// Benchmark of `claimtrail ingest` on long articles: 0.1, 1, 2, 5 and 10 MB of text generated from the
// paragraphs of the test articles (tests/fixtures/ingest/*.expected.yaml), varied by a seeded PRNG
// (the same article every run): names, places and numbers are swapped, so no paragraph repeats another
// (a repeated paragraph would be dropped and cost nothing). Each size runs in its own process, so its
// peak memory is its own. Prints, for each size, the wall and CPU time of the ingest (as the command
// runs it: read, HTML, clean, draft) and the process's peak memory (resident, module loading included),
// absolute and as ratios to the 0.1 MB run of the same invocation (these machines are noisy: the ratios
// are what to compare), with the time of each stage.
//   npm run bench:ingest [-- --sizes 0.1,1,2,5,10] [--html] [--keep DIR]
// --html saves each article as an HTML page (paragraphs in an <article>) instead of text.
// --keep DIR writes the generated articles there (bench-<size>MB.txt or .html) for profiling:
//   npm exec -- node --cpu-prof scripts/bench-ingest.ts --one DIR/bench-1MB.txt
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { VFile } from 'vfile';
import { parse } from 'yaml';
import { ingest } from '../src/core/ingest/ingest.ts';
import { maxEntryBytes } from '../src/core/ingest/read.ts';
import { months, weekdays } from '../src/core/lexicon/calendar.ts';
import { readRegistry } from '../src/core/content/registry.ts';
import { prng } from './lib/prng.ts';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '0.1,1,2,5,10' },
    one: { type: 'string' },
    keep: { type: 'string' },
    html: { type: 'boolean', default: false },
  },
});

const syllables =
  'an bel cor dal en fen gar hal is jor kel lan mar nor ol per quin ras sol tan ul ver wen yor zan'.split(' ');
const calendar = new RegExp(`^(?:${[...months, ...weekdays].join('|')})$`, 'i');
const placeEnds = ['by', 'ford', 'holm', 'stad', 'wick', 'mere', 'ton', 'vik'];

/** The paragraphs of every test article, as an editor kept them. */
function fixtureParagraphs(): string[] {
  const folder = join(root, 'tests/fixtures/ingest');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.expected.yaml'))
    .sort()
    .flatMap((name) =>
      ((parse(readFileSync(join(folder, name), 'utf8')) as { paragraphs?: string[] }).paragraphs ?? []).filter(
        (text) => typeof text === 'string' && text.length > 60,
      ),
    );
}

/**
 * An article of about `bytes` bytes: a headline, a byline, then fixture paragraphs in a random order,
 * each with its capitalised names and places replaced and its numbers changed, so that every paragraph
 * is new. The same size always gives the same article.
 */
function generateArticle(bytes: number, seed = 15): string {
  const random = prng(seed);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const paragraphs = fixtureParagraphs();
  const names = new Map<string, string>();
  // Names as an archive of many stories has them: always new ones, made of syllables.
  const word = (parts: number) =>
    Array.from({ length: parts }, () => pick(syllables))
      .join('')
      .replace(/^./, (first) => first.toUpperCase());
  const stand = () => (random() < 0.4 ? `${word(2)}${pick(placeEnds)}` : random() < 0.5 ? word(2) : word(3));
  const out = [
    'Officials in Orven say the northern province faces its worst season in years',
    '',
    'By Ada Aalto and Bram Brenner',
    '',
  ];
  let size = out.join('\n').length;
  for (let index = 0; size < bytes; index++) {
    // A new cast for each paragraph (the same name is the same stand-in within it), so none repeats another.
    names.clear();
    const paragraph = pick(paragraphs)
      .replace(/\b\d[\d,.]*\d\b|\b\d\b/g, (number) =>
        /^(?:19|20)\d\d$/.test(number)
          ? number
          : String(
              Math.max(2, Math.round(Number(number.replace(/,/g, '')) * (0.5 + random()))) ||
                pick(['12', '340', '5,600']),
            ),
      )
      .replace(/(?<=\p{Ll}[^.!?]*\s)\p{Lu}\p{Ll}{3,}\b/gu, (name) => {
        if (calendar.test(name)) return name;
        if (!names.has(name)) names.set(name, stand());
        return names.get(name)!;
      });
    const text = `${paragraph} (${stand()}, item ${index + 1}.)`;
    out.push(text, '');
    size += text.length + 2;
  }
  return out.join('\n');
}

/**
 * The same article as a saved page: the paragraphs in an <article>, with a header, a script and a footer around them.
 */
function asHtml(text: string): string {
  const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const [title, , byline, , ...rest] = text.split('\n');
  const body = rest
    .filter(Boolean)
    .map((line) => `<p>${escape(line)}</p>`)
    .join('\n');
  return (
    `<!doctype html><html><head><title>${escape(title!)}</title><meta property="og:site_name" ` +
    'content="Bench Daily"></head><body><nav><a href="/">Home</a> <a ' +
    `href="/world">World</a></nav><article><h1>${escape(title!)}</h1><p ` +
    `class="byline">${escape(byline!)}</p>\n${body}</article><script>window.dataLayer = ` +
    '[];</script><footer>© 2025 Bench Daily</footer></body></html>'
  );
}

/** One size in this process: the ingest as the command runs it, each stage timed. */
function runOne(path: string): void {
  const bytes = readFileSync(path);
  const registry = readRegistry(new VFile({ value: readFileSync(join(root, 'content/sources.yaml'), 'utf8') }));
  const stages: Record<string, number> = {};
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const { file, ingested } = ingest({
    path,
    bytes,
    registry,
    sourceFile: '../raw/bench.txt',
    publisher: 'Bench Daily',
    timings: stages,
  });
  const wall = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpuStart);
  const cpu = (used.user + used.system) / 1e6;
  if (!ingested) throw new Error(String(file.messages[0]));
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({
      bytes: bytes.length,
      wall,
      cpu,
      peakMiB,
      stages,
      blocks: ingested.blocks.length,
      claims: ingested.draft.claims.length,
      repeated: ingested.stats.repeated.length,
      entryBytes: Buffer.byteLength(ingested.draft.mdx),
    }),
  );
}

if (values.one) runOne(values.one);
else {
  const sizes = values.sizes.split(',').map(Number);
  const folder = values.keep ?? mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  mkdirSync(folder, { recursive: true });
  type Run = { bytes: number; wall: number; cpu: number; peakMiB: number; stages: Record<string, number> };
  type Row = Run & { size: number; blocks: number; claims: number; repeated: number; entryBytes: number };
  const rows: Row[] = [];
  try {
    for (const size of sizes) {
      const path = join(folder, `bench-${size}MB.${values.html ? 'html' : 'txt'}`);
      const article = generateArticle(Math.round(size * 1e6));
      // A page's markup adds to its size: the page is cut to the size asked for, at a paragraph.
      writeFileSync(
        path,
        values.html ? asHtml(article.slice(0, article.lastIndexOf('\n\n', Math.round(size * 1e6 * 0.97)))) : article,
      );
      const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--one', path], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      });
      if (child.status !== 0) {
        process.stderr.write(child.stderr);
        throw new Error(`the ${size} MB run failed`);
      }
      rows.push({ size, ...(JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Omit<Row, 'size'>) });
      const row = rows.at(-1)!;
      process.stderr.write(
        `${size} MB: ${row.wall.toFixed(1)} s wall, ${row.cpu.toFixed(1)} s CPU, ${row.peakMiB.toFixed(0)} MiB\n`,
      );
    }
  } finally {
    if (!values.keep) rmSync(folder, { recursive: true, force: true });
  }
  const base = rows[0]!;
  const stage = (seconds: number | undefined) => (seconds === undefined ? '-' : seconds.toFixed(2));
  console.log(
    `Ingest of generated ${values.html ? 'HTML pages' : 'text articles'} ` +
      `(${folder === values.keep ? folder : 'temporary files'}); ratios are to the ${base.size} MB run of ` +
      'this invocation.\n',
  );
  console.log(
    `The command refuses to write an entry over ${maxEntryBytes / 2 ** 20} MB (entry MB marked *), after this work.\n`,
  );
  console.log(
    '| size | bytes | paragraphs | repeats dropped | claims | entry MB | size ratio | wall s | wall ' +
      'ratio | CPU s | CPU ratio | peak MiB | peak ratio | read s | html s | clean s | draft s |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows)
    console.log(
      `| ${row.size} MB | ${row.bytes} | ${row.blocks} | ${row.repeated} | ${row.claims} ` +
        `| ${(row.entryBytes / 2 ** 20).toFixed(1)}${row.entryBytes > maxEntryBytes ? '*' : ''} ` +
        `| ${(row.bytes / base.bytes).toFixed(1)} | ${row.wall.toFixed(2)} ` +
        `| ${(row.wall / base.wall).toFixed(1)} | ${row.cpu.toFixed(2)} ` +
        `| ${(row.cpu / base.cpu).toFixed(1)} | ${row.peakMiB.toFixed(0)} ` +
        `| ${(row.peakMiB / base.peakMiB).toFixed(2)} | ${stage(row.stages.read)} ` +
        `| ${stage(row.stages.html)} | ${stage(row.stages.clean)} | ${stage(row.stages.draft)} |`,
    );
}
