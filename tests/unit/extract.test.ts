import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/core/content/corpus.ts';
import { frontmatter, makeCorpus } from './make-corpus.ts';

function graphOf(body: string) {
  const { graph, files } = loadCorpus(makeCorpus({ 'test-article': frontmatter() + body }));
  const problems = files.flatMap((file) => file.messages.map(String));
  expect(problems).toEqual([]);
  return graph!;
}

describe('claim extraction', () => {
  it('keeps a claim’s exact words and locates them in the clean text, in code points', () => {
    const graph = graphOf(`
First paragraph 😀 with an emoji.

Citing <Source id="diplomatic-sources">diplomatic sources</Source>, <Source id="reuters">the Reuters news agency</Source> reported that <Claim id="abc123" kind="event" by="reuters < diplomatic-sources">the diplomats had
been invited</Claim> to visit.
`);
    const article = graph.articles[0]!;
    const claim = graph.claims[0]!;
    expect(claim.text).toBe('the diplomats had been invited');
    // The emoji is one code point (two UTF-16 units): offsets must count it once.
    expect(Array.from(article.cleanText).slice(claim.offsets.start, claim.offsets.end).join('')).toBe(claim.text);
    expect(article.cleanText.startsWith('First paragraph 😀 with an emoji.\n\nCiting diplomatic sources, ')).toBe(true);
    expect(claim.block).toBe(1);
    expect(claim.place).toEqual({ file: 'articles/test-article.mdx', line: 15, column: 137 });
  });

  it('orders the attribution chain from publisher to origin', () => {
    const graph = graphOf(
      '<Claim id="abc123" kind="reported" by="reuters < diplomatic-sources">Ambassadors were invited</Claim>.\n',
    );
    expect(graph.claims[0]!.attribution).toEqual(['scmp', 'reuters', 'diplomatic-sources']);
    expect(graph.sources.find((source) => source.id === 'diplomatic-sources')!.claims).toEqual(['abc123']);
  });

  it('attributes a claim in the publisher’s own voice to the publisher alone', () => {
    const graph = graphOf('<Claim id="abc123" kind="statement">Access is restricted</Claim>.\n');
    expect(graph.claims[0]!.attribution).toEqual(['scmp']);
  });

  const open = { minExclusive: false, maxExclusive: false, about: null };
  it.each([
    ['more than a million', 'over="1000000"', { ...open, min: 1000000, max: null, minExclusive: true }],
    ['at least a million', 'min="1000000"', { ...open, min: 1000000, max: null }],
    ['up to 2 million', 'max="2000000"', { ...open, min: null, max: 2000000 }],
    ['fewer than 2 million', 'under="2000000"', { ...open, min: null, max: 2000000, maxExclusive: true }],
    ['22 nations', 'value="22"', { ...open, min: 22, max: 22 }],
    ['about 40,000', 'about="40000"', { ...open, min: 36000, max: 44000, about: 40000 }],
    ['between 1 and 2 million', 'min="1000000" max="2000000"', { ...open, min: 1000000, max: 2000000 }],
  ])('normalises the quantity “%s” (%s)', (words, attributes, bounds) => {
    const graph = graphOf(
      `<Claim id="abc123" kind="quantity" ${attributes} unit="people" counted="detained">${words}</Claim>.\n`,
    );
    expect(graph.claims[0]!.quantity).toEqual({ ...bounds, unit: 'people', counted: 'detained' });
  });

  it('keeps a caption as a caption block with its credit, apart from the paragraphs', () => {
    const graph = graphOf('Body text.\n\n<Caption credit="AP">\nPolice patrol near a mosque.\n</Caption>\n');
    expect(graph.articles[0]!.blocks.map((block) => [block.type, block.text, block.credit])).toEqual([
      ['paragraph', 'Body text.', null],
      ['caption', 'Police patrol near a mosque.', 'AP'],
    ]);
  });

  it('records source mentions, also inside claims', () => {
    const graph = graphOf(
      '<Claim id="abc123" kind="quote" by="john-fisher">“Pressure will increase,” said <Source id="john-fisher">John Fisher</Source></Claim>.\n',
    );
    expect(graph.articles[0]!.mentions.map((mention) => [mention.source, mention.text])).toEqual([
      ['john-fisher', 'John Fisher'],
    ]);
  });

  it('shows a hand-declared link once, whichever claim declares it', () => {
    const graph = graphOf(
      '<Claim id="aaa111" kind="statement" conflicts="bbb222">Torture is rampant</Claim>. <Claim id="bbb222" kind="reported" by="reuters">Beijing denies torture</Claim>.\n',
    );
    expect(graph.relations).toEqual([
      {
        type: 'conflicts',
        from: 'aaa111',
        to: 'bbb222',
        origin: 'editor',
        method: 'editor',
        score: 1,
        explanation: 'Declared by an editor; the matcher found no link on its own',
        declaredAt: { file: 'articles/test-article.mdx', line: 12, column: 37 },
      },
    ]);
  });

  it('labels an article with no stated headline by its publisher and first words, inventing none', () => {
    const { graph } = loadCorpus(
      makeCorpus({
        'no-title':
          frontmatter().replace('title: A test article', 'title: null') +
          'In a letter to the United Nations, the group urged China to act.\n',
      }),
    );
    expect(graph!.articles[0]!.title).toBeNull();
    expect(graph!.articles[0]!.label).toBe(
      'South China Morning Post, untitled: “In a letter to the United Nations, the…”',
    );
  });
});
