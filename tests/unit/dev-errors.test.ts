// The corpus's problems as the dev server's error overlay reads them: where the first one is, the
// whole report, and nothing of the content made into a link.
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { loadSiteOrThrow } from '../../src/core/content/corpus.ts';
import { CorpusError, fail } from '../../src/core/diagnostics.ts';
import { shownInDevServer } from '../../src/site/dev-errors.ts';

function problemsOf(corpus: string): CorpusError {
  try {
    loadSiteOrThrow(corpus);
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error(`${corpus} loaded without problems`);
}

function withProblem(reason: string): CorpusError {
  const file = new VFile({ path: 'articles/entry.mdx', data: { absolute: join(process.cwd(), 'entry.mdx') } });
  fail(file, reason, { line: 4, column: 9 }, 'test');
  return new CorpusError([file]);
}

describe('shownInDevServer', () => {
  test('points the overlay at the first problem, relative to the project, and lists them all', () => {
    const shown = shownInDevServer(problemsOf('tests/fixtures/broken-corpus'));
    // tests/fixtures/broken-corpus/articles/wire-report.mdx line 13: a bad value at column 45, an
    // unknown source ("wire-agnecy") at column 176.
    expect(shown.loc).toEqual({ file: 'tests/fixtures/broken-corpus/articles/wire-report.mdx', line: 13, column: 45 });
    expect(shown.message).toContain('13:176');
    expect(shown.message).toContain('unknown source "wire-agnecy"');
    expect(shown.hint).toContain('npm run check');
    expect(shown.stack).not.toMatch(/\n\s+at /);
  });

  test.each([
    [
      'a link written in the content',
      'unknown source "[click](javascript:alert(1))"',
      'unknown source "[click]\u200B(javascript',
    ],
    ['plain words', 'unknown source "wire-agnecy"', 'unknown source "wire-agnecy"'],
  ])('quotes %s as text', (_, reason, shownAs) => {
    const shown = shownInDevServer(withProblem(reason));
    expect(shown.message).toContain(shownAs);
    expect(shown.message).not.toContain('](');
    expect(shown.loc).toEqual({ file: 'entry.mdx', line: 4, column: 9 });
  });
});
