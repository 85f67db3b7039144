// The text a raw source's anchors point into. A text file is its own text; an HTML page's is what a
// browser shows of it, roughly as innerText gives it: a line of its own for each paragraph, heading or
// other block, nothing for a link or other inline tag, runs of spaces and line ends collapsed as CSS
// collapses them, scripts, styles and comments gone, entities decoded (by the entities library).
// Claims are anchored, checked and exported against this text, and the site publishes it
// (data/sources/), so an annotation's selectors count in what a reader of the page sees.
import { extname } from 'node:path';
import { decodeHTMLStrict } from 'entities';
import { carriedAnchor } from './anchors.ts';
import { paragraphClosingElements } from '../html-elements.ts';
import type { TextAnchor } from '../schema.ts';

export type RawFormat = 'text' | 'html';

/** HTML by its extension, or by its content when a page was saved as .txt or without extension. */
export function detectFormat(path: string, text: string): RawFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.html' || extension === '.htm' || extension === '.xhtml') return 'html';
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<\?xml[^>]*>\s*<html/.test(head))
    return 'html';
  // A fragment: several paired block tags near the start.
  const tags = head.match(/<\/(p|div|article|body|head|section|h[1-6])>/g)?.length ?? 0;
  return tags >= 3 ? 'html' : 'text';
}

/** The text of a raw source, as anchors count it. */
export function sourceText(raw: string, path: string): string {
  return detectFormat(path, raw) === 'html' ? htmlText(raw).text : raw;
}

/** Elements whose content is not text, skipped up to their closing tag. */
const hiddenElement = /<(script|style|noscript|template)\b/iy;
const hiddenElementEnds: Record<string, RegExp> = {
  script: /<\/script\s*>/gi,
  style: /<\/style\s*>/gi,
  noscript: /<\/noscript\s*>/gi,
  template: /<\/template\s*>/gi,
};
const commentClose = /-->/g;
const tagStart = /<\/?[a-zA-Z!?]/y;
const tagClose = />/g;
const tagName = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/y;

/**
 * Elements a browser lays out on lines of their own (display: block, list-item, table rows…): the text
 * breaks a line before and after them. Every element that ends an open paragraph (html-elements.ts, which
 * html-depth.ts reads) is one; so are these. The title too, so a page's title is its first line.
 */
const blockElements = new Set<string>([
  ...paragraphClosingElements,
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'dt',
  'figcaption',
  'frameset',
  'head',
  'hgroup',
  'html',
  'legend',
  'li',
  'listing',
  'menu',
  'optgroup',
  'option',
  'search',
  'summary',
  'tbody',
  'tfoot',
  'thead',
  'title',
  'tr',
  'xmp',
]);
/** Table cells: a space between them (innerText puts a tab), so "<td>a</td><td>b</td>" is two words. */
const cellElements = new Set(['td', 'th']);
/** The whitespace CSS collapses (HTML's ASCII whitespace); a no-break space and the like are text. */
const collapsible = /^[\t\n\f\r ]$/;

/**
 * The page's text as a browser shows it, roughly (see the top of this file); for each UTF-16 unit of
 * it, and one past the end, its offset in the raw HTML.
 */
export function htmlText(raw: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  // Whether the text ends a line, kept rather than asked of the text: a string grown a character at a
  // time is flattened again each time it is read (anchors.ts had minutes of that on a long page).
  let lineEnded = true;
  const push = (chars: string, at: number) => {
    text += chars;
    for (let index = 0; index < chars.length; index++) offsets.push(at);
    lineEnded = chars.endsWith('\n');
  };
  // What is owed before the next character shown: line breaks (a block ended or began) or else one
  // space (a run of whitespace), each with where it stands in the raw HTML. Neither is written at
  // the start or end of the text, and a space never at the start or end of a line.
  let breaks = 0;
  let breakAt = 0;
  let spaceAt = -1;
  /** Inside how many <pre> elements: there every space and line end is text. */
  let preformatted = 0;
  const flush = () => {
    if (offsets.length > 0 && breaks > 0) push('\n'.repeat(breaks), breakAt);
    else if (spaceAt !== -1 && !lineEnded) push(' ', spaceAt);
    breaks = 0;
    spaceAt = -1;
  };
  const show = (chars: string, at: number) => {
    if (preformatted === 0 && collapsible.test(chars)) {
      if (spaceAt === -1) spaceAt = at;
      return;
    }
    flush();
    push(chars, at);
  };
  const breakLines = (count: number, at: number) => {
    if (breaks === 0) breakAt = at;
    breaks = Math.max(breaks, count);
  };
  /** Where an element's tag puts the text around it on other lines, or apart; returns where its content starts. */
  const layOut = (at: number, end: number): number => {
    tagName.lastIndex = at;
    const tag = tagName.exec(raw);
    if (!tag) return end;
    const [, closing, name] = tag;
    const element = name!.toLowerCase();
    if (element === 'br') {
      flush();
      if (offsets.length > 0) push('\n', at);
    } else if (blockElements.has(element)) breakLines(element === 'p' ? 2 : 1, at);
    else if (cellElements.has(element) && spaceAt === -1) spaceAt = at;
    if (element !== 'pre') return end;
    if (closing) preformatted = Math.max(0, preformatted - 1);
    else if (raw[end - 2] !== '/') {
      preformatted++;
      // The parser drops a line end right after <pre>.
      if (raw.startsWith('\r\n', end)) return end + 2;
      if (raw[end] === '\n') return end + 1;
    }
    return end;
  };
  const markupEnd = markupEnds(raw);
  let index = 0;
  while (index < raw.length) {
    const char = raw[index]!;
    if (char === '<') {
      const end = markupEnd(index);
      if (end !== -1) {
        index = layOut(index, end);
        continue;
      }
    }
    const entity = char === '&' ? entityAt(raw, index) : undefined;
    if (entity) {
      show(entity.decoded, index);
      index += entity.length;
      continue;
    }
    show(char, index);
    index++;
  }
  offsets.push(raw.length);
  return { text, offsets };
}

/**
 * For a page, where the markup starting at an index ends: a script, style… closed within 200,000
 * characters, a comment closed anywhere, any other tag closed within 4,000; -1 when it is not markup.
 */
function markupEnds(raw: string): (index: number) => number {
  // The next match of each closing pattern, found once and reused while it lies ahead: searching the
  // rest of the page again at every "<" would take a page of unclosed tags quadratic time.
  const found = new Map<RegExp, { start: number; end: number }>();
  const nextEnd = (pattern: RegExp, from: number): number => {
    const known = found.get(pattern);
    if (known && (known.start === -1 || known.start >= from)) return known.end;
    pattern.lastIndex = from;
    const match = pattern.exec(raw);
    const next = match ? { start: match.index, end: match.index + match[0].length } : { start: -1, end: -1 };
    found.set(pattern, next);
    return next.end;
  };
  const within = (end: number, limit: number) => (end !== -1 && end <= limit ? end : -1);
  return (index) => {
    hiddenElement.lastIndex = index;
    const hidden = hiddenElement.exec(raw);
    const hiddenEnd = hidden
      ? within(nextEnd(hiddenElementEnds[hidden[1]!.toLowerCase()]!, hiddenElement.lastIndex), index + 200000)
      : -1;
    if (hiddenEnd !== -1) return hiddenEnd;
    const commentEnd = raw.startsWith('<!--', index) ? nextEnd(commentClose, index + 4) : -1;
    if (commentEnd !== -1) return commentEnd;
    tagStart.lastIndex = index;
    return tagStart.test(raw) ? within(nextEnd(tagClose, tagStart.lastIndex), index + 4000) : -1;
  };
}

/** The character an entity at `index` stands for, and how long the entity is; undefined when there is none. */
function entityAt(raw: string, index: number): { decoded: string; length: number } | undefined {
  const entity = /^&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/i.exec(raw.slice(index, index + 40));
  const decoded = entity ? decodeHTMLStrict(entity[0]) : undefined;
  return decoded !== undefined && decoded !== entity![0] ? { decoded, length: entity![0].length } : undefined;
}

/**
 * A page's text as anchors counted in it before the text was laid out as a reader sees it: every
 * piece of markup one space, every other character as it stands, entities decoded. Kept only to read
 * ledger anchors recorded then, and carry them to the same words of the page's text (corpus.ts).
 */
export function tagsAsSpacesText(raw: string): { text: string; offsets: number[] } {
  const parts: string[] = [];
  const offsets: number[] = [];
  const markupEnd = markupEnds(raw);
  const push = (chars: string, at: number) => {
    parts.push(chars);
    for (let unit = 0; unit < chars.length; unit++) offsets.push(at);
  };
  let index = 0;
  while (index < raw.length) {
    const end = raw[index] === '<' ? markupEnd(index) : -1;
    const entity = raw[index] === '&' ? entityAt(raw, index) : undefined;
    if (end !== -1) push(' ', index);
    else if (entity) push(entity.decoded, index);
    else push(raw[index]!, index);
    index = end !== -1 ? end : index + (entity?.length ?? 1);
  }
  offsets.push(raw.length);
  return { text: parts.join(''), offsets };
}

/**
 * For a saved page, what carries a ledger anchor recorded in tagsAsSpacesText to the same words of
 * the page's text (undefined when they are not there); both readings made on first use only.
 */
export function tagsAsSpacesCarrier(raw: string): (anchor: TextAnchor) => TextAnchor | undefined {
  let readings: [ReturnType<typeof htmlText>, ReturnType<typeof htmlText>] | undefined;
  return (anchor) => {
    readings ??= [tagsAsSpacesText(raw), htmlText(raw)];
    return carriedAnchor(readings[0], readings[1], anchor);
  };
}
