// The text claims are anchored in and the site publishes: a saved page's text as a reader sees it
// (what a browser's innerText gives), never its markup; a text file as it is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlText, sourceText } from '../../src/core/publish/source-text.ts';

const fixtures = join(import.meta.dirname, '../fixtures/ingest');

describe('htmlText', () => {
  it.each([
    ['a link before a full stop adds nothing', '<p>for lack of <a href="/n">nurses</a>.</p>', 'for lack of nurses.'],
    ['emphasis inside a word adds nothing', '<p>un<em>safe</em> ward</p>', 'unsafe ward'],
    ['a comment between two letters adds nothing', '<p>a<!-- note -->b</p>', 'ab'],
    ['paragraphs are apart by a blank line', '<p>One.</p>\n\n\n<p>Two.</p>', 'One.\n\nTwo.'],
    [
      'list items and headings are a line each',
      '<h2>Most read</h2><ul><li>Wall rebuilt</li>\n<li>Quotas cut</li></ul>',
      'Most read\nWall rebuilt\nQuotas cut',
    ],
    [
      'runs of spaces and line ends are one space, none at a line’s ends',
      '<p>  two\n   spaces\tand  tabs  </p>',
      'two spaces and tabs',
    ],
    ['spaces decoded from entities collapse as typed ones do', '<p>a&#32;&#32; b</p>', 'a b'],
    ['a no-break space stays: the page shows it', '<p>a 40&nbsp;cm crack</p>', 'a 40\u00a0cm crack'],
    ['a line break breaks the line', '<p>Line one<br>line two<br/>  line three</p>', 'Line one\nline two\nline three'],
    [
      'preformatted text keeps its spaces and line ends, less the one after <pre>',
      '<pre>\n  a  b\n  c</pre>',
      '  a  b\n  c',
    ],
    [
      'table cells are apart, rows are lines',
      '<table><tr><td>Ships</td><td>40</td></tr><tr><td>Days</td><td>9</td></tr></table>',
      'Ships 40\nDays 9',
    ],
    [
      'the title is the first line; scripts, styles and the head’s other tags are not text',
      '<html><head><title>Ferry suspended</title><style>p{}</style><script>var a = "<p>no</p>";</script></head>' +
        '<body><p>It said.</p></body></html>',
      'Ferry suspended\n\nIt said.',
    ],
    ['entities are decoded', '<p>A &amp; B&#8217;s &#x201C;x&#x201D;</p>', 'A & B’s “x”'],
    ['a "<" that opens no tag is text', '<p>2 < 3 and a <- b</p>', '2 < 3 and a <- b'],
  ])('%s', (_, html, text) => {
    expect(htmlText(html).text).toBe(text);
  });

  it('maps every character of the text to where it stands in the raw HTML', () => {
    const html = '<p>The <a href="/p">port</a> &amp; dock.</p>\n<p>Closed.</p>';
    const { text, offsets } = htmlText(html);
    expect(text).toBe('The port & dock.\n\nClosed.');
    expect(offsets).toHaveLength(text.length + 1);
    expect(html.slice(offsets[text.indexOf('port')], offsets[text.indexOf('port')]! + 4)).toBe('port');
    expect(html.slice(offsets[text.indexOf('&')], offsets[text.indexOf('&')]! + 5)).toBe('&amp;');
    expect(html.slice(offsets[text.indexOf('Closed')], offsets[text.indexOf('Closed')]! + 6)).toBe('Closed');
    expect(offsets.at(-1)).toBe(html.length);
  });

  it.each(['page-ferry.html', 'page-hospital.html'])('%s: no doubled space, none ending a line, no markup', (name) => {
    const { text } = htmlText(readFileSync(join(fixtures, name), 'utf8'));
    expect(text).not.toMatch(/ {2}| \n|\n | $|^ /);
    expect(text).not.toMatch(/<\/?[a-z]+[ >]/i);
    expect(text).not.toMatch(/&[a-z]+;/);
  });
});

describe('sourceText', () => {
  it('is a text file itself, spaces and line ends as they are', () => {
    const raw = 'Headline\n\n  The  port   closed.\r\n';
    expect(sourceText(raw, 'raw/report.txt')).toBe(raw);
  });

  it('is a saved page’s text, by its extension or its content', () => {
    expect(sourceText('<p>The <b>port</b> closed.</p>', 'raw/page.html')).toBe('The port closed.');
    const page = '<!doctype html><html><body><p>The <b>port</b> closed.</p></body></html>';
    expect(sourceText(page, 'raw/page.txt')).toBe('The port closed.');
  });
});
