// The claimtrail command line: `check` validates a corpus, `analyze` prints its claim graph, `new-id`
// prints fresh claim ids, `bundle` zips the built site for offline reading.
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, contentDir, publicPrefix } from '../core/config.ts';
import { loadCorpus } from '../core/corpus.ts';
import { report } from '../core/diagnostics.ts';
import { claimGraphJson } from '../core/exports.ts';
import { newId } from '../core/ids.ts';
import { newLedgerEntries, recordInLedger } from '../core/ledger.ts';
import { writeBundle } from './bundle.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const usage = `usage: claimtrail <command>
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

export function main(args: string[]): number {
  const [command, ...rest] = args;
  switch (command) {
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

process.exitCode = main(process.argv.slice(2));
