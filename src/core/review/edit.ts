// An editor's review of an entry, as the smallest change to its MDX text: the attributes a review
// changes are spliced in where the syntax tree says they stand, and every other byte stays as written,
// so a reviewed entry reads in a diff as what the editor did. Pure: text in, text out.
import type { Nodes, Root, Yaml } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { VFile } from 'vfile';
import { isMap, isScalar, parseDocument } from 'yaml';
import { excerpt, fail, problemsIn, type Problem } from '../diagnostics.ts';
import { extractArticle, parseArticle } from '../content/markers.ts';
import { idSchema, relationTypes, type RelationType } from '../schema.ts';

/** The attributes of a <Claim> marker a review may set: never its id, its links (the link actions) or signals. */
export const editableAttributes = [
  'statement',
  'stance',
  'by',
  'hedges',
  'kind',
  'claimed',
  'value',
  'min',
  'max',
  'over',
  'under',
  'about',
  'unit',
  'counted',
] as const;
export type EditableAttribute = (typeof editableAttributes)[number];

export type ReviewAction =
  /** Sets each attribute given (null removes it); one already equal to its value is left as written. */
  | { action: 'set-claim'; claim: string; attributes: Partial<Record<EditableAttribute, string | null>> }
  /** The words stop being a claim: the marker's tags go, its words and <Source> markers stay. */
  | { action: 'reject-claim'; claim: string }
  /** `other` joins the marker's `type` list, and leaves its other link lists and `unrelated`. */
  | { action: 'confirm-link'; claim: string; other: string; type: RelationType }
  /** `other` joins `unrelated`, and leaves the marker's link lists. */
  | { action: 'reject-link'; claim: string; other: string }
  /** The front matter's `review:` becomes `reviewed`. */
  | { action: 'mark-reviewed' };

export type ReviewEdit = { ok: true; text: string } | { ok: false; problems: Problem[] };

/** Text put in place of text[start, end). */
interface Splice {
  start: number;
  end: number;
  text: string;
}

type Marker = MdxJsxTextElement | MdxJsxFlowElement;
type TextAttribute = MdxJsxAttribute & { value: string };

const editable = new Set<string>(editableAttributes);
const linkLists = [...relationTypes, 'unrelated'] as const;

/**
 * The entry `text` (named `path` in problems) with `action` applied, or the problems that stop it: an
 * unknown claim, a marker or front matter that does not read, or an edited entry the check would refuse.
 */
export function applyReview(path: string, text: string, action: ReviewAction): ReviewEdit {
  const file = new VFile({ path, value: text });
  const tree = parseArticle(file);
  if (!tree) return { ok: false, problems: problemsIn([file]) };
  const splices =
    action.action === 'mark-reviewed' ? reviewSplices(file, text, tree) : markerSplices(file, tree, action);
  if (file.messages.length) return { ok: false, problems: problemsIn([file]) };
  const edited = spliced(text, splices);
  if (edited === text) return { ok: true, text };
  // The edited entry is read as the check reads it: an edit never writes what a hand edit could not.
  const check = new VFile({ path, value: edited });
  const editedTree = parseArticle(check);
  if (editedTree) extractArticle(check, editedTree);
  const problems = problemsIn([check]);
  return problems.length ? { ok: false, problems } : { ok: true, text: edited };
}

function markerSplices(file: VFile, tree: Root, action: Exclude<ReviewAction, { action: 'mark-reviewed' }>): Splice[] {
  const text = String(file.value);
  const ids = 'other' in action ? [action.claim, action.other] : [action.claim];
  for (const id of ids)
    if (typeof id !== 'string' || !idSchema.safeParse(id).success) {
      fail(file, `"${excerpt(String(id))}" is not a claim id: reload the page and review again`, undefined, 'review');
      return [];
    }
  const marker = findClaim(tree, action.claim);
  if (!marker) {
    fail(
      file,
      `no claim "${action.claim}" is marked in this entry: reload the page to see its current claims`,
      undefined,
      'review',
    );
    return [];
  }
  // parseArticle refused any attribute that is not name="value".
  const attributes = new Map(
    marker.attributes
      .filter((node): node is TextAttribute => node.type === 'mdxJsxAttribute' && typeof node.value === 'string')
      .map((a) => [a.name, a]),
  );
  const set = (name: string, value: string | null) => setAttribute(text, marker, attributes, name, value);
  const listed = (name: string) => attributes.get(name)?.value.split(/\s+/).filter(Boolean) ?? [];
  const without = (name: string, id: string) => {
    const ids = listed(name);
    return ids.includes(id) ? set(name, ids.filter((other) => other !== id).join(' ') || null) : [];
  };
  const adding = (name: string, id: string) => {
    const value = attributes.get(name)?.value;
    return listed(name).includes(id) ? [] : set(name, value ? `${value} ${id}` : id);
  };
  switch (action.action) {
    case 'set-claim':
      return Object.entries(action.attributes).flatMap(([name, value]) => {
        if (!editable.has(name) || (typeof value !== 'string' && value !== null)) {
          fail(
            file,
            `a review sets ${editableAttributes.join(', ')} to a text or nothing (null), not ${excerpt(name)}` +
              `=${excerpt(String(value))}`,
            undefined,
            'review',
          );
          return [];
        }
        return set(name, value);
      });
    case 'reject-claim':
      return unwrapped(text, marker);
    case 'confirm-link':
      if (!relationTypes.includes(action.type)) {
        fail(file, `a link is ${relationTypes.join(', ')}, not ${excerpt(String(action.type))}`, undefined, 'review');
        return [];
      }
      return linkLists.flatMap((name) =>
        name === action.type ? adding(name, action.other) : without(name, action.other),
      );
    case 'reject-link':
      return linkLists.flatMap((name) =>
        name === 'unrelated' ? adding(name, action.other) : without(name, action.other),
      );
    default:
      fail(
        file,
        `unknown review action ${excerpt(String((action as { action: unknown }).action))}`,
        undefined,
        'review',
      );
      return [];
  }
}

/** The <Claim> marker with id `id`; the tree is bounded in depth (parseArticle), so a plain walk is safe. */
function findClaim(tree: Root, id: string): Marker | undefined {
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (
      (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
      node.name === 'Claim' &&
      node.attributes.some(
        (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id' && attribute.value === id,
      )
    )
      return node;
    if ('children' in node) stack.push(...node.children);
  }
  return undefined;
}

/**
 * Sets attribute `name` of `marker` to `value`, or removes it (null) with the space before it. A changed
 * value keeps its place and quote mark; a new attribute goes after the last one. No splice when the
 * attribute already is as asked.
 */
function setAttribute(
  text: string,
  marker: Marker,
  attributes: Map<string, TextAttribute>,
  name: string,
  value: string | null,
): Splice[] {
  const existing = attributes.get(name);
  if (!existing) {
    if (value === null) return [];
    return [{ start: openTagEnd(marker), end: openTagEnd(marker), text: ` ${name}=${quoted(value, '"')}` }];
  }
  if (existing.value === value) return [];
  const { start, end } = offsets(existing);
  if (value === null) {
    let from = start;
    while (from > 0 && /\s/.test(text[from - 1]!)) from--;
    return [{ start: from, end, text: '' }];
  }
  const source = text.slice(start, end);
  const quote = source.at(-1)!;
  return [{ start: start + source.indexOf(quote), end, text: quoted(value, quote) }];
}

/**
 * An attribute value as the project's MDX writer puts it (stringifyMdx, mdx.ts): `&` and the quote mark
 * as character references, which the parser reads back as themselves.
 */
function quoted(value: string, quote: string): string {
  const reference = quote === '"' ? '&#x22;' : '&#x27;';
  return quote + value.replaceAll('&', '&amp;').replaceAll(quote, reference) + quote;
}

/** Where a new attribute goes: after the marker's last one (a found claim has at least its id). */
function openTagEnd(marker: Marker): number {
  return offsets(marker.attributes.at(-1)!).end;
}

/** The marker's tags removed, what they enclose kept byte for byte. */
function unwrapped(text: string, marker: Marker): Splice[] {
  const { start, end } = offsets(marker);
  const openEnd = text.indexOf('>', openTagEnd(marker)) + 1;
  // The closing tag is the last `<` of the element; before the open tag's end, it closed itself (`/>`).
  const closeStart = text.lastIndexOf('<', end - 1);
  if (closeStart < openEnd) return [{ start, end, text: '' }];
  return [
    { start, end: openEnd, text: '' },
    { start: closeStart, end, text: '' },
  ];
}

/** The front matter's `review:` value as `reviewed`, comments and all else as written. */
function reviewSplices(file: VFile, text: string, tree: Root): Splice[] {
  const node = tree.children.find((child): child is Yaml => child.type === 'yaml');
  const document = node ? parseDocument(node.value) : undefined;
  const pair = isMap(document?.contents)
    ? document.contents.items.find((item) => isScalar(item.key) && item.key.value === 'review')
    : undefined;
  if (!node || !document || document.errors.length || !isScalar(pair?.value) || !pair.value.range) {
    fail(
      file,
      'the front matter has no review: line to mark (or does not read): write review: reviewed by hand',
      undefined,
      'frontmatter',
    );
    return [];
  }
  if (pair.value.value === 'reviewed') return [];
  // The YAML value starts on the line after the opening ---.
  const yamlStart = text.indexOf('\n', offsets(node).start) + 1;
  const [from, to] = pair.value.range;
  return [{ start: yamlStart + from, end: yamlStart + to, text: 'reviewed' }];
}

function offsets(node: { position?: { start: { offset?: number }; end: { offset?: number } } }) {
  return { start: node.position!.start.offset!, end: node.position!.end.offset! };
}

/** `text` with each splice made; splices do not overlap, and those at one place go in the order given. */
function spliced(text: string, splices: Splice[]): string {
  let result = '';
  let at = 0;
  for (const splice of [...splices].sort((a, b) => a.start - b.start)) {
    result += text.slice(at, splice.start) + splice.text;
    at = splice.end;
  }
  return result + text.slice(at);
}
