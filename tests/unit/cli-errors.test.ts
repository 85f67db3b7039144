// Never a stack trace: every command turns every failure into file:line:column or one line that says
// what to do, with a non-zero exit. The cases run the command in-process (main.ts, as bin/claimtrail.js
// does); the last ones run it as a process, where the process is what they test: its exit code, a full
// disk, a reader that stops early.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const scmp = 'raw/scmp-2019-xinjiang-diplomats-invited.txt';
const entry = 'articles/scmp-2019-xinjiang-diplomats-invited.mdx';

function corpus(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'claimtrail-errors-')), 'corpus');
  cpSync('tests/fixtures/minimal-corpus', dir, { recursive: true });
  return dir;
}

/** The exit status and error output of bin/claimtrail.js run as a process; without blocking, so cases run side by side. */
function spawned(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['bin/claimtrail.js', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => done({ status, stderr }));
  });
}

/** No stack frame, no Node internals: what a user reads is claimtrail's own words. */
function expectNoStack(stderr: string) {
  expect(stderr).not.toMatch(/^\s+at\s/m);
  expect(stderr).not.toMatch(/node:internal|Node\.js v\d/);
}

type Case = [
  name: string,
  args: (dir: string) => string[],
  status: number,
  message: RegExp,
  setup?: (dir: string) => void,
  env?: Record<string, string>,
];

const cases: Case[] = [
  [
    'new-id with a word',
    () => ['new-id', 'abc'],
    2,
    /^claimtrail new-id: "abc" is not a count: give one whole number from 1 to 10000, e\.g\. claimtrail new-id 5$/m,
  ],
  ['new-id 0', () => ['new-id', '0'], 2, /"0" is not a count/],
  ['new-id with two counts', () => ['new-id', '3', '4'], 2, /"4" is not a count/],
  ['new-id past the most', () => ['new-id', '100000'], 2, /"100000" is not a count/],
  ['an unknown command', () => ['frobnicate'], 2, /^unknown command "frobnicate"$/m],
  ['a command named like what every object inherits', () => ['constructor'], 2, /^unknown command "constructor"$/m],
  ['an unknown option', () => ['check', '--bogus'], 2, /^claimtrail check: unknown option --bogus$/m],
  ['an option without its value', () => ['check', '--content'], 2, /^claimtrail check: --content needs a value$/m],
  [
    'check --record, which the build now does after the site built',
    () => ['check', '--record'],
    2,
    /--record is gone: the ledger is recorded by `claimtrail build`/,
  ],
  ['analyze with a stray argument', () => ['analyze', 'extra'], 2, /^claimtrail analyze: takes no argument "extra"$/m],
  [
    'a corpus folder that does not exist',
    (dir) => ['check', '--content', join(dir, 'nope')],
    1,
    /missing file: create .*sources\.yaml/,
  ],
  [
    'a corpus without sources.yaml: one message, not a second about its shape',
    (dir) => ['check', '--content', dir],
    1,
    /sources\.yaml\n1:1 +error +missing file: create .*sources\.yaml[^\n]*\n\n✖ 1 error/,
    (dir) => rmSync(join(dir, 'sources.yaml')),
  ],
  [
    'a sources.yaml that is a folder',
    (dir) => ['check', '--content', dir],
    1,
    /sources\.yaml\n1:1 +error +this file is not a plain file \(a folder, device, pipe or socket\)/,
    (dir) => {
      rmSync(join(dir, 'sources.yaml'));
      mkdirSync(join(dir, 'sources.yaml'));
    },
  ],
  [
    'SOURCE_DATE_EPOCH that is not a time',
    () => ['check'],
    1,
    /^claimtrail check: SOURCE_DATE_EPOCH="soon" is not a time: use whole seconds since 1970-01-01 UTC, or leave it unset$/m,
    undefined,
    { SOURCE_DATE_EPOCH: 'soon' },
  ],
  [
    'a build day that is no day',
    () => ['build'],
    1,
    /^claimtrail build: CLAIMTRAIL_BUILD_DAY="2026-02-30" is not a day/m,
    undefined,
    { CLAIMTRAIL_BUILD_DAY: '2026-02-30' },
  ],
  [
    'a build with an Astro option it does not pass on: the base comes from CLAIMTRAIL_BASE',
    () => ['build', '--base', '/wire/'],
    2,
    /^claimtrail build: unknown option --base \(the site build takes --outDir DIR, --force, --verbose, --silent\)$/m,
  ],
  [
    'a build with --outDir and no folder',
    () => ['build', '--outDir'],
    2,
    /^claimtrail build: --outDir needs a value$/m,
  ],
  [
    'bundle without a built site',
    (dir) => ['bundle', '--site', dir],
    1,
    /^claimtrail bundle: no built site in .*: run `npm run build` first/m,
  ],
  [
    'ingest of a device',
    () => ['ingest', '/dev/zero'],
    1,
    /^claimtrail ingest: \/dev\/zero: is not a plain file \(a device, a pipe or a socket\)/m,
  ],
  [
    'ingest of a folder',
    (dir) => ['ingest', 'raw', '--content', dir],
    1,
    /^claimtrail ingest: raw: is a folder: name the files in it/m,
  ],
  [
    'ingest of a file whose name is too short for a slug',
    (dir) => ['ingest', join(dir, '..', 'ol.txt'), '--content', dir],
    1,
    /ol\.txt: "ol" cannot be a slug \(3 to 64 lowercase letters, digits and single hyphens\): give one with --slug; nothing written$/m,
    (dir) => {
      writeFileSync(join(dir, '..', 'ol.txt'), readFileSync(scmp));
    },
  ],
  [
    'check of an entry whose file name is too short for a slug',
    (dir) => ['check', '--content', dir],
    1,
    /qq\.mdx\n1:1 +error +file name "qq\.mdx": a slug is 3 to 64 lowercase letters, digits and single hyphens: rename the file/,
    (dir) => {
      writeFileSync(
        join(dir, 'articles/qq.mdx'),
        readFileSync(join(dir, 'articles/wire-report.mdx'), 'utf8').replace(/<\/?Claim[^>]*>/g, ''),
      );
    },
  ],
  [
    'ingest of a file that is not there',
    (dir) => ['ingest', 'raw/none.txt', '--content', dir],
    1,
    /^claimtrail ingest: raw\/none\.txt: no such file; nothing written$/m,
  ],
  [
    'ingest into a corpus folder that does not exist',
    (dir) => ['ingest', scmp, '--content', join(dir, 'nope')],
    2,
    /^claimtrail ingest: there is no corpus folder .*nope: create it \(mkdir .*\) to start a corpus there/m,
  ],
  ...[false, true].map((merge): Case => [
    `ingest${merge ? ' --merge' : ''} where the entry is a folder`,
    (dir) => ['ingest', scmp, '--content', dir, ...(merge ? ['--merge'] : [])],
    1,
    /scmp-2019-xinjiang-diplomats-invited\.mdx exists but is not a file: move it away, or give this file its own --slug; nothing written$/m,
    (dir) => mkdirSync(join(dir, entry)),
  ]),
  ...(
    [
      ['front matter that is not YAML', '---\ntitle: [unclosed\n---\nHello\n'],
      ['front matter of the wrong shape', '---\ntitle: 5\nverdicts: 3\n---\nHello\n'],
      ['MDX that does not parse', '---\ntitle: x\n---\nHello {oops\n'],
      ['an empty file', ''],
      ['front matter never closed', '---\ntitle: x\n'],
    ] as const
  ).map(([what, text]): Case => [
    `ingest --merge of an entry with ${what}`,
    (dir) => ['ingest', scmp, '--content', dir, '--merge'],
    1,
    /^claimtrail ingest: raw\/scmp-2019-xinjiang-diplomats-invited\.txt: .*scmp-2019-xinjiang-diplomats-invited\.mdx exists and cannot be read \(run claimtrail check\): fix it before merging; nothing written$/m,
    (dir) => writeFileSync(join(dir, entry), text),
  ]),
  [
    'ingest --merge of an entry that links out of the corpus',
    (dir) => ['ingest', scmp, '--content', dir, '--merge'],
    1,
    /exists but is a link that leads out of the corpus: move it away, or give this file its own --slug; nothing written/,
    (dir) => {
      writeFileSync(join(dir, '..', 'outside.mdx'), '---\ntitle: x\n---\nHello\n');
      symlinkSync('../../outside.mdx', join(dir, entry));
    },
  ],
];

describe('every failure is a message, never a stack trace', () => {
  it.each(cases)('%s', async (_name, args, status, message, setup, env) => {
    const dir = corpus();
    setup?.(dir);
    const result = await runCli(args(dir), { env });
    expect(result.status, result.stderr).toBe(status);
    expect(result.stderr).toMatch(message);
    expectNoStack(result.stderr);
  });
});

describe('the process: its exit code and its error output', () => {
  // A usage error (2), a corpus with errors and a refused file (1) reach the shell, without a stack,
  // through bin/claimtrail.js, which starts Node again with the TypeScript entry.
  it.concurrent.each([
    ['an unknown command', () => ['frobnicate'], 2, /^unknown command "frobnicate"$/m],
    [
      'a corpus with errors',
      (dir: string) => ['check', '--content', dir],
      1,
      /sources\.yaml\n1:1 +error +missing file/,
      (dir: string) => rmSync(join(dir, 'sources.yaml')),
    ],
    ['ingest of a device', () => ['ingest', '/dev/zero'], 1, /^claimtrail ingest: \/dev\/zero: is not a plain file/m],
  ] as const)('%s', async (_name, args, status, message, setup?: (dir: string) => void) => {
    const dir = corpus();
    setup?.(dir);
    const result = await spawned(args(dir));
    expect(result.status, result.stderr).toBe(status);
    expect(result.stderr).toMatch(message);
    expectNoStack(result.stderr);
  });

  it('a system error nothing else expects is one line naming the command and what it means; CLAIMTRAIL_DEBUG=1 adds the stack', () => {
    if (!existsSync('/dev/full')) return;
    const full = (env: Record<string, string>) =>
      spawnSync('sh', ['-c', `${JSON.stringify(process.execPath)} bin/claimtrail.js new-id 3 > /dev/full`], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
      });
    const quiet = full({});
    expect(quiet.status).toBe(1);
    expect(quiet.stderr).toBe(
      'claimtrail new-id: ENOSPC: no space left on device, write (the disk is full: free some space and run this again)\n',
    );
    const debug = full({ CLAIMTRAIL_DEBUG: '1' });
    expect(debug.status).toBe(1);
    expect(debug.stderr).toMatch(/^\s+at /m);
    expect(debug.stderr.trim().split('\n').at(-1)).toBe(quiet.stderr.trim());
  });

  it('a reader that stops early is no failure: no message, no stack', async () => {
    const child = spawn(process.execPath, ['bin/claimtrail.js', 'new-id', '10000']);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});
