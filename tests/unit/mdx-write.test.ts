// A draft entry is written through the MDX serialiser and read back by the check's parser: article text
// holding what MDX or Markdown would read as code, markup or structure reads back as the same words, and
// the only elements in the entry are the markers the draft put there.
import type { Nodes } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { report } from '../../src/core/diagnostics.ts';
import type { CleanBlock } from '../../src/core/ingest/clean.ts';
import type { DraftClaim, DraftFrontmatter, Mention } from '../../src/core/ingest/draft.ts';
import { blockNode, entryTree } from '../../src/core/ingest/mdx-write.ts';
import { extractArticle, parseArticle } from '../../src/core/content/markers.ts';
import { stringifyMdx } from '../../src/core/content/mdx.ts';

const frontmatter: DraftFrontmatter = {
  title: null,
  publisher: 'cnn',
  authors: [],
  date: null,
  url: null,
  source: { file: 'x.txt', sha256: 'a'.repeat(64) },
  review: 'auto',
};

/** Words an article may hold that MDX or Markdown would read as something other than text. */
const hostile = [
  '<script>alert(1)</script>',
  '<Claim id="abc">',
  '</Source>',
  '<!-- a comment -->',
  '<https://example.org>',
  'a < b > c',
  '3<4',
  '{',
  '}',
  '{props.x}',
  '{/* comment */}',
  '*emphasis*',
  '**strong**',
  '_under_',
  'snake_case_words',
  '# not a heading',
  '## not a heading ##',
  '[a link](https://example.org)',
  '[a reference]',
  '![an image](x.png)',
  '`code`',
  '``two ticks``',
  'a lone ` tick',
  '\\',
  'a backslash \\ here',
  '\\* escaped already',
  'C:\\new\\table',
  '&amp;',
  '&lt;b&gt;',
  '&#60;',
  '&#x3C;',
  'Tom & Jerry',
  '&copy; 2024',
  'import x from "y"',
  'export const a = 1',
  'export default {}',
  'important news',
  '---',
  '***',
  '___',
  '- not a list',
  '+ not a list',
  '* not a list',
  '1. not a list',
  '2) not a list',
  '> not a quote',
  '=== not an underline',
  '~~~ not a fence',
  '``` not a fence',
  '| not | a | table |',
  '"quoted" and \'single\'',
];

interface Case {
  type: CleanBlock['type'];
  text: string;
  claims: { start: number; end: number; statement: string }[];
  mentions: Mention[];
  credit?: string;
}

/** A statement holding the word where the check allows it (a statement has no <, >, { or }: schema.ts). */
const statement = (word: string) => (/[<>{}]/.test(word) ? 'Officials said so.' : `Officials said ${word}.`);

/** Where a hostile word stands: alone, at a block's edge, in a claim or a source, in a marker's attribute. */
const placings: [string, (word: string) => Case][] = [
  ['alone in a paragraph', (word) => block('paragraph', word)],
  ['at a paragraph’s start', (word) => block('paragraph', `${word} the mayor said.`)],
  ['at a paragraph’s end', (word) => block('paragraph', `The mayor said ${word}`)],
  ['a heading', (word) => block('heading', word)],
  ['a list item', (word) => block('list-item', word)],
  ['a caption and its credit', (word) => ({ ...block('caption', word), credit: word })],
  [
    'a claim’s words and statement',
    (word) => {
      const text = `Officials said ${word} twice.`;
      return { ...block('paragraph', text), claims: [{ start: 15, end: text.length - 1, statement: statement(word) }] };
    },
  ],
  [
    'a claim starting the paragraph',
    (word) => ({
      ...block('paragraph', `${word}, officials said.`),
      claims: [{ start: 0, end: word.length, statement: statement(word) }],
    }),
  ],
  [
    'a source mention inside a claim',
    (word) => {
      const text = `The ${word} said it twice.`;
      return {
        ...block('paragraph', text),
        claims: [{ start: 0, end: text.length - 1, statement: statement(word) }],
        mentions: [{ id: 'cnn', start: 4, end: 4 + word.length }],
      };
    },
  ],
];

function block(type: Case['type'], text: string): Case {
  return { type, text, claims: [], mentions: [] };
}

function draftClaim(claim: Case['claims'][number], index: number): DraftClaim {
  return {
    ...claim,
    id: `claim-${index}`,
    kind: 'statement',
    text: '',
    block: 0,
    by: [],
    stance: 'asserts',
    hedges: [],
    quantity: null,
    score: 1,
    signals: [],
    raw: null,
  };
}

/** The entry of one block, written and read back: its messages, what it reads as, the node types of its tree. */
function roundTrip(input: Case) {
  const clean: CleanBlock = { type: input.type, text: input.text, credit: input.credit ?? null, rawOffsets: null };
  const mdx = stringifyMdx(entryTree(frontmatter, [blockNode(clean, input.claims.map(draftClaim), input.mentions)]));
  const file = new VFile({ value: mdx });
  const tree = parseArticle(file);
  const article = tree && extractArticle(file, tree);
  const types = new Set<string>();
  const elements: string[] = [];
  const walk = (node: Nodes) => {
    types.add(node.type);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') elements.push(node.name ?? '');
    if ('children' in node) node.children.forEach(walk);
  };
  if (tree) walk(tree);
  return { mdx, messages: report([file]), article, types, elements };
}

const structure: Record<CleanBlock['type'], string[]> = {
  paragraph: ['paragraph'],
  heading: ['heading'],
  'list-item': ['list', 'listItem', 'paragraph'],
  caption: ['mdxJsxFlowElement', 'paragraph'],
};

describe.each(placings)('hostile words %s read back as the same text', (_placing, place) => {
  test.each(hostile)('%s', (word) => {
    const input = place(word);
    const { mdx, messages, article, types, elements } = roundTrip(input);
    expect(messages, mdx).toBe('');
    expect(article!.cleanText, mdx).toBe(input.text);
    expect(
      article!.blocks.map((read) => [read.type, read.credit]),
      mdx,
    ).toEqual([[input.type, input.credit ?? null]]);
    const words = (span: { start: number; end: number }) => input.text.slice(span.start, span.end);
    const claims = article!.claims.map((claim) => [claim.text, claim.attributes.statement]);
    expect(claims, mdx).toEqual(input.claims.map((claim) => [words(claim), claim.statement]));
    const mentions = article!.mentions.map((mention) => [mention.source, mention.text]);
    expect(mentions, mdx).toEqual(input.mentions.map((mention) => [mention.id, words(mention)]));
    // No element, expression, ESM, HTML, link, code or emphasis the draft did not put there.
    const caption = input.type === 'caption' ? ['Caption'] : [];
    const markers = [...caption, ...input.claims.map(() => 'Claim'), ...input.mentions.map(() => 'Source')];
    expect(elements.sort(), mdx).toEqual(markers.sort());
    const inline = markers.length > caption.length ? ['mdxJsxTextElement'] : [];
    const expected = new Set(['root', 'yaml', 'text', ...structure[input.type], ...inline]);
    expect([...types].sort(), mdx).toEqual([...expected].sort());
  });
});

test('list items next to one another are one list, each item read as its own block', () => {
  const item = (text: string): CleanBlock => ({ type: 'list-item', text, credit: null, rawOffsets: null });
  const paragraph: CleanBlock = { type: 'paragraph', text: 'Between them.', credit: null, rawOffsets: null };
  const blocks = [item('One.'), item('- Two.'), paragraph, item('Three.')].map((clean) => blockNode(clean, [], []));
  const tree = entryTree(frontmatter, blocks);
  expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'list', 'paragraph', 'list']);
  const file = new VFile({ value: stringifyMdx(tree) });
  const article = extractArticle(file, parseArticle(file)!);
  expect(report([file])).toBe('');
  expect(article.blocks.map((block) => [block.type, block.text])).toEqual([
    ['list-item', 'One.'],
    ['list-item', '- Two.'],
    ['paragraph', 'Between them.'],
    ['list-item', 'Three.'],
  ]);
});
