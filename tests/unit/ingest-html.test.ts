// HTML pages: the article (Readability) and the metadata the page states, nothing invented; each
// block located in the raw HTML despite tags and entities.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { cleanUnits } from '../../src/core/ingest/clean.ts';
import { readHtml } from '../../src/core/ingest/html.ts';
import { htmlText } from '../../src/core/source-text.ts';

const fixtures = join(import.meta.dirname, '../fixtures/ingest');
const page = readFileSync(join(fixtures, 'page-ferry.html'), 'utf8');
const expected = parse(readFileSync(join(fixtures, 'page-ferry.expected.yaml'), 'utf8'));

describe('readHtml', () => {
  test('states the metadata the page states', () => {
    const article = readHtml(page)!;
    expect(article).toMatchObject({ title: expected.title, byline: 'Nadia Brook', date: String(expected.date), url: expected.url, siteName: expected.siteName });
  });

  test('the article, cleaned, is what an editor keeps', () => {
    const { blocks, authors } = cleanUnits(readHtml(page)!.units);
    expect(authors).toEqual(expected.authors);
    expect(blocks.filter((block) => block.type === 'caption').map(({ text, credit }) => ({ text, credit }))).toEqual(expected.captions);
    expect(blocks.filter((block) => block.type !== 'caption').map((block) => block.text)).toEqual(expected.paragraphs);
  });

  test('each block maps back to its words in the raw HTML', () => {
    const view = htmlText(page);
    for (const block of cleanUnits(readHtml(page)!.units).blocks) {
      const rawStart = block.rawOffsets![0]!;
      const rawEnd = block.rawOffsets![block.text.length - 1]! + 1;
      const decoded = view.text.slice(view.offsets.indexOf(rawStart), view.offsets.lastIndexOf(rawEnd - 1) + 1).replace(/\s+/g, ' ');
      expect(decoded).toBe(block.text);
    }
    const ferry = cleanUnits(readHtml(page)!.units).blocks.find((block) => block.text.startsWith('“We will'))!;
    expect(page.slice(ferry.rawOffsets![0], ferry.rawOffsets![0]! + 7)).toBe('&ldquo;');
  });

  test.each([
    ['no date, URL or byline', '<html><head><title>Quiet day</title></head><body><article><h1>Quiet day</h1><p>Nothing much happened in the village of Arnby on Sunday, residents said, as the fair was cancelled because of rain and strong winds.</p><p>The fair will be held next month instead, the organisers said in a short notice posted on the village hall door.</p></article></body></html>', { date: null, url: null, byline: null }],
    ['a date with no day', '<html><head><meta property="article:published_time" content="2022-05"></head><body><article><p>Nothing much happened in the village of Arnby on Sunday, residents said, as the fair was cancelled because of rain and strong winds.</p><p>The fair will be held next month instead, the organisers said in a short notice posted on the village hall door.</p></article></body></html>', { date: null }],
    ['a relative canonical URL', '<html><head><link rel="canonical" href="/news/x"></head><body><article><p>Nothing much happened in the village of Arnby on Sunday, residents said, as the fair was cancelled because of rain and strong winds.</p><p>The fair will be held next month instead, the organisers said in a short notice posted on the village hall door.</p></article></body></html>', { url: null }],
  ])('leaves unknown what the page does not state: %s', (_, html, unknown) => {
    expect(readHtml(html)).toMatchObject(unknown);
  });

  test('decodes entities and skips scripts, styles and comments', () => {
    expect(htmlText('<p>A &amp; B&#8217;s &#x201C;x&#x201D;</p><script>var a = "<p>no</p>";</script><!-- c --><style>p{}</style>').text.replace(/\s+/g, ' ').trim()).toBe('A & B’s “x”');
  });
});
