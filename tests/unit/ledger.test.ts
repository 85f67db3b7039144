// Published URLs never break: the ledger holds the corpus to everything it has published.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/core/content/corpus.ts';
import { newLedgerEntries, publishedOn, recordInLedger } from '../../src/core/publish/ledger.ts';
import { frontmatter, makeCorpus, rawSha256 } from './make-corpus.ts';

const body = `Diplomats said <Claim id="abc123" kind="event">the talks had failed</Claim> on Monday.

<Claim id="def456" kind="event">The talks broke down over access to the region</Claim>, <Source id="reuters">Reuters</Source> reported.
`;

/** A corpus whose one article has been built once: its claims are in the ledger. */
function published(): string {
  const dir = makeCorpus({ 'test-article': frontmatter() + body });
  const { graph, ledgerPath } = loadCorpus(dir);
  recordInLedger(ledgerPath, newLedgerEntries(graph!, '2026-11-01'));
  return dir;
}
const paths = (dir: string) => ({
  article: join(dir, 'articles/test-article.mdx'),
  ledger: join(dir, 'ledger.yaml'),
  raw: join(dir, 'raw/article.txt'),
});
const edit = (path: string, change: (text: string) => string) =>
  writeFileSync(path, change(readFileSync(path, 'utf8')));
/** Marks a ledger entry retired by adding YAML under it. */
const retire = (dir: string, id: string, yaml: string) =>
  edit(paths(dir).ledger, (text) => text.replace(new RegExp(`(\\n  ${id}:\\n)`), `$1    ${yaml}\n`));
function problems(dir: string): string[] {
  return loadCorpus(dir).files.flatMap((file) =>
    file.messages.map((message) => `${file.path}:${message.line}:${message.column} ${message.reason}`),
  );
}
/** Changes the raw source and records its new hash, as an editor who re-saved it would. */
function editRaw(dir: string, change: (text: string) => string) {
  const { article, raw } = paths(dir);
  const before = createHash('sha256').update(readFileSync(raw)).digest('hex');
  edit(raw, change);
  const after = createHash('sha256').update(readFileSync(raw)).digest('hex');
  edit(article, (text) => text.replace(before, after));
}
const withoutClaim = (text: string) => text.replace(/<Claim id="abc123"[^>]*>(.*?)<\/Claim>/, '$1');

describe('the ledger', () => {
  it('records each claim with its words and W3C selectors into the raw source, and the graph carries them', () => {
    const dir = published();
    const { graph } = loadCorpus(dir);
    const raw = readFileSync(paths(dir).raw, 'utf8');
    const claim = graph!.claims.find((candidate) => candidate.id === 'abc123')!;
    expect(claim.published).toBe('2026-11-01');
    expect(Array.from(raw).slice(claim.anchor.start, claim.anchor.end).join('')).toBe('the talks had failed');
    expect(claim.anchor).toMatchObject({
      exact: 'the talks had failed',
      prefix: 'Diplomats said ',
      suffix: ' on Monday.\n\nThe talks broke dow',
    }); // 32 code points either side
    expect(readFileSync(paths(dir).ledger, 'utf8')).toContain('words: the talks had failed');
  });

  it.each([
    [
      'a published claim removed',
      (dir: string) => edit(paths(dir).article, withoutClaim),
      /ledger\.yaml:\d+:\d+ published claim "abc123" \(“the talks had failed”, in test-article\) is gone: restore its marker, or mark it here as withdrawn/,
    ],
    [
      'a published article removed',
      (dir: string) => {
        const sha256 = createHash('sha256')
          .update(readFileSync(paths(dir).raw))
          .digest('hex');
        rmSync(paths(dir).article);
        writeFileSync(join(dir, 'articles/other.mdx'), frontmatter().replace(rawSha256, sha256) + 'Nothing.\n');
      },
      /published article "test-article" \(A test article\) is gone/,
    ],
    [
      'a claim’s words changed',
      (dir: string) => edit(paths(dir).article, (text) => text.replace('the talks had failed', 'the talks failed')),
      /test-article\.mdx:12:\d+ claim "abc123" was published as “the talks had failed” and now reads “the talks failed”/,
    ],
    [
      'the source text under a claim edited',
      (dir: string) => {
        editRaw(dir, (text) => text.replace('the talks had failed', 'the talks had stalled'));
        edit(paths(dir).article, (text) => text.replace('the talks had failed', 'the talks had stalled'));
      },
      /claim "abc123" was published as “the talks had failed”/,
    ],
    [
      'the source text next to a claim edited',
      (dir: string) => editRaw(dir, (text) => text.replace('Diplomats said', 'Officials said')),
      /test-article\.mdx:12:\d+ claim "abc123": the raw source \.\.\/raw\/article\.txt changed under it: at characters 15–35 it now has “Officials said ” before the words, where “Diplomats said ” stood/,
    ],
    [
      'a withdrawn id used again',
      (dir: string) => retire(dir, 'abc123', 'withdrawn: { date: 2026-11-02, reason: Misquoted }'),
      /claim id "abc123" was published and withdrawn on 2026-11-02; an id is never reused/,
    ],
    [
      'a merger into an unknown claim',
      (dir: string) => {
        edit(paths(dir).article, withoutClaim);
        retire(dir, 'abc123', 'merged: { into: zzz999, date: 2026-11-02, reason: Duplicate }');
      },
      /claim "abc123" is merged into "zzz999", which is not a published claim/,
    ],
    [
      'a circle of mergers',
      (dir: string) => {
        edit(paths(dir).article, (text) => withoutClaim(text).replace(/<Claim id="def456"[^>]*>(.*?)<\/Claim>/, '$1'));
        retire(dir, 'abc123', 'merged: { into: def456, date: 2026-11-02, reason: Duplicate }');
        retire(dir, 'def456', 'merged: { into: abc123, date: 2026-11-02, reason: Duplicate }');
      },
      /merged into mergers that go round in a circle/,
    ],
    [
      'a claim whose words are not in the raw source',
      (dir: string) =>
        edit(paths(dir).article, (text) =>
          text.replace('on Monday.', 'on <Claim id="ghi789" kind="event">a sunny Monday</Claim>.'),
        ),
      /claim "ghi789": its words are not in the raw source \.\.\/raw\/article\.txt/,
    ],
  ])('stop the build: %s', (_case, change, expected) => {
    const dir = published();
    change(dir);
    expect(loadCorpus(dir).graph).toBeUndefined();
    expect(problems(dir).join('\n')).toMatch(expected);
  });

  it('lets an editor reword a published claim’s statement, claimant and stance: its URL cites the words, which stay', () => {
    const dir = published();
    edit(paths(dir).article, (text) =>
      text.replace(
        '<Claim id="abc123" kind="event">',
        '<Claim id="abc123" kind="event" stance="reports" by="reuters" statement="The talks between the diplomats failed on Monday.">',
      ),
    );
    expect(problems(dir)).toEqual([]);
    const claim = loadCorpus(dir).graph!.claims.find((entry) => entry.id === 'abc123')!;
    expect(claim).toMatchObject({
      statement: 'The talks between the diplomats failed on Monday.',
      claimant: 'reuters',
      text: 'the talks had failed',
      published: '2026-11-01',
    });
  });

  it('lets an editor withdraw a claim: the graph keeps it as a tombstone with date and reason', () => {
    const dir = published();
    edit(paths(dir).article, withoutClaim);
    retire(dir, 'abc123', 'withdrawn: { date: 2026-11-02, reason: "The agency corrected its report." }');
    const { graph } = loadCorpus(dir);
    expect(problems(dir)).toEqual([]);
    expect(graph!.retired).toEqual([
      {
        type: 'claim',
        id: 'abc123',
        url: '/claims/abc123.html',
        status: 'withdrawn',
        date: '2026-11-02',
        reason: 'The agency corrected its report.',
        into: null,
        label: 'the talks had failed',
        article: 'test-article',
        published: '2026-11-01',
      },
    ]);
  });

  it('lets an editor merge a claim into another: the graph points it at the survivor', () => {
    const dir = published();
    edit(paths(dir).article, withoutClaim);
    retire(dir, 'abc123', 'merged: { into: def456, date: 2026-11-02, reason: Same fact }');
    expect(problems(dir)).toEqual([]);
    expect(loadCorpus(dir).graph!.retired[0]).toMatchObject({ id: 'abc123', status: 'merged', into: 'def456' });
  });

  it('keeps what an editor wrote in the ledger when it records new claims', () => {
    const dir = published();
    edit(paths(dir).ledger, (text) => `# Our notes stay.\n${text}`);
    retire(dir, 'def456', '# checked by the desk');
    edit(paths(dir).article, (text) => `${text}\n<Claim id="ghi789" kind="event">Nothing.</Claim>\n`);
    editRaw(dir, (text) => `${text}\nNothing.\n`);
    const { graph, ledgerPath } = loadCorpus(dir);
    expect(problems(dir)).toEqual([]);
    const additions = newLedgerEntries(graph!, '2026-11-03');
    expect(Object.keys(additions.claims)).toEqual(['ghi789']);
    recordInLedger(ledgerPath, additions);
    const ledger = readFileSync(ledgerPath, 'utf8');
    expect(ledger).toContain('# Our notes stay.');
    expect(ledger).toContain('# checked by the desk');
    expect(ledger).toMatch(/ghi789:\n {4}article: test-article\n {4}published: 2026-11-03/);
    expect(loadCorpus(dir).graph!.claims.map((claim) => claim.published)).toEqual([
      '2026-11-01',
      '2026-11-01',
      '2026-11-03',
    ]);
  });

  it('records only what the file lacks: an entry recorded or retired since the additions were computed stays as it is', () => {
    const dir = makeCorpus({ 'test-article': frontmatter() + body });
    const { graph, ledgerPath } = loadCorpus(dir);
    const first = newLedgerEntries(graph!, '2026-11-01');
    // Another build records abc123 first, and an editor withdraws it, before this build records.
    recordInLedger(ledgerPath, { articles: {}, claims: { abc123: first.claims.abc123! } });
    retire(dir, 'abc123', 'withdrawn: { date: 2026-11-02, reason: Wrong }');
    const later = {
      ...first,
      claims: { ...first.claims, abc123: { ...first.claims.abc123!, published: '2026-11-05' } },
    };
    expect(recordInLedger(ledgerPath, later)).toEqual({ articles: 1, claims: 1 });
    const ledger = readFileSync(ledgerPath, 'utf8');
    expect(ledger).toMatch(
      /abc123:\n {4}withdrawn: \{ date: 2026-11-02, reason: Wrong \}\n {4}article: test-article\n {4}published: 2026-11-01/,
    );
    expect(recordInLedger(ledgerPath, later)).toEqual({ articles: 0, claims: 0 });
  });

  it('refuses to record into a ledger that no longer reads as YAML, naming it and leaving it as it is', () => {
    const dir = published();
    writeFileSync(paths(dir).ledger, 'claims: [\n');
    expect(() =>
      recordInLedger(paths(dir).ledger, {
        articles: {},
        claims: {
          zzz999: {
            article: 'a',
            published: '2026-11-01',
            words: 'w',
            anchor: { start: 0, end: 1, exact: 'w', prefix: '', suffix: '' },
          },
        },
      }),
    ).toThrow(/ledger\.yaml does not read as YAML .*nothing was recorded/);
    expect(readFileSync(paths(dir).ledger, 'utf8')).toBe('claims: [\n');
  });

  it('dates what the ledger lacks with the build day, as the site shows it, and leaves recorded dates alone', () => {
    const dir = published();
    edit(paths(dir).article, (text) => `${text}\n<Claim id="ghi789" kind="event">Nothing.</Claim>\n`);
    editRaw(dir, (text) => `${text}\nNothing.\n`);
    const graph = loadCorpus(dir).graph!;
    const shown = publishedOn(graph, '2026-12-24');
    expect(shown.claims.map((claim) => [claim.id, claim.published])).toEqual([
      ['abc123', '2026-11-01'],
      ['def456', '2026-11-01'],
      ['ghi789', '2026-12-24'],
    ]);
    // The day the site shows is the day the build records.
    expect(newLedgerEntries(graph, '2026-12-24').claims.ghi789!.published).toBe(shown.claims[2]!.published);
    expect(graph.claims[2]!.published).toBeNull();
  });
});

describe('a saved page published when its markup counted as spaces', () => {
  // The page's text as anchors counted it then: every tag a space (" Diplomats said  the talks  had
  // failed on Monday. "), so the ledger holds a doubled space and positions past each tag.
  const page = '<p>Diplomats said <a href="/x">the talks</a> had failed on Monday.</p>';
  const recorded = {
    start: 17,
    end: 38,
    exact: 'the talks  had failed',
    prefix: ' Diplomats said  ',
    suffix: ' on Monday. ',
  };
  function savedPageCorpus(anchor: typeof recorded): string {
    const marked = 'Diplomats said <Claim id="abc123" kind="event">the talks had failed</Claim> on Monday.\n';
    const dir = makeCorpus({ 'test-article': `${frontmatter()}${marked}` });
    writeFileSync(join(dir, 'raw/page.html'), page);
    const sha256 = createHash('sha256').update(page).digest('hex');
    const pointedAtPage = (text: string) => text.replace('../raw/article.txt', '../raw/page.html');
    edit(paths(dir).article, (text) => pointedAtPage(text).replace(/sha256: \w+/, `sha256: ${sha256}`));
    const entry = { article: 'test-article', published: '2026-11-01', words: 'the talks had failed', anchor };
    const article = '{ published: 2026-11-01, label: A test article }';
    const ledger = `articles:\n  test-article: ${article}\nclaims:\n  abc123: ${JSON.stringify(entry)}\n`;
    writeFileSync(paths(dir).ledger, ledger);
    return dir;
  }

  it('keeps its claims: each anchor is carried to the same words of the page’s text, as a reader sees it', () => {
    const dir = savedPageCorpus(recorded);
    expect(problems(dir)).toEqual([]);
    const claim = loadCorpus(dir).graph!.claims.find((candidate) => candidate.id === 'abc123')!;
    expect(claim.anchor).toEqual({
      start: 15,
      end: 35,
      exact: 'the talks had failed',
      prefix: 'Diplomats said ',
      suffix: ' on Monday.',
    });
  });

  it('still refuses an anchor that points at other words in either counting', () => {
    const dir = savedPageCorpus({ ...recorded, start: 18, end: 39, exact: 'he talks  had failed ' });
    const changed = /test-article\.mdx:\d+:\d+ claim "abc123": the raw source \.\.\/raw\/page\.html changed under it/;
    expect(problems(dir)).toEqual([expect.stringMatching(changed)]);
  });
});
