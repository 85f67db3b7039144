// HTML pages: the article (Readability) and the metadata the page states, nothing invented; each
// block located in the raw HTML despite tags and entities.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { cleanUnits } from '../../src/core/ingest/clean.ts';
import { readHtml } from '../../src/core/ingest/html.ts';
import { htmlText } from '../../src/core/publish/source-text.ts';

const fixtures = join(import.meta.dirname, '../fixtures/ingest');
const page = readFileSync(join(fixtures, 'page-ferry.html'), 'utf8');
const expected = parse(readFileSync(join(fixtures, 'page-ferry.expected.yaml'), 'utf8'));

describe('readHtml', () => {
  test('states the metadata the page states', () => {
    const article = readHtml(page)!;
    expect(article).toMatchObject({
      title: expected.title,
      byline: 'Nadia Brook',
      date: String(expected.date),
      url: expected.url,
      siteName: expected.siteName,
    });
  });

  const pages = readdirSync(fixtures).filter((name) => name.endsWith('.html') && !name.includes('login'));
  test.each(pages)('%s: the article, cleaned, is what an editor keeps, with the metadata the page states', (name) => {
    const html = readFileSync(join(fixtures, name), 'utf8');
    const wanted = parse(readFileSync(join(fixtures, name.replace('.html', '.expected.yaml')), 'utf8'));
    const article = readHtml(html)!;
    expect(article).toMatchObject({
      title: wanted.title,
      date: String(wanted.date),
      url: wanted.url ?? null,
      siteName: wanted.siteName,
    });
    const { blocks, repeated } = cleanUnits(article.units);
    expect(blocks.filter((block) => block.type === 'caption').map(({ text, credit }) => ({ text, credit }))).toEqual(
      wanted.captions,
    );
    expect(blocks.filter((block) => block.type !== 'caption').map((block) => block.text)).toEqual(wanted.paragraphs);
    expect(repeated).toHaveLength(wanted.repeated ?? 0);
    for (const block of blocks) expect(block.rawOffsets).not.toBeNull();
  });

  test("inside the page's <article>: a standfirst and a photo Readability drops, a byline in spans, a row of links, no buttons or asides", () => {
    const story =
      'The council voted on Tuesday to close the old bridge for repairs lasting at least six months, the mayor said.';
    const html = `<html><body><article><h1>Old bridge to close for repairs</h1><p class="desc">Drivers face long detours through the valley.</p>
      <div class="meta"><span>By <a href="/a">Jane Roe</a></span> <span>| 3 May 2024</span></div>
      <div class="share"><a href="#">Share on Facebook</a> <a href="#">Email</a></div><div><button>Gift this article</button></div>
      <figure><img src="x.jpg"><figcaption>The old bridge at dawn. Photo: John Doe</figcaption></figure>
      <div class="body"><p>${story}</p><p>Repairs will cost about 2 million euros, according to the council's engineers, who inspected it in <a href="/m">March</a>.</p>
      <aside><h3>Related</h3><p>Bridge closures across the region this year</p></aside>
      <p>The mayor said a ferry would run every 30 minutes while the bridge is closed to traffic.</p></div></article></body></html>`;
    const lines = readHtml(html)!.units.map((unit) => unit.text);
    expect(lines).toEqual([
      'Old bridge to close for repairs',
      'Drivers face long detours through the valley.',
      'By Jane Roe | 3 May 2024',
      'Share on Facebook',
      'Email',
      'The old bridge at dawn. Photo: John Doe',
      story,
      "Repairs will cost about 2 million euros, according to the council's engineers, who inspected it in March.",
      'The mayor said a ferry would run every 30 minutes while the bridge is closed to traffic.',
    ]);
  });

  test("without an <article>, the page's <main> holds the caption Readability drops", () => {
    const html = `<html><body><div class="nav"><a href="/">Home</a></div><main><div class="story"><h1>Port strike ends after nine days</h1>
      <div class="media"><img src="a.jpg"><p class="caption">Dock workers vote at the union hall on Saturday. Photo: Ben Kay</p></div>
      <div class="body"><p>Dock workers at the port of Keswater voted on Saturday to end a nine-day strike that had left more than 40 ships waiting offshore.</p>
      <p>The union said 81% of members had accepted a 7% pay rise over two years, up from the 4% first offered by the port authority.</p></div></div></main>
      <footer>© 2023 Harbour Times</footer></body></html>`;
    const { blocks } = cleanUnits(readHtml(html)!.units);
    expect(blocks.find((block) => block.type === 'caption')).toMatchObject({
      text: 'Dock workers vote at the union hall on Saturday.',
      credit: 'Ben Kay',
    });
  });

  test('a block whose link ends before its full stop, or holding an emoji, is still found in the raw HTML', () => {
    const html = `<html><body><article><p>The clinic 🏥 will close its ward in July for lack of <a href="/n">nurses</a>. It will reopen in the autumn, the director said on Thursday.</p><p>Patients will be sent to the university hospital, 85 kilometres away, the regional health agency said.</p></article></body></html>`;
    const [unit] = readHtml(html)!.units;
    expect(unit!.located).toBe(true);
    expect(unit!.offsets).toHaveLength(unit!.text.length + 1);
    expect(html.slice(unit!.offsets[0], unit!.offsets[unit!.text.length - 1]! + 1)).toMatch(
      /^The clinic 🏥 .* Thursday\.$/,
    );
  });

  test('each block maps back to its words in the raw HTML', () => {
    const view = htmlText(page);
    for (const block of cleanUnits(readHtml(page)!.units).blocks) {
      const rawStart = block.rawOffsets![0]!;
      const rawEnd = block.rawOffsets![block.text.length - 1]! + 1;
      const decoded = view.text
        .slice(view.offsets.indexOf(rawStart), view.offsets.lastIndexOf(rawEnd - 1) + 1)
        .replace(/\s+/g, ' ');
      expect(decoded).toBe(block.text);
    }
    const ferry = cleanUnits(readHtml(page)!.units).blocks.find((block) => block.text.startsWith('“We will'))!;
    expect(page.slice(ferry.rawOffsets![0], ferry.rawOffsets![0]! + 7)).toBe('&ldquo;');
  });

  test.each([
    [
      'no date, URL or byline',
      '<html><head><title>Quiet day</title></head><body><article><h1>Quiet day</h1><p>Nothing much happened in the village of Arnby on Sunday, residents said, as the fair was cancelled because of rain and strong winds.</p><p>The fair will be held next month instead, the organisers said in a short notice posted on the village hall door.</p></article></body></html>',
      { date: null, url: null, byline: null },
    ],
    [
      'a date with no day',
      '<html><head><meta property="article:published_time" content="2022-05"></head><body><article><p>Nothing much happened in the village of Arnby on Sunday, residents said, as the fair was cancelled because of rain and strong winds.</p><p>The fair will be held next month instead, the organisers said in a short notice posted on the village hall door.</p></article></body></html>',
      { date: null },
    ],
    [
      'a relative canonical URL',
      '<html><head><link rel="canonical" href="/news/x"></head><body><article><p>Nothing much happened in the village of Arnby on Sunday, residents said, as the fair was cancelled because of rain and strong winds.</p><p>The fair will be held next month instead, the organisers said in a short notice posted on the village hall door.</p></article></body></html>',
      { url: null },
    ],
  ])('leaves unknown what the page does not state: %s', (_, html, unknown) => {
    expect(readHtml(html)).toMatchObject(unknown);
  });

  test('decodes entities and skips scripts, styles and comments', () => {
    expect(
      htmlText(
        '<p>A &amp; B&#8217;s &#x201C;x&#x201D;</p><script>var a = "<p>no</p>";</script><!-- c --><style>p{}</style>',
      )
        .text.replace(/\s+/g, ' ')
        .trim(),
    ).toBe('A & B’s “x”');
  });
});
