// Whatever a raw file holds, ingest either refuses it with a message or drafts an entry that the
// project's own check accepts (docs/security.md: "The entry ingest drafts from it escapes everything MDX
// would read as code, and passes the same check as a hand-written one"). A seeded property test: the
// same 200 files every run, generated from a small PRNG: random bytes read as text, random characters,
// news sentences with code, markup and odd numbers in them, and saved pages with scripts, styles,
// deep nesting and hostile metadata. No clock is read and nothing waits.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { loadCorpus } from '../../src/core/content/corpus.ts';
import { report } from '../../src/core/diagnostics.ts';
import { ingest } from '../../src/core/ingest/ingest.ts';
import { findQuantities } from '../../src/core/quantities.ts';
import { readRegistry } from '../../src/core/content/registry.ts';
import { prng } from '../../scripts/lib/prng.ts';

const root = join(import.meta.dirname, '../..');
const registryText = readFileSync(join(root, 'content/sources.yaml'), 'utf8');

type Random = ReturnType<typeof prng>;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const times = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** What MDX, HTML, Markdown, YAML, a spreadsheet or a number parser might read as more than text. */
const hostile = [
  '{process.exit(7)}',
  '{...props}',
  '${process.env.HOME}',
  '`rm -rf /`',
  '```js',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<Claim id="aaaaaa" kind="statement">',
  '</Claim>',
  '<Source id="reuters">',
  '</Source>',
  '<Caption credit="x">',
  '<>',
  '</>',
  'import fs from "node:fs"',
  'export const x = 1',
  '<!-- comment -->',
  '[click](javascript:alert(1))',
  '![pic](https://evil.example/x.png)',
  '# heading',
  '* star *',
  '_under_',
  '| a | b |',
  '~~strike~~',
  '\\',
  '&amp;',
  '&#x3C;script&#x3E;',
  '&lt;b&gt;',
  '"',
  '“',
  '”',
  "'",
  '’',
  '«',
  '»',
  '=HYPERLINK("http://x")',
  '+1',
  '-2',
  '@SUM(A1)',
  'U.S.',
  'No. 10',
  'Dr.',
  '...',
  '…',
  '—',
  '‮RTL',
  '\u200b',
  '🏥',
  '𝐀',
  '9'.repeat(400),
  '1e999',
  '½',
  '1,2,3',
  '0.0000001',
  'hundred '.repeat(60).trim(),
  '$5 billion',
  '10%',
  'between 3 and 2 million',
  'about 0.3',
  'more than 1,000,000,000,000,000,000,000 people',
  'up to 99999999999999999999 homes',
  'tens of toString',
  'a valueOf',
];
const subjects = [
  'The council',
  'Police',
  'The agency',
  'The ministry',
  'Officials in Valmora',
  'Reuters',
  'Dr. Ana Ruiz',
  'He',
  'The Post',
  'Critics',
  'One source',
  'The company',
];
const verbs = [
  'said',
  'reported',
  'denied',
  'confirmed',
  'told the agency',
  'accused the mayor of',
  'estimated',
  'warned',
];
const objects = [
  'that 300 homes were flooded',
  'more than 1,200 people had fled',
  'the bridge would close for up to six months',
  'the claims',
  'about 40 percent of the budget',
  'that the plan had been approved on 12 March 2024',
];

function sentence(random: Random): string {
  const words = [pick(random, subjects), pick(random, verbs), pick(random, objects)];
  for (let n = times(random, 0, 3); n > 0; n--) words.splice(times(random, 0, words.length), 0, pick(random, hostile));
  return `${words.join(' ')}${pick(random, ['.', '.', '!', '?', '', '."', ' –'])}`;
}

function paragraphs(random: Random, count: number): string[] {
  return Array.from({ length: count }, () =>
    Array.from({ length: times(random, 1, 4) }, () => sentence(random)).join(' '),
  );
}

/** Random bytes, read as UTF-8 with every malformed sequence replaced (what a careless scraper saves). */
function randomBytes(random: Random): string {
  const bytes = Uint8Array.from({ length: times(random, 1, 3000) }, () =>
    random() < 0.6 ? times(random, 32, 126) : times(random, 0, 255),
  );
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes).replaceAll('\u0000', '');
}

/** Characters from all over Unicode, words and spaces among them. */
function randomCharacters(random: Random): string {
  const ranges: [number, number][] = [
    [0x20, 0x7e],
    [0xa0, 0x24f],
    [0x370, 0x3ff],
    [0x590, 0x6ff],
    [0x2000, 0x206f],
    [0x3040, 0x30ff],
    [0x4e00, 0x4fff],
    [0x1f300, 0x1f6ff],
    [0xfe00, 0xfe0f],
    [0x0300, 0x036f],
  ];
  let text = '';
  for (let n = times(random, 1, 2000); n > 0; n--) {
    const [low, high] = pick(random, ranges);
    text +=
      random() < 0.15
        ? pick(random, [' ', '\n', '\n\n', '. ', pick(random, hostile)])
        : String.fromCodePoint(times(random, low, high));
  }
  return text;
}

/** A scraped article: a headline, a byline, paragraphs with hostile words, clutter, a table, a copyright line. */
function newsText(random: Random): string {
  const lines = [
    pick(random, [
      'Storm hits coast',
      'Council denies {claims} about <b>bridge</b>',
      'Analysis: Why the `bridge` failed',
      'Home truths about the bridge',
      pick(random, hostile),
    ]),
  ];
  if (random() < 0.7)
    lines.push(
      pick(random, ['By Jane Roe', 'By {user.name}', 'By <script>x</script> and Tom Lee', 'Updated 3 hours ago']),
    );
  for (const paragraph of paragraphs(random, times(random, 1, 12))) {
    lines.push(paragraph);
    if (random() < 0.2)
      lines.push(
        pick(random, [
          'Advertisement',
          'Share this article',
          '| Year | Deaths |\n|---|---|\n| 2019 | 12 |',
          'Photo: AP',
          '- a bullet {x}',
          '1. a numbered <line>',
          '> quoted *text*',
        ]),
      );
  }
  if (random() < 0.5)
    lines.push(pick(random, ['© 2024 The Daily Example', '© 2024 {evil}', 'Copyright (c) 2020 <Gazette>']));
  return lines.join(random() < 0.8 ? '\n\n' : '\n');
}

/** A saved page: metadata (some hostile), nesting up to thousands deep, scripts and styles inside paragraphs. */
function htmlPage(random: Random): string {
  const escape = (text: string) =>
    random() < 0.7 ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;
  const meta = [
    random() < 0.5
      ? `<meta property="og:site_name" content="${pick(random, ['The Daily Example', '<script>x</script>', '{site}', '=cmd|x', 'A'.repeat(300), ''])}">`
      : '',
    random() < 0.3
      ? `<script type="application/ld+json">${pick(random, ['{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Valley Courier"}}', '{"@graph":[{"@type":"Article","publisher":{"@id":"#o"}},{"@id":"#o","name":"Graph Times"}]}', '{"@type":"NewsArticle","publisher":', '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]', '{"@type":"Article","publisher":{"name":{"x":1}}}'])}</script>`
      : '',
    random() < 0.2 ? '<meta name="application-name" content="Example News App">' : '',
  ].join('');
  const depth = pick(random, [0, 0, 3, 40, 600, 3000]);
  const open = Array.from(
    { length: depth },
    () => `<${pick(random, ['div', 'span', 'section', 'blockquote', 'ul><li', 'em', 'b'])}>`,
  ).join('');
  const body = paragraphs(random, times(random, 1, 10))
    .map((paragraph) => {
      const inside =
        random() < 0.3
          ? pick(random, [
              '<script>alert("body")</script>',
              '<style>p{color:red}</style>',
              '<noscript>Enable JavaScript now</noscript>',
              '<template><p>hidden</p></template>',
              '<!-- note -->',
              '<![CDATA[x]]>',
              '<a href="javascript:alert(1)">link</a>',
              '<img src=x onerror=alert(1)>',
            ])
          : '';
      const at = Math.floor(random() * paragraph.length);
      return `<${pick(random, ['p', 'p', 'h2', 'li', 'figcaption', 'pre', 'div'])}>${escape(paragraph.slice(0, at))}${inside}${escape(paragraph.slice(at))}</p>`;
    })
    .join('\n');
  const footer =
    random() < 0.4
      ? `<footer>${pick(random, ['© 2024 The Daily Example. All rights reserved.', '© {x}', 'Copyright 2020 <b>Gazette</b> Ltd'])}</footer>`
      : '';
  return `<!doctype html><html><head><title>${escape(pick(random, ['Storm hits coast', '{title}', '<x>']))}</title>${meta}</head><body>${random() < 0.5 ? '<article>' : ''}<h1>Storm hits the coast of Valmora</h1>${open}${body}${random() < 0.8 ? '' : '<div><p>unclosed'}${footer}</body></html>`;
}

function generate(random: Random, index: number): { name: string; text: string; publisher?: string } {
  const kind = index % 5;
  const publisher = random() < 0.5 ? 'Hostile Gazette' : undefined;
  if (kind === 0) return { name: `case-${index}.txt`, text: randomBytes(random), publisher };
  if (kind === 1) return { name: `case-${index}.txt`, text: randomCharacters(random), publisher };
  if (kind === 2 || kind === 3) return { name: `case-${index}.txt`, text: newsText(random), publisher };
  return { name: `case-${index}.html`, text: htmlPage(random), publisher: random() < 0.3 ? publisher : undefined };
}

describe('ingest of random and hostile files', () => {
  // Bounded by its 200 cases, not by a clock (timeout 0: vitest sets no limit).
  test('200 seeded cases: each is refused with a message, or its draft passes claimtrail check', { timeout: 0 }, () => {
    const random = prng(15);
    const dir = mkdtempSync(join(tmpdir(), 'claimtrail-hostile-ingest-'));
    mkdirSync(join(dir, 'articles'));
    mkdirSync(join(dir, 'raw'));
    let sources = registryText;
    const outcomes = { drafted: 0, refused: 0 };
    for (let index = 0; index < 200; index++) {
      const { name, text, publisher } = generate(random, index);
      const bytes = new TextEncoder().encode(text);
      const registry = readRegistry(new VFile({ value: sources }));
      const { file, ingested } = ingest({
        path: name,
        bytes,
        registry,
        sourceFile: `../raw/${name}`,
        publisher,
        newId: undefined,
      });
      if (!ingested) {
        // A refusal is one clear message, never a crash.
        expect(file.messages.length, name).toBe(1);
        expect(String(file.messages[0]!.reason), name).toMatch(/\w/);
        outcomes.refused++;
        continue;
      }
      outcomes.drafted++;
      expect(ingested.draft.mdx, name).not.toMatch(/="(?:NaN|Infinity|-Infinity)"/);
      writeFileSync(join(dir, 'raw', name), bytes);
      writeFileSync(join(dir, 'articles', `${name.replace(/\.\w+$/, '')}.mdx`), ingested.draft.mdx);
      if (ingested.newSources.length) sources += `\n${stringify(ingested.newSources)}`;
    }
    writeFileSync(join(dir, 'sources.yaml'), sources);
    // Both outcomes occur: the generator is not all refusals, nor all drafts.
    expect(outcomes.drafted).toBeGreaterThan(60);
    expect(outcomes.refused).toBeGreaterThan(10);
    expect(report(loadCorpus(dir, { cwd: dir }).files)).toBe('');
  });
});

// Where min="NaN" came from: a word every object has ("constructor", "toString") read as a number word,
// and numbers past what a marker can write (a 400-digit count, a hundred hundreds). No bound is NaN,
// infinite, negative or written other than with digits.
describe('findQuantities never gives a bound a marker cannot write', () => {
  test.each([
    'the constructor of the bridge',
    '5 constructor jobs',
    'tens of toString',
    'a valueOf',
    'two hasOwnProperty',
    '__proto__ people',
    `${'9'.repeat(400)} people`,
    `about ${'9'.repeat(400)} people`,
    `${'hundred '.repeat(200)}people`,
    '0.0000001 people',
    '1e999 people',
    '1,2,3 people',
    '½ of the people',
    'more than 1,000,000,000,000,000,000,000 people',
    'between 3 and 2 million people',
  ])('%s', (text) => {
    for (const quantity of findQuantities(text))
      for (const bound of [quantity.min, quantity.max, quantity.about])
        if (bound !== null) expect(String(bound)).toMatch(/^\d+(?:\.\d+)?$/);
  });

  test('a seeded mix of numbers and words', () => {
    const random = prng(7);
    const words = [
      'constructor',
      'toString',
      'hundred',
      'thousand',
      'million',
      'dozen',
      'tens',
      'of',
      'about',
      'more',
      'than',
      'up',
      'to',
      'between',
      'and',
      'people',
      '$',
      '%',
      '-',
      '½',
      'a',
      'k',
      'bn',
    ];
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: times(random, 1, 12) }, () =>
        random() < 0.4 ? String(Math.floor(random() * 10 ** times(random, 0, 30))) : pick(random, words),
      ).join(' ');
      for (const quantity of findQuantities(text))
        for (const bound of [quantity.min, quantity.max, quantity.about])
          if (bound !== null) expect(String(bound), text).toMatch(/^\d+(?:\.\d+)?$/);
    }
  });
});
