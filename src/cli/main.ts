// The claimtrail command line: `check` validates a corpus, `new-id` prints fresh claim ids.
import { fileURLToPath } from 'node:url';
import { contentDir } from '../core/config.ts';
import { loadCorpus } from '../core/corpus.ts';
import { report } from '../core/diagnostics.ts';
import { newId } from '../core/ids.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const usage = `usage: claimtrail <command>
  check [--content DIR]   validate every article and sources.yaml; exit 1 on any problem
  new-id [N]              print N fresh claim ids (default 1)`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

export function main(args: string[]): number {
  const [command, ...rest] = args;
  switch (command) {
    case 'check': {
      const dir = option(rest, '--content') ?? contentDir(projectRoot);
      const { graph, files } = loadCorpus(dir);
      const text = report(files);
      if (text) process.stderr.write(`${text}\n`);
      if (!graph) {
        process.stderr.write(`claimtrail check: ${dir} has errors (see above); the marker syntax is in docs/markers.md\n`);
        return 1;
      }
      process.stdout.write(`claimtrail check: ${graph.articles.length} articles, ${graph.claims.length} claims, ${graph.sources.length} sources, ${graph.relations.length} links: ok\n`);
      return 0;
    }
    case 'new-id': {
      const count = Number(rest[0] ?? 1);
      for (let index = 0; index < count; index++) process.stdout.write(`${newId()}\n`);
      return 0;
    }
    default:
      process.stderr.write(`${command ? `unknown command "${command}"\n` : ''}${usage}\n`);
      return command === '--help' || command === 'help' ? 0 : 2;
  }
}

process.exitCode = main(process.argv.slice(2));
