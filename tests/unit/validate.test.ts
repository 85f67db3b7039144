import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/core/content/corpus.ts';
import { frontmatter, makeCorpus, registry } from './make-corpus.ts';
import { runCli } from './run-cli.ts';

/** Every error of a corpus as "file:line:column rule: reason", file relative to the corpus. */
function problems(dir: string): string[] {
  const { graph, files } = loadCorpus(dir, { cwd: dir });
  const messages = files.flatMap((file) =>
    file.messages.map(
      (message) =>
        `${(file.data.absolute as string).slice(dir.length + 1)}:${message.line}:${message.column} ${message.ruleId}: ${message.reason}`,
    ),
  );
  if (messages.length) expect(graph).toBeUndefined();
  return messages;
}

const article = (body: string, front = frontmatter()) => makeCorpus({ 'test-article': front + body });
const verdictItem = (claim: string, rating: string, date: string) =>
  `  - claim: ${claim}\n    rating: ${rating}\n    explanation: Checked against the letter.\n    reviewer: A. Editor\n    date: ${date}\n`;
const verdicts = (claim: string, rating: string, date: string) =>
  frontmatter(`verdicts:\n${verdictItem(claim, rating, date)}`);
const body = 12; // first body line after the test front matter

describe('bad markers are reported at their file, line and column', () => {
  it.each([
    [
      'a marker that does not parse (unclosed)',
      'Text <Claim id="abc123" kind="event">never closed.\n',
      `${body}:`,
      'mdx-syntax',
      'MDX does not parse',
    ],
    [
      'a marker that does not parse (bad quote)',
      '<Claim id="abc123 kind="event">x</Claim>\n',
      `${body}:`,
      'mdx-syntax',
      'MDX does not parse',
    ],
    ['a missing id', '<Claim kind="event">Words</Claim>.\n', `${body}:1`, 'claim-marker', 'claim id: Invalid input'],
    ['a missing kind', '<Claim id="abc123">Words</Claim>.\n', `${body}:1`, 'claim-marker', 'claim "abc123" kind'],
    [
      'an unknown kind',
      '<Claim id="abc123" kind="opinion">Words</Claim>.\n',
      `${body}:20`,
      'claim-marker',
      'claim "abc123" kind',
    ],
    [
      'an id that is not an id',
      '<Claim id="Claim 1" kind="event">Words</Claim>.\n',
      `${body}:8`,
      'claim-marker',
      'lowercase letters',
    ],
    [
      'an unknown attribute',
      '<Claim id="abc123" kind="event" speaker="x">Words</Claim>.\n',
      `${body}:33`,
      'unknown-attribute',
      '<Claim>: unknown attribute speaker',
    ],
    [
      'an attribute named __proto__',
      '<Claim id="abc123" kind="event" __proto__="x">Words</Claim>.\n',
      `${body}:33`,
      'unknown-attribute',
      '<Claim>: unknown attribute __proto__',
    ],
    [
      'a quote with no speaker',
      '<Claim id="abc123" kind="quote">“Words,”</Claim> he said.\n',
      `${body}:1`,
      'claim-marker',
      'a quote needs by="…"',
    ],
    [
      'a quantity with no bound',
      '<Claim id="abc123" kind="quantity" unit="people" counted="x">many</Claim>.\n',
      `${body}:1`,
      'claim-marker',
      'a quantity needs value, about, min, over, max or under',
    ],
    [
      'a quantity with no unit',
      '<Claim id="abc123" kind="quantity" min="5" counted="x">five</Claim>.\n',
      `${body}:1`,
      'claim-marker',
      'a quantity needs unit',
    ],
    [
      'a number written with commas',
      '<Claim id="abc123" kind="quantity" min="1,000" unit="people" counted="x">a thousand</Claim>.\n',
      `${body}:36`,
      'claim-marker',
      'digits only',
    ],
    [
      'a number on a non-quantity',
      '<Claim id="abc123" kind="event" min="5">five</Claim>.\n',
      `${body}:33`,
      'claim-marker',
      'only for kind="quantity"',
    ],
    [
      'an unknown source in a chain',
      '<Claim id="abc123" kind="reported" by="reuters < nobody">Words</Claim>.\n',
      `${body}:36`,
      'unknown-source',
      'unknown source "nobody"',
    ],
    [
      'an unknown source mention',
      'Said <Source id="nobody">someone</Source>.\n',
      `${body}:6`,
      'unknown-source',
      'unknown source "nobody"',
    ],
    ['a source mention with no id', 'Said <Source>someone</Source>.\n', `${body}:6`, 'source-marker', 'needs id'],
    [
      'nested claims',
      '<Claim id="abc123" kind="event">Outer <Claim id="def456" kind="event">inner</Claim></Claim>.\n',
      `${body}:39`,
      'nested-claim',
      'claims do not nest',
    ],
    ['an empty claim', 'Text <Claim id="abc123" kind="event"></Claim>.\n', `${body}:6`, 'empty-claim', 'has no words'],
    [
      'a claim outside any paragraph',
      '<Claim id="abc123" kind="event">\nWords\n</Claim>\n',
      `${body}:1`,
      'marker-placement',
      'inside the paragraph',
    ],
    ['an inline caption', 'Text <Caption>Photo</Caption>.\n', `${body}:6`, 'marker-placement', '<Caption> is a block'],
    [
      'a list inside a caption',
      '<Caption credit="AP">\n- A photo\n</Caption>\n',
      `${body + 1}:1`,
      'marker-placement',
      '<Caption> holds text only',
    ],
    [
      'an unknown element',
      'Text <Claimm id="abc123">Words</Claimm>.\n',
      `${body}:6`,
      'unknown-marker',
      'unknown element <Claimm>',
    ],
    [
      'an expression attribute',
      '<Claim id={"abc123"} kind="event">Words</Claim>.\n',
      `${body}:8`,
      'attribute-value',
      'quoted value',
    ],
    ['code in the text', 'Costs {1 + 1} dollars.\n', `${body}:7`, 'no-code', 'holds no code'],
    ['an import', 'import X from "./x.js"\n\nText.\n', `${body}:1`, 'no-code', 'holds no code'],
    [
      'a link to an unknown claim',
      '<Claim id="abc123" kind="event" agrees="zzz999">Words</Claim>.\n',
      `${body}:33`,
      'relation',
      'unknown claim "zzz999"',
    ],
    [
      'unrelated to an unknown claim',
      '<Claim id="abc123" kind="event" unrelated="zzz999">Words</Claim>.\n',
      `${body}:33`,
      'relation',
      'unknown claim "zzz999" in unrelated',
    ],
    [
      'a pair both linked and unrelated',
      '<Claim id="abc123" kind="event" agrees="def456">Words</Claim> <Claim id="def456" kind="event" unrelated="abc123">more</Claim>.\n',
      `${body}:95`,
      'relation',
      'declared both agrees (at articles/test-article.mdx:12:33) and unrelated',
    ],
    [
      'a claim linked to itself',
      '<Claim id="abc123" kind="event" related="abc123">Words</Claim>.\n',
      `${body}:33`,
      'relation',
      'itself',
    ],
  ])('%s', (_name, text, at, rule, reason) => {
    const found = problems(article(text));
    expect(found.length).toBeGreaterThan(0);
    const match = found.find((problem) => problem.includes(` ${rule}: `));
    expect(match, found.join('\n')).toBeDefined();
    expect(match!.startsWith(`articles/test-article.mdx:${at}`), match).toBe(true);
    expect(match).toContain(reason);
  });

  it('reports a claim id used twice, at the second use, naming the first', () => {
    const dir = makeCorpus({
      'first-article': `${frontmatter()}<Claim id="abc123" kind="event">One</Claim>.\n`,
      'second-article': `${frontmatter()}\nText <Claim id="abc123" kind="event">Two</Claim>.\n`,
    });
    expect(problems(dir)).toEqual([
      `articles/second-article.mdx:13:6 duplicate-claim: duplicate claim id "abc123", first used at articles/first-article.mdx:12:1: give this claim a new id (npm run new-id)`,
    ]);
  });

  it.each([
    [
      'a missing front matter field',
      frontmatter().replace('review: hand-annotated\n', ''),
      '2:1',
      'frontmatter',
      'front matter review',
    ],
    [
      'an unknown publisher',
      frontmatter().replace('publisher: scmp', 'publisher: nyt'),
      '3:12',
      'unknown-source',
      'unknown source "nyt"',
    ],
    [
      'a publisher that is not an outlet',
      frontmatter().replace('publisher: scmp', 'publisher: john-fisher'),
      '3:12',
      'publisher',
      'is a person',
    ],
    [
      'a guessed-looking date in the wrong form',
      frontmatter().replace('date: null', 'date: March 2019'),
      '5:7',
      'frontmatter',
      'front matter date',
    ],
    [
      'a raw file that changed',
      frontmatter().replace(/sha256: \w+/, `sha256: ${'a'.repeat(64)}`),
      '9:11',
      'raw-source',
      'the file changed',
    ],
    [
      'a missing raw file',
      frontmatter().replace('../raw/article.txt', '../raw/gone.txt'),
      '8:9',
      'raw-source',
      'not found',
    ],
    [
      'a verdict on a claim of no article',
      verdicts('other1', 'true', '2026-11-20'),
      '12:12',
      'verdict',
      'no claim of this article has that id',
    ],
    [
      'a rating off the scale',
      verdicts('abc123', 'pants-on-fire', '2026-11-20'),
      '13:13',
      'frontmatter',
      'verdicts.0.rating',
    ],
    [
      'a verdict with no reviewer',
      verdicts('abc123', 'true', '2026-11-20').replace(/ {4}reviewer: .*\n/, ''),
      '12:5',
      'frontmatter',
      'verdicts.0.reviewer',
    ],
    [
      'two verdicts on one day',
      frontmatter(
        `verdicts:\n${verdictItem('abc123', 'true', '2026-11-20')}${verdictItem('abc123', 'false', '2026-11-20')}`,
      ),
      '17:12',
      'verdict',
      'two verdicts dated 2026-11-20',
    ],
  ])('front matter: %s', (_name, front, at, rule, reason) => {
    const found = problems(article('<Claim id="abc123" kind="event">Text</Claim>.\n', front));
    const match = found.find((problem) => problem.includes(` ${rule}: `));
    expect(match, found.join('\n')).toBeDefined();
    expect(match!.startsWith(`articles/test-article.mdx:${at} `), match).toBe(true);
    expect(match).toContain(reason);
  });

  it.each([
    [
      'a duplicate source id',
      `${registry}- id: reuters\n  name: Reuters again\n  type: news-agency\n`,
      '18:7',
      'duplicate-source',
    ],
    [
      'an alias of two sources',
      `${registry}- id: reuters-two\n  name: The Reuters news agency\n  type: news-agency\n`,
      '19:9',
      'duplicate-alias',
    ],
    [
      'an unknown affiliation',
      registry.replace('affiliation: human-rights-watch', 'affiliation: hrw'),
      '14:16',
      'unknown-source',
    ],
    ['an unknown source type', registry.replace('type: ngo', 'type: charity'), '17:9', 'source-field'],
    ['a registry that is not a list', 'id: scmp\n', '1:1', 'registry-shape'],
  ])('sources.yaml: %s', (_name, sources, at, rule) => {
    const dir = makeCorpus({ 'test-article': `${frontmatter()}Text.\n` }, sources);
    const found = problems(dir);
    // Exactly one problem: an invalid entry must not also make every reference to it "unknown".
    expect(found).toHaveLength(1);
    expect(found[0]!.startsWith(`sources.yaml:${at} ${rule}: `), found[0]).toBe(true);
  });

  it('reports every problem at once, across files', () => {
    const dir = makeCorpus({
      'first-article': `${frontmatter()}<Claim id="abc123" kind="quote">No speaker</Claim>. <Source id="nobody">X</Source>\n`,
      'second-article': `${frontmatter().replace('publisher: scmp', 'publisher: nyt')}<Claim kind="event">No id</Claim>\n`,
    });
    const rules = problems(dir).map((problem) => problem.split(' ')[1]);
    expect(rules).toEqual(['claim-marker:', 'unknown-source:', 'claim-marker:', 'unknown-source:']);
  });
});

describe('claimtrail check', () => {
  const cli = (dir: string) => runCli(['check', '--content', dir]);

  it('exits 1 and names file, line and column of each problem', async () => {
    const dir = article('Text <Claim id="abc123" kind="quote">No speaker</Claim>.\n');
    const result = await cli(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /test-article\.mdx\n\s*12:6\s+error\s+claim "abc123" by: a quote needs by="…": who said it/,
    );
    expect(result.stderr).toContain('docs/markers.md');
    expect(result.stderr).not.toMatch(/\n\s+at .*\.ts:\d+/); // a report, not a stack trace
  });

  it('exits 0 and summarises a valid corpus', async () => {
    const dir = article('Text <Claim id="abc123" kind="event">happened</Claim>.\n');
    writeFileSync(join(dir, 'unrelated.txt'), 'not part of the corpus');
    const result = await cli(dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 articles, 1 claims, 5 sources, 0 links: ok');
  });
});
