// Writes that cannot lose work: atomic, through links, keeping the file's mode, refusing a read-only
// file, under the corpus's lock; and ingest, run twice at once or run again after an interruption,
// ends with everything both runs wrote.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/cli/ingest.ts';
import { loadCorpus } from '../../src/core/content/corpus.ts';
import { lockName, withLock, writeAtomically, WriteError } from '../../src/core/content/files.ts';
import { runCli, type CliResult } from './run-cli.ts';

const temp = () => mkdtempSync(join(tmpdir(), 'claimtrail-writes-'));
const scmp = 'raw/scmp-2019-xinjiang-diplomats-invited.txt';
const cnn = 'raw/cnn-2019-22-nations-letter.txt';
const cli = (args: string[]) => runCli(args);
const mode = (path: string) => statSync(path).mode & 0o777;

/** A copy of the test corpus with nothing published, its sources.yaml as `sources` when given. */
function corpus(): string {
  const dir = join(temp(), 'corpus');
  cpSync('tests/fixtures/minimal-corpus', dir, { recursive: true });
  rmSync(join(dir, 'ledger.yaml'));
  return dir;
}
const sourceIds = (dir: string) =>
  [...readFileSync(join(dir, 'sources.yaml'), 'utf8').matchAll(/^- id: (\S+)/gm)].map((match) => match[1]!).sort();
const added = (stdout: string) =>
  /sources added to sources\.yaml as drafts: (.*)/
    .exec(stdout)![1]!
    .split(', ')
    .filter((id) => id !== 'none');

describe('writeAtomically', () => {
  it.each([
    [
      'a new file is created',
      (dir: string) => join(dir, 'new.yaml'),
      (path: string) => expect(readFileSync(path, 'utf8')).toBe('new\n'),
    ],
    [
      'a 0640 file stays 0640',
      (dir: string) => {
        writeFileSync(join(dir, 'f.yaml'), 'old\n');
        chmodSync(join(dir, 'f.yaml'), 0o640);
        return join(dir, 'f.yaml');
      },
      (path: string) => expect([readFileSync(path, 'utf8'), mode(path)]).toEqual(['new\n', 0o640]),
    ],
    [
      'a link is written through: its target changes, the link stays a link',
      (dir: string) => {
        mkdirSync(join(dir, 'shared'));
        writeFileSync(join(dir, 'shared/sources.yaml'), 'old\n');
        chmodSync(join(dir, 'shared/sources.yaml'), 0o600);
        symlinkSync('shared/sources.yaml', join(dir, 'sources.yaml'));
        return join(dir, 'sources.yaml');
      },
      (path: string) => {
        expect(lstatSync(path).isSymbolicLink()).toBe(true);
        expect(readlinkSync(path)).toBe('shared/sources.yaml');
        expect(readFileSync(join(path, '../shared/sources.yaml'), 'utf8')).toBe('new\n');
        expect(mode(join(path, '../shared/sources.yaml'))).toBe(0o600);
      },
    ],
  ])('%s', (_case, make, verify) => {
    const dir = temp();
    const path = make(dir);
    writeAtomically(path, 'new\n');
    verify(path);
    // No partial file is left behind.
    expect(readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it.each([
    [
      'a read-only file',
      (dir: string) => (writeFileSync(join(dir, 'f'), 'old\n'), chmodSync(join(dir, 'f'), 0o444), join(dir, 'f')),
      /f is read-only: make it writable \(chmod u\+w .*\) if claimtrail may change it/,
    ],
    [
      'a link that leads nowhere',
      (dir: string) => (symlinkSync('missing.yaml', join(dir, 'f')), join(dir, 'f')),
      /f is a link that leads nowhere/,
    ],
    ['a folder', (dir: string) => (mkdirSync(join(dir, 'f')), join(dir, 'f')), /f is not a file/],
    [
      'a file in a folder that does not exist',
      (dir: string) => join(dir, 'no/f'),
      /cannot write .*no\/f: its folder does not exist/,
    ],
  ])('refuses %s with a message, changing nothing', (_case, make, message) => {
    const dir = temp();
    const path = make(dir);
    const before = existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
    expect(() => writeAtomically(path, 'new\n')).toThrow(WriteError);
    expect(() => writeAtomically(path, 'new\n')).toThrow(message);
    if (before !== undefined) expect([readFileSync(path, 'utf8'), mode(path)]).toEqual([before, 0o444]);
  });
});

/** A writer that holds the corpus's lock until released; resolves once it holds it (no clock involved). */
async function holdLock(
  dir: string,
  onRelease: () => void = () => {},
): Promise<{ release: () => void; held: Promise<unknown> }> {
  let release!: () => void;
  let holding!: () => void;
  const taken = new Promise<void>((done) => (holding = done));
  const held = withLock(dir, () => {
    holding();
    return new Promise<void>((done) => (release = done)).then(onRelease);
  });
  await taken;
  return { release, held };
}

describe('the corpus lock', () => {
  it('makes a second writer wait for the first, then run', async () => {
    const dir = temp();
    const order: string[] = [];
    const first = await holdLock(dir, () => order.push('first'));
    // Had the second not waited, it would have run while the first still held the lock.
    const second = withLock(dir, () => order.push('second'));
    first.release();
    await Promise.all([first.held, second]);
    expect(order).toEqual(['first', 'second']);
    expect(existsSync(join(dir, lockName))).toBe(false);
  });

  it('refuses after waiting its time, naming the lock and what to do', async () => {
    const dir = temp();
    const { release, held: holder } = await holdLock(dir);
    await expect(withLock(dir, () => 'never', { waitMs: 300 })).rejects.toThrow(
      new RegExp(
        `${lockName} is held by another claimtrail command writing to this corpus .* run this again once it has finished; if none is running, remove`,
      ),
    );
    release();
    await holder;
  });
});

describe('claimtrail ingest writes', () => {
  // Two processes: the lock is what keeps them from losing each other's sources. Ten ingest processes
  // in all: about 20 s alone, 170 s with the machine fully loaded.
  it(
    'two ingests into one corpus at once both succeed, and every source of both is in sources.yaml (5 runs)',
    { timeout: 600_000 },
    async () => {
      for (let attempt = 0; attempt < 5; attempt++) {
        const dir = corpus();
        const ingestAsync = (...args: string[]) =>
          new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
            const child = spawn(process.execPath, ['bin/claimtrail.js', 'ingest', ...args, '--content', dir]);
            let stdout = '';
            let stderr = '';
            child.stdout.on('data', (chunk) => (stdout += chunk));
            child.stderr.on('data', (chunk) => (stderr += chunk));
            child.on('close', (status) => done({ status, stdout, stderr }));
          });
        const results = await Promise.all([ingestAsync(scmp), ingestAsync(cnn, '--publisher', 'cnn')]);
        for (const result of results) expect(result.status, result.stderr).toBe(0);
        const expected = new Set(['wire-agency', ...results.flatMap((result) => added(result.stdout))]);
        expect(sourceIds(dir)).toEqual([...expected].sort());
        expect(readdirSync(join(dir, 'articles')).sort()).toEqual([
          'cnn-2019-22-nations-letter.mdx',
          'scmp-2019-xinjiang-diplomats-invited.mdx',
          'wire-report.mdx',
        ]);
        const { files } = loadCorpus(dir, { cwd: dir });
        expect(files.flatMap((file) => file.messages.map(String))).toEqual([]);
      }
    },
  );

  it('an ingest interrupted after the raw copy is completed by running it again: the record, the sources and the entry', async () => {
    const dir = corpus();
    const sourcesBefore = readFileSync(join(dir, 'sources.yaml'), 'utf8');
    expect((await cli(['ingest', scmp, '--content', dir])).status).toBe(0);
    // As if killed after copying the raw file: no record, no sources, no entry.
    rmSync(join(dir, 'raw/scmp-2019-xinjiang-diplomats-invited.meta.yaml'));
    rmSync(join(dir, 'articles/scmp-2019-xinjiang-diplomats-invited.mdx'));
    writeFileSync(join(dir, 'sources.yaml'), sourcesBefore);
    const again = await cli(['ingest', scmp, '--content', dir]);
    expect(again.status, again.stderr).toBe(0);
    expect(readFileSync(join(dir, 'raw/scmp-2019-xinjiang-diplomats-invited.meta.yaml'), 'utf8')).toContain(
      'file: scmp-2019-xinjiang-diplomats-invited.txt',
    );
    expect(existsSync(join(dir, 'articles/scmp-2019-xinjiang-diplomats-invited.mdx'))).toBe(true);
    expect(sourceIds(dir)).toContain('scmp');
    expect(loadCorpus(dir, { cwd: dir }).files.flatMap((file) => file.messages.map(String))).toEqual([]);

    // Killed after the sources were added, before the entry: the rerun adds none twice.
    rmSync(join(dir, 'articles/scmp-2019-xinjiang-diplomats-invited.mdx'));
    const third = await cli(['ingest', scmp, '--content', dir]);
    expect(third.status, third.stderr).toBe(0);
    expect(third.stdout).toContain('sources added to sources.yaml as drafts: none');
    expect(loadCorpus(dir, { cwd: dir }).files.flatMap((file) => file.messages.map(String))).toEqual([]);
  });

  it.each([
    [
      'a read-only sources.yaml is refused, and nothing at all is written',
      (dir: string) => chmodSync(join(dir, 'sources.yaml'), 0o444),
      (dir: string, result: CliResult, before: string[]) => {
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(
          /sources\.yaml is read-only: make it writable \(chmod u\+w .*sources\.yaml\) if claimtrail may change it; nothing written/,
        );
        expect(mode(join(dir, 'sources.yaml'))).toBe(0o444);
        expect(readdirSync(dir, { recursive: true }).sort()).toEqual(before);
      },
    ],
    [
      'a 0640 sources.yaml stays 0640',
      (dir: string) => chmodSync(join(dir, 'sources.yaml'), 0o640),
      (dir: string, result: CliResult) => {
        expect(result.status, result.stderr).toBe(0);
        expect(mode(join(dir, 'sources.yaml'))).toBe(0o640);
        expect(sourceIds(dir)).toContain('scmp');
      },
    ],
    [
      'a linked sources.yaml is written through the link, which stays a link',
      (dir: string) => {
        cpSync(join(dir, 'sources.yaml'), join(dir, 'registry.yaml'));
        rmSync(join(dir, 'sources.yaml'));
        symlinkSync('registry.yaml', join(dir, 'sources.yaml'));
      },
      (dir: string, result: CliResult) => {
        expect(result.status, result.stderr).toBe(0);
        expect(lstatSync(join(dir, 'sources.yaml')).isSymbolicLink()).toBe(true);
        expect(readFileSync(join(dir, 'registry.yaml'), 'utf8')).toContain('- id: scmp');
      },
    ],
    [
      'a corpus with no raw/ gets one, and says so',
      (dir: string) => rmSync(join(dir, 'raw'), { recursive: true }),
      (dir: string, result: CliResult) => {
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout).toMatch(/created .*raw\/ for the corpus's raw sources/);
        expect(existsSync(join(dir, 'raw/scmp-2019-xinjiang-diplomats-invited.txt'))).toBe(true);
      },
    ],
    [
      'an articles path that is a file stops this file with a message, not a stack trace',
      (dir: string) => {
        rmSync(join(dir, 'articles'), { recursive: true });
        writeFileSync(join(dir, 'articles'), '');
      },
      (_dir: string, result: CliResult) => {
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(
          /^claimtrail ingest: raw\/scmp-2019-xinjiang-diplomats-invited\.txt: cannot write .*articles: something else is in the way; what was written is whole, and running the same command again completes it\n$/,
        );
      },
    ],
  ])('%s', async (_case, prepare, verify) => {
    const dir = corpus();
    prepare(dir);
    const before = readdirSync(dir, { recursive: true }).map(String).sort();
    verify(dir, await cli(['ingest', scmp, '--content', dir]), before);
  });

  it('reports each file’s outcome, and goes on after one that fails', async () => {
    const dir = corpus();
    const lines: string[] = [];
    const warnings: string[] = [];
    const code = await runIngest(
      {
        files: [
          join(process.cwd(), scmp),
          join(process.cwd(), 'raw'),
          join(process.cwd(), 'tests/fixtures/ingest/page-ferry.html'),
        ],
        contentDir: dir,
        rawDir: join(dir, 'raw'),
        merge: false,
        cwd: process.cwd(),
      },
      (line) => lines.push(line),
      (line) => warnings.push(line),
    );
    expect(code).toBe(1);
    expect(warnings).toEqual([
      'claimtrail ingest: raw: is a folder: name the files in it (for example raw/*.html); nothing written',
    ]);
    expect(lines.at(-1)).toBe('claimtrail ingest: 3 files: 2 written, 1 not ingested (raw)');
    expect(readdirSync(join(dir, 'articles')).sort()).toEqual([
      'page-ferry.mdx',
      'scmp-2019-xinjiang-diplomats-invited.mdx',
      'wire-report.mdx',
    ]);
  });

  it('refuses, naming the lock, when another command holds it past the wait', async () => {
    const dir = corpus();
    const { release, held: holder } = await holdLock(dir);
    const warnings: string[] = [];
    const code = await runIngest(
      {
        files: [join(process.cwd(), scmp)],
        contentDir: dir,
        rawDir: join(dir, 'raw'),
        merge: false,
        cwd: process.cwd(),
      },
      () => {},
      (line) => warnings.push(line),
      { waitMs: 300 },
    );
    release();
    await holder;
    expect(code).toBe(1);
    expect(warnings.join('\n')).toMatch(
      /\.claimtrail\.lock is held by another claimtrail command writing to this corpus/,
    );
    expect(existsSync(join(dir, 'articles/scmp-2019-xinjiang-diplomats-invited.mdx'))).toBe(false);
  });
});
