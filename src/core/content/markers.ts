// One annotated MDX file -> its front matter, clean text, claims and source mentions, with positions.
// Pure: syntax tree in, data out; problems become messages on the file. An entry is data: the tree is
// walked whole and refused unless it holds only text and the three markers (docs/security.md).
import type { Root, RootContent, PhrasingContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { fail, failZodIssues, type Point } from '../diagnostics.ts';
import { noCode, noHtml, parseMdx, readFrontmatter, start, textNodes, type MdxRules } from './mdx.ts';
import {
  claimAttributesSchema,
  frontmatterSchema,
  type mentionSchema,
  type Block,
  type ClaimAttributes,
  type Frontmatter,
} from '../schema.ts';
import type { z } from 'zod';

export interface ExtractedClaim {
  attributes: ClaimAttributes;
  text: string;
  offsets: { start: number; end: number };
  block: number;
  place: Point;
  /** Where each attribute was written, to report problems found later at the right spot. */
  attributePlaces: Record<string, Point>;
}

export type ExtractedMention = Omit<z.infer<typeof mentionSchema>, 'place'> & { place: Point };

export interface ExtractedArticle {
  frontmatter: Frontmatter | undefined;
  frontmatterPlaceOf: (path: PropertyKey[]) => Point;
  cleanText: string;
  blocks: Block[];
  claims: ExtractedClaim[];
  mentions: ExtractedMention[];
}

type Element = MdxJsxTextElement | MdxJsxFlowElement;

/**
 * The markers and the attributes each takes: no other element or attribute
 * reaches the build. (A Map: a name such as "constructor" finds nothing.)
 */
const markerAttributes = new Map<string, ReadonlySet<string>>([
  ['Claim', new Set(Object.keys(claimAttributesSchema.shape))],
  ['Source', new Set(['id'])],
  ['Caption', new Set(['credit'])],
]);

/**
 * The entry's syntax tree, when it parses and holds nothing but text and markers; undefined after
 * saying why not. Nesting is bounded before parsing, and the tree is checked whole before anything
 * reads it, so no hostile tree reaches the recursive extraction or the build.
 */
export function parseArticle(file: VFile): Root | undefined {
  return parseMdx(file, articleRules);
}

const noLink = {
  rule: 'no-link',
  reason:
    "an entry's text links nowhere: keep the words and drop the [ ](…) around them (the article's own " +
    "address goes in the front matter's url)",
};
const noImage = {
  rule: 'no-image',
  reason: 'an entry shows no images (the site loads nothing from elsewhere): say what the picture shows in a <Caption>',
};
/** An entry: text and the three markers, and no links. */
const articleRules: MdxRules = {
  refused: new Map([
    ['mdxjsEsm', noCode],
    ['mdxFlowExpression', noCode],
    ['mdxTextExpression', noCode],
    ['html', noHtml],
    ['link', noLink],
    ['linkReference', noLink],
    ['definition', noLink],
    ['image', noImage],
    ['imageReference', noImage],
  ]),
  allowed: new Set([...textNodes, 'mdxJsxFlowElement', 'mdxJsxTextElement']),
  unsupported: (type) => ({
    rule: 'unsupported-block',
    reason: `unsupported block "${type}": an article is paragraphs, headings, lists, quotes and <Caption>`,
  }),
  check: (file, node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') checkElement(file, node);
  },
};
/** A marker and its attributes: a known name, and only its own attributes, each a quoted string. */
function checkElement(file: VFile, node: Element): void {
  const known = node.name ? markerAttributes.get(node.name) : undefined;
  if (!known)
    fail(
      file,
      `unknown element <${node.name ?? ''}>: markers are <Claim>, <Source> and <Caption>; write a literal < as &lt;`,
      start(node),
      'unknown-marker',
    );
  for (const attribute of node.attributes) {
    const place = start(attribute) ?? start(node);
    if (attribute.type === 'mdxJsxExpressionAttribute')
      fail(file, `<${node.name ?? ''}>: write attributes as name="value", not {…}`, place, 'attribute-value');
    else if (typeof attribute.value !== 'string')
      fail(
        file,
        `<${node.name ?? ''}> ${attribute.name}: give a quoted value, ${attribute.name}="…"`,
        place,
        'attribute-value',
      );
    else if (known && !known.has(attribute.name))
      fail(
        file,
        `<${node.name}>: unknown attribute ${attribute.name}; docs/markers.md lists the ones it takes`,
        place,
        'unknown-attribute',
      );
  }
}

/** What an entry without front matter is told to write. */
const frontmatterHow = 'start the file with --- title, publisher, authors, date, url, source, review ---';

export function extractArticle(file: VFile, tree: Root): ExtractedArticle {
  const { value: frontmatter, placeOf } = readFrontmatter(file, tree, frontmatterSchema, frontmatterHow);
  const blocks: Block[] = [];
  const claims: ExtractedClaim[] = [];
  const mentions: ExtractedMention[] = [];
  let cleanText = '';
  // Offsets are counted as the text grows: counting them again from the start at every block or
  // marker would take a long entry quadratic time.
  let cleanLength = 0;

  const addBlock = (type: Block['type'], children: PhrasingContent[], credit: string | null = null) => {
    const reader = new BlockReader(file);
    reader.read(children);
    const { text, toCleanOffset } = collapseWhitespace(reader.raw);
    if (!text) return;
    const separator = cleanText ? '\n\n' : '';
    const blockStart = cleanLength + separator.length;
    const pointsBefore = codePointsBefore(text);
    // A marker's span in the block's clean text, without the spaces at its edges.
    const span = (rawStart: number, rawEnd: number) => {
      let from = toCleanOffset(rawStart);
      let to = toCleanOffset(rawEnd);
      while (from < to && text[from] === ' ') from++;
      while (to > from && text[to - 1] === ' ') to--;
      const offsets = { start: blockStart + pointsBefore(from), end: blockStart + pointsBefore(to) };
      return { text: text.slice(from, to), offsets };
    };
    for (const claim of reader.claims) {
      const { text: claimText, offsets } = span(claim.rawStart, claim.rawEnd);
      if (!claimText)
        fail(
          file,
          `claim "${claim.attributes.id}" has no words: wrap the claim's text in the marker`,
          claim.place,
          'empty-claim',
        );
      else claims.push({ ...claim, text: claimText, offsets, block: blocks.length });
    }
    for (const mention of reader.mentions)
      mentions.push({ source: mention.source, ...span(mention.rawStart, mention.rawEnd), place: mention.place });
    blocks.push({ type, text, start: blockStart, credit });
    cleanText += separator + text;
    cleanLength = blockStart + pointsBefore(text.length);
  };

  const visitFlow = (node: RootContent, container: Block['type']) => {
    switch (node.type) {
      case 'paragraph':
        return addBlock(container, node.children);
      case 'heading':
        return addBlock('heading', node.children);
      case 'list':
        return node.children.forEach((item) => item.children.forEach((child) => visitFlow(child, 'list-item')));
      case 'blockquote':
        return node.children.forEach((child) => visitFlow(child, 'quote'));
      case 'mdxJsxFlowElement':
        if (node.name === 'Caption') {
          const phrasing: PhrasingContent[] = [];
          for (const child of node.children)
            if (child.type === 'paragraph') phrasing.push(...child.children);
            else
              fail(
                file,
                '<Caption> holds text only: no headings, lists, quotes or markers on lines of their own',
                start(child),
                'marker-placement',
              );
          return addBlock('caption', phrasing, readAttributes(node).values.credit ?? null);
        }
        return fail(
          file,
          `<${node.name}> stands on its own line, outside any paragraph: put it inside the paragraph ` +
            'text, on the same line as the words around it',
          start(node),
          'marker-placement',
        );
      default:
        return; // front matter and thematic breaks hold no text; isData refused everything else
    }
  };
  for (const node of tree.children) visitFlow(node, 'paragraph');

  return { frontmatter, frontmatterPlaceOf: placeOf, cleanText, blocks, claims, mentions };
}

interface PendingClaim extends Omit<ExtractedClaim, 'text' | 'offsets' | 'block'> {
  rawStart: number;
  rawEnd: number;
}

/** Reads one block's inline content into raw text, recording where each marker starts and ends. */
class BlockReader {
  raw = '';
  claims: PendingClaim[] = [];
  mentions: { source: string; rawStart: number; rawEnd: number; place: Point }[] = [];
  private insideClaim = false;
  private readonly file: VFile;

  constructor(file: VFile) {
    this.file = file;
  }

  read(nodes: PhrasingContent[]): void {
    for (const node of nodes) this.visit(node);
  }

  private visit(node: PhrasingContent): void {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        this.raw += node.value;
        return;
      case 'break':
        this.raw += '\n';
        return;
      case 'emphasis':
      case 'strong':
        return this.read(node.children);
      case 'mdxJsxTextElement':
        return this.element(node);
      default:
        return; // isData refused everything else
    }
  }

  private element(node: MdxJsxTextElement): void {
    const rawStart = this.raw.length;
    if (node.name === 'Claim') {
      if (this.insideClaim) {
        fail(
          this.file,
          'claims do not nest: close the outer <Claim> before opening another, or mark them side by side',
          start(node),
          'nested-claim',
        );
        return this.read(node.children);
      }
      this.insideClaim = true;
      this.read(node.children);
      this.insideClaim = false;
      const { values, places } = readAttributes(node);
      const parsed = claimAttributesSchema.safeParse(values);
      if (!parsed.success) {
        const label = values.id ? `claim "${values.id}"` : 'claim';
        return failZodIssues(
          this.file,
          parsed.error,
          (path) => places[String(path[0])] ?? start(node),
          'claim-marker',
          label,
        );
      }
      this.claims.push({
        attributes: parsed.data,
        rawStart,
        rawEnd: this.raw.length,
        place: start(node)!,
        attributePlaces: places,
      });
      return;
    }
    if (node.name === 'Source') {
      this.read(node.children);
      const { values } = readAttributes(node);
      if (!values.id)
        return fail(this.file, '<Source> needs id="…", a source id from sources.yaml', start(node), 'source-marker');
      this.mentions.push({ source: values.id, rawStart, rawEnd: this.raw.length, place: start(node)! });
      return;
    }
    // Only <Caption> is left (isData refused any other element): it is a block.
    fail(
      this.file,
      '<Caption> is a block: put <Caption …> and </Caption> on their own lines around the caption text',
      start(node),
      'marker-placement',
    );
  }
}

/** A marker's attributes and where each was written (isData has made sure each is a quoted string). */
function readAttributes(node: Element) {
  // Without a prototype: an attribute named __proto__ is an attribute like any other (and refused as unknown).
  const values = Object.create(null) as Record<string, string>;
  const places = Object.create(null) as Record<string, Point>;
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
    values[attribute.name] = attribute.value;
    places[attribute.name] = start(attribute) ?? start(node)!;
  }
  return { values, places };
}

/** For a UTF-16 index into `text`, the number of code points before it; counted once for the whole text. */
function codePointsBefore(text: string): (index: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (index) => index;
  const counts = new Uint32Array(text.length + 1);
  for (let index = 1; index <= text.length; index++) {
    const secondHalf = /[\uDC00-\uDFFF]/.test(text[index - 1]!) && /[\uD800-\uDBFF]/.test(text[index - 2] ?? '');
    counts[index] = counts[index - 1]! + (secondHalf ? 0 : 1);
  }
  return (index) => counts[index]!;
}

/** Collapses runs of whitespace to one space and trims, mapping raw indices to clean ones. */
/** A whitespace run maps to the index where its single space stands (or would, at the ends). */
export function collapseWhitespace(raw: string): { text: string; toCleanOffset: (rawIndex: number) => number } {
  const map = new Array<number>(raw.length + 1);
  let text = '';
  let pendingSpace = false;
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index]!;
    if (/\s/.test(char)) {
      pendingSpace = text.length > 0;
      map[index] = text.length;
      continue;
    }
    if (pendingSpace) text += ' ';
    pendingSpace = false;
    map[index] = text.length;
    text += char;
  }
  map[raw.length] = text.length;
  return { text, toCleanOffset: (rawIndex) => map[rawIndex]! };
}
