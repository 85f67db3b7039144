// An HTML page -> its article (Readability) as units for the cleaner, and the metadata the page itself
// states. Nothing is invented: a missing date, URL or byline stays null. Each block is found again in
// the raw HTML (tags skipped, entities decoded), so claims can be located in the original file.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { BlockType, Unit } from './clean.ts';
import { collapsePiece, slicePiece, type Piece } from './text.ts';

export interface HtmlArticle {
  title: string | null;
  byline: string | null;
  /** YYYY-MM-DD when the page states its publication date; null otherwise. */
  date: string | null;
  siteName: string | null;
  /** The page's own canonical URL (link rel=canonical or og:url), when it states one. */
  url: string | null;
  units: Unit[];
}

const blockTags: Record<string, BlockType> = { P: 'paragraph', H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading', LI: 'list-item', FIGCAPTION: 'caption', BLOCKQUOTE: 'paragraph', PRE: 'paragraph' };

/** The article in an HTML page, or null when Readability finds none. */
export function readHtml(raw: string): HtmlArticle | null {
  const { document } = parseHTML(raw);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  // Read before Readability, which rewrites the document.
  const url = statedUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]'));
  const metaDate = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const article = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
  if (!article?.content || !article.textContent?.trim()) return null;

  const view = collapsePiece(htmlText(raw));
  let cursor = 0;
  const units: Unit[] = [];
  for (const { text, hint } of blocksOf(article.content)) {
    const clean = collapsePiece({ text, offsets: Array.from({ length: text.length + 1 }, (_, index) => index) }).text;
    if (!clean) continue;
    // Found in reading order; a block the raw HTML does not hold verbatim keeps its text but no offsets.
    const at = view.text.indexOf(clean, cursor);
    if (at !== -1) cursor = at + clean.length;
    const piece: Piece = at === -1 ? { text: clean, offsets: [] } : slicePiece(view, at, at + clean.length);
    units.push({ ...piece, hint, blankBefore: true, located: at !== -1 });
  }
  return {
    title: article.title?.trim() || null,
    byline: article.byline?.trim() || null,
    date: isoDate(metaDate ?? article.publishedTime ?? null),
    siteName: article.siteName?.trim() || null,
    url,
    units,
  };
}

/** Paragraphs, headings, list items, captions and quotations of the article, in order. */
function blocksOf(root: Node): { text: string; hint: BlockType }[] {
  const blocks: { text: string; hint: BlockType }[] = [];
  const visit = (node: Node) => {
    const element = node as Element;
    const hint = element.tagName ? blockTags[element.tagName.toUpperCase()] : undefined;
    const nested = hint && element.querySelector?.('p, li, h1, h2, h3, h4, h5, h6, figcaption');
    if (hint && !nested) {
      blocks.push({ text: element.textContent ?? '', hint });
      return;
    }
    // Text directly inside a container (a div Readability left as it was) is a paragraph of its own.
    if (node.nodeType === 3 && node.textContent?.trim()) blocks.push({ text: node.textContent, hint: 'paragraph' });
    node.childNodes.forEach(visit);
  };
  visit(root);
  return blocks;
}

const entities: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  ndash: '–', mdash: '—', hellip: '…', copy: '©', reg: '®', trade: '™', middot: '·', bull: '•', eacute: 'é', egrave: 'è',
  aacute: 'á', agrave: 'à', oacute: 'ó', iacute: 'í', uacute: 'ú', ntilde: 'ñ', ouml: 'ö', uuml: 'ü', auml: 'ä', ccedil: 'ç', shy: '',
};

/** The page's text as a browser shows it, roughly: tags, comments, scripts and styles gone, entities decoded; offsets into the raw HTML. */
export function htmlText(raw: string): Piece {
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
      const entity = /^&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/i.exec(raw.slice(index, index + 12));
      const decoded = entity ? decodeEntity(entity[1]!) : undefined;
      if (decoded !== undefined) {
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

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return entities[name.toLowerCase()];
}

/** An ISO date's day, only when the value states one: "2019-07-10T12:00:00Z" -> "2019-07-10". */
function isoDate(value: string | null): string | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCDate() === Number(match[3]) ? match[0] : null;
}

function statedUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
