import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { zipSite } from '../../src/cli/bundle.ts';
import { runCli } from './run-cli.ts';

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-bundle-'));
  mkdirSync(join(dir, 'claims'));
  mkdirSync(join(dir, 'styles'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(join(dir, 'claims/abc123.html'), '<!doctype html><title>Claim “22”</title>');
  writeFileSync(join(dir, 'styles/site.css'), 'body { margin: 0 }');
  return dir;
}
const bundle = (args: string[]) => runCli(['bundle', ...args]);
const zoneBefore = process.env.TZ;
afterEach(() => {
  process.env.TZ = zoneBefore;
});

describe('claimtrail bundle', () => {
  it('zips every file of the site into one folder, byte for byte', () => {
    const dir = site();
    const files = unzipSync(zipSite(dir, { folder: 'claimtrail-site' }).zip);
    expect(Object.keys(files)).toEqual([
      'claimtrail-site/claims/abc123.html',
      'claimtrail-site/index.html',
      'claimtrail-site/styles/site.css',
    ]);
    for (const path of ['index.html', 'claims/abc123.html', 'styles/site.css'])
      expect(Buffer.from(files[`claimtrail-site/${path}`]!)).toEqual(readFileSync(join(dir, path)));
  });

  it('gives the same bytes for the same site, in any time zone', () => {
    const dir = site();
    process.env.TZ = 'UTC';
    const first = zipSite(dir, { folder: 'claimtrail-site' }).zip;
    process.env.TZ = 'Asia/Shanghai';
    const second = zipSite(dir, { folder: 'claimtrail-site' }).zip;
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(
      Buffer.from(zipSite(dir, { folder: 'claimtrail-site', epoch: 1_700_000_000 }).zip).equals(Buffer.from(first)),
    ).toBe(false);
  });

  it('writes the zip and says what it holds and how to read it', async () => {
    const dir = site();
    const out = join(dir, '..', `${dir.split('/').pop()}-site.zip`);
    const result = await bundle(['--site', dir, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/: 3 files, \d+ KB\. Unzip it and open index\.html in its folder\.\n$/);
    expect(Object.keys(unzipSync(readFileSync(out)))).toContain(`${dir.split('/').pop()}-site/index.html`);
  });

  it('refuses a folder with no built site, saying how to build one, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrail-empty-'));
    const out = join(dir, 'site.zip');
    const result = await bundle(['--site', dir, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `claimtrail bundle: no built site in ${dir}: run \`npm run build\` first (or \`npm run bundle\`, which builds and then zips)\n`,
    );
    expect(existsSync(out)).toBe(false);
  });
});
