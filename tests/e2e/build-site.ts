// `npm run build` into a folder of the test's own, with the environment a scenario sets
// (CLAIMTRAIL_CONTENT, CLAIMTRAIL_BASE), as a user would run it.
import { spawnSync } from 'node:child_process';

export function buildSite(outDir: string, env: Record<string, string> = {}, timeout = 120_000) {
  return spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout,
  });
}
