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

/** The page's text as a browser shows it, roughly: tags, comments, scripts and styles gone, entities decoded; offsets into the raw HTML. */
export function htmlText(raw: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  const push = (chars: string, at: number) => {
    text += chars;
    for (let index = 0; index < chars.length; index++) offsets.push(at);
  };
  let index = 0;
  while (index < raw.length) {
    const char = raw[index]!;
    if (char === '<') {
      const skip = /^<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/i.exec(raw.slice(index, index + 200000)) ?? /^<!--[\s\S]*?-->/.exec(raw.slice(index)) ?? /^<\/?[a-zA-Z!?][^>]*>/.exec(raw.slice(index, index + 4000));
      if (skip) {
        // A tag separates words as a space would ("<p>a</p><p>b</p>").
        push(' ', index);
        index += skip[0].length;
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
