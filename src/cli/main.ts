// The claimtrail command line: `ingest` drafts entries from raw articles, `detect` scores sentences,
// `match` relates sentence pairs, `check` validates a corpus, `analyze` prints its claim graph,
// `new-id` prints fresh claim ids, `build` checks, builds the site and then records what it published,
// `bundle` zips the built site for offline reading. Every failure is one line (or file:line:column)
// and a non-zero exit, never a stack trace (CLAIMTRAIL_DEBUG=1 prints the stack of an unexpected one).
// `main` runs a command against the streams, folder and environment it is given (tests call it
// in-process); bin/claimtrail.js starts src/cli/process.ts, which gives it the process's own.
import { relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import {
  buildDay,
  buildDayEnvVar,
  ConfigError,
  contentDir,
  contentEnvVar,
  publicPrefix,
} from '../core/content/config.ts';
import { displayPath, systemErrorReasons, withLock, WriteError } from '../core/content/files.ts';
import { printable } from '../core/diagnostics.ts';
// Each command loads only the modules it uses (below, with `await import`): `new-id` need not load
// the language models `detect` does, and every command starts sooner.

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const maxIds = 10_000;
const usage = `usage: claimtrail <command>
  ingest <file...> [--content DIR] [--publisher ID|NAME] [--url URL] [--date YYYY-MM-DD] [--title TEXT]
         [--slug SLUG] [--merge] [--explain]
                          draft articles/<slug>.mdx from each raw .txt or .html file, for an editor to
                          review: copies the file into the raw sources, adds new sources to sources.yaml.
                          Refuses an existing entry unless --merge (which keeps the editor's work).
                          --explain writes nothing: it prints which rule dropped each line, why each
                          claim is check-worthy and which rules chose its claimant
  detect                  read one sentence a line on stdin; write JSON lines
                          {sentence, checkworthy, score, signals}
  match                   read JSON lines {"a": "…", "b": "…"} (two claim sentences) on stdin; write JSON
                          lines {relation, score, explanation}: agrees, conflicts, refines, related or none
  match --explain         the same pairs; write, for each, the matcher's rules in order, which fired, and
                          each number against its threshold (src/core/graph/thresholds.ts), in words
  match --explain ID ID [--content DIR]
                          the same for two claims of a corpus, with its weights and sources, and the link
                          its build made of them
  check [--content DIR]   validate every article, sources.yaml, ledger.yaml, site.yaml and the editorial
                          pages, and CLAIMTRAIL_BASE; exit 1 on any problem
  build [--content DIR] [--outDir DIR] [--force] [--verbose|--silent]
                          check, build the site (Astro's build, into dist/ unless --outDir), and only once it
                          has built record what it published for the first time in ledger.yaml, dated
                          the day the pages show (SOURCE_DATE_EPOCH when set, else today)
  analyze [--content DIR] print the claim graph as JSON (what the build writes to data/claims.json),
                          without building the site; exit 1, naming every problem, when the corpus has any
  new-id [N]              print N fresh claim ids (default 1, at most ${maxIds})
  bundle [--site DIR] [--out FILE]
                          zip the built site (default dist/) into FILE (default claimtrail-site.zip)`;

/** What a command reads from and writes to: the process's own (`processIo`), or a test's. */
export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The folder relative paths are read from and shown against. */
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export function processIo(): CommandIo {
  return {
    stdin: process.stdin,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  };
}

/** A command's options: those that take a value, and flags. */
interface Spec {
  valued: string[];
  flags?: string[];
}

interface Parsed {
  values: Map<string, string>;
  flags: Set<string>;
  operands: string[];
}

/** The arguments read against `spec`, or a message naming the first one that does not fit. */
function parseArgs(args: string[], spec: Spec): Parsed | string {
  const parsed: Parsed = { values: new Map(), flags: new Set(), operands: [] };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (!arg.startsWith('--')) parsed.operands.push(arg);
    else if (spec.flags?.includes(arg)) parsed.flags.add(arg);
    else if (spec.valued.includes(arg)) {
      const value = args[index + 1];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
      parsed.values.set(arg, value);
      index++;
    } else return `unknown option ${arg}`;
  }
  return parsed;
}

/** A setting read from the environment, or undefined after saying what is wrong with it. */
function configured<T>(io: CommandIo, command: string, read: (env: NodeJS.ProcessEnv) => T): T | undefined {
  try {
    return read(io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`claimtrail ${command}: ${error.message}\n`);
    return undefined;
  }
}

/** Each line of standard input as it arrives: a stream, so a pipe that is slow or not blocking works. */
function stdinLines(io: CommandIo): AsyncIterable<string> {
  return createInterface({ input: io.stdin, crlfDelay: Infinity });
}

/** The corpus checked, its problems printed; undefined when it has any. */
async function checked(io: CommandIo, command: string, dir: string, base?: string) {
  const [{ loadCorpus }, { report }] = await Promise.all([
    import('../core/content/corpus.ts'),
    import('../core/diagnostics.ts'),
  ]);
  const loaded = loadCorpus(dir, { cwd: io.cwd, base });
  const text = report(loaded.files);
  if (text) io.stderr(`${text}\n`);
  if (!loaded.graph) {
    io.stderr(`claimtrail ${command}: ${dir} has errors (see above); the marker syntax is in docs/markers.md\n`);
    return undefined;
  }
  return { ...loaded, graph: loaded.graph };
}

/**
 * Runs one command: its exit code. Whatever it throws becomes one line naming the command (with the
 * stack only when the environment has CLAIMTRAIL_DEBUG=1), exit code 1.
 */
export async function main(args: string[], io: CommandIo): Promise<number> {
  try {
    return await dispatch(args, io);
  } catch (error) {
    io.stderr(failure(args[0], error, io.env));
    return 1;
  }
}

async function dispatch(args: string[], io: CommandIo): Promise<number> {
  const [command, ...rest] = args;
  const commandSpec: Record<string, Spec> = {
    ingest: {
      valued: ['--content', '--publisher', '--url', '--date', '--title', '--slug'],
      flags: ['--merge', '--explain'],
    },
    detect: { valued: [] },
    match: { valued: ['--content'], flags: ['--explain'] },
    check: { valued: ['--content'] },
    analyze: { valued: ['--content'] },
    'new-id': { valued: [] },
    bundle: { valued: ['--site', '--out'] },
  };
  if (command === 'build') return build(rest, io);
  const spec = command !== undefined && Object.hasOwn(commandSpec, command) ? commandSpec[command] : undefined;
  if (!spec) {
    io.stderr(`${command ? `unknown command "${command}"\n` : ''}${usage}\n`);
    return command === '--help' || command === 'help' ? 0 : 2;
  }
  if (command === 'check' && rest.includes('--record')) {
    io.stderr(
      'claimtrail check: --record is gone: ' +
        'the ledger is recorded by `claimtrail build` (npm run build), once the site has built\n',
    );
    return 2;
  }
  const parsed = parseArgs(rest, spec);
  if (typeof parsed === 'string') {
    io.stderr(`claimtrail ${command}: ${parsed}\n${usage}\n`);
    return 2;
  }
  const { values, flags, operands } = parsed;
  // `match --explain` takes two claim ids, and --content only with them.
  const explainsClaims = command === 'match' && flags.has('--explain') && operands.length === 2;
  if (command === 'match' && !explainsClaims && (operands.length || values.has('--content'))) {
    io.stderr(`claimtrail match: claim ids and --content go with --explain, two ids: --explain ID ID\n${usage}\n`);
    return 2;
  }
  if (operands.length && command !== 'ingest' && command !== 'new-id' && !explainsClaims) {
    io.stderr(
      `claimtrail ${command}: ` +
        `takes no ${operands[0]!.startsWith('-') ? 'option' : 'argument'} "${operands[0]}"\n${usage}\n`,
    );
    return 2;
  }
  const corpus = values.has('--content') ? resolve(io.cwd, values.get('--content')!) : contentDir(projectRoot, io.env);
  switch (command) {
    case 'ingest': {
      const { runIngest } = await import('./ingest.ts');
      return runIngest(
        {
          files: operands.map((file) => resolve(io.cwd, file)),
          contentDir: corpus,
          // The project's own corpus keeps its raw files in raw/; any other corpus folder holds its own.
          rawDir: corpus === resolve(projectRoot, 'content') ? resolve(projectRoot, 'raw') : resolve(corpus, 'raw'),
          publisher: values.get('--publisher'),
          url: values.get('--url'),
          date: values.get('--date'),
          title: values.get('--title'),
          slug: values.get('--slug'),
          merge: flags.has('--merge'),
          explain: flags.has('--explain'),
          cwd: io.cwd,
          debug: Boolean(io.env.CLAIMTRAIL_DEBUG),
        },
        (line) => io.stdout(`${line}\n`),
        (line) => io.stderr(`${line}\n`),
      );
    }
    case 'match': {
      const { matchLines, explainClaims } = await import('./match.ts');
      const [out, err] = [(line: string) => io.stdout(`${line}\n`), (line: string) => io.stderr(`${line}\n`)];
      if (!operands.length) return matchLines(stdinLines(io), flags.has('--explain'), out, err);
      const result = await checked(io, 'match', corpus);
      return result ? explainClaims(result.graph, [operands[0]!, operands[1]!], out, err) : 1;
    }
    case 'detect': {
      const { detectLines } = await import('../core/ingest/detect.ts');
      for await (const line of stdinLines(io)) for (const scored of detectLines(line)) io.stdout(`${scored}\n`);
      return 0;
    }
    case 'check': {
      if (configured(io, 'check', publicPrefix) === undefined || configured(io, 'check', buildDay) === undefined)
        return 1;
      const result = await checked(io, 'check', corpus);
      if (!result) return 1;
      const { graph } = result;
      io.stdout(
        `claimtrail check: ${graph.articles.length} articles, ${graph.claims.length} claims, ` +
          `${graph.sources.length} sources, ${graph.relations.length} links: ok\n`,
      );
      return 0;
    }
    case 'analyze': {
      const prefix = configured(io, 'analyze', publicPrefix);
      if (prefix === undefined) return 1;
      const [{ loadCorpus }, { report }, { claimGraphJson }] = await Promise.all([
        import('../core/content/corpus.ts'),
        import('../core/diagnostics.ts'),
        import('../core/publish/exports.ts'),
      ]);
      const { graph, files } = loadCorpus(corpus, { base: prefix, cwd: io.cwd });
      if (!graph) {
        io.stderr(`${report(files)}\nclaimtrail analyze: the corpus has errors (see above)\n`);
        return 1;
      }
      io.stdout(claimGraphJson(graph));
      return 0;
    }
    case 'new-id': {
      const [given = '1', extra] = operands;
      const count = Number(given);
      if (extra !== undefined || !/^\d+$/.test(given) || count < 1 || count > maxIds) {
        io.stderr(
          `claimtrail new-id: "${extra ?? given}" is not a count: ` +
            `give one whole number from 1 to ${maxIds}, e.g. claimtrail new-id 5\n`,
        );
        return 2;
      }
      const { newId } = await import('../core/content/ids.ts');
      for (let index = 0; index < count; index++) io.stdout(`${newId()}\n`);
      return 0;
    }
    case 'bundle': {
      const site = resolve(io.cwd, values.get('--site') ?? resolve(projectRoot, 'dist'));
      const out = resolve(io.cwd, values.get('--out') ?? resolve(projectRoot, 'claimtrail-site.zip'));
      const { writeBundle } = await import('./bundle.ts');
      try {
        const { files, bytes } = writeBundle(site, out, io.env);
        io.stdout(
          `claimtrail bundle: ${relative(io.cwd, out)}: ${files} files, ${(bytes / 1024).toFixed(0)} KB. ` +
            'Unzip it and open index.html in its folder.\n',
        );
        return 0;
      } catch (error) {
        io.stderr(`claimtrail bundle: ${error instanceof Error ? error.message : String(error)}\n`);
        return 1;
      }
    }
  }
  return 2;
}

/**
 * `claimtrail build`: the check, then the site build (Astro's, in this process, on the corpus the check
 * loaded: site-build.ts; given the Astro options, such as --outDir), then, only when the site built, the
 * ledger records what it published for the first time. The day is chosen once: the pages show the day
 * the ledger records.
 */
async function build(args: string[], io: CommandIo): Promise<number> {
  const at = args.indexOf('--content');
  if (at !== -1 && (args[at + 1] === undefined || args[at + 1]!.startsWith('--'))) {
    io.stderr('claimtrail build: --content needs a value\n');
    return 2;
  }
  const corpus = at === -1 ? contentDir(projectRoot, io.env) : resolve(io.cwd, args[at + 1]!);
  const { buildSite, siteBuildOptions } = await import('./site-build.ts');
  const options = siteBuildOptions(
    at === -1 ? args : args.filter((_, index) => index !== at && index !== at + 1),
    projectRoot,
  );
  if (typeof options === 'string') {
    io.stderr(`claimtrail build: ${options}\n${usage}\n`);
    return 2;
  }
  const prefix = configured(io, 'build', publicPrefix);
  if (prefix === undefined) return 1;
  const day = configured(io, 'build', buildDay);
  if (day === undefined) return 1;
  // Loaded with the site's base, as the pages show it: the one load of this build.
  const result = await checked(io, 'build', corpus, prefix);
  if (!result) return 1;
  const { graph, ledgerPath, site, pages, texts } = result;
  io.stdout(
    `claimtrail check: ${graph.articles.length} articles, ${graph.claims.length} claims, ` +
      `${graph.sources.length} sources, ${graph.relations.length} links: ok\n`,
  );

  const ledgerShown = displayPath(ledgerPath, io.cwd);
  const env = { ...io.env, [contentEnvVar]: corpus, [buildDayEnvVar]: day };
  if (!(await buildSite(io, projectRoot, options, env, { graph, site, pages, texts }, day))) {
    io.stderr(`claimtrail build: the site build failed (see above); nothing was recorded in ${ledgerShown}\n`);
    return 1;
  }

  const { newLedgerEntries, recordInLedger } = await import('../core/publish/ledger.ts');
  const additions = newLedgerEntries(graph, day);
  if (Object.keys(additions.articles).length + Object.keys(additions.claims).length > 0) {
    const added = await withLock(corpus, () => recordInLedger(ledgerPath, additions));
    io.stdout(
      `claimtrail build: published for the first time, recorded in ${ledgerShown}: ` +
        `${added.articles} articles, ${added.claims} claims\n`,
    );
  }
  return 0;
}

/**
 * What nothing else caught, as one line naming the command, after the stack when `env` has
 * CLAIMTRAIL_DEBUG=1. Errors that carry a message for the user (a file that cannot be written, a
 * setting) say what to do; a system error says what it means; anything else is a fault in claimtrail,
 * and says how to see where.
 */
export function failure(command: string | undefined, error: unknown, env: NodeJS.ProcessEnv): string {
  const stack = env.CLAIMTRAIL_DEBUG
    ? `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    : '';
  const who = `claimtrail${command && !command.startsWith('-') ? ` ${printable(command)}` : ''}`;
  const message = error instanceof Error ? error.message : String(error);
  const first = printable(message.split('\n')[0]!.trim() || (error instanceof Error ? error.name : 'failed'));
  if (error instanceof WriteError || error instanceof ConfigError) return `${stack}${who}: ${first}\n`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
    return `${stack}${who}: ${first} (${systemErrorReasons[code] ?? 'check the file named and its permissions'})\n`;
  const hint = env.CLAIMTRAIL_DEBUG
    ? ''
    : ' (an unexpected error: CLAIMTRAIL_DEBUG=1 shows where it happened; please report it)';
  return `${stack}${who}: ${first}${hint}\n`;
}
