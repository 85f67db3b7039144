// The site build of `claimtrail build`: Astro's own build, run in this process on the corpus the check
// has just loaded and matched (handed to the pages through src/site/corpus.ts), so a build reads,
// validates and matches the corpus once. Astro's errors are shown as one message naming their file,
// line and column, without the stack (CLAIMTRAIL_DEBUG=1 shows it).
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  baseEnvVar,
  buildDayEnvVar,
  cacheDirFor,
  contentEnvVar,
  publicPrefix,
  siteEnvVar,
} from '../core/content/config.ts';
import type { SiteContent } from '../core/content/corpus.ts';
import { LockedError, lockName, withLock } from '../core/content/files.ts';
import { siteImages } from '../core/content/site.ts';
import { printable } from '../core/diagnostics.ts';
import { buildFingerprint, pageKeys, planPages, settlePages } from '../core/publish/page-cache.ts';
import { slicedPages } from '../core/publish/page-slices.ts';
import { siteLookups } from '../core/publish/site-lookups.ts';
import { storeOrdered } from '../site/graph-items.ts';
import { filesUnder } from './bundle.ts';
import type { CommandIo } from './main.ts';

/** The options of `astro build` that `claimtrail build` passes on; the base and host come from the environment. */
const valuedOptions = new Set(['--outDir']);
const flagOptions = new Map([
  ['--force', { force: true }],
  ['--verbose', { logLevel: 'debug' }],
  ['--silent', { logLevel: 'silent' }],
] as const);

interface SiteBuildOptions {
  outDir?: string;
  force?: boolean;
  logLevel?: 'debug' | 'silent';
}

/** The Astro options in `args`, or a message naming the first one `claimtrail build` does not take. */
export function siteBuildOptions(args: string[], projectRoot: string): SiteBuildOptions | string {
  const options: SiteBuildOptions = {};
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const flag = flagOptions.get(arg as never);
    if (flag) Object.assign(options, flag);
    else if (valuedOptions.has(arg)) {
      const value = args[index + 1];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
      // As `astro build` read it before: relative to the project.
      options.outDir = resolve(projectRoot, value);
      index++;
    } else return `unknown option ${printable(arg)} (the site build takes --outDir DIR, --force, --verbose, --silent)`;
  }
  return options;
}

/** The settings the site build reads from the environment: set for the build, put back after. */
const settingNames = [contentEnvVar, buildDayEnvVar, baseEnvVar, siteEnvVar, 'SOURCE_DATE_EPOCH'];

/**
 * Builds the site of `content` (checked, published on `day`) with Astro, in this process: true when it
 * built. `env` holds the build's settings (the corpus, the day, the base and host).
 */
export async function buildSite(
  io: CommandIo,
  projectRoot: string,
  options: SiteBuildOptions,
  env: NodeJS.ProcessEnv,
  content: SiteContent,
  day: string,
): Promise<boolean> {
  const saved = settingNames.map((name) => [name, process.env[name]] as const);
  const setTo = (name: string, value: string | undefined) => {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  };
  for (const name of settingNames) setTo(name, env[name]);
  const { claimGraph, forgetCorpus, seedCorpus } = await import('../site/corpus.ts');
  const { setBuildPlan } = await import('../site/build-plan.ts');
  const restoreStderr = env.CLAIMTRAIL_DEBUG ? () => {} : stderrWithoutStacks();
  try {
    seedCorpus(content, day);
    const graph = claimGraph();
    const cacheDir = join(cacheDirFor(projectRoot, env), 'pages');
    const site = siteLookups(storeOrdered(graph));
    const pages = slicedPages(site);
    const corpus = env[contentEnvVar]!;
    const fingerprint = buildFingerprint(siteCode(projectRoot, corpus, content), {
      site: content.site,
      pages: content.pages,
      prefix: publicPrefix(env),
      day,
      sourceDateEpoch: env.SOURCE_DATE_EPOCH ?? null,
      node: process.versions,
    });
    // An article's page is also made from its entry's MDX, whose markup its record does not hold.
    const articlePages = pages.articles.map(({ route, props }) => ({
      route,
      props: [props, readFileSync(join(corpus, props.article.place.file), 'utf8')],
    }));
    const keys = pageKeys(
      fingerprint,
      [...pages.claims, ...articlePages, ...pages.listed],
      [...graph.claims, ...graph.articles, ...graph.sources, ...graph.relations],
    );
    // One build of the project at a time, from reading the cache to filling it: another build's Astro
    // could rewrite the pages this one keeps, or its pruning drop the pages this one reuses.
    const settled = await buildLocked(io, projectRoot, async () => {
      if (options.force) rmSync(cacheDir, { recursive: true, force: true });
      const plan = planPages(cacheDir, keys);
      setBuildPlan({ site, pages, reused: new Set(plan.reused.keys()) });
      const { build } = await import('astro');
      await build({ root: projectRoot, ...options });
      return settlePages(cacheDir, options.outDir ?? join(projectRoot, 'dist'), plan);
    });
    if (!settled) return false;
    if (settled.notKept)
      io.stderr(
        `claimtrail build: ${settled.notKept} pages could not be kept in the page cache (${settled.reason}); ` +
          'the site is whole, and the next build renders them again\n',
      );
    return true;
  } catch (error) {
    io.stderr(astroFailure(error, env));
    return false;
  } finally {
    setBuildPlan(undefined);
    restoreStderr();
    forgetCorpus();
    for (const [name, value] of saved) setTo(name, value);
  }
}

/**
 * Runs `build` holding the project's build lock (node_modules/.astro/.claimtrail.lock); undefined, with a
 * message, when another build holds it for longer than the wait.
 */
async function buildLocked<T>(io: CommandIo, projectRoot: string, build: () => Promise<T>): Promise<T | undefined> {
  const folder = join(projectRoot, 'node_modules', '.astro');
  mkdirSync(folder, { recursive: true });
  try {
    return await withLock(folder, build, { waitMs: 120_000 });
  } catch (error) {
    if (!(error instanceof LockedError)) throw error;
    io.stderr(
      `claimtrail build: another claimtrail build of this project is running (${join(folder, lockName)}): ` +
        'run this one again once it has finished; if none is running, remove that folder\n',
    );
    return undefined;
  }
}

/**
 * What every page is made with besides its slice: the site's code, the packages installed (npm's record of
 * them in node_modules) and static files, and the images the corpus's settings name. Any change to one
 * renders every page again.
 */
function* siteCode(projectRoot: string, corpus: string, content: SiteContent) {
  const named = (root: string, folder: string) =>
    existsSync(join(root, folder)) ? filesUnder(join(root, folder)).map((path) => `${folder}/${path}`) : [];
  const files = [
    ...named(projectRoot, 'src'),
    ...named(projectRoot, 'public'),
    ...[
      'astro.config.mjs',
      'package.json',
      'package-lock.json',
      'node_modules/.package-lock.json',
      'tsconfig.json',
    ].filter((path) => existsSync(join(projectRoot, path))),
  ];
  for (const path of files) yield [path, readFileSync(join(projectRoot, path))] as const;
  for (const image of siteImages(content.site))
    yield [`content:${image.path}`, readFileSync(join(corpus, image.path))] as const;
}

const stackLine = /^\s+at\s|^\s*Stack trace:\s*$/;

/**
 * Astro's progress goes straight to the terminal, with its colours, less the stack traces its logger
 * prints with an error (CLAIMTRAIL_DEBUG=1 keeps them): its message stays, with the file it names.
 * Returns what puts the process's stderr back.
 */
function stderrWithoutStacks(): () => void {
  const stderr = process.stderr;
  const own = Object.getOwnPropertyDescriptor(stderr, 'write');
  const write = stderr.write.bind(stderr);
  stderr.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const kept = text
      .split('\n')
      .filter((line) => !stackLine.test(line))
      .join('\n');
    return write(
      kept,
      rest.find((arg): arg is (error?: Error | null) => void => typeof arg === 'function'),
    );
  };
  return () => {
    if (own) Object.defineProperty(stderr, 'write', own);
    else delete (stderr as { write?: unknown }).write;
  };
}

/** Astro's error as its command line shows it, without the stack unless CLAIMTRAIL_DEBUG is set. */
function astroFailure(error: unknown, env: NodeJS.ProcessEnv): string {
  if (!(error instanceof Error)) return `${printable(String(error))}\n`;
  const { loc, hint } = error as Error & { loc?: { file?: string; line?: number; column?: number }; hint?: string };
  const place = loc?.file ? `${loc.file}${loc.line ? `:${loc.line}${loc.column ? `:${loc.column}` : ''}` : ''}\n` : '';
  if (env.CLAIMTRAIL_DEBUG) return `${error.stack ?? error.message}\n${place}${hint ? `  Hint: ${hint}\n` : ''}`;
  // A message may carry a trace of its own (rolldown's "Stack backtrace:"): the words before it are the message.
  const words = error.message
    .split(/^\s*Stack (?:backtrace|trace):\s*$/m)[0]!
    .split('\n')
    .filter((line) => !stackLine.test(line))
    .join('\n')
    .trimEnd();
  return `${place}[${error.name}] ${words}\n${hint ? `  Hint: ${hint}\n` : ''}`;
}
