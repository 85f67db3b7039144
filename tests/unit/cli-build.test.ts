// What `claimtrail build` decides before it runs Astro: the one day it publishes on (the pages show it,
// the ledger records it), and a content cache of the corpus's own.
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDay, cacheDirFor, ConfigError } from '../../src/core/content/config.ts';

const now = new Date('2026-11-30T23:59:59Z');

describe('the build day', () => {
  it.each([
    ['today (UTC) when nothing is set', {}, '2026-11-30'],
    ['the day of SOURCE_DATE_EPOCH', { SOURCE_DATE_EPOCH: '1700000000' }, '2023-11-14'],
    ['1970-01-01 for SOURCE_DATE_EPOCH=0', { SOURCE_DATE_EPOCH: '0' }, '1970-01-01'],
    [
      'the day the build hands to the site build, first of all',
      { CLAIMTRAIL_BUILD_DAY: '2026-02-28', SOURCE_DATE_EPOCH: '1700000000' },
      '2026-02-28',
    ],
  ])('is %s', (_case, env, day) => {
    expect(buildDay(env, now)).toBe(day);
  });

  it.each([
    [{ SOURCE_DATE_EPOCH: 'soon' }, /SOURCE_DATE_EPOCH="soon" is not a time: use whole seconds since 1970-01-01 UTC/],
    [{ SOURCE_DATE_EPOCH: '-5' }, /SOURCE_DATE_EPOCH="-5" is not a time/],
    [{ SOURCE_DATE_EPOCH: '1e20' }, /SOURCE_DATE_EPOCH="1e20" is not a time/],
    [{ CLAIMTRAIL_BUILD_DAY: '2026-02-30' }, /CLAIMTRAIL_BUILD_DAY="2026-02-30" is not a day: write it YYYY-MM-DD/],
    [{ CLAIMTRAIL_BUILD_DAY: '30/11/2026' }, /CLAIMTRAIL_BUILD_DAY="30\/11\/2026" is not a day/],
  ])('refuses %j, saying what to write', (env, message) => {
    expect(() => buildDay(env, now)).toThrow(ConfigError);
    expect(() => buildDay(env, now)).toThrow(message);
  });
});

describe("Astro's content cache", () => {
  it('is one folder per corpus, the same for the same corpus however it is named, under node_modules/.astro', () => {
    const root = mkdtempSync(join(tmpdir(), 'claimtrail-cache-'));
    mkdirSync(join(root, 'a'));
    mkdirSync(join(root, 'b'));
    symlinkSync('a', join(root, 'link-to-a'));
    const cache = (corpus: string | undefined) =>
      cacheDirFor('/project', corpus === undefined ? {} : { CLAIMTRAIL_CONTENT: corpus });
    expect(cache(join(root, 'a'))).not.toBe(cache(join(root, 'b')));
    expect(cache(join(root, 'a'))).toBe(cache(join(root, 'link-to-a')));
    expect(cache(join(root, 'a'))).toBe(cache(`${join(root, 'b')}/../a`));
    expect(cache(undefined)).not.toBe(cache(join(root, 'a')));
    expect(cache(join(root, 'a'))).toMatch(/^\/project\/node_modules\/\.astro\/corpus-[0-9a-f]{16}$/);
  });
});
