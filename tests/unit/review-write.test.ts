// A review saved from the dev server is written to its entry as a hand edit would be, and only then: over
// the text the editor's page loaded, when the corpus with the edit passes the check, and never to the
// ledger. Each scenario runs on a copy of the minimal corpus; expected texts are written out by hand.
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { withLock } from '../../src/core/content/files.ts';
import { reviewEntry, sha256Of, type ReviewRequest } from '../../src/core/review/write.ts';

/** A copy of the minimal corpus; its one entry, its ledger and their text as they were copied. */
function corpus() {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-review-'));
  cpSync('tests/fixtures/minimal-corpus', dir, { recursive: true });
  const entry = join(dir, 'articles', 'wire-report.mdx');
  const ledger = join(dir, 'ledger.yaml');
  return { dir, entry, ledger, text: readFileSync(entry, 'utf8'), ledgerText: readFileSync(ledger, 'utf8') };
}

const hash = (text: string) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');

function request(dir: string, text: string, action: ReviewRequest['action']): ReviewRequest {
  return { contentDir: dir, entry: 'wire-report.mdx', expectedSha256: hash(text), action, cwd: dir };
}

describe('reviewEntry', () => {
  test('writes the edit: the entry changes by the attribute, the ledger not at all', async () => {
    const { dir, entry, ledger, text, ledgerText } = corpus();
    const outcome = await reviewEntry(
      request(dir, text, {
        action: 'set-claim',
        claim: 'tw22ab',
        attributes: { statement: 'Twenty-two countries signed the letter on Wednesday.' },
      }),
    );
    const expected = text.replace(
      'statement="Twenty-two countries signed a letter on Wednesday."',
      'statement="Twenty-two countries signed the letter on Wednesday."',
    );
    expect(expected).not.toBe(text);
    expect(readFileSync(entry, 'utf8')).toBe(expected);
    expect(outcome).toEqual({ ok: true, sha256: hash(expected), written: true });
    expect(readFileSync(ledger, 'utf8')).toBe(ledgerText);
  });

  test('sha256Of is the hash of the text as UTF-8 bytes', () => {
    expect(sha256Of('“Ünïcode”')).toBe(hash('“Ünïcode”'));
    expect(sha256Of('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  test('a review that changes nothing writes nothing', async () => {
    const { dir, entry, text } = corpus();
    const outcome = await reviewEntry(request(dir, text, { action: 'mark-reviewed' }));
    expect(outcome).toEqual({ ok: true, sha256: hash(text), written: false });
    expect(readFileSync(entry, 'utf8')).toBe(text);
  });

  test('refuses an entry changed on disk since the page loaded, leaving it as it is', async () => {
    const { dir, entry, text } = corpus();
    const loaded = text.replace('review: reviewed', 'review: auto');
    const outcome = await reviewEntry(request(dir, loaded, { action: 'reject-claim', claim: 'tw22ab' }));
    expect(outcome).toEqual({
      ok: false,
      reason: 'changed-on-disk',
      message:
        'articles/wire-report.mdx changed on disk since the page loaded; reload the page to see the current ' +
        'text, then review again',
    });
    expect(readFileSync(entry, 'utf8')).toBe(text);
  });

  test('refuses an entry gone from disk as changed', async () => {
    const { dir, text } = corpus();
    const outcome = await reviewEntry({ ...request(dir, text, { action: 'mark-reviewed' }), entry: 'gone.mdx' });
    expect(outcome).toMatchObject({ ok: false, reason: 'changed-on-disk' });
    expect(outcome.ok || outcome.message).toMatch(/^articles\/gone\.mdx is gone from disk since the page loaded;/);
  });

  test('refuses a claimant sources.yaml does not have, saying where, and leaves the entry', async () => {
    const { dir, entry, text } = corpus();
    const outcome = await reviewEntry(
      request(dir, text, {
        action: 'set-claim',
        claim: 'tw22ab',
        attributes: { stance: 'reports', by: 'unknown-agency' },
      }),
    );
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid' });
    const problem =
      'articles/wire-report.mdx:25:189: unknown source "unknown-agency": add it to sources.yaml or use an existing id';
    expect(outcome.ok || outcome.message).toBe(
      `articles/wire-report.mdx is left as it was: with this review the check would refuse it:\n${problem}`,
    );
    expect(outcome.ok || outcome.problems).toEqual([
      {
        file: 'articles/wire-report.mdx',
        line: 25,
        column: 189,
        message: 'unknown source "unknown-agency": add it to sources.yaml or use an existing id',
        rule: 'unknown-source',
      },
    ]);
    expect(readFileSync(entry, 'utf8')).toBe(text);
  });

  test('refuses to reject a claim the ledger says is published', async () => {
    const { dir, entry, ledger, text, ledgerText } = corpus();
    // Without its verdicts, nothing in the entry itself needs the claim: only the ledger does.
    const unrated = text.replace(/verdicts:[\s\S]*?---/, '---');
    writeFileSync(entry, unrated);
    const outcome = await reviewEntry(request(dir, unrated, { action: 'reject-claim', claim: 'tw22ab' }));
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid' });
    expect(outcome.ok || outcome.message).toContain(
      'ledger.yaml:11:5: published claim "tw22ab" (“Twenty-two countries signed a letter on Wednesday”, in ' +
        'wire-report) is gone: restore its marker',
    );
    expect(readFileSync(entry, 'utf8')).toBe(unrated);
    expect(readFileSync(ledger, 'utf8')).toBe(ledgerText);
  });

  test('refuses a review applyReview refuses, with its problems', async () => {
    const { dir, entry, text } = corpus();
    const outcome = await reviewEntry(request(dir, text, { action: 'reject-claim', claim: 'zz9999' }));
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid', problems: [{ line: 1, column: 1, rule: 'review' }] });
    expect(outcome.ok || outcome.message).toContain('articles/wire-report.mdx:1:1: no claim "zz9999"');
    expect(readFileSync(entry, 'utf8')).toBe(text);
  });

  test.each([
    ['a path out of the articles', '../sources.yaml'],
    ['a file that is no entry', 'wire-report.txt'],
  ])('refuses %s', async (_name, name) => {
    const { dir, text } = corpus();
    const outcome = await reviewEntry({ ...request(dir, text, { action: 'mark-reviewed' }), entry: name });
    expect(outcome).toEqual({
      ok: false,
      reason: 'invalid',
      message: `"${name}" is not an entry: give the file name of an article, <slug>.mdx`,
    });
  });

  test('refuses an entry that is a link out of the corpus', async () => {
    const { dir, text } = corpus();
    const outside = join(mkdtempSync(join(tmpdir(), 'claimtrail-outside-')), 'entry.mdx');
    writeFileSync(outside, text);
    symlinkSync(outside, join(dir, 'articles', 'linked.mdx'));
    const outcome = await reviewEntry({ ...request(dir, text, { action: 'mark-reviewed' }), entry: 'linked.mdx' });
    expect(outcome).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'articles/linked.mdx: it is a link that leads out of the corpus',
    });
    expect(readFileSync(outside, 'utf8')).toBe(text);
  });

  test('refuses a read-only entry as unwritable', async () => {
    const { dir, entry, text } = corpus();
    writeFileSync(entry, text.replace('review: reviewed', 'review: auto'));
    chmodSync(entry, 0o444);
    const loaded = readFileSync(entry, 'utf8');
    const outcome = await reviewEntry(request(dir, loaded, { action: 'mark-reviewed' }));
    expect(outcome).toMatchObject({ ok: false, reason: 'unwritable' });
    expect(outcome.ok || outcome.message).toMatch(/wire-report\.mdx is read-only: make it writable/);
    expect(readFileSync(entry, 'utf8')).toBe(loaded);
  });

  test('refuses while another command holds the corpus lock', async () => {
    const { dir, entry, text } = corpus();
    let release = () => {};
    let held = () => {};
    const holding = new Promise<void>((resolve) => (held = resolve));
    const holder = withLock(dir, () => new Promise<void>((resolve) => ((release = resolve), held())));
    await holding;
    const outcome = await reviewEntry({ ...request(dir, text, { action: 'mark-reviewed' }), lock: { waitMs: 0 } });
    release();
    await holder;
    expect(outcome).toMatchObject({ ok: false, reason: 'unwritable' });
    expect(outcome.ok || outcome.message).toMatch(/is held by another claimtrail command writing to this corpus/);
    expect(readFileSync(entry, 'utf8')).toBe(text);
  });
});
