// Build settings that come from the environment: where the corpus lives (CLAIMTRAIL_CONTENT) and the
// path the site is published under (CLAIMTRAIL_BASE).
import { resolve } from 'node:path';

export const contentEnvVar = 'CLAIMTRAIL_CONTENT';
export const baseEnvVar = 'CLAIMTRAIL_BASE';

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
    throw new ConfigError(`${baseEnvVar}="${raw}" has ${what}; use letters, digits, ".", "_", "~" and "-" between slashes: ${hint}`);
  }
  return `/${segments.join('/')}/`;
}
