// An MDX file of a corpus read as data: parsed, then its whole tree walked and refused unless it holds
// only what its kind of file may (an article entry: markers.ts; an editorial page: editorial.ts). Nesting
// is bounded before parsing, so no hostile tree reaches a recursive reader or the build (docs/security.md).
// And a tree written back as MDX (stringifyMdx), by the serialiser paired with the parser, so that what
// is written reads back as the same tree.
import type { Nodes, Parents, Root, Yaml } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { mdxJsxToMarkdown, type MdxJsxFlowElement, type MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toMarkdown, type Handle, type Info, type Options, type State, type Unsafe } from 'mdast-util-to-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { z } from 'zod';
import { fail, failZodIssues, type Point } from '../diagnostics.ts';
import { parseYaml, type PlaceOf } from './yaml.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/**
 * What MDX reads as code beyond what Markdown and JSX do (mdast-util-mdx-jsx escapes every `<` of a text):
 * a `{` opens an expression anywhere, and `import ` or `export ` at the start of a line opens ESM. Text
 * holding them is escaped (`\{`, `&#x69;mport`), so it reads back as itself.
 */
const mdxUnsafe: Unsafe[] = [
  { character: '{', inConstruct: 'phrasing' },
  { atBreak: true, character: 'i', after: 'mport ' },
  { atBreak: true, character: 'e', after: 'xport ' },
];

const jsx = mdxJsxToMarkdown();
// The handler's `peek` (the first character it writes, "<") spares writing an element twice.
const jsxElement = jsx.handlers!.mdxJsxTextElement! as Handle & { peek: Handle };
/**
 * mdast-util-mdx-jsx 3.2 escapes only the quote mark of an attribute value, but its parser decodes
 * character references there: a statement holding "&amp;" would read back as "&". Its `&` are encoded first.
 */
const element = (node: MdxJsxFlowElement | MdxJsxTextElement, parent: Parents | undefined, state: State, info: Info) =>
  jsxElement({ ...node, attributes: node.attributes.map(ampersandsEncoded) }, parent, state, info);
element.peek = jsxElement.peek;

function ampersandsEncoded<Attribute extends { value?: unknown }>(attribute: Attribute): Attribute {
  if (typeof attribute.value !== 'string') return attribute;
  return { ...attribute, value: attribute.value.replaceAll('&', '&amp;') };
}

const writeOptions: Options = {
  bullet: '-',
  extensions: [
    frontmatterToMarkdown(['yaml']),
    { ...jsx, handlers: { mdxJsxFlowElement: element, mdxJsxTextElement: element } },
    { unsafe: mdxUnsafe },
  ],
};

/** A syntax tree as MDX that parseMdx reads back as the same tree (positions aside). */
export function stringifyMdx(tree: Root): string {
  return toMarkdown(tree, writeOptions);
}

/**
 * Quotes, lists, emphasis and markers inside one another: far more than any article, far less than overflows a stack.
 */
export const maxNesting = 32;
const tooDeep =
  `nested more than ${maxNesting} levels deep ` +
  '(quotes, lists, emphasis or markers inside one another): flatten it';

/** What an MDX file may hold; anything else is refused where it stands, saying why. */
export interface MdxRules {
  /** Nodes refused wherever they stand, and why. */
  refused: ReadonlyMap<string, Refusal>;
  /** What the file is made of; any other node is refused as `unsupported` says. */
  allowed: ReadonlySet<string>;
  unsupported: (type: string) => Refusal;
  /** Checks of a node that is allowed: a marker's attributes, a link's address. */
  check?: (file: VFile, node: Nodes) => void;
}
export interface Refusal {
  rule: string;
  reason: string;
}

/** An MDX file's syntax tree, when it parses and holds only what `rules` allow; undefined after saying why not. */
export function parseMdx(file: VFile, rules: MdxRules): Root | undefined {
  const deep = tooDeepToParse(String(file));
  if (deep) {
    fail(file, tooDeep, deep, 'nesting');
    return undefined;
  }
  let tree: Root;
  try {
    tree = parser.parse(file);
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
    const place = error.place && 'start' in error.place ? error.place.start : error.place;
    fail(
      file,
      `MDX does not parse: ${error.reason}. ` +
        "Check the marker's quotes and closing tag; write a literal { } or < as \\{ \\} or &lt;",
      place ?? undefined,
      'mdx-syntax',
    );
    return undefined;
  }
  return isData(file, tree, rules) ? tree : undefined;
}

/**
 * Where the text nests too deep to parse, by a linear scan before parsing: micromark's time grows
 * with the square of the depth of quotes, lists and emphasis (ten thousand `>` take minutes), so the
 * exact limit, applied to the tree, would come too late. Counts per line the quote and list markers
 * that start it and its indentation (a level for every four columns, what a nested list takes at most),
 * and per paragraph the emphasis left open. An estimate, so it allows twice the exact limit.
 */
function tooDeepToParse(text: string): Point | undefined {
  const limit = 2 * maxNesting;
  let open = 0;
  for (const [index, line] of text.split('\n').entries()) {
    let levels = 0;
    let columns = 0;
    for (let at = 0; at < line.length; at++) {
      const char = line[at]!;
      if (char === ' ' || char === '\t') columns += char === ' ' ? 1 : 4;
      else if (char === '>') levels++;
      else {
        const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(at, at + 11));
        if (!marker) break;
        levels++;
        at += marker[0].length - 1;
      }
      if (levels + Math.floor(columns / 4) > limit) return { line: index + 1, column: at + 1 };
    }
    if (line.trim() === '') open = 0; // a blank line ends the paragraph, and any emphasis in it
    // A run of * or _ before a word opens emphasis, after one closes it; escaped ones are text.
    for (const run of line.matchAll(/\\.|[*_]+/g)) {
      if (run[0][0] === '\\') continue;
      const before = line[run.index - 1];
      const after = line[run.index + run[0].length];
      const opens = after !== undefined && !/\s/.test(after);
      const closes = before !== undefined && !/\s/.test(before);
      if (opens && !closes) open += run[0].length;
      else if (closes && !opens) open = Math.max(0, open - run[0].length);
      if (open > limit) return { line: index + 1, column: run.index + 1 };
    }
  }
  return undefined;
}

export const noCode = {
  rule: 'no-code',
  reason: 'an entry holds no code (import, export or { }): escape literal braces as \\{ \\}',
};
export const noHtml = {
  rule: 'no-html',
  reason: 'an entry holds no HTML: write the text itself, and a literal < as &lt;',
};
/** Text and its structure: what every MDX file of a corpus may be made of. */
export const textNodes = [
  'root',
  'yaml',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'text',
  'emphasis',
  'strong',
  'inlineCode',
  'break',
];
/** Parents that add no level of nesting of their own. */
const flat = new Set(['root', 'listItem', 'paragraph', 'heading']);

/**
 * Walks the whole tree, every node, without recursion, and refuses what `rules` do not allow (for an
 * entry: code, HTML, elements other than the markers, attributes they do not take or that are code,
 * links, images) and nesting deeper than maxNesting. Whether the tree passed.
 */
function isData(file: VFile, tree: Root, rules: MdxRules): boolean {
  const before = file.messages.length;
  const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, depth } = entry;
    const refusal =
      rules.refused.get(node.type) ?? (rules.allowed.has(node.type) ? undefined : rules.unsupported(node.type));
    if (refusal) fail(file, refusal.reason, start(node), refusal.rule);
    else rules.check?.(file, node);
    if (!('children' in node) || node.children.length === 0) continue;
    const inner = depth + (flat.has(node.type) ? 0 : 1);
    if (inner > maxNesting) {
      fail(file, tooDeep, start(node.children[0]!), 'nesting');
      continue;
    }
    for (let index = node.children.length - 1; index >= 0; index--)
      stack.push({ node: node.children[index]!, depth: inner });
  }
  return file.messages.length === before;
}

export function start(node: { position?: { start: Point } }): Point | undefined {
  return node.position ? { line: node.position.start.line, column: node.position.start.column } : undefined;
}

/**
 * The front matter of an MDX file read by `schema`, and where each of its fields stands; its value is
 * undefined after saying why (`missing` says what to write when the file has none).
 */
export function readFrontmatter<Schema extends z.ZodType>(
  file: VFile,
  tree: Root,
  schema: Schema,
  missing: string,
): { value: z.output<Schema> | undefined; placeOf: PlaceOf } {
  const node = tree.children.find((child): child is Yaml => child.type === 'yaml');
  if (!node) {
    fail(file, `missing front matter: ${missing}`, undefined, 'frontmatter');
    return { value: undefined, placeOf: () => ({ line: 1, column: 1 }) };
  }
  const yaml = parseYaml(node.value, node.position?.start.line ?? 1);
  for (const error of yaml.errors) fail(file, `front matter YAML: ${error.message}`, error.place, 'frontmatter');
  const parsed = schema.safeParse(yaml.value ?? {});
  if (!yaml.errors.length && !parsed.success)
    failZodIssues(file, parsed.error, yaml.placeOf, 'frontmatter', 'front matter');
  return { value: parsed.success ? parsed.data : undefined, placeOf: yaml.placeOf };
}
