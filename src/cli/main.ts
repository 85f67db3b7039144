// The claimtrail command line: `ingest` drafts entries from raw articles, `detect` scores sentences,
// `check` validates a corpus, `analyze` prints its claim graph, `new-id` prints fresh claim ids,
// `bundle` zips the built site for offline reading.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, contentDir, publicPrefix } from '../core/config.ts';
import { loadCorpus } from '../core/corpus.ts';
import { report } from '../core/diagnostics.ts';
import { claimGraphJson } from '../core/exports.ts';
import { newId } from '../core/ids.ts';
import { compareSentences } from '../core/graph/match.ts';
import { detectLines } from '../core/ingest/detect.ts';
import { sentencePairSchema } from '../core/schema.ts';
import { newLedgerEntries, recordInLedger } from '../core/ledger.ts';
import { writeBundle } from './bundle.ts';
import { runIngest } from './ingest.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const usage = `usage: claimtrail <command>
  ingest <file...> [--content DIR] [--publisher ID|NAME] [--url URL] [--date YYYY-MM-DD] [--title TEXT]
         [--slug SLUG] [--merge]
                          draft articles/<slug>.mdx from each raw .txt or .html file, for an editor to
                          review: copies the file into the raw sources, adds new sources to sources.yaml.
                          Refuses an existing entry unless --merge (which keeps the editor's work)
  detect                  read one sentence a line on stdin; write JSON lines
                          {sentence, checkworthy, score, signals}
  match                   read JSON lines {"a": "…", "b": "…"} (two claim sentences) on stdin; write JSON
                          lines {relation, score, explanation}: agrees, conflicts, refines, related or none
  check [--content DIR] [--record]
                          validate every article, sources.yaml and ledger.yaml, and CLAIMTRAIL_BASE; exit 1
                          on any problem. --record (as npm run build does) adds what is published for the
                          first time to ledger.yaml
  analyze [--content DIR] print the claim graph as JSON (what the build writes to data/claims.json),
                          without building the site; exit 1, naming every problem, when the corpus has any
  new-id [N]              print N fresh claim ids (default 1)
  bundle [--site DIR] [--out FILE]
                          zip the built site (default dist/) into FILE (default claimtrail-site.zip)`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

/** The arguments that are neither an option nor an option's value. */
function operands(args: string[], valued: string[]): string[] {
  return args.filter((arg, index) => !arg.startsWith('--') && !valued.includes(args[index - 1] ?? ''));
}

/** A setting read from the environment, or undefined after saying what is wrong with it. */
function configured<T>(command: string, read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`claimtrail ${command}: ${error.message}\n`);
    return undefined;
  }
}

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'ingest': {
      const valued = ['--content', '--publisher', '--url', '--date', '--title', '--slug'];
      const unknown = rest.find((arg) => arg.startsWith('--') && !valued.includes(arg) && arg !== '--merge');
      if (unknown) {
        process.stderr.write(`claimtrail ingest: unknown option ${unknown}\n${usage}\n`);
        return 2;
      }
      const chosen = option(rest, '--content');
      const content = chosen ? resolve(chosen) : contentDir(projectRoot);
      return runIngest(
        {
          files: operands(rest, valued).map((file) => resolve(file)),
          contentDir: content,
          // The project's own corpus keeps its raw files in raw/; any other corpus folder holds its own.
          rawDir: content === resolve(projectRoot, 'content') ? join(projectRoot, 'raw') : join(content, 'raw'),
          publisher: option(rest, '--publisher'),
          url: option(rest, '--url'),
          date: option(rest, '--date'),
          title: option(rest, '--title'),
          slug: option(rest, '--slug'),
          merge: rest.includes('--merge'),
          cwd: process.cwd(),
        },
        (line) => process.stdout.write(`${line}\n`),
        (line) => process.stderr.write(`${line}\n`),
      );
    }
    case 'match': {
      let bad = 0;
      readFileSync(0, 'utf8').split('\n').forEach((line, index) => {
        if (!line.trim()) return;
        let pair: unknown;
        try {
          pair = JSON.parse(line);
        } catch {
          pair = undefined;
        }
        const parsed = sentencePairSchema.safeParse(pair);
        if (!parsed.success) {
          bad++;
          process.stderr.write(`claimtrail match: stdin:${index + 1}: not a JSON object {"a": "…", "b": "…"} with two sentences; line skipped\n`);
          return;
        }
        process.stdout.write(`${JSON.stringify(compareSentences(parsed.data.a, parsed.data.b))}\n`);
      });
      return bad ? 1 : 0;
    }
    case 'detect': {
      for (const line of detectLines(readFileSync(0, 'utf8'))) process.stdout.write(`${line}\n`);
      return 0;
    }
    case 'check': {
      if (configured('check', publicPrefix) === undefined) return 1;
      const dir = option(rest, '--content') ?? contentDir(projectRoot);
      const { graph, files, ledgerPath } = loadCorpus(dir);
      const text = report(files);
      if (text) process.stderr.write(`${text}\n`);
      if (!graph) {
        process.stderr.write(`claimtrail check: ${dir} has errors (see above); the marker syntax is in docs/markers.md\n`);
        return 1;
      }
      const additions = newLedgerEntries(graph, new Date().toISOString().slice(0, 10));
      const added = { articles: Object.keys(additions.articles).length, claims: Object.keys(additions.claims).length };
      if (rest.includes('--record') && added.articles + added.claims > 0) {
        recordInLedger(ledgerPath, additions);
        process.stdout.write(`claimtrail check: published for the first time, recorded in ${relative(process.cwd(), ledgerPath)}: ${added.articles} articles, ${added.claims} claims\n`);
      }
      process.stdout.write(`claimtrail check: ${graph.articles.length} articles, ${graph.claims.length} claims, ${graph.sources.length} sources, ${graph.relations.length} links: ok\n`);
      return 0;
    }
    case 'analyze': {
      const prefix = configured('analyze', publicPrefix);
      if (prefix === undefined) return 1;
      const { graph, files } = loadCorpus(option(rest, '--content') ?? contentDir(projectRoot), { base: prefix });
      if (!graph) {
        process.stderr.write(`${report(files)}\nclaimtrail analyze: the corpus has errors (see above)\n`);
        return 1;
      }
      process.stdout.write(claimGraphJson(graph));
      return 0;
    }
    case 'new-id': {
      const count = Number(rest[0] ?? 1);
      for (let index = 0; index < count; index++) process.stdout.write(`${newId()}\n`);
      return 0;
    }
    case 'bundle': {
      const site = resolve(option(rest, '--site') ?? resolve(projectRoot, 'dist'));
      const out = resolve(option(rest, '--out') ?? resolve(projectRoot, 'claimtrail-site.zip'));
      try {
        const { files, bytes } = writeBundle(site, out);
        process.stdout.write(`claimtrail bundle: ${relative(process.cwd(), out)}: ${files} files, ${(bytes / 1024).toFixed(0)} KB. Unzip it and open index.html in its folder.\n`);
        return 0;
      } catch (error) {
        process.stderr.write(`claimtrail bundle: ${error instanceof Error ? error.message : String(error)}\n`);
        return 1;
      }
    }
    default:
      process.stderr.write(`${command ? `unknown command "${command}"\n` : ''}${usage}\n`);
      return command === '--help' || command === 'help' ? 0 : 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
