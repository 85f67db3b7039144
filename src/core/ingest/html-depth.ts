// How deep an HTML page nests its elements, estimated from its tags alone, so that ingest can refuse a
// hostile page before the parser or Readability walks its tree.
import { paragraphClosingElements } from '../html-elements.ts';

/**
 * How deep a page may nest its elements: far deeper than any article page (the deepest of Mozilla
 * Readability's 130 test pages nests about 40 levels), far shallower than where the HTML parser and
 * Readability, which walk the tree recursively and its ancestors for every node, take seconds or run
 * out of stack (a page of 3,000 nested elements took 20 seconds before it failed).
 */
export const maxHtmlDepth = 400;

const voidTags = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
  'command',
  'basefont',
  'frame',
  'isindex',
]);
/** Elements a parser closes when the next of the same kind opens. */
const selfEnding = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'rb',
  'rt',
  'rp',
]);
/** An open <p> ends where one of these starts (html-elements.ts). */
const paragraphEnders = new Set<string>(paragraphClosingElements);

const rawTextTags = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'noscript',
  'template',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
]);

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
