// A re-ingest merged into the entry an editor worked on, on the two syntax trees. The re-ingest owns
// the text, the raw source's name and hash, and the markers of the claims it found afresh; everything
// else is the editor's and is kept: the front matter as they wrote it (comments, layout, the title and
// other metadata they set), the verdicts of claims still found, and each claim still found whole (its
// marker: kind, statement, stance, claimant, hedges, day, quantity, links; and the markers in its words).
import type { Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import { isMap, isSeq, parseDocument } from 'yaml';
import { stringifyMdx } from '../content/mdx.ts';
import type { Draft } from './draft.ts';
import { yamlOptions } from './mdx-write.ts';

/**
 * The merged entry as MDX. `entry` is the editor's entry as parseArticle read it, `entryIds` the ids
 * of the claims it marks (extractArticle's); a draft claim with one of them kept that id because its
 * words are the same (buildDraft's keepIds). The review state goes back to auto.
 */
export function mergeEntry(
  draft: Pick<Draft, 'tree' | 'frontmatter' | 'claims'>,
  entry: Root,
  entryIds: ReadonlySet<string>,
): string {
  const kept = new Set(draft.claims.map((claim) => claim.id).filter((id) => entryIds.has(id)));
  const editors = new Map<string, MdxJsxTextElement>();
  visit(entry, 'mdxJsxTextElement', (node) => {
    const id = claimId(node);
    if (id && kept.has(id) && !editors.has(id)) editors.set(id, node);
  });
  const tree = structuredClone(draft.tree);
  visit(tree, 'mdxJsxTextElement', (node) => {
    const editor = editors.get(claimId(node) ?? '');
    if (!editor) return;
    node.attributes = editor.attributes;
    node.children = editor.children;
    return SKIP;
  });
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!yaml) throw new Error('a draft starts with its front matter');
  yaml.value = mergeFrontmatter(entry, draft.frontmatter.source, kept);
  return stringifyMdx(tree);
}

/** The editor's front matter with the raw source's new name and hash, review: auto, the verdicts of kept claims. */
function mergeFrontmatter(entry: Root, source: Draft['frontmatter']['source'], kept: ReadonlySet<string>): string {
  const node = entry.children.find((child) => child.type === 'yaml');
  // The CLI refuses to merge into an entry whose front matter the check cannot read.
  if (!node) throw new Error('the entry to merge has no front matter: run claimtrail check and fix it first');
  const document = parseDocument(node.value);
  document.setIn(['source', 'file'], source.file);
  document.setIn(['source', 'sha256'], source.sha256);
  document.set('review', 'auto');
  const verdicts = document.get('verdicts');
  if (isSeq(verdicts)) {
    verdicts.items = verdicts.items.filter((item) => isMap(item) && kept.has(String(item.get('claim'))));
  }
  if (!isSeq(verdicts) || verdicts.items.length === 0) document.delete('verdicts');
  return document.toString(yamlOptions).trimEnd();
}

function claimId(node: MdxJsxTextElement): string | undefined {
  if (node.name !== 'Claim') return undefined;
  const id = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id');
  return typeof id?.value === 'string' ? id.value : undefined;
}
