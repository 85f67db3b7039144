// Hostile content, tried as an attacker or a careless editor would (docs/security.md): each case is
// refused with one clear message at its place, and nothing in it runs, leaks or is read from outside
// the corpus. The entries, registry and ledgers are in tests/fixtures/hostile/; links, pipes, sockets
// and huge files are made here, in temporary folders.
import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/core/content/corpus.ts';
import { frontmatter, makeCorpus } from './make-corpus.ts';
import { runCli } from './run-cli.ts';

const hostile = (path: string) => readFileSync(new URL(`../fixtures/hostile/${path}`, import.meta.url), 'utf8');
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Every message of a corpus as "file:line:column rule: reason", the file relative to the corpus. */
function messages(dir: string): string[] {
  const { graph, files } = loadCorpus(dir, { cwd: dir });
  const found = files.flatMap((file) =>
    file.messages.map(
      (message) => `${file.path}:${message.line}:${message.column} ${message.ruleId}: ${message.reason}`,
    ),
  );
  if (found.length) expect(graph).toBeUndefined();
  return found;
}
// In a process of its own: were an entry's code to run, it would exit with its own code, or read the
// secret from the process's environment.
const check = (dir: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['bin/claimtrail.js', 'check', '--content', dir], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

const entry = 'articles/test-article.mdx';
const noCode = 'no-code: an entry holds no code (import, export or { }): escape literal braces as \\{ \\}';
const noLink =
  "no-link: an entry's text links nowhere: keep the words and drop the [ ](…) around them (the article's own address goes in the front matter's url)";
const unknownElement = (name: string) =>
  `unknown-marker: unknown element <${name}>: markers are <Claim>, <Source> and <Caption>; write a literal < as &lt;`;
const tooDeep =
  'nesting: nested more than 32 levels deep (quotes, lists, emphasis or markers inside one another): flatten it';

describe('an entry is data: nothing in it runs or loads, wherever it stands', () => {
  it.each([
    ['caption-exit', [`${entry}:15:1 ${noCode}`]],
    ['caption-write-file', [`${entry}:15:1 ${noCode}`]],
    ['env-in-text', [`${entry}:12:20 ${noCode}`]],
    ['export-env', [`${entry}:12:1 ${noCode}`]],
    ['expression-attribute', [`${entry}:12:48 attribute-value: <Claim> statement: give a quoted value, statement="…"`]],
    ['spread-attribute', [`${entry}:12:37 attribute-value: <Source>: write attributes as name="value", not {…}`]],
    ['caption-img-onerror', [`${entry}:15:1 ${unknownElement('img')}`]],
    ['svg-onload', [`${entry}:12:16 ${unknownElement('svg')}`]],
    ['iframe-javascript', [`${entry}:14:1 ${unknownElement('iframe')}`]],
    ['fragment', [`${entry}:12:16 ${unknownElement('')}`]],
    [
      'caption-onerror',
      [
        `${entry}:14:22 unknown-attribute: <Caption>: unknown attribute onerror; docs/markers.md lists the ones it takes`,
      ],
    ],
    ['link-javascript', [`${entry}:12:16 ${noLink}`]],
    ['link-data', [`${entry}:12:16 ${noLink}`]],
    ['link-reference-vbscript', [`${entry}:12:16 ${noLink}`, `${entry}:14:1 ${noLink}`]],
    ['link-http', [`${entry}:12:16 ${noLink}`]],
    [
      'image-remote',
      [
        `${entry}:14:1 no-image: an entry shows no images (the site loads nothing from elsewhere): say what the picture shows in a <Caption>`,
      ],
    ],
    [
      'html-comment',
      [
        expect.stringMatching(
          /^articles\/test-article\.mdx:12:17 mdx-syntax: MDX does not parse: Unexpected character `!`/,
        ),
      ],
    ],
    [
      'frontmatter-url-javascript',
      [
        `${entry}:6:6 frontmatter: front matter url: an article URL is a web address, http:// or https://… (null when the source does not state it)`,
      ],
    ],
  ])('%s.mdx', (name, expected) => {
    expect(messages(makeCorpus({ 'test-article': hostile(`entries/${name}.mdx`) }))).toEqual(expected);
  });

  it(
    'runs nothing: the check exits 1 (not 7), writes no file and prints no environment variable',
    { timeout: 60_000 },
    () => {
      const target = join(mkdtempSync(join(tmpdir(), 'claimtrail-payload-')), 'written-by-an-article.txt');
      const secret = `secret-${randomUUID()}`;
      const names = ['caption-exit', 'caption-write-file', 'env-in-text', 'export-env', 'expression-attribute'];
      const dir = makeCorpus(
        Object.fromEntries(
          names.map((name) => [name, hostile(`entries/${name}.mdx`).replace('PAYLOAD_TARGET', target)]),
        ),
      );
      const result = check(dir, { CLAIMTRAIL_TEST_SECRET: secret });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('caption-exit.mdx');
      expect(result.stderr).not.toMatch(/\n\s+at /); // a report, not a stack trace
      expect(result.stdout + result.stderr).not.toContain(secret);
      expect(existsSync(target)).toBe(false);
    },
  );

  it('shows a control character quoted from content as an escape, not to the terminal', () => {
    const dir = makeCorpus({
      'test-article': `${frontmatter()}Said <Source id="x\u001b[2J\u202e">someone</Source>.\n`,
    });
    expect(messages(dir)).toEqual([
      `${entry}:12:6 unknown-source: unknown source "x\\u001b[2J\\u202e": add it to sources.yaml or use an existing id`,
    ]);
  });
});

describe('nesting is bounded: a message, never a crash or a parse that takes minutes', () => {
  const sources = (depth: number) => `a ${'<Source id="reuters">'.repeat(depth)}w${'</Source>'.repeat(depth)}\n`;
  it.each([
    // Parsed, then refused by the walk of the tree at the 34th level…
    ['<Source> 500 deep', sources(500), `${entry}:12:696`],
    ['<Source> 1,000 deep', sources(1000), `${entry}:12:696`],
    ['<Source> 2,000 deep', sources(2000), `${entry}:12:696`],
    ['40 quotes', `${'>'.repeat(40)} deep\n`, `${entry}:12:34`],
    ['100 captions', `${'<Caption>\n'.repeat(100)}x\n${'</Caption>\n'.repeat(100)}`, `${entry}:45:1`],
    // …or, where the parser would take minutes, refused before parsing.
    ['10,000 quotes', `${'>'.repeat(10_000)} deep\n`, `${entry}:12:65`],
    ['10,000 lists', `${'- '.repeat(10_000)}deep\n`, `${entry}:12:104`],
    [
      '300 indented lists',
      `${Array.from({ length: 300 }, (_, level) => `${' '.repeat(level * 2)}- x`).join('\n')}\n`,
      `${entry}:140:257`,
    ],
    ['5,000 emphases', `${'*a '.repeat(5000)}x${' b*'.repeat(5000)}\n`, `${entry}:12:193`],
  ])('%s', (_name, body, at) => {
    expect(messages(makeCorpus({ 'test-article': frontmatter() + body }))).toEqual([`${at} ${tooDeep}`]);
  });

  it('the check of 2,000 nested <Source> exits 1 with the message', async () => {
    const result = await runCli(['check', '--content', makeCorpus({ 'test-article': frontmatter() + sources(2000) })]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/12:696\s+error\s+nested more than 32 levels deep/);
  });
});

describe('files stay inside the corpus, and no message tells anything about one outside', () => {
  const outside = mkdtempSync(join(tmpdir(), 'claimtrail-outside-'));
  const secretText = `The secret outside the corpus ${randomUUID()}.`;
  writeFileSync(join(outside, 'secret.txt'), secretText);
  const raw = (file: string, prepare: (dir: string) => void = () => {}) => {
    const dir = makeCorpus({
      'test-article': `${frontmatter().replace('../raw/article.txt', file)}Diplomats said the talks had failed.\n`,
    });
    prepare(dir);
    return dir;
  };
  const refusedRaw = (file: string) =>
    `${entry}:8:9 raw-source: raw source ${file} is not a file in the corpus's raw/ folder or the raw/ folder beside the corpus, reached without links leading out: copy the source there (claimtrail ingest does)`;
  const notPlain = (what: string) =>
    `${what} is not a plain file (a folder, device, pipe or socket): a corpus holds text files only`;

  it.each([
    ['/etc/passwd', () => hostile('entries/raw-absolute.mdx'), '/etc/passwd'],
    [
      '../ out of the corpus to /etc/passwd',
      () => hostile('entries/raw-dotdot.mdx'),
      '../../../../../../../../etc/passwd',
    ],
  ])('refuses %s, revealing neither its hash nor its text', (_name, text, file) => {
    const found = messages(makeCorpus({ 'test-article': text() }));
    expect(found).toEqual([refusedRaw(file)]);
    if (existsSync('/etc/passwd')) {
      const passwd = readFileSync('/etc/passwd');
      expect(found.join('\n')).not.toContain(sha256(passwd));
      expect(found.join('\n')).not.toContain(passwd.toString('utf8').split('\n')[0]);
    }
  });

  it.each([
    ['an absolute path outside', join(outside, 'secret.txt'), undefined],
    [
      'a link in raw/ to a file outside',
      '../raw/leak.txt',
      (dir: string) => symlinkSync(join(outside, 'secret.txt'), join(dir, 'raw', 'leak.txt')),
    ],
    [
      'a raw/ folder that is a link to a folder outside',
      '../raw/secret.txt',
      (dir: string) => {
        renameSync(join(dir, 'raw'), join(dir, 'raw-before'));
        symlinkSync(outside, join(dir, 'raw'));
      },
    ],
    [
      'a link in raw/ through a linked folder',
      '../raw/out/secret.txt',
      (dir: string) => symlinkSync(outside, join(dir, 'raw', 'out')),
    ],
    [
      'a link in raw/ to /dev/zero',
      '../raw/zero.txt',
      (dir: string) => symlinkSync('/dev/zero', join(dir, 'raw', 'zero.txt')),
    ],
    ['/dev/zero', '/dev/zero', undefined],
  ])('refuses %s', (_name, file, prepare) => {
    const found = messages(raw(file, prepare));
    expect(found).toEqual([refusedRaw(file)]);
    expect(found.join('\n')).not.toContain(sha256(secretText));
    expect(found.join('\n')).not.toContain(secretText);
  });

  it('says the same of a file outside whether it exists or not, through a path or a dangling link', () => {
    const anonymous = (file: string, prepare?: (dir: string) => void) =>
      messages(raw(file, prepare)).map((message) => message.replace(file, 'FILE'));
    const existing = anonymous(join(outside, 'secret.txt'));
    expect(anonymous(join(outside, 'no-such-file.txt'))).toEqual(existing);
    expect(
      anonymous('../raw/dangling.txt', (dir) =>
        symlinkSync(join(outside, 'no-such-file.txt'), join(dir, 'raw', 'dangling.txt')),
      ),
    ).toEqual(existing);
    expect(anonymous('../raw/out/no-such-file.txt', (dir) => symlinkSync(outside, join(dir, 'raw', 'out')))).toEqual(
      existing,
    );
  });

  it.each([
    ['a folder', '../raw/folder', (dir: string) => mkdirSync(join(dir, 'raw', 'folder'))],
    [
      'a named pipe, which would never end',
      '../raw/pipe.txt',
      (dir: string) => spawnSync('mkfifo', [join(dir, 'raw', 'pipe.txt')]),
    ],
  ])('refuses a raw source that is %s, before opening it', (_name, file, prepare) => {
    expect(messages(raw(file, prepare))).toEqual([`${entry}:8:9 raw-source: ${notPlain(`raw source ${file}`)}`]);
  });

  it('refuses a raw source that is a socket', async () => {
    const dir = raw('../raw/socket.txt');
    const server = createServer();
    await new Promise<void>((listening) => server.listen(join(dir, 'raw', 'socket.txt'), listening));
    try {
      expect(messages(dir)).toEqual([`${entry}:8:9 raw-source: ${notPlain('raw source ../raw/socket.txt')}`]);
    } finally {
      server.close();
    }
  });

  it('refuses a raw source over 10 MB by its size, without reading it', () => {
    const dir = raw('../raw/huge.txt', (dir) => {
      writeFileSync(join(dir, 'raw', 'huge.txt'), '');
      truncateSync(join(dir, 'raw', 'huge.txt'), 11 * 1024 * 1024);
    });
    expect(messages(dir)).toEqual([
      `${entry}:8:9 raw-source: raw source ../raw/huge.txt is 11.0 MB, over the 10.0 MB a corpus file may hold: is it the right file?`,
    ]);
  });

  it.each([
    [
      'an entry that is a link out of the corpus',
      'articles/linked.mdx',
      (dir: string) => {
        writeFileSync(join(outside, 'entry.mdx'), `${frontmatter()}${secretText}\n`);
        symlinkSync(join(outside, 'entry.mdx'), join(dir, 'articles', 'linked.mdx'));
      },
      'file: this file is a link that leads out of the corpus folder: put the file itself there',
    ],
    [
      'an entry that is a folder',
      'articles/folder.mdx',
      (dir: string) => mkdirSync(join(dir, 'articles', 'folder.mdx')),
      `file: ${notPlain('this file')}`,
    ],
    [
      'an entry over 2 MB',
      'articles/test-article.mdx',
      (dir: string) =>
        writeFileSync(join(dir, 'articles', 'test-article.mdx'), `${frontmatter()}${'Words. '.repeat(450_000)}\n`),
      'file: this file is 3.0 MB, over the 2.0 MB a corpus file may hold: is it the right file?',
    ],
    [
      'a ledger that is a folder',
      'ledger.yaml',
      (dir: string) => mkdirSync(join(dir, 'ledger.yaml')),
      `file: ${notPlain('this file')}`,
    ],
  ])('refuses %s', (_name, path, prepare, message) => {
    const dir = makeCorpus({ 'test-article': `${frontmatter()}Diplomats said the talks had failed.\n` });
    prepare(dir);
    const found = messages(dir);
    expect(found).toEqual([`${path}:1:1 ${message}`]);
    expect(found.join('\n')).not.toContain(secretText);
  });

  it.each([
    ['a named pipe', (path: string) => (rmSync(path), spawnSync('mkfifo', [path])), notPlain('this file')],
    [
      'over 5 MB',
      (path: string) => truncateSync(path, 6 * 1024 * 1024),
      'this file is 6.0 MB, over the 5.0 MB a corpus file may hold: is it the right file?',
    ],
  ])('refuses a sources.yaml that is %s', (_name, make, message) => {
    const dir = makeCorpus({ 'test-article': `${frontmatter()}Diplomats said the talks had failed.\n` });
    make(join(dir, 'sources.yaml'));
    expect(messages(dir)).toContain(`sources.yaml:1:1 file: ${message}`);
  });
});

describe('YAML: aliases and nesting are bounded, and the shape is checked', () => {
  const article = { 'test-article': `${frontmatter()}Diplomats said the talks had failed.\n` };

  it('refuses a registry of aliases of aliases ("billion laughs"), naming the file and the first alias', () => {
    expect(messages(makeCorpus(article, hostile('registry/alias-bomb.yaml')))).toEqual([
      'sources.yaml:9:16 yaml: YAML: aliases expand too far (more than 100 uses): write the values out',
    ]);
  });

  it('refuses a registry nested 1,000 deep', () => {
    expect(messages(makeCorpus(article, `${'['.repeat(1000)}${']'.repeat(1000)}\n`))).toEqual([
      'sources.yaml:1:1 yaml: YAML: nested too deep to read: flatten the lists and maps',
    ]);
  });
});

describe('ledger anchors stay inside the raw text, and a mismatch quotes it short', () => {
  const published = (
    ledger: string,
    body = 'Diplomats said <Claim id="abc123" kind="event">the talks had failed</Claim> on Monday.\n',
  ) => {
    const dir = makeCorpus({ 'test-article': frontmatter() + body });
    writeFileSync(join(dir, 'ledger.yaml'), ledger);
    return dir;
  };

  it.each([
    [
      'negative-start',
      'ledger.yaml:7:22 ledger: ledger claims.abc123.anchor.start: Too small: expected number to be >=0',
    ],
    [
      'end-before-start',
      'ledger.yaml:7:31 ledger: ledger claims.abc123.anchor.end: end comes after start: the words stand from character start to character end',
    ],
    [
      'huge-end',
      'ledger.yaml:7:31 ledger: ledger claims.abc123.anchor.end: Too big: expected int to be <=9007199254740991',
    ],
    [
      'beyond-text',
      'ledger.yaml:7:31 ledger: claim "abc123": its anchor ends at character 5000000, past the end of its raw source ../raw/article.txt (47 characters): restore the anchor recorded at publication, or withdraw the claim',
    ],
    ['not-a-map', 'ledger.yaml:2:1 ledger: ledger: Invalid input: expected object, received array'],
  ])('%s.yaml', (name, expected) => {
    expect(messages(published(hostile(`ledger/${name}.yaml`)))).toEqual([expected]);
  });

  it('looks ids up as data: a claim with the id "constructor" is new, not one the ledger holds', () => {
    const dir = published(
      'claims: {}\n',
      'Diplomats said <Claim id="constructor" kind="event">the talks had failed</Claim> on Monday.\n',
    );
    expect(messages(dir)).toEqual([]);
    expect(loadCorpus(dir).graph!.claims[0]).toMatchObject({ id: 'constructor', published: null });
  });

  it('quotes at most 80 characters of the raw text when an anchor spans the whole of it', () => {
    const text = `${'A long paragraph of the raw source. '.repeat(2000)}`;
    const body = `${text}Diplomats said <Claim id="abc123" kind="event">the talks had failed</Claim> on Monday.\n`;
    const ledger = hostile('ledger/beyond-text.yaml').replace(
      'start: 15, end: 5000000',
      `start: 0, end: ${text.length + 47}`,
    );
    const found = messages(published(ledger, body));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(
      `: the raw source ../raw/article.txt changed under it: at characters 0–${text.length + 47} it now has “${text.slice(0, 80)}…” where “the talks had failed” stood`,
    );
    expect(found[0]!.length).toBeLessThan(500);
  });
});
