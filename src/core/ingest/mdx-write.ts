// A draft entry as an MDX syntax tree: each clean block a paragraph, heading, list item or <Caption>,
// with <Claim> and <Source> markers around the words where the draft found claims and sources. The
// tree is written by stringifyMdx (mdx.ts), which escapes whatever MDX would read as code or markup.
import type { List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { Document, type YAMLSeq } from 'yaml';
import type { CleanBlock } from './clean.ts';
import type { DraftClaim, DraftFrontmatter, Mention, Span } from './draft.ts';

/** Front matter as docs/markers.md writes it: no folded lines, `[a, b]` without inner spaces. */
export const yamlOptions = { lineWidth: 0, flowCollectionPadding: false } as const;

/** A clean block as its MDX node: a list item is gathered with its neighbours into a list by entryTree. */
export function blockNode(block: CleanBlock, claims: DraftClaim[], mentions: Mention[]): RootContent {
  const children: PhrasingContent[] = [];
  let from = 0;
  for (const claim of [...claims].sort((a, b) => a.start - b.start)) {
    children.push(...phrasing(block.text, { start: from, end: claim.start }, mentions));
    const words = phrasing(block.text, claim, mentions);
    children.push(marker('Claim', claimAttributes(claim), words));
    from = claim.end;
  }
  children.push(...phrasing(block.text, { start: from, end: block.text.length }, mentions));
  const paragraph: Paragraph = { type: 'paragraph', children };
  switch (block.type) {
    case 'heading':
      return { type: 'heading', depth: 2, children };
    case 'list-item':
      return { type: 'listItem', spread: false, children: [paragraph] };
    case 'caption':
      return {
        type: 'mdxJsxFlowElement',
        name: 'Caption',
        attributes: block.credit ? [attribute('credit', block.credit)] : [],
        children: [paragraph],
      } satisfies MdxJsxFlowElement;
    default:
      return paragraph;
  }
}

/**
 * The entry: its front matter and its blocks, each run of list items one list with a blank line
 * between items, as every block has.
 */
export function entryTree(frontmatter: DraftFrontmatter, blocks: RootContent[]): Root {
  const yaml = new Document(frontmatter);
  // authors: [Zhenhua Lu, Mimi Lau], as docs/markers.md writes them.
  (yaml.get('authors', true) as YAMLSeq).flow = true;
  const children: RootContent[] = [{ type: 'yaml', value: yaml.toString(yamlOptions).trimEnd() }];
  for (const block of blocks) {
    const last = children.at(-1);
    if (block.type !== 'listItem') children.push(block);
    else if (last?.type === 'list') last.children.push(block);
    else children.push({ type: 'list', ordered: false, spread: true, children: [block] } satisfies List);
  }
  return { type: 'root', children };
}

/** The words of `span`, with <Source> markers around the mentions inside it. */
function phrasing(text: string, span: Span, mentions: Mention[]): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let from = span.start;
  for (const mention of mentions) {
    if (mention.start < span.start || mention.end > span.end) continue;
    nodes.push(...words(text.slice(from, mention.start)));
    nodes.push(marker('Source', [attribute('id', mention.id)], words(text.slice(mention.start, mention.end))));
    from = mention.end;
  }
  nodes.push(...words(text.slice(from, span.end)));
  return nodes;
}

const words = (value: string): PhrasingContent[] => (value ? [{ type: 'text', value }] : []);

function marker(name: string, attributes: MdxJsxAttribute[], children: PhrasingContent[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes, children };
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

function claimAttributes(claim: DraftClaim): MdxJsxAttribute[] {
  const attributes: [string, string | number | undefined][] = [
    ['id', claim.id],
    ['kind', claim.kind],
    ['stance', claim.stance],
    ['by', claim.by.length ? claim.by.join(' < ') : undefined],
    ['statement', claim.statement],
    ['hedges', claim.hedges.join(' ') || undefined],
    ['claimed', claim.claimed],
    ['value', claim.quantity?.value],
    ['about', claim.quantity?.about],
    ['min', claim.quantity?.min],
    ['over', claim.quantity?.over],
    ['max', claim.quantity?.max],
    ['under', claim.quantity?.under],
    ['unit', claim.quantity?.unit],
    ['counted', claim.quantity?.counted],
    ['signals', claim.signals.join(' ') || undefined],
  ];
  return attributes
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => attribute(name, String(value)));
}
