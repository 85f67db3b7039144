// An editor may save the entry in their editor while a review of it is being checked (seconds on a big
// corpus; the corpus lock keeps out other commands, not an editor): the review must then refuse, and the
// editor's save stay on disk. The check is made to take that save in the middle of it.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import type * as corpusModule from '../../src/core/content/corpus.ts';
import { reviewEntry, sha256Of } from '../../src/core/review/write.ts';

const saveDuringCheck = vi.hoisted(() => ({ path: '', text: '' }));

vi.mock('../../src/core/content/corpus.ts', async (importOriginal) => {
  const real = await importOriginal<typeof corpusModule>();
  return {
    ...real,
    loadCorpus: (...args: Parameters<typeof real.loadCorpus>) => {
      const loaded = real.loadCorpus(...args);
      if (saveDuringCheck.path) writeFileSync(saveDuringCheck.path, saveDuringCheck.text);
      return loaded;
    },
  };
});

test("an editor's save while the review is checked makes it refuse, and the save stays", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-review-race-'));
  cpSync('tests/fixtures/minimal-corpus', dir, { recursive: true });
  const entry = join(dir, 'articles', 'wire-report.mdx');
  const text = readFileSync(entry, 'utf8');
  const saved = text.replace('review: reviewed', 'review: auto');
  expect(saved).not.toBe(text);
  Object.assign(saveDuringCheck, { path: entry, text: saved });

  const outcome = await reviewEntry({
    contentDir: dir,
    entry: 'wire-report.mdx',
    expectedSha256: sha256Of(text),
    action: {
      action: 'set-claim',
      claim: 'tw22ab',
      attributes: { statement: 'Twenty-two countries signed the letter on Wednesday.' },
    },
    cwd: dir,
  });

  expect(outcome).toMatchObject({ ok: false, reason: 'changed-on-disk' });
  expect(outcome.ok || outcome.message).toMatch(
    /articles\/wire-report\.mdx changed on disk while the review was checked/,
  );
  expect(readFileSync(entry, 'utf8')).toBe(saved);
});
