// The claim model as the corpus loader reads it: who claims what, how the publisher presents it, and
// what a reader may cite. The publisher is the claimant only of what it asserts in its own voice.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/core/content/corpus.ts';
import type { Claim } from '../../src/core/schema.ts';
import { claimantLine } from '../../src/core/publish/views.ts';
import { frontmatter, makeCorpus, registry } from './make-corpus.ts';

const withAccusers = `${registry}- id: unnamed-accusers
  name: Unnamed accusers
  type: unnamed
`;

function claimsOf(body: string, front = frontmatter()): Claim[] {
  const { graph, files } = loadCorpus(makeCorpus({ 'test-article': front + body }, withAccusers));
  expect(files.flatMap((file) => file.messages.map(String))).toEqual([]);
  return graph!.claims;
}

function problemsOf(body: string): string[] {
  const { graph, files } = loadCorpus(makeCorpus({ 'test-article': frontmatter() + body }, withAccusers));
  expect(graph).toBeUndefined();
  return files.flatMap((file) => file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`));
}

const names = new Map([
  ['scmp', 'South China Morning Post'],
  ['reuters', 'Reuters'],
  ['diplomatic-sources', 'Diplomatic sources'],
  ['unnamed-accusers', 'Unnamed accusers'],
]);

describe('the claim model an editor writes', () => {
  it('credits an allegation to its accusers, never to the outlet that reports it', () => {
    const [claim] = claimsOf(
      'China has been accused of <Claim id="abc123" kind="quantity" stance="reports-allegation" by="unnamed-accusers" statement="China has locked up more than a million people in camps." hedges="more-than alleged" over="1000000" unit="people" counted="people locked up">locking up more than a million people</Claim>.\n',
    );
    expect(claim).toMatchObject({
      statement: 'China has locked up more than a million people in camps.',
      text: 'locking up more than a million people',
      claimant: 'unnamed-accusers',
      stance: 'reports-allegation',
      hedges: ['more-than', 'alleged'],
      attribution: ['scmp', 'unnamed-accusers'],
      drafted: [],
    });
    expect(claim!.corroboration.origins).toEqual(['unnamed-accusers']);
    expect(claimantLine(claim!, names)).toBe('Unnamed accusers, as reported by South China Morning Post');
  });

  it.each<[string, string, Partial<Claim>, string]>([
    [
      'the publisher’s own voice',
      'stance="asserts"',
      { claimant: 'scmp', stance: 'asserts' },
      'South China Morning Post, in its own voice',
    ],
    [
      'a chain through an agency',
      'stance="reports" by="reuters < diplomatic-sources"',
      { claimant: 'diplomatic-sources', stance: 'reports' },
      'Diplomatic sources, via Reuters, as reported by South China Morning Post',
    ],
    [
      'a quotation',
      'kind="quote" stance="quotes" by="reuters"',
      { claimant: 'reuters', stance: 'quotes' },
      'Reuters, as quoted by South China Morning Post',
    ],
  ])('names the claimant of %s', (_what, attributes, expected, line) => {
    const kind = attributes.includes('kind=') ? '' : 'kind="event" ';
    const [claim] = claimsOf(
      `<Claim id="abc123" ${kind}${attributes} statement="Ambassadors were invited to visit the region.">Ambassadors were invited</Claim>.\n`,
    );
    expect(claim).toMatchObject({ ...expected, hedges: [], drafted: [] });
    expect(claimantLine(claim!, names)).toBe(line);
  });

  it.each<[string, string, Pick<Claim, 'claimedAt' | 'claimedAtFrom'>]>([
    ['the day the text gives', 'claimed="2019-03-06"', { claimedAt: '2019-03-06', claimedAtFrom: 'text' }],
    ['else the article’s date', '', { claimedAt: '2019-03-07', claimedAtFrom: 'article' }],
  ])('dates the claim by %s', (_what, attribute, expected) => {
    const front = frontmatter().replace('date: null', 'date: 2019-03-07');
    const [claim] = claimsOf(
      `<Claim id="abc123" kind="event" stance="asserts" ${attribute} statement="Ambassadors were invited to visit the region.">Ambassadors were invited</Claim>.\n`,
      front,
    );
    expect(claim).toMatchObject(expected);
  });

  it('leaves the date unknown when neither the text nor the article states it', () => {
    const [claim] = claimsOf(
      '<Claim id="abc123" kind="event" stance="asserts" statement="Ambassadors were invited to visit the region.">Ambassadors were invited</Claim>.\n',
    );
    expect(claim).toMatchObject({ claimedAt: null, claimedAtFrom: null });
  });
});

describe('an entry written before the claim model still builds, its gaps drafted for review', () => {
  it('drafts statement, stance and hedges, and finds no claimant in an unattributed allegation', () => {
    const [claim] = claimsOf(
      'Beijing has been accused of <Claim id="abc123" kind="statement">locking up more than a million people in camps</Claim>.\n',
    );
    expect(claim).toMatchObject({
      stance: 'reports-allegation',
      claimant: null,
      attribution: ['scmp'],
      drafted: ['claimant', 'hedges', 'stance', 'statement'],
    });
    expect(claim!.statement).toMatch(/^\p{Lu}.*\.$/u);
    expect(claim!.hedges).toContain('alleged');
    // No claimant, so no origin: the outlet does not become the source of the accusation.
    expect(claim!.corroboration.origins).toEqual([]);
    expect(claimantLine(claim!, names)).toBe('An unidentified source, as reported by South China Morning Post');
  });

  it('reads a legacy chain’s last source as its claimant', () => {
    const [claim] = claimsOf(
      '<Claim id="abc123" kind="reported" by="reuters < diplomatic-sources">the diplomats had been invited</Claim>.\n',
    );
    expect(claim).toMatchObject({
      claimant: 'diplomatic-sources',
      stance: 'reports',
      drafted: ['hedges', 'stance', 'statement'],
    });
    expect(claim!.statement).toBe('The diplomats had been invited.');
  });
});

describe('a claim model that cannot be right is refused at its file, line and column', () => {
  const marker = (attributes: string) =>
    `<Claim id="abc123" kind="event" ${attributes}>Ambassadors were invited</Claim>.\n`;
  it.each([
    [
      'an own-voice claim with a chain',
      marker('stance="asserts" by="reuters"'),
      'stance="asserts" is the publisher\'s own voice',
    ],
    ['a reported claim with no claimant', marker('stance="reports-allegation"'), 'name the claimant with by="…"'],
    [
      'a quotation with another stance',
      '<Claim id="abc123" kind="quote" stance="reports" by="reuters">Ambassadors were invited</Claim>.\n',
      'a kind="quote" claim has stance="quotes"',
    ],
    [
      'a statement in lower case',
      marker('stance="asserts" statement="ambassadors were invited to visit."'),
      'starts with a capital letter',
    ],
    [
      'a statement with no full stop',
      marker('stance="asserts" statement="Ambassadors were invited to visit"'),
      'ends with a full stop',
    ],
    [
      'a statement with markup',
      marker('stance="asserts" statement="Ambassadors were <b>invited</b>."'),
      'plain text on one line',
    ],
    ['an unknown hedge', marker('stance="asserts" hedges="perhaps"'), 'hedges'],
    ['an unknown stance', marker('stance="claims"'), 'stance'],
    ['a date that is not a day', marker('stance="asserts" claimed="March 2019"'), 'claimed'],
    [
      'two lower bounds',
      '<Claim id="abc123" kind="quantity" stance="asserts" min="5" over="5" unit="people" counted="x">five</Claim>.\n',
      'a bound is inclusive or exclusive',
    ],
    [
      'bounds that no number fits',
      '<Claim id="abc123" kind="quantity" stance="asserts" over="5" max="5" unit="people" counted="x">five</Claim>.\n',
      'no number fits both',
    ],
  ])('%s', (_what, body, message) => {
    const problems = problemsOf(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^12:\d+ /);
    expect(problems[0]).toContain(message);
  });
});

describe('a corpus in the syntax before the claim model (tests/fixtures/legacy-corpus)', () => {
  const dir = new URL('../fixtures/legacy-corpus', import.meta.url).pathname;
  const { graph, files } = loadCorpus(dir);

  it('still passes the check, ledger included', () => {
    expect(files.flatMap((file) => file.messages.map(String))).toEqual([]);
  });

  it('gets a readable statement for every claim, flagged as drafted for review', () => {
    for (const claim of graph!.claims) {
      expect(claim.drafted, claim.id).toContain('statement');
      expect(claim.statement, claim.id).toMatch(/^\p{Lu}.*[.?!]$/u);
    }
  });
});
