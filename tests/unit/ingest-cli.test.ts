// `claimtrail ingest` and `claimtrail detect` as a user runs them (in-process, run-cli.ts): files in,
// entries and messages out, and nothing an editor wrote lost or overwritten.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/cli/bundle.ts';
import { loadCorpus } from '../../src/core/content/corpus.ts';
import { runCli } from './run-cli.ts';

const scmp = 'raw/scmp-2019-xinjiang-diplomats-invited.txt';
const run = (args: string[], input?: string) => runCli(args, { input });

/** A copy of the test corpus, with nothing published yet. */
function corpus(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'claimtrail-ingest-')), 'corpus');
  cpSync('tests/fixtures/minimal-corpus', dir, { recursive: true });
  rmSync(join(dir, 'ledger.yaml'));
  return dir;
}

/** Every file of a folder and its bytes, to show that a refused command changed nothing. */
const snapshot = (dir: string) =>
  Object.fromEntries(filesUnder(dir).map((path) => [path, readFileSync(join(dir, path), 'utf8')]));

describe('claimtrail ingest', () => {
  it('drafts an entry that passes the check, copies the raw file and says what it did', async () => {
    const dir = corpus();
    const result = await run(['ingest', scmp, '--content', dir]);
    expect(result.status, result.stderr).toBe(0);
    const entry = readFileSync(join(dir, 'articles/scmp-2019-xinjiang-diplomats-invited.mdx'), 'utf8');
    expect(entry).toContain('review: auto');
    expect(entry).toContain(
      'title: China invites European diplomats to visit Xinjiang as backlash grows over Muslim camps',
    );
    expect(entry).toContain('authors: [Zhenhua Lu, Mimi Lau]');
    expect(entry).toMatch(/date: null\n/);
    expect(entry).not.toMatch(/Advertisement|Select Voice|Reading Time/);
    expect(readFileSync(join(dir, 'raw/scmp-2019-xinjiang-diplomats-invited.txt')).equals(readFileSync(scmp))).toBe(
      true,
    );
    expect(readFileSync(join(dir, 'raw/scmp-2019-xinjiang-diplomats-invited.meta.yaml'), 'utf8')).toContain(
      'given_on_command_line: []',
    );
    expect(result.stdout).toMatch(/written \(review: auto\)/);
    expect(result.stdout).toMatch(/claims found: \d+/);
    expect(result.stdout).toMatch(/clutter lines removed: 12; repeated paragraphs dropped: 0; fused words repaired: 1/);
    expect(result.stdout).toMatch(/sources added to sources\.yaml as drafts: scmp, /);
    // The fixture's sources.yaml keeps its own entries and comments.
    expect(readFileSync(join(dir, 'sources.yaml'), 'utf8')).toContain(
      readFileSync('tests/fixtures/minimal-corpus/sources.yaml', 'utf8').trim(),
    );
    const { graph, files } = loadCorpus(dir, { cwd: dir });
    expect(files.flatMap((file) => file.messages.map(String))).toEqual([]);
    expect(graph!.articles.map((article) => article.slug)).toContain('scmp-2019-xinjiang-diplomats-invited');
    // Each marked claim says why it was taken, for the editor to judge.
    const drafted = graph!.claims.filter((claim) => claim.article === 'scmp-2019-xinjiang-diplomats-invited');
    expect(drafted.length).toBeGreaterThan(5);
    for (const claim of drafted) expect(claim.signals.length, claim.text).toBeGreaterThan(0);
    expect(drafted.find((claim) => claim.quantity)?.signals).toContain('quantity');
  });

  it('marks claims in a saved HTML page even where the markup holds an entity, and they anchor in the page text', async () => {
    const dir = corpus();
    const result = await run(['ingest', 'tests/fixtures/ingest/page-ferry.html', '--content', dir]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/not marked/);
    expect(readFileSync(join(dir, 'raw/page-ferry.html'), 'utf8')).toContain('boat &amp; to fund');
    const { graph, files } = loadCorpus(dir, { cwd: dir });
    expect(files.flatMap((file) => file.messages.map(String))).toEqual([]);
    const withEntity = graph!.claims.find((claim) => claim.text.includes('boat & to fund'))!;
    expect(withEntity.anchor.exact.replace(/\s+/g, ' ')).toBe(withEntity.text);
  });

  it('takes the publisher a page states, says where it found it and records that; refuses a page that states none; reports each file', async () => {
    const dir = corpus();
    const silent = join(dir, '..', 'no-publisher.html');
    writeFileSync(
      silent,
      '<!doctype html><html><head><title>Bridge</title></head><body><article><h1>Bridge to close</h1><p>The council voted on Tuesday to close the old bridge for repairs lasting at least six months, the mayor said.</p></article></body></html>',
    );
    const result = await run(['ingest', 'tests/fixtures/ingest/page-ferry.html', silent, '--content', dir]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /publisher: the-harbour-gazette \("The Harbour Gazette", as the page states it in its og:site_name; check it\)/,
    );
    expect(readFileSync(join(dir, 'raw/page-ferry.meta.yaml'), 'utf8')).toMatch(
      /publisher_stated:\n {2}name: The Harbour Gazette\n {2}from: og:site_name\n/,
    );
    expect(readFileSync(join(dir, 'sources.yaml'), 'utf8')).toMatch(
      /id: the-harbour-gazette\n\s+name: The Harbour Gazette\n\s+type: outlet/,
    );
    expect(result.stderr).toMatch(
      /no-publisher\.html\n1:1 +error +the page does not say who published it \(no og:site_name, JSON-LD publisher, application-name, publisher meta tag or copyright line\): give it with --publisher \(a source id from sources\.yaml, or its name\)/,
    );
    expect(existsSync(join(dir, 'articles/no-publisher.mdx'))).toBe(false);
    expect(result.stdout).toMatch(/2 files: 1 written, 1 not ingested \(.*no-publisher\.html\)/);
  });

  it('refuses an existing entry unless told to merge, changing nothing', async () => {
    const dir = corpus();
    expect((await run(['ingest', scmp, '--content', dir])).status).toBe(0);
    const before = snapshot(dir);
    const result = await run(['ingest', scmp, '--content', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /articles\/scmp-2019-xinjiang-diplomats-invited\.mdx exists: re-run with --merge .*; nothing written/,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('--merge keeps the editor’s work: ids, marker attributes, verdicts and front matter, and saves the old text', async () => {
    const dir = corpus();
    expect((await run(['ingest', scmp, '--content', dir])).status).toBe(0);
    const path = join(dir, 'articles/scmp-2019-xinjiang-diplomats-invited.mdx');
    const draft = readFileSync(path, 'utf8');
    const [tag, id] = draft.match(/<Claim id="(\w+)" kind="reported" stance="reports" by="foreign-ministry"[^>]*>/)!;
    // The editor corrects a claim's kind, links it to another claim, rates it and fixes the title.
    const edited = draft
      .replace(tag, `<Claim id="${id}" kind="event" by="foreign-ministry" related="tw22ab">`)
      .replace('title: China invites', 'title: (edited) China invites')
      .replace(
        'review: auto\n',
        `review: reviewed\nverdicts:\n  - claim: ${id}\n    rating: true\n    explanation: The ministry's statement says so.\n    reviewer: A. Editor\n    date: 2026-11-20\n`,
      );
    writeFileSync(path, edited);
    const result = await run(['ingest', scmp, '--content', dir, '--merge']);
    expect(result.status, result.stderr).toBe(0);
    const merged = readFileSync(path, 'utf8');
    expect(merged).toContain(`<Claim id="${id}" kind="event" by="foreign-ministry" related="tw22ab">`);
    expect(merged).toContain('title: (edited) China invites');
    expect(merged).toContain(`- claim: ${id}`);
    expect(merged).toContain('review: auto');
    expect(readFileSync(`${path}.previous`, 'utf8')).toBe(edited);
    expect(result.stdout).toMatch(/merged \(review: auto\)/);
    expect(result.stdout).toMatch(/\((\d+) kept their id\)/);
    const { files } = loadCorpus(dir, { cwd: dir });
    expect(files.flatMap((file) => file.messages.map(String))).toEqual([]);
    // A second merge saves the first copy under another name rather than over it.
    expect((await run(['ingest', scmp, '--content', dir, '--merge'])).status).toBe(0);
    expect(readFileSync(`${path}.previous`, 'utf8')).toBe(edited);
    expect(existsSync(`${path}.previous.2`)).toBe(true);
  });

  it('drafts the claim model on every claim, and --merge keeps the statement, stance, claimant, hedges and day an editor wrote', async () => {
    const dir = corpus();
    expect((await run(['ingest', scmp, '--content', dir])).status).toBe(0);
    const path = join(dir, 'articles/scmp-2019-xinjiang-diplomats-invited.mdx');
    const draft = readFileSync(path, 'utf8');
    const tags = draft.match(/<Claim [^>]*>/g)!;
    for (const tag of tags) expect(tag).toMatch(/ stance="[a-z-]+"[^>]* statement="[^"]+"/);
    // The accusation nobody is named for is claimed by unnamed accusers, a draft source; never by the newspaper.
    const accusation = tags.find((tag) =>
      /locking up more than a million mainly Uygur Muslims/.test(
        draft.slice(draft.indexOf(tag), draft.indexOf(tag) + 400),
      ),
    )!;
    expect(accusation).toContain('stance="reports-allegation" by="unnamed-accusers"');
    expect(accusation).toContain('over="1000000"');
    expect(readFileSync(join(dir, 'sources.yaml'), 'utf8')).toMatch(
      /id: unnamed-accusers\n\s+name: Unnamed accusers\n\s+type: unnamed/,
    );
    // The editor rewrites a claim's model.
    const [tag, id] = draft.match(/<Claim id="(\w+)" kind="reported" stance="reports" by="foreign-ministry"[^>]*>/)!;
    const editorTag = `<Claim id="${id}" kind="reported" stance="reports-denial" by="foreign-ministry" statement="China’s foreign ministry says the visit is being arranged." hedges="unconfirmed" claimed="2019-02-20">`;
    writeFileSync(path, draft.replace(tag, editorTag).replace('title: China invites', 'title: (edited) China invites'));
    const result = await run(['ingest', scmp, '--content', dir, '--merge']);
    expect(result.status, result.stderr).toBe(0);
    const merged = readFileSync(path, 'utf8');
    expect(merged).toContain(editorTag);
    // Claims the editor did not touch keep their drafted model; the entry still passes the check.
    expect(merged.match(/<Claim [^>]*>/g)!.filter((other) => other !== editorTag)).toEqual(
      tags.filter((other) => other !== tag),
    );
    const { graph, files } = loadCorpus(dir, { cwd: dir });
    expect(files.flatMap((file) => file.messages.map(String))).toEqual([]);
    expect(graph!.claims.find((claim) => claim.id === id)).toMatchObject({
      stance: 'reports-denial',
      claimant: 'foreign-ministry',
      hedges: ['unconfirmed'],
      claimedAt: '2019-02-20',
      claimedAtFrom: 'text',
      drafted: [],
    });
  });

  it.each([
    ['an empty file', 'empty.txt', Buffer.alloc(0), /empty/],
    [
      'a binary file',
      'photo.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      /binary/,
    ],
    [
      'a file in another encoding',
      'latin1.txt',
      Buffer.from(
        'Caf\xe9 owners said the town\xb4s 12 caf\xe9s would close on Monday, the mayor told reporters.',
        'latin1',
      ),
      /UTF-8/,
    ],
    ['a file over 10 MB', 'huge.txt', Buffer.alloc(10 * 1024 * 1024 + 1, 'a'), /10 MB/],
    [
      'HTML with no article',
      'login.html',
      Buffer.from(
        '<!doctype html><html><head><title>Sign in</title></head><body><form><input name="user"><button>Sign in</button></form></body></html>',
      ),
      /no article/,
    ],
  ])('%s: a message naming the file, exit 1, nothing written', async (_name, fileName, bytes, problem) => {
    const dir = corpus();
    const input = join(mkdtempSync(join(tmpdir(), 'claimtrail-raw-')), fileName);
    writeFileSync(input, bytes);
    const before = snapshot(dir);
    const result = await run(['ingest', input, '--content', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(fileName);
    expect(result.stderr).toMatch(problem);
    expect(result.stderr).toMatch(/nothing written/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('never replaces a raw source already kept under the same name', async () => {
    const dir = corpus();
    const input = join(mkdtempSync(join(tmpdir(), 'claimtrail-raw-')), 'wire-report.txt');
    writeFileSync(input, 'GENEVA - Twenty-three countries signed a letter on Thursday, the agency said.\n');
    const result = await run([
      'ingest',
      input,
      '--content',
      dir,
      '--slug',
      'wire-report-2',
      '--publisher',
      'wire-agency',
    ]);
    expect(result.status, result.stderr).toBe(0);
    const clash = await run([
      'ingest',
      input,
      '--content',
      dir,
      '--slug',
      'wire-report',
      '--merge',
      '--publisher',
      'wire-agency',
    ]);
    expect(clash.status).toBe(1);
    expect(clash.stderr).toMatch(/raw\/wire-report\.txt already holds a different file/);
  });

  it('takes --slug for one file only, and names unknown options', async () => {
    expect((await run(['ingest', scmp, scmp, '--slug', 'x-y-z'])).status).toBe(2);
    const unknown = await run(['ingest', scmp, '--dry-run']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown option --dry-run');
  });

  it('--explain prints which rules fired and writes nothing; the usage names it', async () => {
    const dir = corpus();
    const before = snapshot(dir);
    const result = await run(['ingest', scmp, '--content', dir, '--explain']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^raw\/scmp-2019-xinjiang-diplomats-invited\.txt: explained \(--explain writes nothing\)$/m,
    );
    expect(result.stdout).toMatch(/^ {4}dropped as player-control \(rule clutter\): “Select Voice”$/m);
    expect(result.stdout).toMatch(/^ {7}claimant: .+, by the cue "reported" -> .+ \(rules speaker-before-cue, /m);
    expect(snapshot(dir)).toEqual(before);
    expect((await run(['--help'])).stderr).toMatch(/\[--explain\][\s\S]*--explain writes nothing/);
  });
});

describe('claimtrail detect', () => {
  it('reads one sentence a line and writes one JSON line each, with its score and signals', async () => {
    const result = await run(
      ['detect'],
      'Experts estimate up to 2 million people have been detained.\nThanks for reading.\n\n',
    );
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      sentence: 'Experts estimate up to 2 million people have been detained.',
      checkworthy: true,
    });
    expect(lines[0].signals).toContain('quantity');
    expect(lines[1]).toMatchObject({ sentence: 'Thanks for reading.', checkworthy: false });
    expect(lines[0].score).toBeGreaterThan(lines[1].score);
  });
});
