// Editorial pages (About, Methodology, Corrections) are content: text and plain links, checked as
// strictly as an entry. The Corrections page lists what the ledger and the verdicts record.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadCorpus, loadCorpusOrThrow } from '../../src/core/content/corpus.ts';
import { checkEditorialPage, corrections, linkProblem } from '../../src/core/content/editorial.ts';
import { frontmatter, makeCorpus } from './make-corpus.ts';

const page = (body: string, head = 'title: About this site\n') => `---\n${head}---\n${body}`;
const check = (text: string) => {
  const file = new VFile({ path: 'pages/about.mdx', value: text });
  const data = checkEditorialPage(file);
  return { data, messages: file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`) };
};

describe('an editorial page', () => {
  it('may hold text, sections, lists, quotes, emphasis and plain links', () => {
    const { data, messages } = check(
      page(
        `Intro with *emphasis*, **strong** and \`code\`.

## Section

- a [web page](https://example.org/about?x=1#y) and an [insecure one](http://example.org)
- an [address](mailto:desk@example.org), a [page of this site](claims.html), [one below](claims/abc123.html#words)

> A quotation, and a [section](#section) of this page.
`,
        'title: About this site\ndescription: What this site is.\n',
      ),
    );
    expect(messages).toEqual([]);
    expect(data).toEqual({ title: 'About this site', description: 'What this site is.' });
  });

  it.each([
    ['an import', 'import x from "./x.js"\n', /^4:1 an entry holds no code/],
    ['an expression', 'Two is {1 + 1}.\n', /^4:8 an entry holds no code/],
    ['a script element', '<script>alert(1)</script>\n', /^4:1 a page holds no elements/],
    ['an element in text', 'Text <b onclick="alert(1)">bold</b>.\n', /^4:6 a page holds no elements/],
    [
      'a javascript: link',
      '[click](javascript:alert(1))\n',
      /^4:1 link to a "javascript:" address: a page links to http:\/\/, https:\/\/ or mailto: addresses/,
    ],
    ['a javascript: link in capitals', '[click](JAVASCRIPT:alert(1))\n', /^4:1 link to a "javascript:" address/],
    [
      'a javascript: link spelt with a character reference',
      '[click](jav&#x61;script:alert(1))\n',
      /^4:1 link to a "javascript:" address/,
    ],
    [
      'a javascript: link split by an encoded tab',
      '[click](java&#9;script:alert(1))\n',
      /^4:1 a link's address has no spaces, line breaks or backslashes/,
    ],
    ['a data: link', '[click](data:text/html;base64,PHNjcmlwdD4=)\n', /^4:1 link to a "data:" address/],
    [
      'a link from the root, which breaks under a sub-path',
      '[claims](/claims.html)\n',
      /^4:1 link to "\/claims\.html": link to a page of this site by a relative path/,
    ],
    [
      'a protocol-relative link',
      '[elsewhere](//evil.example/x)\n',
      /^4:1 link to "\/\/evil\.example\/x": link to a page of this site by a relative path/,
    ],
    ['an image', '![a chart](https://example.org/chart.png)\n', /^4:1 a page shows no images/],
    [
      'a second top heading',
      '# Another title\n',
      /^4:1 the page's title \(front matter "title:"\) is its only top heading: start sections at ##/,
    ],
    [
      'a code block',
      '```\ncode\n```\n',
      /^4:1 unsupported block "code": a page is paragraphs, headings, lists, quotes and links/,
    ],
  ])('refuses %s, at its line and column', (_, body, expected) => {
    const { data, messages } = check(page(body));
    expect(messages).toEqual([expect.stringMatching(expected)]);
    expect(data).toBeUndefined();
  });

  it('refuses a link reference and its definition, each where it stands', () => {
    expect(check(page('[the desk][desk]\n\n[desk]: https://example.org\n')).messages).toEqual([
      '4:1 write the address in the link itself, [words](https://…): a page has no link references or definitions',
      '6:1 write the address in the link itself, [words](https://…): a page has no link references or definitions',
    ]);
  });

  it.each([
    [
      'no front matter',
      'Text.\n',
      [
        '1:1 missing front matter: start the page with ---, a line "title: …", and --- (a "description: …" line is optional)',
      ],
    ],
    [
      'no title',
      page('Text.\n', 'description: A page.\n'),
      ['2:1 front matter title: give the page a title ("title: …")'],
    ],
    [
      'an unknown field',
      page('Text.\n', 'title: About\nlayout: ../../secret.astro\n'),
      ['3:9 front matter: unknown field layout'],
    ],
  ])('refuses a page with %s', (_, text, expected) => {
    expect(check(text).messages).toEqual(expected);
  });

  it.each([
    ['https://example.org/', undefined],
    ['mailto:desk@example.org', undefined],
    ['methodology.html', undefined],
    ['../index.html', undefined],
    ['#section', undefined],
    [
      'vbscript:msgbox(1)',
      'link to a "vbscript:" address: a page links to http://, https:// or mailto: addresses, or to pages of this site by a relative path',
    ],
    [
      'file:///etc/passwd',
      'link to a "file:" address: a page links to http://, https:// or mailto: addresses, or to pages of this site by a relative path',
    ],
    ['https://', 'link to "https://": not a web address'],
    [
      'java\nscript:alert(1)',
      "a link's address has no spaces, line breaks or backslashes: write it as the browser shows it",
    ],
    [
      '\\\\evil.example\\x',
      "a link's address has no spaces, line breaks or backslashes: write it as the browser shows it",
    ],
  ])('a link to %j: %s', (url, expected) => {
    expect(linkProblem(url)).toBe(expected);
  });

  it("the built-in pages, and the sample site's own, pass the same check", () => {
    const files = [
      ...readdirSync('src/default-pages').map((name) => join('src/default-pages', name)),
      ...readdirSync('content/pages').map((name) => join('content/pages', name)),
    ];
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const path of files) expect(check(readFileSync(path, 'utf8')).messages, path).toEqual([]);
  });
});

describe('editorial pages in a corpus', () => {
  const article = `${frontmatter()}Diplomats said the talks had failed.\n`;
  const withPages = (pages: Record<string, string>) => {
    const dir = makeCorpus({ 'test-article': article });
    mkdirSync(join(dir, 'pages'));
    for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, 'pages', name), text);
    return dir;
  };
  const problems = (dir: string) =>
    loadCorpus(dir, { cwd: dir }).files.flatMap((file) =>
      file.messages.map((message) => `${file.path}:${message.line}:${message.column} ${message.reason}`),
    );

  it('are optional: the corpus says which it writes itself', () => {
    expect(loadCorpus(makeCorpus({ 'test-article': article })).pages).toEqual([]);
    const dir = withPages({
      'about.mdx': page('About us.\n'),
      'corrections.mdx': page('Our policy.\n', 'title: Corrections\n'),
    });
    expect(problems(dir)).toEqual([]);
    expect(loadCorpus(dir).pages).toEqual(['about', 'corrections']);
  });

  it('stop the build when one is refused, or has a name no page has', () => {
    const dir = withPages({ 'about.mdx': page('[x](javascript:alert(1))\n'), 'team.mdx': page('Us.\n') });
    expect(problems(dir)).toEqual([
      'pages/about.mdx:4:1 link to a "javascript:" address: a page links to http://, https:// or mailto: addresses, or to pages of this site by a relative path',
      'pages/team.mdx:1:1 no editorial page is called "team": the pages are about.mdx, methodology.mdx, corrections.mdx; rename the file',
    ]);
    expect(loadCorpus(dir).graph).toBeUndefined();
  });
});

describe('the corrections list', () => {
  it('lists withdrawn and merged claims (the ledger) and changed ratings (the verdicts), newest first', () => {
    // tests/fixtures/minimal-corpus: wd01xx withdrawn on 2 November, mg02xx merged into tw22ab on
    // 3 November, and tw22ab rated unproven on 19 November, then true on 20 November.
    expect(corrections(loadCorpusOrThrow('tests/fixtures/minimal-corpus'))).toEqual([
      {
        date: '2026-11-20',
        change: 're-rated',
        type: 'claim',
        id: 'tw22ab',
        route: 'claims/tw22ab.html',
        label: 'Twenty-two countries signed a letter on Wednesday.',
        reason: 'The letter, published the next day, lists twenty-two signatory countries.',
        ratings: { from: 'unproven', to: 'true', reviewer: 'Fact-check desk' },
      },
      {
        date: '2026-11-03',
        change: 'merged',
        type: 'claim',
        id: 'mg02xx',
        route: 'claims/mg02xx.html',
        label: 'signed a letter on Wednesday',
        reason: 'The same fact as the longer claim.',
        into: { id: 'tw22ab', route: 'claims/tw22ab.html' },
      },
      {
        date: '2026-11-02',
        change: 'withdrawn',
        type: 'claim',
        id: 'wd01xx',
        route: 'claims/wd01xx.html',
        label: 'Twenty countries signed',
        reason: 'The agency corrected the count to twenty-two.',
      },
    ]);
  });

  it('leaves out a verdict that repeats the rating before it: nothing changed', () => {
    const graph = loadCorpusOrThrow('tests/fixtures/minimal-corpus');
    const claim = graph.claims[0]!;
    const confirmed = {
      ...claim,
      verdicts: claim.verdicts.map((verdict) => ({ ...verdict, rating: 'true' as const })),
    };
    expect(corrections({ ...graph, claims: [confirmed] }).map((item) => item.change)).toEqual(['merged', 'withdrawn']);
  });

  it('is empty for a site that has corrected nothing', () => {
    expect(corrections(loadCorpusOrThrow('content'))).toEqual([]);
  });
});
