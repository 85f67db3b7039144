// An HTML page -> its article (Readability) as units for the cleaner, and the metadata the page itself
// states. Nothing is invented: a missing date, URL or byline stays null. Each block is found again in
// the raw HTML (tags skipped, entities decoded), so claims can be located in the original file.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { BlockType, Unit } from './clean.ts';
import { collapsePiece, type Piece } from './text.ts';
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
  const intact = parseHTML(raw).document;
  const article = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
  if (!article?.content || !article.textContent?.trim()) return null;

  const view = collapsePiece(htmlText(raw));
  const squeezed = squeeze(view.text);
  let cursor = 0;
  const units: Unit[] = [];
  for (const { text, hint } of blocksOf(articleRoot(intact, article.content))) {
    const clean = collapsePiece({ text, offsets: Array.from({ length: text.length + 1 }, (_, index) => index) }).text;
    if (!clean) continue;
    // Found in reading order; a block the raw HTML does not hold keeps its text but no offsets.
    const found = locate(view, squeezed, clean, cursor);
    if (found) cursor = found.next;
    units.push({ text: clean, offsets: found?.offsets ?? [], hint, blankBefore: true, located: found !== undefined });
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

/**
 * The page's own container of the story (its <article>, else its main content) holding what
 * Readability found: Readability keeps the paragraphs but drops a standfirst, a photo and its caption
 * set beside them, which the cleaner keeps or removes by its own rules. The smallest such container;
 * Readability's content when there is none, or when it wraps far more than the story.
 */
function articleRoot(intact: Document, content: Node): Node {
  const paragraphs = [...(content as Element).querySelectorAll('p')].map((p) => p.textContent?.trim() ?? '');
  const longest = paragraphs.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length < 40) return content;
  const size = (content.textContent ?? '').length;
  const length = (element: Element) => (element.textContent ?? '').length;
  const holders = [...intact.querySelectorAll('article, [itemprop="articleBody"], main, [role="main"]')].filter((element) => (element.textContent ?? '').includes(longest) && length(element) <= 3 * size);
  return holders.sort((a, b) => length(a) - length(b))[0] ?? content;
}

/** Elements that are never the story's text: page chrome, controls, tangents. */
const skippedTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'SVG', 'IFRAME', 'SELECT', 'INPUT', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO']);
const blockSelector = 'p, li, h1, h2, h3, h4, h5, h6, figcaption, blockquote, pre, div, section, article, header, ul, ol, table, figure';
const inlineControls = new Set(['A', 'BUTTON']);

/**
 * Paragraphs, headings, list items, captions and quotations of the article, in order. A container
 * with no block inside it is one paragraph ("By Jane Doe | June 3, 2022"), except a row of links or
 * buttons ("Share on Facebook Share on X Email"): one line per link, as a text scrape has it; a
 * button's label is never the story.
 */
function blocksOf(root: Node): { text: string; hint: BlockType }[] {
  const blocks: { text: string; hint: BlockType }[] = [];
  const visit = (node: Node) => {
    const element = node as Element;
    const tag = element.tagName?.toUpperCase();
    if (tag && skippedTags.has(tag)) return;
    const hint = tag ? blockTags[tag] : undefined;
    const nested = tag && element.querySelector?.(hint ? 'p, li, h1, h2, h3, h4, h5, h6, figcaption' : blockSelector);
    if (tag && !nested && node !== root) {
      const controls = [...element.children].filter((child) => inlineControls.has(child.tagName.toUpperCase()));
      const loose = [...element.childNodes].some((child) => child.nodeType === 3 && child.textContent?.trim());
      if (!hint && controls.length > 0 && controls.length === element.children.length && !loose) {
        for (const link of controls.filter((control) => control.tagName.toUpperCase() === 'A')) blocks.push({ text: link.textContent ?? '', hint: 'paragraph' });
      } else if (hint || element.textContent?.trim()) blocks.push({ text: element.textContent ?? '', hint: hint ?? 'paragraph' });
      return;
    }
    // Text directly inside a container (a div Readability left as it was) is a paragraph of its own.
    if (node.nodeType === 3 && node.textContent?.trim()) blocks.push({ text: node.textContent, hint: 'paragraph' });
    node.childNodes.forEach(visit);
  };
  visit(root);
  return blocks;
}

/** The page's text without its spaces, and where each of its characters stands in the text. */
function squeeze(text: string): { text: string; at: number[] } {
  const at: number[] = [];
  let squeezed = '';
  for (let index = 0; index < text.length; index++)
    if (!/\s/.test(text[index]!)) {
      squeezed += text[index];
      at.push(index);
    }
  return { text: squeezed, at };
}

/**
 * Finds a block in the page's text from `from` on, spaces aside: a tag reads as a space there
 * ("nurses</a>." is "nurses ."), not in the block. Each of the block's characters gets its raw offset.
 */
function locate(view: Piece, squeezed: { text: string; at: number[] }, text: string, from: number): { offsets: number[]; next: number } | undefined {
  const after = squeezed.at.findIndex((index) => index >= from);
  const start = after === -1 ? -1 : squeezed.text.indexOf(text.replace(/\s/g, ''), after);
  if (start === -1) return undefined;
  const offsets: number[] = [];
  let next = start;
  // By UTF-16 unit, as offsets count; a space stands just after the character before it.
  for (let index = 0; index < text.length; index++)
    offsets.push(/\s/.test(text[index]!) ? view.offsets[squeezed.at[next - 1]!]! + 1 : view.offsets[squeezed.at[next++]!]!);
  const last = squeezed.at[next - 1]!;
  offsets.push(view.offsets[last + 1]!);
  return { offsets, next: last + 1 };
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
