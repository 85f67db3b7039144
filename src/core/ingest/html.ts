// An HTML page -> its article (Readability) as units for the cleaner, and the metadata the page itself
// states. Nothing is invented: a missing date, URL or byline stays null. Each block is found again in
// the raw HTML (tags skipped, entities decoded), so claims can be located in the original file.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { BlockType, Unit } from './clean.ts';
import { collapsePiece, slicePiece, type Piece } from './text.ts';
import { htmlText } from '../source-text.ts';

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
