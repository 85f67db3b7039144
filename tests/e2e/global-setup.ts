// The built site in the three ways people read it, set up once before the browser tests:
// - at a host's root: dist/ served on the config's baseURL;
// - under a sub-path: a build with CLAIMTRAIL_BASE=/factcheck/, served under /factcheck/;
// - from disk: the zip `claimtrail bundle` makes of dist/, unzipped, read through file:// URLs.
// And the test corpus (tests/fixtures/minimal-corpus), whose pages the sample lacks: a rated claim, a
// tombstone, a pointer; and a corpus whose text and metadata carry attack strings as data
// (tests/fixtures/hostile-site). Tests find all but the first in the environment variables below.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FullConfig } from '@playwright/test';
import { unzipSync } from 'fflate';
import { syntheticCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { buildSite } from './build-site.ts';
import { serveStatic } from './static-server.ts';

export const subPathEnv = 'CLAIMTRAIL_TEST_SUBPATH_URL';
export const fromDiskEnv = 'CLAIMTRAIL_TEST_FILE_URL';
export const fixtureEnv = 'CLAIMTRAIL_TEST_FIXTURE_URL';
export const fixtureDirEnv = 'CLAIMTRAIL_TEST_FIXTURE_DIR';
export const hostileEnv = 'CLAIMTRAIL_TEST_HOSTILE_URL';
export const hostileDirEnv = 'CLAIMTRAIL_TEST_HOSTILE_DIR';
export const listingsDirEnv = 'CLAIMTRAIL_TEST_LISTINGS_DIR';
/** Claims in the synthetic corpus of the listings tests: enough for several pages of every listing. */
export const listingsClaimCount = 160;
/** Officials it quotes: with its 4 outlets, more sources than one page of the sources list holds. */
export const listingsSpeakerCount = 120;
export const subPath = '/factcheck/';

function mustSucceed(what: string, result: SpawnSyncReturns<string>) {
  if (result.status !== 0) throw new Error(`${what} failed:\n${result.stdout}\n${result.stderr}`);
}

export default async function globalSetup(config: FullConfig) {
  if (!existsSync('dist/index.html'))
    throw new Error('No built site in dist/: run `npm run build` before the browser tests (`npm test` does both).');
  const work = mkdtempSync(join(tmpdir(), 'claimtrail-e2e-'));

  const rootPort = Number(new URL(config.projects[0]!.use.baseURL!).port);
  const root = await serveStatic('dist', '/', rootPort);

  const subPathDir = join(work, 'sub-path');
  mustSucceed(`CLAIMTRAIL_BASE=${subPath} npm run build`, buildSite(subPathDir, { CLAIMTRAIL_BASE: subPath }));
  const sub = await serveStatic(subPathDir, subPath);
  process.env[subPathEnv] = sub.url;

  const fixtureDir = join(work, 'fixture');
  mustSucceed('the test corpus build', buildSite(fixtureDir, { CLAIMTRAIL_CONTENT: 'tests/fixtures/minimal-corpus' }));
  const fixture = await serveStatic(fixtureDir);
  process.env[fixtureEnv] = fixture.url;
  process.env[fixtureDirEnv] = fixtureDir;

  const hostileDir = join(work, 'hostile');
  mustSucceed('the hostile corpus build', buildSite(hostileDir, { CLAIMTRAIL_CONTENT: 'tests/fixtures/hostile-site' }));
  const hostile = await serveStatic(hostileDir);
  process.env[hostileEnv] = hostile.url;
  process.env[hostileDirEnv] = hostileDir;

  // Built here, one build at a time: two Astro builds of one project at once share its .astro folder.
  const listingsDir = join(work, 'listings');
  mustSucceed(
    'the synthetic corpus build',
    buildSite(listingsDir, { CLAIMTRAIL_CONTENT: syntheticCorpus(listingsClaimCount, listingsSpeakerCount) }, 540_000),
  );
  process.env[listingsDirEnv] = listingsDir;

  const zip = join(work, 'claimtrail-site.zip');
  mustSucceed(
    'claimtrail bundle',
    spawnSync(process.execPath, ['bin/claimtrail.js', 'bundle', '--site', 'dist', '--out', zip], { encoding: 'utf8' }),
  );
  const unzipped = join(work, 'unzipped');
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(unzipped, path)), { recursive: true });
    writeFileSync(join(unzipped, path), bytes);
  }
  process.env[fromDiskEnv] = pathToFileURL(join(unzipped, 'claimtrail-site/')).href;

  return async () => {
    await Promise.all([root.close(), sub.close(), fixture.close(), hostile.close()]);
  };
}
