// The site build of `claimtrail build`: Astro's own build, run in this process on the corpus the check
// has just loaded and matched (handed to the pages through src/site/corpus.ts), so a build reads,
// validates and matches the corpus once. Astro's errors are shown as one message naming their file,
// line and column, without the stack (CLAIMTRAIL_DEBUG=1 shows it).
import { resolve } from 'node:path';
import { baseEnvVar, buildDayEnvVar, contentEnvVar, siteEnvVar } from '../core/content/config.ts';
import type { SiteContent } from '../core/content/corpus.ts';
import { printable } from '../core/diagnostics.ts';
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
  const { forgetCorpus, seedCorpus } = await import('../site/corpus.ts');
  const restoreStderr = env.CLAIMTRAIL_DEBUG ? () => {} : stderrWithoutStacks();
  try {
    seedCorpus(content, day);
    const { build } = await import('astro');
    await build({ root: projectRoot, ...options });
    return true;
  } catch (error) {
    io.stderr(astroFailure(error, env));
    return false;
  } finally {
    restoreStderr();
    forgetCorpus();
    for (const [name, value] of saved) setTo(name, value);
  }
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
