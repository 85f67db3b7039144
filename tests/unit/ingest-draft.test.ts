// The draft of an ingested article is a content entry the project's own checker accepts: both
// sample sources and the test articles, re-ingested from their raw files, load without errors.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { loadCorpus } from '../../src/core/content/corpus.ts';
import { report } from '../../src/core/diagnostics.ts';
import { buildDraft } from '../../src/core/ingest/draft.ts';
import { ingest, type IngestOptions } from '../../src/core/ingest/ingest.ts';
import { extractArticle, parseArticle } from '../../src/core/content/markers.ts';
import { readRegistry } from '../../src/core/content/registry.ts';
import { statementSchema } from '../../src/core/schema.ts';

const root = join(import.meta.dirname, '../..');
const fixtures = join(import.meta.dirname, '../fixtures/ingest');
const registryText = readFileSync(join(root, 'content/sources.yaml'), 'utf8');
const registry = readRegistry(new VFile({ value: registryText }));

/**
 * Ingests raw files into a fresh corpus and loads it. As the CLI does, each file's draft sources are
 * added to the registry before the next file is read, so later files reuse them.
 */
function ingestIntoCorpus(files: { path: string; publisher?: string }[]) {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-ingest-'));
  mkdirSync(join(dir, 'articles'));
  mkdirSync(join(dir, 'raw'));
  let sources = registryText;
  const results = files.map(({ path, publisher }) => {
    const name = basename(path);
    copyFileSync(path, join(dir, 'raw', name));
    const current = readRegistry(new VFile({ value: sources }));
    const options: IngestOptions = {
      path,
      bytes: readFileSync(path),
      registry: current,
      sourceFile: `../raw/${name}`,
      publisher,
    };
    const { file, ingested } = ingest(options);
    expect(report([file])).toBe('');
    writeFileSync(join(dir, 'articles', `${name.replace(/\.\w+$/, '')}.mdx`), ingested!.draft.mdx);
    if (ingested!.newSources.length) sources += `\n${stringify(ingested!.newSources)}`;
    return ingested!;
  });
  writeFileSync(join(dir, 'sources.yaml'), sources);
  return { dir, results, loaded: loadCorpus(dir, { cwd: dir }) };
}

describe('drafts pass the project checker', () => {
  test('both sample sources, re-ingested from raw/', () => {
    const { loaded, results } = ingestIntoCorpus([
      { path: join(root, 'raw/scmp-2019-xinjiang-diplomats-invited.txt') },
      { path: join(root, 'raw/cnn-2019-22-nations-letter.txt'), publisher: 'cnn' },
    ]);
    expect(report(loaded.files)).toBe('');
    const graph = loaded.graph!;
    expect(graph.articles.map((article) => article.review)).toEqual(['auto', 'auto']);
    // Every claim is anchored in its raw file where the ingest said its words stand.
    for (const { draft } of results)
      for (const claim of draft.claims)
        expect(graph.claims.find((other) => other.id === claim.id)?.anchor).toMatchObject(claim.raw!);
  });

  test('the SCMP draft states what the file states, and nothing else', () => {
    const { results } = ingestIntoCorpus([{ path: join(root, 'raw/scmp-2019-xinjiang-diplomats-invited.txt') }]);
    expect(results[0]!.draft.frontmatter).toMatchObject({
      title: 'China invites European diplomats to visit Xinjiang as backlash grows over Muslim camps',
      publisher: 'scmp', // from "Why you can trust SCMP", known to the registry
      authors: ['Zhenhua Lu', 'Mimi Lau'],
      date: null,
      url: null,
      review: 'auto',
    });
  });

  test('the test articles from other outlets, with their draft sources', () => {
    const names = readdirSync(fixtures).filter((name) => /\.(txt|html)$/.test(name) && !name.includes('login'));
    const { loaded, results } = ingestIntoCorpus(
      names.map((name) => ({ path: join(fixtures, name), publisher: 'Invented Outlet' })),
    );
    expect(report(loaded.files)).toBe('');
    expect(results.every(({ draft }) => draft.claims.length > 0)).toBe(true);
    // Every claim carries its drafted model on the marker, read back as written: nothing is left for the loader to draft.
    const graph = loaded.graph!;
    for (const { draft } of results)
      for (const claim of draft.claims) {
        const loadedClaim = graph.claims.find((other) => other.id === claim.id)!;
        expect(statementSchema.safeParse(claim.statement).success, claim.statement).toBe(true);
        expect(loadedClaim).toMatchObject({
          statement: claim.statement,
          stance: claim.stance,
          hedges: claim.hedges,
          drafted: [],
        });
        // A relayed claim names its claimant; only the publisher's own voice has none, and an accusation is never the publisher's.
        if (claim.stance === 'asserts') expect(claim.by).toEqual([]);
        else expect(loadedClaim.claimant, claim.text).not.toBeNull();
        if (claim.stance === 'reports-allegation') expect(loadedClaim.claimant).not.toBe(draft.frontmatter.publisher);
      }
    // "&" in a statement is written as a character reference and read back as "&".
    expect(graph.claims.some((claim) => claim.statement.includes('boat & to fund'))).toBe(true);
  });

  test('a press release whose issuer is its publisher: the issuer is not proposed again as a source', () => {
    const { loaded, results } = ingestIntoCorpus([
      { path: join(fixtures, 'release-water.txt'), publisher: 'Harlow Valley Water' },
    ]);
    expect(report(loaded.files)).toBe('');
    expect(results[0]!.newSources.filter((source) => source.id === 'harlow-valley-water')).toHaveLength(1);
    // "the company said" in the issuer's own release is its own voice.
    const customers = results[0]!.draft.claims.find((claim) => claim.text.startsWith('Customers will not be charged'))!;
    expect(customers).toMatchObject({ stance: 'asserts', by: [] });
  });
});

test('a text full of MDX and Markdown syntax, and astral characters, ingests into an entry the checker accepts', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'claimtrail-raw-')), 'code-heavy.txt');
  writeFileSync(
    path,
    [
      'Council publishes {budget} figures for <2025> as deficit reaches 40 million',
      '😀 import budget from "council"; the mayor said the deficit of 40 million euros was *the worst* in 20 years.',
      'export figures show the council spent 12% more than planned, according to the auditor {office}.',
      '# 3 things: the council voted 7 to 2 on Tuesday to raise parking fees by 50% & cut bus routes.',
      '- The opposition said the plan would cost families <b>200 euros</b> a year, a figure the mayor denied.',
    ].join('\n\n'),
  );
  const { loaded, results } = ingestIntoCorpus([{ path, publisher: 'cnn' }]);
  expect(report(loaded.files)).toBe('');
  expect(results[0]!.draft.claims.length).toBeGreaterThanOrEqual(4);
  // Raw offsets count code points, as the ledger does, past the emoji too.
  for (const claim of results[0]!.draft.claims)
    expect(loaded.graph!.claims.find((other) => other.id === claim.id)?.anchor).toMatchObject(claim.raw!);
});

describe('ingest', () => {
  const base = { registry, sourceFile: '../raw/x.txt' };
  test.each([
    ['an HTML page with no article', 'login.html', readFileSync(join(fixtures, 'page-login.html')), /no article/],
    [
      'a text with no publisher stated or given',
      'x.txt',
      new TextEncoder().encode('The council voted on Tuesday to close the bridge for repairs lasting six months.'),
      /publisher/,
    ],
    ['a bad --date', 'x.txt', new TextEncoder().encode('The council voted.'), /not a date/],
  ])('refuses %s, naming the file', (_, path, bytes, reason) => {
    const { file, ingested } = ingest({
      ...base,
      path,
      bytes,
      ...(String(reason).includes('date') ? { publisher: 'cnn', date: '2019-13-45' } : {}),
    });
    expect(ingested).toBeUndefined();
    expect(String(file.messages[0])).toMatch(new RegExp(`^${path}:1:1: .*${reason.source}`));
  });

  test('a publisher given by name or alias is found in the registry; an unknown one becomes a draft outlet', () => {
    const bytes = new TextEncoder().encode(
      'The council voted on Tuesday to close the bridge for repairs lasting six months.',
    );
    expect(
      ingest({ ...base, path: 'x.txt', bytes, publisher: 'South China Morning Post' }).ingested!.draft.frontmatter
        .publisher,
    ).toBe('scmp');
    const unknown = ingest({ ...base, path: 'x.txt', bytes, publisher: 'The Valley Times' }).ingested!;
    expect(unknown.draft.frontmatter.publisher).toBe('the-valley-times');
    expect(unknown.newSources[0]).toMatchObject({ id: 'the-valley-times', name: 'The Valley Times', type: 'outlet' });
  });

  test('HTML metadata goes into the front matter; what the page does not state stays null', () => {
    const { ingested } = ingest({
      ...base,
      path: 'page-ferry.html',
      bytes: readFileSync(join(fixtures, 'page-ferry.html')),
    });
    expect(ingested!.draft.frontmatter).toMatchObject({
      title: 'Ferry service to Orla Island suspended after hull damage',
      authors: ['Nadia Brook'],
      date: '2022-05-18',
      url: 'https://gazette.example/news/2022/05/ferry-orla-suspended',
      publisher: 'the-harbour-gazette',
    });
    const plain = ingest({
      ...base,
      path: 'x.txt',
      bytes: new TextEncoder().encode(
        'The council voted on Tuesday to close the bridge for repairs lasting six months.',
      ),
      publisher: 'cnn',
    });
    expect(plain.ingested!.draft.frontmatter).toMatchObject({ title: null, authors: [], date: null, url: null });
  });

  test('re-ingesting keeps the ids of claims whose words still match', () => {
    const bytes = readFileSync(join(root, 'raw/cnn-2019-22-nations-letter.txt'));
    const first = ingest({ ...base, path: 'cnn.txt', bytes, publisher: 'cnn' }).ingested!.draft.claims;
    const keepIds = new Map(first.map((claim) => [claim.text, claim.id]));
    const again = ingest({ ...base, path: 'cnn.txt', bytes, publisher: 'cnn', keepIds }).ingested!.draft.claims;
    expect(again.map((claim) => claim.id)).toEqual(first.map((claim) => claim.id));
    const fresh = ingest({ ...base, path: 'cnn.txt', bytes, publisher: 'cnn' }).ingested!.draft.claims;
    expect(fresh.filter((claim) => keepIds.get(claim.text) === claim.id)).toEqual([]);
  });
});

test.each([
  [
    'KESTWICK – The harbour board voted 9 to 4 on Monday to dredge the port.',
    'The harbour board voted 9 to 4 on Monday to dredge the port',
  ],
  [
    'KESTWICK, U.K., 4 March 2025 – The harbour board today approved a £6 million plan to dredge the port.',
    'The harbour board today approved a £6 million plan to dredge the port',
  ],
])('a dateline stays outside the claim: %s', (text, claim) => {
  const blocks = [
    {
      type: 'paragraph' as const,
      text,
      credit: null,
      rawOffsets: Array.from({ length: text.length + 1 }, (_, index) => index),
    },
  ];
  const { claims } = buildDraft({
    blocks,
    raw: text,
    format: 'text',
    registry,
    frontmatter: {
      title: null,
      publisher: 'cnn',
      authors: [],
      date: null,
      url: null,
      source: { file: 'x', sha256: 'a'.repeat(64) },
    },
  });
  expect(claims.map((found) => found.text)).toEqual([claim]);
});

describe('escaping: any text compiles and reads back as itself', () => {
  const nasty = [
    'Use {braces} and <tags> or </Claim> in text.',
    'import x from "y"; export const z = 1;',
    'export default function() {}',
    '- not a list, # not a heading, > not a quote',
    '1. not a numbered list',
    '*stars* and _underscores_ and `ticks` and [links](http://x) and \\backslash and &amp; and | pipes ~tilde~',
    '<!-- not a comment -->',
  ];
  test.each(nasty)('%s', (text) => {
    const blocks = [{ type: 'paragraph' as const, text, credit: null, rawOffsets: null }];
    const { mdx } = buildDraft({
      blocks,
      raw: text,
      format: 'text',
      registry,
      frontmatter: {
        title: null,
        publisher: 'cnn',
        authors: [],
        date: null,
        url: null,
        source: { file: 'x', sha256: 'a'.repeat(64) },
      },
    });
    const file = new VFile({ value: mdx });
    const article = extractArticle(file, parseArticle(file)!);
    expect(report([file])).toBe('');
    expect(article.cleanText).toBe(text);
  });
});

// "The agency said…" became Reuters on all 1,799 claims of a long text that never names Reuters: the
// registry's alias "the agency" was applied out of context. A generic alias stands for its registry
// source only where the article has named the source in full (or its government, or it is the publisher).
describe('generic aliases in a whole article', () => {
  const sentences = (count: number, line: (index: number) => string) =>
    Array.from({ length: count }, (_, index) => line(index)).join('\n\n');
  test.each([
    [
      '"the agency" in a long text that never names Reuters',
      sentences(
        300,
        (index) => `The agency said ${index + 2} villages in the north had been cut off by floods on Monday.`,
      ),
      'reuters',
      false,
    ],
    [
      '"the agency" after the article names Reuters',
      `Reuters reported on Monday that floods had cut off the north.\n\n${sentences(20, (index) => `The agency said ${index + 2} villages had been cut off.`)}`,
      'reuters',
      true,
    ],
    [
      '"the ministry" where China is never named',
      sentences(20, (index) => `The ministry said ${index + 3} officials had been sent to the region.`),
      'china-foreign-ministry',
      false,
    ],
    [
      '"the ministry" after the article names China',
      `China has sent envoys to the region.\n\n${sentences(20, (index) => `The ministry said ${index + 3} officials had been sent to the region.`)}`,
      'china-foreign-ministry',
      true,
    ],
  ])('%s', (_, text, id, attributed) => {
    const { ingested } = ingest({
      path: 'agency.txt',
      bytes: new TextEncoder().encode(text),
      registry,
      sourceFile: '../raw/agency.txt',
      publisher: 'Valley Courier',
    });
    const claims = ingested!.draft.claims;
    expect(claims.length).toBeGreaterThan(10);
    const by = claims.filter((claim) => claim.by.includes(id));
    if (attributed) expect(by.length).toBeGreaterThan(claims.length - 3);
    else {
      expect(by).toEqual([]);
      expect(ingested!.draft.mdx).not.toContain(`<Source id="${id}">`);
      // The words name an agency the text does not identify: a draft source, for the editor to resolve.
      expect(claims.every((claim) => claim.by.length === 1 && claim.by[0] !== id)).toBe(true);
    }
  });
});
