// The page cache's files: a page is reused only while its cached bytes are the bytes it was kept with,
// and a build leaves the cache holding its own pages only.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { planPages, settlePages } from '../../src/core/publish/page-cache.ts';

let work: string;
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A built site of two claim pages, and the cache its build kept. */
function builtOnce() {
  work = mkdtempSync(join(tmpdir(), 'claimtrail-page-cache-'));
  const [site, cache] = [join(work, 'site'), join(work, 'cache')];
  mkdirSync(join(site, 'claims'), { recursive: true });
  writeFileSync(join(site, 'claims/a.html'), '<p>claim a</p>');
  writeFileSync(join(site, 'claims/b.html'), '<p>claim b</p>');
  const keys = new Map([
    ['claims/a.html', 'key-a'],
    ['claims/b.html', 'key-b'],
  ]);
  settlePages(cache, site, planPages(cache, keys));
  return { site, cache, keys };
}

describe('the page cache', () => {
  it('reuses every page kept by the last build, and copies them into a new site', () => {
    const { cache, keys } = builtOnce();
    const plan = planPages(cache, keys);
    expect([...plan.reused.keys()]).toEqual(['claims/a.html', 'claims/b.html']);
    const next = join(work, 'next');
    settlePages(cache, next, plan);
    expect(readFileSync(join(next, 'claims/a.html'), 'utf8')).toBe('<p>claim a</p>');
  });

  it.each([
    { damage: 'cut short by a crash', bytes: '' },
    { damage: 'changed by hand in the site', bytes: '<p>claim a, edited</p>' },
  ])('does not reuse a page whose cached file was $damage', ({ bytes }) => {
    const { cache, keys } = builtOnce();
    const [cached] = readdirSync(cache).filter((name) => name.startsWith('key-a-'));
    writeFileSync(join(cache, cached!), bytes);
    expect([...planPages(cache, keys).reused.keys()]).toEqual(['claims/b.html']);
  });

  it('reuses nothing under another key, and drops the pages a build no longer has', () => {
    const { site, cache } = builtOnce();
    const keys = new Map([['claims/a.html', 'key-a-changed']]);
    const plan = planPages(cache, keys);
    expect(plan.reused.size).toBe(0);
    settlePages(cache, site, plan);
    expect(readdirSync(cache).map((name) => name.slice(0, name.lastIndexOf('-')))).toEqual(['key-a-changed']);
  });
});
