// An editor's review of an entry, as the smallest change to its MDX text: the attributes a review
// changes are spliced in where the syntax tree says they stand, and every other byte stays as written,
// so a reviewed entry reads in a diff as what the editor did. Pure: text in, text out.
import type { Nodes, Root, Yaml } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { VFile } from 'vfile';
import { isMap, isScalar, parseDocument } from 'yaml';
import { fail, failZodIssues, problemsIn, type Problem } from '../diagnostics.ts';
import { extractArticle, parseArticle } from '../content/markers.ts';
import { relationTypes, reviewActionSchema, type ReviewAction } from '../schema.ts';

export type ReviewEdit = { ok: true; text: string } | { ok: false; problems: Problem[] };

/** Text put in place of text[start, end). */
interface Splice {
  start: number;
  end: number;
  text: string;
}

type Marker = MdxJsxTextElement | MdxJsxFlowElement;
type TextAttribute = MdxJsxAttribute & { value: string };

const linkLists = [...relationTypes, 'unrelated'] as const;

/**
 * The entry `text` (named `path` in problems) with `action` applied, or the problems that stop it: an
 * unknown claim, a marker or front matter that does not read, or an edited entry the check would refuse.
 */
export function applyReview(path: string, text: string, action: ReviewAction): ReviewEdit {
  const file = new VFile({ path, value: text });
  // An action may come from a browser: what is not one is refused before the entry is read.
  const request = reviewActionSchema.safeParse(action);
  if (!request.success) {
    failZodIssues(file, request.error, () => undefined, 'review', 'review request');
    return { ok: false, problems: problemsIn([file]) };
  }
  const tree = parseArticle(file);
  if (!tree) return { ok: false, problems: problemsIn([file]) };
  const asked = request.data;
  const splices = asked.action === 'mark-reviewed' ? reviewSplices(file, text, tree) : markerSplices(file, tree, asked);
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
      // The schema let through a text or null for each attribute given, and nothing else.
      return Object.entries<string | null>(action.attributes).flatMap(([name, value]) => set(name, value));
    case 'reject-claim':
      return unwrapped(text, marker);
    case 'confirm-link':
      return linkLists.flatMap((name) =>
        name === action.type ? adding(name, action.other) : without(name, action.other),
      );
    case 'reject-link':
      return linkLists.flatMap((name) =>
        name === 'unrelated' ? adding(name, action.other) : without(name, action.other),
      );
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
