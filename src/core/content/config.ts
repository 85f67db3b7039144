// Build settings that come from the environment: where the corpus lives (CLAIMTRAIL_CONTENT), the
// path the site is published under (CLAIMTRAIL_BASE) and, when known, the host it is published on
// (CLAIMTRAIL_SITE); and the day a build publishes on, which the site shows and the ledger records.
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const contentEnvVar = 'CLAIMTRAIL_CONTENT';
export const baseEnvVar = 'CLAIMTRAIL_BASE';
export const siteEnvVar = 'CLAIMTRAIL_SITE';
/** Set by `claimtrail build` for the site build it runs, so the pages and the ledger name one day. */
export const buildDayEnvVar = 'CLAIMTRAIL_BUILD_DAY';

export function contentDir(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env[contentEnvVar];
  return chosen ? resolve(chosen) : resolve(projectRoot, 'content');
}

/** A setting in the environment that cannot be used; the message says what to write instead. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

// Letters, digits and the URL-safe marks: a segment that needs no escaping in any link or file name.
const pathSegment = /^[A-Za-z0-9._~-]+$/;

/**
 * The path the site is published under, always with a slash at both ends: "/" at a host's root,
 * "/factcheck/" under a sub-path. "factcheck" and "/factcheck" mean the same; anything that is not a
 * plain path (a full URL, "..", a query, spaces) is refused rather than guessed at.
 */
export function siteBase(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env[baseEnvVar]?.trim();
  if (!raw || raw === '/') return '/';
  const hint = `set ${baseEnvVar} to the path the site is served under, such as /factcheck/`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) throw new ConfigError(`${baseEnvVar}="${raw}" is a URL, not a path: ${hint}`);
  const segments = raw.replace(/^\/|\/$/g, '').split('/');
  const bad = segments.find((segment) => !pathSegment.test(segment) || segment === '.' || segment === '..');
  if (bad !== undefined) {
    const what = bad === '' ? 'an empty segment ("//")' : `the segment "${bad}"`;
    throw new ConfigError(
      `${baseEnvVar}="${raw}" has ${what}; use letters, digits, ".", "_", "~" and "-" between slashes: ${hint}`,
    );
  }
  return `/${segments.join('/')}/`;
}

/**
 * The origin the site is published at ("https://factcheck.example.org"), or undefined when the build
 * is not told: then permanent URLs stay root-relative and no sitemap is written, rather than a host
 * being guessed. Only an http(s) origin is taken; a path belongs in CLAIMTRAIL_BASE.
 */
export function siteOrigin(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const raw = env[siteEnvVar]?.trim();
  if (!raw) return undefined;
  const hint =
    `set ${siteEnvVar} to the scheme and host the site is published at, such as ` + 'https://factcheck.example.org';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${siteEnvVar}="${raw}" is not a URL: ${hint}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ConfigError(`${siteEnvVar}="${raw}" is not an http(s) URL: ${hint}`);
  if (url.username || url.password || url.search || url.hash)
    throw new ConfigError(`${siteEnvVar}="${raw}" carries more than a host: ${hint}`);
  if (url.pathname !== '/')
    throw new ConfigError(
      `${siteEnvVar}="${raw}" has a path: ${hint}, and the path in ${baseEnvVar} (${baseEnvVar}=${url.pathname})`,
    );
  return url.origin;
}

/**
 * What every permanent URL starts with: the origin and base when the host is known
 * ("https://factcheck.example.org/xinjiang/"), the base alone otherwise ("/xinjiang/").
 */
export function publicPrefix(env: NodeJS.ProcessEnv = process.env): string {
  const origin = siteOrigin(env);
  const base = siteBase(env);
  return origin ? `${origin}${base}` : base;
}

/**
 * The day (YYYY-MM-DD, UTC) a build publishes what it publishes for the first time: the site shows it
 * and the ledger records it, so both must read it from here. CLAIMTRAIL_BUILD_DAY when set (the build
 * passes its own day on to the site build), else SOURCE_DATE_EPOCH for reproducible builds, else today.
 */
export function buildDay(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const day = env[buildDayEnvVar]?.trim();
  if (day) {
    const parsed = new Date(`${day}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day)
      throw new ConfigError(
        `${buildDayEnvVar}="${day}" is not a day: write it YYYY-MM-DD, or leave it unset to publish on today's date`,
      );
    return day;
  }
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    const seconds = Number(epoch);
    if (!/^\d+$/.test(epoch) || !Number.isSafeInteger(seconds) || seconds * 1000 > 8.64e15)
      throw new ConfigError(
        `SOURCE_DATE_EPOCH="${epoch}" is not a time: use whole seconds since 1970-01-01 UTC, or leave it unset`,
      );
    return new Date(seconds * 1000).toISOString().slice(0, 10);
  }
  return now.toISOString().slice(0, 10);
}

/**
 * Astro's cache folder for one corpus: its content store remembers entries by id and file digest, so
 * a store shared between corpora serves one corpus's files in a build of another. Keyed by the
 * corpus's real path, under node_modules/.astro where a fresh clone starts without it.
 */
export function cacheDirFor(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const corpus = contentDir(projectRoot, env);
  let real = corpus;
  try {
    real = realpathSync(corpus);
  } catch {
    // A corpus that does not exist yet: the check says so; its path still names its cache.
  }
  const key = createHash('sha256').update(real).digest('hex').slice(0, 16);
  return join(projectRoot, 'node_modules', '.astro', `corpus-${key}`);
}
