// The text a raw source's anchors point into. A text file is its own text; an HTML page's is what a
// browser shows of it, roughly: tags as spaces, scripts, styles and comments gone, entities decoded
// (by the entities library). Claims are anchored, checked and exported against this text, so a claim
// in a saved page can be found even when its words hold a link or an entity in the HTML.
import { extname } from 'node:path';
import { decodeHTMLStrict } from 'entities';

export type RawFormat = 'text' | 'html';

/** HTML by its extension, or by its content when a page was saved as .txt or without extension. */
export function detectFormat(path: string, text: string): RawFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.html' || extension === '.htm' || extension === '.xhtml') return 'html';
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<\?xml[^>]*>\s*<html/.test(head)) return 'html';
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

/** The page's text as a browser shows it, roughly: tags, comments, scripts and styles gone, entities decoded; offsets into the raw HTML. */
export function htmlText(raw: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  const push = (chars: string, at: number) => {
    text += chars;
    for (let index = 0; index < chars.length; index++) offsets.push(at);
  };
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
  // Where the markup starting at `index` ends: a script, style… closed within 200,000 characters, a
  // comment closed anywhere, any other tag closed within 4,000; -1 when it is not markup.
  const markupEnd = (index: number): number => {
    hiddenElement.lastIndex = index;
    const hidden = hiddenElement.exec(raw);
    const hiddenEnd = hidden ? within(nextEnd(hiddenElementEnds[hidden[1]!.toLowerCase()]!, hiddenElement.lastIndex), index + 200000) : -1;
    if (hiddenEnd !== -1) return hiddenEnd;
    const commentEnd = raw.startsWith('<!--', index) ? nextEnd(commentClose, index + 4) : -1;
    if (commentEnd !== -1) return commentEnd;
    tagStart.lastIndex = index;
    return tagStart.test(raw) ? within(nextEnd(tagClose, tagStart.lastIndex), index + 4000) : -1;
  };
  let index = 0;
  while (index < raw.length) {
    const char = raw[index]!;
    if (char === '<') {
      const end = markupEnd(index);
      if (end !== -1) {
        // A tag separates words as a space would ("<p>a</p><p>b</p>").
        push(' ', index);
        index = end;
        continue;
      }
    }
    if (char === '&') {
      const entity = /^&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/i.exec(raw.slice(index, index + 40));
      const decoded = entity ? decodeHTMLStrict(entity[0]) : undefined;
      if (decoded !== undefined && decoded !== entity![0]) {
        push(decoded, index);
        index += entity![0].length;
        continue;
      }
    }
    text += char;
    offsets.push(index);
    index++;
  }
  offsets.push(raw.length);
  return { text, offsets };
}
