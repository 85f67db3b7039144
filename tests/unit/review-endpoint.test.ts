// The dev server's review endpoint answers only its own pages, takes only small JSON requests, and
// writes what the page asks through the review core. Served in-process on a copy of the minimal corpus.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { reviewHandler } from '../../src/site/review/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-review-endpoint-'));
cpSync('tests/fixtures/minimal-corpus', dir, { recursive: true });
const entry = join(dir, 'articles', 'wire-report.mdx');
const original = readFileSync(entry, 'utf8');
const sha256 = createHash('sha256').update(original).digest('hex');

const logged: string[] = [];
const logger = {
  info: (message: string) => logged.push(message),
  warn: (message: string) => logged.push(message),
  error: (message: string) => logged.push(message),
} as unknown as AstroIntegrationLogger;

let server: Server;
let origin: string;
beforeAll(async () => {
  server = createServer(reviewHandler({ dir, base: '/' }, logger));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const statement = 'Twenty-two countries signed the letter on Wednesday.';
const correct = {
  kind: 'act',
  slug: 'wire-report',
  sha256,
  action: { action: 'set-claim', claim: 'tw22ab', attributes: { statement } },
};

function post(body: string, headers: Record<string, string>) {
  return fetch(origin, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
}

describe('review endpoint refusals: nothing is written', () => {
  const own = () => ({ origin });
  test.each([
    ['a page of another site', () => ({ origin: 'http://attacker.example' }), JSON.stringify(correct), 403],
    ['a request with no origin (not sent by a page)', () => ({}), JSON.stringify(correct), 403],
    ['a form post, not JSON', () => ({ origin, 'content-type': 'text/plain' }), JSON.stringify(correct), 415],
    ['text that is not JSON', own, '{"kind": "act",', 400],
    ['a path in place of a slug', own, JSON.stringify({ ...correct, slug: '../../etc/passwd' }), 400],
    ['an action the core does not know', own, JSON.stringify({ ...correct, action: { action: 'delete-all' } }), 400],
    ['a body far larger than any review', own, JSON.stringify({ ...correct, pad: 'x'.repeat(200_000) }), 413],
  ])('%s', async (_, headers, body, status) => {
    const response = await post(body, headers());
    expect(response.status).toBe(status);
    expect(readFileSync(entry, 'utf8')).toBe(original);
  });
});

describe('review endpoint answers', () => {
  test("the article's review state, with the hash of the entry as read", async () => {
    const response = await post(JSON.stringify({ kind: 'state', slug: 'wire-report' }), { origin });
    const answer = await response.json();
    expect(answer).toMatchObject({ kind: 'state', state: { entry: 'articles/wire-report.mdx', sha256 } });
  });

  test('an action is written once; the same action again writes nothing and says so', async () => {
    const first = await (await post(JSON.stringify(correct), { origin })).json();
    const written = readFileSync(entry, 'utf8');
    expect(written).toBe(
      original.replace('statement="Twenty-two countries signed a letter on Wednesday."', `statement="${statement}"`),
    );
    expect(written).not.toBe(original);
    expect(first).toEqual({ kind: 'done', written: true, sha256: createHash('sha256').update(written).digest('hex') });
    const again = await (await post(JSON.stringify({ ...correct, sha256: first.sha256 }), { origin })).json();
    expect(again).toEqual({ kind: 'done', written: false, sha256: first.sha256 });
    expect(logged).toContain('review tool: set-claim already in articles/wire-report.mdx');
  });

  test('an action over a text the page did not read is refused', async () => {
    const answer = await (await post(JSON.stringify(correct), { origin })).json();
    expect(answer).toMatchObject({ kind: 'refused', reason: 'changed-on-disk' });
  });
});
