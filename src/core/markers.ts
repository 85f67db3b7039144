// One annotated MDX file -> its front matter, clean text, claims and source mentions, with positions.
// Pure: syntax tree in, data out; problems become messages on the file.
import type { Root, RootContent, PhrasingContent, Yaml } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { fail, failZodIssues, type Point } from './diagnostics.ts';
import {
  claimAttributesSchema,
  frontmatterSchema,
  mentionSchema,
  type Block,
  type ClaimAttributes,
  type Frontmatter,
} from './schema.ts';
import { parseYaml } from './yaml.ts';
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
const markerNames = ['Claim', 'Source', 'Caption'];
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

export function parseArticle(file: VFile): Root | undefined {
  try {
    return parser.parse(file);
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
    const place = error.place && 'start' in error.place ? error.place.start : error.place;
    fail(file, `MDX does not parse: ${error.reason}. Check the marker's quotes and closing tag; write a literal { } or < as \\{ \\} or &lt;`, place ?? undefined, 'mdx-syntax');
    return undefined;
  }
}

export function extractArticle(file: VFile, tree: Root): ExtractedArticle {
  const yamlNode = tree.children.find((node): node is Yaml => node.type === 'yaml');
  const { frontmatter, placeOf } = readFrontmatter(file, yamlNode);
  const blocks: Block[] = [];
  const claims: ExtractedClaim[] = [];
  const mentions: ExtractedMention[] = [];
  let cleanText = '';

  const addBlock = (type: Block['type'], children: PhrasingContent[], credit: string | null = null) => {
    const reader = new BlockReader(file);
    reader.read(children);
    const { text, toCleanOffset } = collapseWhitespace(reader.raw);
    if (!text) return;
    const prefix = cleanText ? `${cleanText}\n\n` : '';
    const blockStart = codePoints(prefix);
    // A marker's span in the block's clean text, without the spaces at its edges.
    const span = (rawStart: number, rawEnd: number) => {
      let from = toCleanOffset(rawStart);
      let to = toCleanOffset(rawEnd);
      while (from < to && text[from] === ' ') from++;
      while (to > from && text[to - 1] === ' ') to--;
      const offsets = { start: blockStart + codePoints(text.slice(0, from)), end: blockStart + codePoints(text.slice(0, to)) };
      return { text: text.slice(from, to), offsets };
    };
    for (const claim of reader.claims) {
      const { text: claimText, offsets } = span(claim.rawStart, claim.rawEnd);
      if (!claimText) fail(file, `claim "${claim.attributes.id}" has no words: wrap the claim's text in the marker`, claim.place, 'empty-claim');
      else claims.push({ ...claim, text: claimText, offsets, block: blocks.length });
    }
    for (const mention of reader.mentions) mentions.push({ source: mention.source, ...span(mention.rawStart, mention.rawEnd), place: mention.place });
    blocks.push({ type, text, start: blockStart, credit });
    cleanText = prefix + text;
  };

  const visitFlow = (node: RootContent, container: Block['type']) => {
    switch (node.type) {
      case 'yaml':
      case 'thematicBreak':
        return;
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
          const credit = readAttributes(file, node).values.credit ?? null;
          const phrasing = node.children.flatMap((child) => (child.type === 'paragraph' ? child.children : []));
          return addBlock('caption', phrasing, credit);
        }
        return fail(file, node.name === 'Claim' || node.name === 'Source'
          ? `<${node.name}> stands on its own line, outside any paragraph: put it inside the paragraph text, on the same line as the words around it`
          : unknownElement(node), start(node), 'marker-placement');
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
        return fail(file, 'an entry holds no code (import, export or { }): escape literal braces as \\{ \\}', start(node), 'no-code');
      default:
        return fail(file, `unsupported block "${node.type}": an article is paragraphs, headings, lists, quotes and <Caption>`, start(node), 'unsupported-block');
    }
  };
  for (const node of tree.children) visitFlow(node, 'paragraph');

  return { frontmatter, frontmatterPlaceOf: placeOf, cleanText, blocks, claims, mentions };
}

function readFrontmatter(file: VFile, node: Yaml | undefined) {
  if (!node) {
    fail(file, 'missing front matter: start the file with --- title, publisher, authors, date, url, source, review ---', undefined, 'frontmatter');
    return { frontmatter: undefined, placeOf: () => ({ line: 1, column: 1 }) };
  }
  const yaml = parseYaml(node.value, (node.position?.start.line ?? 1));
  for (const error of yaml.errors) fail(file, `front matter YAML: ${error.message}`, error.place, 'frontmatter');
  const parsed = frontmatterSchema.safeParse(yaml.value ?? {});
  if (!yaml.errors.length && !parsed.success) failZodIssues(file, parsed.error, yaml.placeOf, 'frontmatter', 'front matter');
  return { frontmatter: parsed.success ? parsed.data : undefined, placeOf: yaml.placeOf };
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
      case 'delete':
      case 'link':
        return this.read(node.children);
      case 'mdxJsxTextElement':
        return this.element(node);
      case 'mdxTextExpression':
        return fail(this.file, 'an entry holds no code ({ … }): escape literal braces as \\{ \\}', start(node), 'no-code');
      default:
        return; // images, footnote references: no text of the article's own
    }
  }

  private element(node: MdxJsxTextElement): void {
    const rawStart = this.raw.length;
    if (node.name === 'Claim') {
      if (this.insideClaim) {
        fail(this.file, 'claims do not nest: close the outer <Claim> before opening another, or mark them side by side', start(node), 'nested-claim');
        return this.read(node.children);
      }
      this.insideClaim = true;
      this.read(node.children);
      this.insideClaim = false;
      const { values, places } = readAttributes(this.file, node);
      const parsed = claimAttributesSchema.safeParse(values);
      if (!parsed.success) {
        const label = values.id ? `claim "${values.id}"` : 'claim';
        return failZodIssues(this.file, parsed.error, (path) => places[String(path[0])] ?? start(node), 'claim-marker', label);
      }
      this.claims.push({ attributes: parsed.data, rawStart, rawEnd: this.raw.length, place: start(node)!, attributePlaces: places });
      return;
    }
    if (node.name === 'Source') {
      this.read(node.children);
      const { values, places } = readAttributes(this.file, node);
      if (!values.id) return fail(this.file, '<Source> needs id="…", a source id from sources.yaml', start(node), 'source-marker');
      const unknown = Object.keys(values).filter((key) => key !== 'id');
      if (unknown.length) fail(this.file, `<Source>: unknown attribute ${unknown.join(', ')}; it takes only id`, places[unknown[0]!], 'source-marker');
      this.mentions.push({ source: values.id, rawStart, rawEnd: this.raw.length, place: start(node)! });
      return;
    }
    if (node.name === 'Caption')
      return fail(this.file, '<Caption> is a block: put <Caption …> and </Caption> on their own lines around the caption text', start(node), 'marker-placement');
    fail(this.file, unknownElement(node), start(node), 'unknown-marker');
    this.read(node.children);
  }
}

function unknownElement(node: Element): string {
  return `unknown element <${node.name ?? ''}>: markers are <Claim>, <Source> and <Caption>; write a literal < as &lt;`;
}

/** String attributes of a marker; expressions and spreads are errors (entries hold no code). */
function readAttributes(file: VFile, node: Element) {
  const values: Record<string, string> = {};
  const places: Record<string, Point> = {};
  for (const attribute of node.attributes) {
    const place = attribute.position?.start ?? start(node);
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      fail(file, `<${node.name}>: write attributes as name="value", not {…}`, place, 'attribute-value');
      continue;
    }
    if (typeof attribute.value !== 'string') {
      fail(file, `<${node.name}> ${attribute.name}: give a quoted value, ${attribute.name}="…"`, place, 'attribute-value');
      continue;
    }
    values[attribute.name] = attribute.value;
    if (place) places[attribute.name] = place;
  }
  return { values, places };
}

function start(node: { position?: { start: Point } }): Point | undefined {
  return node.position ? { line: node.position.start.line, column: node.position.start.column } : undefined;
}

export function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
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
