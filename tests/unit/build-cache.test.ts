// `claimtrail build` reuses the pages of claims, articles, sources and listings that an edit did not touch
// (core/publish/page-cache.ts). What a user relies on: a rebuild shows every change on every page that
// shows it, and its folder is byte for byte what a clean build (--force) writes. Each build is a process
// of its own, as a user runs it, on a copy of the sample.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/cli/bundle.ts';
import { cacheDirFor } from '../../src/core/content/config.ts';

const projectRoot = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'claimtrail-build-cache-'));
const corpus = join(work, 'content');
cpSync(join(projectRoot, 'content'), corpus, { recursive: true });
cpSync(join(projectRoot, 'raw'), join(work, 'raw'), { recursive: true });
const env = {
  ...process.env,
  CLAIMTRAIL_CONTENT: corpus,
  CLAIMTRAIL_BUILD_DAY: '2026-12-01',
  SOURCE_DATE_EPOCH: '1700000000',
};

afterAll(() => {
  rmSync(cacheDirFor(projectRoot, env), { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

/** Builds the copy into `name`; how many pages Astro rendered (the rest came from the cache). */
function build(name: string, ...options: string[]): number {
  const run = spawnSync(process.execPath, ['bin/claimtrail.js', 'build', '--outDir', join(work, name), ...options], {
    cwd: projectRoot,
    env,
    encoding: 'utf8',
  });
  expect(run.stderr).not.toMatch(/error/i);
  expect(run.status).toBe(0);
  return Number(/(\d+) page\(s\) built/.exec(run.stdout)![1]);
}

/** Every file of a built site with its bytes. */
const site = (name: string) =>
  new Map(filesUnder(join(work, name)).map((path) => [path, readFileSync(join(work, name, path))]));

const page = (name: string, route: string) => readFileSync(join(work, name, route), 'utf8');

const cnnEntry = join(corpus, 'articles/cnn-2019-22-nations-letter.mdx');
// xj6su5 (22 nations signed) refines sht4s3 and h6p74a, claims of the other article.
const edited = 'xj6su5';
const rewritten = 'Twenty-two countries put their names to a letter on Xinjiang.';

describe('a rebuild from the page cache', { timeout: 600_000 }, () => {
  let firstRendered = 0;

  it('renders only the pages nothing changed for once the cache holds them, and writes the same site', () => {
    firstRendered = build('first');
    expect(build('again')).toBeLessThan(firstRendered / 2);
    expect(site('again')).toEqual(site('first'));
  });

  it("shows an edited statement on the claim's page, on the pages of the claims it links to and in its article", () => {
    const entry = readFileSync(cnnEntry, 'utf8');
    const statement = /<Claim id="xj6su5"[^>]* statement="([^"]+)"/.exec(entry)![1]!;
    writeFileSync(cnnEntry, entry.replace(`statement="${statement}"`, `statement="${rewritten}"`));
    build('edited');
    for (const route of [
      `claims/${edited}.html`,
      'claims/sht4s3.html',
      'claims/h6p74a.html',
      'articles/cnn-2019-22-nations-letter.html',
    ]) {
      expect(page('edited', route), route).toContain(rewritten);
      expect(page('edited', route), route).not.toContain(statement);
    }
  });

  it('writes the same site as a clean build of the edited corpus', () => {
    expect(build('clean', '--force')).toBe(firstRendered);
    expect(site('edited')).toEqual(site('clean'));
  });
});
