// An HTML page -> its article (Readability) as units for the cleaner, and the metadata the page itself
// states. Nothing is invented: a missing date, URL or byline stays null. Each block is found again in
// the raw HTML (tags skipped, entities decoded), so claims can be located in the original file.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { BlockType, Unit } from './clean.ts';
import { visibleText } from './dom-text.ts';
import { statedPublisher, type StatedPublisher } from './page-publisher.ts';
import { collapsePiece, type Piece } from './text.ts';
import { htmlText } from '../publish/source-text.ts';

export interface HtmlArticle {
  title: string | null;
  byline: string | null;
  /** YYYY-MM-DD when the page states its publication date; null otherwise. */
  date: string | null;
  siteName: string | null;
  /**
   * Who published the page, as its own metadata states it, and where it says so: JSON-LD
   * `publisher.name` of an article, `og:site_name`, `<meta name="publisher">`, `application-name`,
   * or a copyright line ("© 2024 The Daily Example"); null when it states none. Never from the URL or title.
   */
  publisher: StatedPublisher | null;
  /** The page's own canonical URL (link rel=canonical or og:url), when it states one. */
  url: string | null;
  units: Unit[];
  /**
   * The page's text as the check reads it (source-text.ts), spaces
   * collapsed, with raw offsets: where claims are anchored.
   */
  pageText: Piece;
}

const blockTags: Record<string, BlockType> = {
  P: 'paragraph',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'list-item',
  FIGCAPTION: 'caption',
  BLOCKQUOTE: 'paragraph',
  PRE: 'paragraph',
};

/** The article in an HTML page, or null when Readability finds none. */
export function readHtml(raw: string): HtmlArticle | null {
  // The page's text first, while nothing else is held: reading it takes memory a while (in proportion to
  // the page), and the parsed page and Readability's work take theirs after.
  const view = collapsePiece(htmlText(raw));
  const squeezed = squeeze(view.text);
  const { document } = parseHTML(raw);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  // Read before Readability, which rewrites the document.
  const url = statedUrl(
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]'),
  );
  const metaDate =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="date"]') ??
    meta('meta[itemprop="datePublished"]') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const intact = parseHTML(raw).document;
  const publisher = statedPublisher(intact);
  const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  if (!article?.content || !article.textContent?.trim()) return null;

  let cursor = 0;
  const units: Unit[] = [];
  for (const { text, hint } of blocksOf(articleRoot(intact, article.content))) {
    const clean = collapsePiece({ text, offsets: [] }).text;
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
    publisher,
    url,
    units,
    pageText: view,
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
  const holders = [...intact.querySelectorAll('article, [itemprop="articleBody"], main, [role="main"]')].filter(
    (element) => (element.textContent ?? '').includes(longest) && length(element) <= 3 * size,
  );
  return holders.sort((a, b) => length(a) - length(b))[0] ?? content;
}

/** Elements that are never the story's text: page chrome, controls, tangents. */
const skippedTags = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
  'BUTTON',
  'SVG',
  'IFRAME',
  'SELECT',
  'INPUT',
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
]);
const blockSelector =
  'p, li, h1, h2, h3, h4, h5, h6, figcaption, blockquote, pre, div, section, article, header, ul, ol, table, figure';
const inlineControls = new Set(['A', 'BUTTON']);

/**
 * Paragraphs, headings, list items, captions and quotations of the article, in order. A container
 * with no block inside it is one paragraph ("By Jane Doe | June 3, 2022"), except a row of links or
 * buttons ("Share on Facebook Share on X Email"): one line per link, as a text scrape has it; a
 * button's label is never the story.
 */
function blocksOf(root: Node): { text: string; hint: BlockType }[] {
  // Which elements hold a block inside them, for the whole tree at once, children before parents (asking
  // each element with querySelector reads its subtree again: a page nested thousands deep took the square).
  const nestedHint = new Set<Node>();
  const nestedAny = new Set<Node>();
  const order: Node[] = [];
  for (const stack = [root]; stack.length;) {
    const node = stack.pop()!;
    order.push(node);
    const children = node.childNodes;
    for (let index = 0; index < children.length; index++) stack.push(children[index]!);
  }
  for (let index = order.length - 1; index > 0; index--) {
    const node = order[index]!;
    const parent = node.parentNode;
    if (!parent) continue;
    const tag = (node as Element).tagName?.toUpperCase();
    if ((tag && hintBlockTags.has(tag)) || nestedHint.has(node)) nestedHint.add(parent);
    if ((tag && anyBlockTags.has(tag)) || nestedAny.has(node)) nestedAny.add(parent);
  }

  const blocks: { text: string; hint: BlockType }[] = [];
  // In document order, without recursion: a page may nest elements deeper than the stack goes.
  for (const stack: Node[] = [root]; stack.length;) {
    const node = stack.pop()!;
    const element = node as Element;
    const tag = element.tagName?.toUpperCase();
    if (tag && skippedTags.has(tag)) continue;
    const hint = tag && Object.hasOwn(blockTags, tag) ? blockTags[tag] : undefined;
    const nested = tag && (hint ? nestedHint.has(node) : nestedAny.has(node));
    if (tag && !nested && node !== root) {
      const controls = [...element.children].filter((child) => inlineControls.has(child.tagName.toUpperCase()));
      const loose = [...element.childNodes].some((child) => child.nodeType === 3 && child.textContent?.trim());
      if (!hint && controls.length > 0 && controls.length === element.children.length && !loose) {
        for (const link of controls.filter((control) => control.tagName.toUpperCase() === 'A'))
          blocks.push({ text: visibleText(link), hint: 'paragraph' });
      } else {
        const text = visibleText(element);
        if (hint || text.trim()) blocks.push({ text, hint: hint ?? 'paragraph' });
      }
      continue;
    }
    // Text directly inside a container (a div Readability left as it was) is a paragraph of its own.
    if (node.nodeType === 3 && node.textContent?.trim()) blocks.push({ text: node.textContent, hint: 'paragraph' });
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  return blocks;
}

/** The elements `blocksOf` looks for inside an element: blocks of the story, or any block. */
const hintBlockTags = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION']);
const anyBlockTags = new Set(blockSelector.split(',').map((tag) => tag.trim().toUpperCase()));

/** The page's text without its spaces, and where each of its characters stands in the text. */
function squeeze(text: string): { text: string; at: Uint32Array } {
  const room = new Uint32Array(text.length);
  let count = 0;
  // Joined from runs at the end (a string grown a character at a time is millions of pieces).
  const parts: string[] = [];
  let run = -1;
  for (let index = 0; index < text.length; index++) {
    if (/\s/.test(text[index]!)) {
      if (run !== -1) parts.push(text.slice(run, index));
      run = -1;
    } else {
      if (run === -1) run = index;
      room[count++] = index;
    }
  }
  if (run !== -1) parts.push(text.slice(run));
  return { text: parts.join(''), at: count === room.length ? room : room.slice(0, count) };
}

/**
 * Finds a block in the page's text from `from` on, spaces aside: a tag reads as a space there
 * ("nurses</a>." is "nurses ."), not in the block. Each of the block's characters gets its raw offset.
 */
function locate(
  view: Piece,
  squeezed: { text: string; at: Uint32Array },
  text: string,
  from: number,
): { offsets: Uint32Array; next: number } | undefined {
  // The first squeezed character at or after `from` (`at` only grows: a binary search, not a scan per block).
  let low = 0;
  let high = squeezed.at.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (squeezed.at[middle]! < from) low = middle + 1;
    else high = middle;
  }
  const after = low < squeezed.at.length ? low : -1;
  const start = after === -1 ? -1 : squeezed.text.indexOf(text.replace(/\s/g, ''), after);
  if (start === -1) return undefined;
  const offsets = new Uint32Array(text.length + 1);
  let next = start;
  // By UTF-16 unit, as offsets count; a space stands just after the character before it.
  for (let index = 0; index < text.length; index++)
    offsets[index] = /\s/.test(text[index]!)
      ? view.offsets[squeezed.at[next - 1]!]! + 1
      : view.offsets[squeezed.at[next++]!]!;
  const last = squeezed.at[next - 1]!;
  offsets[text.length] = view.offsets[last + 1]!;
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
