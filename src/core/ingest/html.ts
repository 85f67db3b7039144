// An HTML page -> its article (Readability) as units for the cleaner, and the metadata the page itself
// states. Nothing is invented: a missing date, URL or byline stays null. Each block is found again in
// the raw HTML (tags skipped, entities decoded), so claims can be located in the original file.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { copyrightHolder } from './bylines.ts';
import type { BlockType, Unit } from './clean.ts';
import { collapsePiece, type Piece } from './text.ts';
import { htmlText } from '../source-text.ts';

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
  /** The page's text as the check reads it (source-text.ts), spaces collapsed, with raw offsets: where claims are anchored. */
  pageText: Piece;
}

export interface StatedPublisher {
  name: string;
  /** Where the page states it: "json-ld publisher.name", "og:site_name", "meta publisher", "application-name" or "copyright line". */
  from: PublisherSource;
}
export type PublisherSource = 'json-ld publisher.name' | 'og:site_name' | 'meta publisher' | 'application-name' | 'copyright line';

const blockTags: Record<string, BlockType> = { P: 'paragraph', H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading', LI: 'list-item', FIGCAPTION: 'caption', BLOCKQUOTE: 'paragraph', PRE: 'paragraph' };

/**
 * How deep a page may nest its elements: far deeper than any article page (the deepest of Mozilla
 * Readability's 130 test pages nests about 40 levels), far shallower than where the HTML parser and
 * Readability, which walk the tree recursively and its ancestors for every node, take seconds or run
 * out of stack (a page of 3,000 nested elements took 20 seconds before it failed).
 */
export const maxHtmlDepth = 400;

const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command', 'basefont', 'frame', 'isindex']);
/** Elements a parser closes when the next of the same kind opens. */
const selfEnding = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp']);
const paragraphEnders = new Set(['address', 'article', 'aside', 'blockquote', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul']);

/**
 * How deep the page nests its elements, as a parser would build it, roughly: one pass over its tags,
 * each read from its "<" to the next ">" (comments, scripts and styles skipped; void and self-closed
 * tags, and the end tags a parser implies, counted as HTML does). An estimate to refuse a hostile page
 * by before anything walks its tree, in time linear in the page: no search starts again behind where
 * the last one ended. It stops once past maxHtmlDepth.
 */
export function nestingDepth(raw: string): number {
  const lower = raw.toLowerCase();
  const open: string[] = [];
  let deepest = 0;
  const name = /(\/?)([a-z][\w:.-]{0,100})/y;
  for (let at = lower.indexOf('<'); at !== -1; at = lower.indexOf('<', at)) {
    if (lower.startsWith('<!--', at)) {
      const end = lower.indexOf('-->', at + 4);
      if (end === -1) break;
      at = end + 3;
      continue;
    }
    name.lastIndex = at + 1;
    const tag = name.exec(lower);
    if (!tag) {
      at++;
      continue;
    }
    const end = lower.indexOf('>', name.lastIndex);
    if (end === -1) break;
    at = end + 1;
    const [, closing, element] = tag as unknown as [string, string, string];
    if (closing) {
      // An end tag closes what it names, and what is open inside it; one that closes nothing near is ignored.
      const index = open.lastIndexOf(element);
      if (index !== -1 && index >= open.length - 64) open.length = index;
      continue;
    }
    if (rawTextTags.has(element)) {
      // Its content is text up to its end tag, or the rest of the page.
      const close = lower.indexOf(`</${element}`, at);
      if (close === -1) break;
      at = close;
      continue;
    }
    if (voidTags.has(element) || lower[end - 1] === '/') continue;
    if (selfEnding.has(element) && open.at(-1) === element) open.pop();
    else if (paragraphEnders.has(element) && open.at(-1) === 'p') open.pop();
    open.push(element);
    deepest = Math.max(deepest, open.length);
    // Past the limit the answer is known.
    if (deepest > maxHtmlDepth) break;
  }
  return deepest;
}

const rawTextTags = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** The article in an HTML page, or null when Readability finds none. */
export function readHtml(raw: string): HtmlArticle | null {
  // The page's text first, while nothing else is held: reading it takes memory a while (in proportion to
  // the page), and the parsed page and Readability's work take theirs after.
  const view = collapsePiece(htmlText(raw));
  const squeezed = squeeze(view.text);
  const { document } = parseHTML(raw);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  // Read before Readability, which rewrites the document.
  const url = statedUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]'));
  const metaDate = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const intact = parseHTML(raw).document;
  const publisher = statedPublisher(intact);
  const article = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
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
  // Which elements hold a block inside them, for the whole tree at once, children before parents (asking
  // each element with querySelector reads its subtree again: a page nested thousands deep took the square).
  const nestedHint = new Set<Node>();
  const nestedAny = new Set<Node>();
  const order: Node[] = [];
  for (const stack = [root]; stack.length; ) {
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
  for (const stack: Node[] = [root]; stack.length; ) {
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
        for (const link of controls.filter((control) => control.tagName.toUpperCase() === 'A')) blocks.push({ text: visibleText(link), hint: 'paragraph' });
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

/** Elements whose content a browser never shows as text: source-text.ts drops them from the page's text too. */
const hiddenTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * An element's text as a reader sees it: its text nodes in order, without what is inside a script,
 * a style, a noscript or a template ("…he said.<script>alert('body')</script>" is "…he said."),
 * walked without recursion, however deep the page nests; read no further than past `limit` characters.
 */
function visibleText(root: Node, limit = Infinity): string {
  let text = '';
  const stack: Node[] = [root];
  while (stack.length && text.length <= limit) {
    const node = stack.pop()!;
    if (node.nodeType === 3) text += limit === Infinity ? (node.textContent ?? '') : (node.textContent ?? '').slice(0, limit + 1 - text.length);
    else if (node.nodeType === 1 && (node === root || !hiddenTags.has((node as Element).tagName.toUpperCase()))) {
      const children = node.childNodes;
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
    }
  }
  return text;
}

/** A name a page gives itself: a few words, not an address, a handle or a template placeholder. */
function plausibleName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.replace(/\s+/g, ' ').trim();
  if (name.length < 2 || name.length > 80 || !/\p{L}/u.test(name)) return undefined;
  if (/^(?:https?:|www\.)|[<>{}@]|\.(?:com|org|net|co\.uk)\b.*\//i.test(name)) return undefined;
  return name;
}

/** JSON-LD types whose `publisher` is the page's publisher. */
const articleTypes = /^(?:(?:News|Scholarly|Tech|Satirical|Advertiser(?:Content)?|Report(?:age)?|Opinion|Analysis|Background|Review|Ask(?:Public)?)?(?:News)?Article|BlogPosting|LiveBlogPosting|Report)$/;

/** The publisher the page names in its own metadata, most explicit first; null when it names none. */
function statedPublisher(document: Document): StatedPublisher | null {
  const meta = (selector: string) => plausibleName(document.querySelector(selector)?.getAttribute('content'));
  const found = (name: string | undefined, from: PublisherSource) => (name ? { name, from } : null);
  return (
    found(jsonLdPublisher(document), 'json-ld publisher.name') ??
    found(meta('meta[property="og:site_name"]') ?? meta('meta[name="og:site_name"]'), 'og:site_name') ??
    found(meta('meta[name="publisher"]') ?? meta('meta[property="publisher"]') ?? meta('meta[name="dc.publisher"]') ?? meta('meta[name="DC.publisher"]'), 'meta publisher') ??
    found(meta('meta[name="application-name"]'), 'application-name') ??
    found(copyrightLine(document), 'copyright line')
  );
}

/**
 * `publisher.name` of the page's article in its JSON-LD (an Article, NewsArticle, BlogPosting…, at the
 * top or in an @graph), following a publisher given by its @id. Unreadable JSON is skipped; the walk
 * is bounded, so a hostile page cannot make it run long.
 */
function jsonLdPublisher(document: Document): string | undefined {
  const nodes: Record<string, unknown>[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    // Objects of the document, breadth first: the top, arrays and @graph, not every nested value.
    const queue: unknown[] = [data];
    for (let index = 0; index < queue.length && index < 1000; index++) {
      const value = queue[index];
      if (Array.isArray(value)) queue.push(...value.slice(0, 200));
      else if (value && typeof value === 'object') {
        nodes.push(value as Record<string, unknown>);
        const graph = (value as Record<string, unknown>)['@graph'];
        if (graph) queue.push(graph);
      }
    }
  }
  const byId = new Map(nodes.filter((node) => typeof node['@id'] === 'string').map((node) => [node['@id'] as string, node]));
  const types = (node: Record<string, unknown>) => [node['@type']].flat().filter((type): type is string => typeof type === 'string');
  for (const node of nodes) {
    if (!types(node).some((type) => articleTypes.test(type.replace(/^(?:https?:\/\/)?schema\.org\//, '')))) continue;
    for (const publisher of [node.publisher].flat()) {
      if (!publisher || typeof publisher !== 'object') continue;
      const entry = publisher as Record<string, unknown>;
      const named = plausibleName(entry.name) ?? (typeof entry['@id'] === 'string' ? plausibleName(byId.get(entry['@id'])?.name) : undefined);
      if (named) return named;
    }
  }
  return undefined;
}

/**
 * The holder a copyright line names ("© 2024 The Daily Example. All rights reserved."): the page's
 * copyright meta tag, else the last such line outside the story (a footer's, not an agency's credit
 * at the end of the article), else the last one anywhere.
 */
function copyrightLine(document: Document): string | undefined {
  const meta = document.querySelector('meta[name="copyright"], meta[http-equiv="copyright"], meta[name="dcterms.rightsHolder"]')?.getAttribute('content');
  // The tag is a copyright statement whatever it starts with: "Copyright Ann Woodlief" is one.
  const fromMeta = meta ? holderOf(`© ${meta.replace(/^\s*(?:(?:©|\(c\)|copyright)\s*)+/i, '')}`) : undefined;
  if (fromMeta) return fromMeta;
  const found: { holder: string; inStory: boolean }[] = [];
  const body = document.body ?? document.documentElement;
  if (!body) return undefined;
  // Text nodes in document order, without recursion.
  const stack: Node[] = [body];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      if (!/©|\(c\)|copyright/i.test(node.textContent ?? '')) continue;
      // The line is the element holding the mark, as a reader sees it ("©", "2024", "<a>The Daily Example</a>").
      // (A few hundred characters of it: a copyright line is short, and a page of marks is not read again for each.)
      // From this text node on: "Display Preferences<br>Copyright © 2002 …" is a line of its own.
      const element = visibleText(node.parentNode ?? node, 300).slice(0, 300);
      const own = element.indexOf((node.textContent ?? '').trim());
      const holder = holderOf((own > 0 ? element.slice(own) : element).replace(/\s+/g, ' ').trim());
      if (holder) found.push({ holder, inStory: (node.parentElement as Element | null)?.closest?.('article, main, [itemprop="articleBody"]') != null });
    } else if (node.nodeType === 1 && !hiddenTags.has((node as Element).tagName.toUpperCase())) {
      const children = node.childNodes;
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
    }
  }
  return (found.findLast((line) => !line.inStory) ?? found.at(-1))?.holder;
}

/**
 * Who a copyright line names, when the line starts with its mark (within a few characters) and has ©
 * or a year: "Copyright (c) 2014 X", "© Copyright 2010 X", "© 2012 X — Tweet at me", "Copyright ©
 * 2015 X, Inc. Reproduction of…". "The copyright law was changed" names no one.
 */
function holderOf(line: string): string | undefined {
  const start = line.search(/©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4})/i);
  // The mark opens the line: "Map data ©…" and "Photos ©…" credit someone else's work, not the page's.
  if (start === -1 || start > 20 || /\p{L}/u.test(line.slice(0, start))) return undefined;
  // The marks in any order, as one "©"; the holder ends at a separator or with its sentence.
  const text = line
    .slice(start, start + 200)
    .replace(/^(?:(?:©|\(c\)|copyright)\s*)+/i, '© ')
    .split(/\s+[—–|·•]\s+|\.\s+(?=\p{Lu})/u)[0]!;
  const holder = copyrightHolder(text)?.replace(/^[\s,;:.–—-]+|[\s,;:–—-]+$/gu, '');
  return holder && /\p{L}/u.test(holder) ? plausibleName(holder) : undefined;
}

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
function locate(view: Piece, squeezed: { text: string; at: Uint32Array }, text: string, from: number): { offsets: Uint32Array; next: number } | undefined {
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
    offsets[index] = /\s/.test(text[index]!) ? view.offsets[squeezed.at[next - 1]!]! + 1 : view.offsets[squeezed.at[next++]!]!;
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
