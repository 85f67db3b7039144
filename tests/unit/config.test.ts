import { describe, expect, it } from 'vitest';
import { ConfigError, publicPrefix, siteBase, siteOrigin } from '../../src/core/content/config.ts';
import { runCli } from './run-cli.ts';

describe('CLAIMTRAIL_BASE, the path the site is published under', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/factcheck/', '/factcheck/'],
    ['/factcheck', '/factcheck/'],
    ['factcheck', '/factcheck/'],
    [' /fact-check/2019/ ', '/fact-check/2019/'],
    ['/~team/xinjiang_v1.2/', '/~team/xinjiang_v1.2/'],
  ])('%j is %s', (value, expected) => {
    expect(siteBase({ CLAIMTRAIL_BASE: value })).toBe(expected);
  });

  it.each([
    ['https://example.org/factcheck/', /is a URL, not a path/],
    ['//cdn.example.org/', /an empty segment/],
    ['/fact check/', /the segment "fact check"/],
    ['/a/../b/', /the segment "\.\."/],
    ['/factcheck/?v=1', /the segment "factcheck\/\?v=1"|the segment "\?v=1"/],
    ['/a//b/', /an empty segment/],
  ])('refuses %j, saying what to write instead', (value, problem) => {
    expect(() => siteBase({ CLAIMTRAIL_BASE: value })).toThrow(ConfigError);
    expect(() => siteBase({ CLAIMTRAIL_BASE: value })).toThrow(problem);
    expect(() => siteBase({ CLAIMTRAIL_BASE: value })).toThrow(/such as \/factcheck\//);
  });

  it('stops `claimtrail check`, and so the build, with the message and no stack trace', async () => {
    const result = await runCli(['check'], { env: { CLAIMTRAIL_BASE: 'https://example.org/factcheck/' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'claimtrail check: CLAIMTRAIL_BASE="https://example.org/factcheck/" is a URL, not a path: set CLAIMTRAIL_BASE to the path the site is served under, such as /factcheck/\n',
    );
  });
});

describe('CLAIMTRAIL_SITE, the host the site is published at', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['https://factcheck.example.org', 'https://factcheck.example.org'],
    ['https://factcheck.example.org/', 'https://factcheck.example.org'],
    [' HTTPS://Example.ORG:8443 ', 'https://example.org:8443'],
    ['http://localhost:4321', 'http://localhost:4321'],
  ])('%j is %j', (value, expected) => {
    expect(siteOrigin({ CLAIMTRAIL_SITE: value })).toBe(expected);
  });

  it.each([
    ['factcheck.example.org', /is not a URL/],
    ['ftp://example.org', /is not an http\(s\) URL/],
    ['https://example.org/?ref=1', /carries more than a host/],
    ['https://user@example.org', /carries more than a host/],
    ['https://example.org/factcheck/', /has a path: .*CLAIMTRAIL_BASE=\/factcheck\//],
  ])('refuses %j, saying what to write instead', (value, problem) => {
    expect(() => siteOrigin({ CLAIMTRAIL_SITE: value })).toThrow(ConfigError);
    expect(() => siteOrigin({ CLAIMTRAIL_SITE: value })).toThrow(problem);
  });

  it.each([
    [{}, '/'],
    [{ CLAIMTRAIL_BASE: 'factcheck' }, '/factcheck/'],
    [{ CLAIMTRAIL_SITE: 'https://example.org' }, 'https://example.org/'],
    [{ CLAIMTRAIL_SITE: 'https://example.org/', CLAIMTRAIL_BASE: '/factcheck' }, 'https://example.org/factcheck/'],
  ])('permanent URLs under %j start with %s', (env, expected) => {
    expect(publicPrefix(env)).toBe(expected);
  });
});
