// The review tool's view of an article (core/review/state.ts) and what saving a claim's form writes
// (core/review/form.ts): the values an editor sees are the marker's attributes, with the program's
// drafts where the marker has none, and a save writes only what changed plus what was drafted.
import { describe, expect, it } from 'vitest';
import { loadCorpusOrThrow } from '../../src/core/content/corpus.ts';
import { attributesToWrite, type ClaimForm, type ClaimValues } from '../../src/core/review/form.ts';
import { reviewState, type ReviewState } from '../../src/core/review/state.ts';
import type { ClaimGraph, Relation } from '../../src/core/schema.ts';
import { frontmatter, makeCorpus } from './make-corpus.ts';

const one = `
Reuters reported that <Claim id="dft001" kind="quantity" by="reuters" hedges="more-than" over="1000000" unit="people" counted="people detained">more than a million people were detained</Claim>.

Citing diplomatic sources, Reuters said <Claim id="rev002" kind="event" stance="reports" by="reuters < diplomatic-sources" statement="European diplomats were invited to visit Xinjiang." hedges="unconfirmed" claimed="2019-03-01">the diplomats had informally been invited to visit Xinjiang</Claim>.

<Claim id="abt003" kind="quantity" stance="asserts" statement="About 40,000 people marched in the city." about="40000" unit="people" counted="marchers">About 40,000 people marched in the city</Claim>.

<Claim id="rng004" kind="quantity" stance="asserts" statement="Between 12 and 20 ministers resigned." min="12" under="20" unit="ministers" counted="ministers who resigned">Between 12 and 20 ministers resigned</Claim>, and <Claim id="val005" kind="quantity" stance="asserts" statement="Twenty-two nations signed the letter." value="22" unit="nations" counted="signatories">22 nations signed the letter</Claim>.
`;

const two = `
<Claim id="oth006" kind="event" stance="asserts" statement="Diplomats were invited to Xinjiang.">Diplomats were invited to Xinjiang</Claim>.
`;

const graph = loadCorpusOrThrow(makeCorpus({ one: frontmatter() + one, two: frontmatter() + two }));
const entry = { path: 'articles/one.mdx', sha256: 'a'.repeat(64) };

/** The graph with exactly these links. */
function linked(relations: Pick<Relation, 'type' | 'from' | 'to' | 'origin'>[]): ClaimGraph {
  return {
    ...graph,
    relations: relations.map((relation) => ({
      ...relation,
      method: relation.origin === 'auto' ? 'test' : 'editor',
      score: relation.origin === 'auto' ? 0.5 : 1,
      explanation: `${relation.from} ${relation.type} ${relation.to}`,
      declaredAt: null,
    })),
  };
}

function stateOf(graphToRead: ClaimGraph = graph): ReviewState {
  const state = reviewState(graphToRead, 'one', entry);
  if (!state) throw new Error('the article "one" is in the graph');
  return state;
}

const noQuantity = { value: '', about: '', min: '', over: '', max: '', under: '', unit: '', counted: '' };

describe("an article's claims as the review tool shows them", () => {
  it('names the entry and the sha256 it was read with, and lists the claims in reading order', () => {
    const state = stateOf();
    expect(state).toMatchObject({ slug: 'one', entry: 'articles/one.mdx', sha256: 'a'.repeat(64) });
    expect(state.review).toBe('hand-annotated');
    expect(state.claims.map((claim) => claim.id)).toEqual(['dft001', 'rev002', 'abt003', 'rng004', 'val005']);
  });

  it('has nothing for an article the corpus does not have', () => {
    expect(reviewState(graph, 'three', entry)).toBeUndefined();
  });

  it("shows a drafted claim's drafts in place of the attributes its marker lacks, and which they are", () => {
    const drafted = stateOf().claims[0]!;
    const model = graph.claims.find((claim) => claim.id === 'dft001')!;
    expect(drafted.drafted).toEqual(['stance', 'statement']);
    expect(drafted.words).toBe('more than a million people were detained');
    expect(drafted.values).toEqual({
      statement: model.statement,
      stance: model.stance,
      by: 'reuters',
      hedges: 'more-than',
      kind: 'quantity',
      claimed: '',
      ...noQuantity,
      over: '1000000',
      unit: 'people',
      counted: 'people detained',
    });
    expect(drafted.claimant).toBe('Reuters');
  });

  it.each([
    [
      'rev002',
      {
        statement: 'European diplomats were invited to visit Xinjiang.',
        stance: 'reports',
        by: 'reuters < diplomatic-sources',
        hedges: 'unconfirmed',
        kind: 'event',
        claimed: '2019-03-01',
        ...noQuantity,
      },
    ],
    ['abt003', { about: '40000' }],
    ['rng004', { min: '12', under: '20' }],
    ['val005', { value: '22' }],
  ])("shows %s's attributes as its marker writes them", (id, values) => {
    const claim = stateOf().claims.find((candidate) => candidate.id === id)!;
    expect(claim.drafted).toEqual([]);
    expect(claim.values).toMatchObject(values);
    // A quantity's bounds are written one way only: the others stay empty.
    const bounds = ['value', 'about', 'min', 'over', 'max', 'under'] as const;
    const written = bounds.filter((bound) => claim.values[bound] !== '');
    expect(written).toEqual(bounds.filter((bound) => (values as Partial<ClaimValues>)[bound]));
  });

  it('offers the kinds, stances and hedges an editor may choose, with the words the site shows', () => {
    const { vocabulary } = stateOf();
    expect(vocabulary.kinds).toEqual(['quantity', 'quote', 'reported', 'event', 'statement']);
    expect(vocabulary.stances).toContainEqual({ id: 'reports-allegation', label: 'Reported as an allegation' });
    expect(vocabulary.hedges).toContainEqual({ id: 'up-to', label: 'up to (an upper bound)' });
  });
});

describe('the links the matcher suggests for an article', () => {
  it.each([
    ['an automatic link from one of its claims', { type: 'agrees', from: 'rev002', to: 'oth006' }, 'rev002', 'oth006'],
    ['an automatic link to one of its claims', { type: 'related', from: 'oth006', to: 'rev002' }, 'rev002', 'oth006'],
    [
      'a link between two of its claims, on the first',
      { type: 'related', from: 'abt003', to: 'dft001' },
      'abt003',
      'dft001',
    ],
  ] as const)('lists %s', (_, relation, claim, other) => {
    const [link] = stateOf(linked([{ ...relation, origin: 'auto' }])).links;
    expect(link).toMatchObject({ claim, other, type: relation.type, confirmable: true });
    expect(link!.explanation).toBe(`${relation.from} ${relation.type} ${relation.to}`);
  });

  it("names both claims' statements and the other's article", () => {
    const [link] = stateOf(linked([{ type: 'agrees', from: 'oth006', to: 'rev002', origin: 'auto' }])).links;
    expect(link).toMatchObject({
      claimStatement: 'European diplomats were invited to visit Xinjiang.',
      otherStatement: 'Diplomats were invited to Xinjiang.',
      otherArticle: 'A test article',
    });
  });

  it("leaves out editors' links and links between other articles' claims", () => {
    const state = stateOf(
      linked([
        { type: 'agrees', from: 'rev002', to: 'oth006', origin: 'editor' },
        { type: 'agrees', from: 'oth006', to: 'oth006', origin: 'auto' },
      ]),
    );
    expect(state.links).toEqual([]);
  });

  it.each([
    ['its claim refines the other: written on its marker', 'rev002', 'oth006', true],
    ['the other claim refines its claim: written on the other', 'oth006', 'rev002', false],
  ])('a refines link where %s', (_, from, to, confirmable) => {
    const [link] = stateOf(linked([{ type: 'refines', from, to, origin: 'auto' }])).links;
    expect(link).toMatchObject({ claim: 'rev002', other: 'oth006', confirmable });
  });
});

const draftedClaim: ClaimForm = {
  drafted: ['stance', 'statement'],
  values: {
    statement: 'China has been accused of locking up more than a million people.',
    stance: 'reports-allegation',
    by: 'unnamed-accusers',
    hedges: 'more-than alleged',
    kind: 'quantity',
    claimed: '',
    ...noQuantity,
    over: '1000000',
    unit: 'people',
    counted: 'people locked up',
  },
};
const reviewedClaim: ClaimForm = {
  drafted: [],
  values: {
    statement: 'The diplomats were invited.',
    stance: 'reports',
    by: 'reuters < diplomatic-sources',
    hedges: 'unconfirmed',
    kind: 'event',
    claimed: '',
    ...noQuantity,
  },
};
const unknownClaimant: ClaimForm = {
  drafted: ['claimant', 'hedges', 'stance', 'statement'],
  values: { ...reviewedClaim.values, stance: 'reports-allegation', by: '', hedges: '' },
};

describe('what saving a claim writes', () => {
  it.each<[string, ClaimForm, Partial<ClaimValues>, Record<string, string | null>]>([
    [
      'confirming a drafted claim as shown writes its drafted fields',
      draftedClaim,
      {},
      { statement: draftedClaim.values.statement, stance: 'reports-allegation' },
    ],
    [
      'a drafted claim with its statement corrected writes the correction and the other drafts',
      draftedClaim,
      { statement: '  China has locked up more than a million people. ' },
      { statement: 'China has locked up more than a million people.', stance: 'reports-allegation' },
    ],
    ['saving a claim unchanged writes nothing', reviewedClaim, { ...reviewedClaim.values }, {}],
    [
      'a corrected claimant chain is written, spaced as markers write it',
      reviewedClaim,
      { by: 'reuters<diplomatic-sources <  unnamed-officials' },
      { by: 'reuters < diplomatic-sources < unnamed-officials' },
    ],
    ['the same chain spaced otherwise is no change', reviewedClaim, { by: 'reuters<diplomatic-sources' }, {}],
    [
      'hedges in another order or spacing are written as given',
      reviewedClaim,
      { hedges: ' unconfirmed  possibly' },
      { hedges: 'unconfirmed possibly' },
    ],
    ['an emptied field removes its attribute', reviewedClaim, { hedges: '' }, { hedges: null }],
    [
      'a quantity made another kind loses its bounds, unit and counted',
      draftedClaim,
      { kind: 'event' },
      {
        kind: 'event',
        statement: draftedClaim.values.statement,
        stance: 'reports-allegation',
        over: null,
        unit: null,
        counted: null,
      },
    ],
    [
      'a corrected bound replaces the one written',
      { ...draftedClaim, drafted: [] },
      { over: '', min: '1000000' },
      { value: null, about: null, min: '1000000', over: null, max: null, under: null },
    ],
    [
      // A marker's min="5" max="5" is shown as one number, value 5: a corrected number removes both bounds.
      'a corrected number is written with every other bound removed',
      { drafted: [], values: { ...draftedClaim.values, over: '', value: '5' } },
      { value: '6' },
      { value: '6', about: null, min: null, over: null, max: null, under: null },
    ],
    [
      'a drafted claimant left empty is not written: the check then asks for one',
      unknownClaimant,
      {},
      { statement: 'The diplomats were invited.', stance: 'reports-allegation' },
    ],
    [
      'a drafted claimant named is written',
      unknownClaimant,
      { by: 'unnamed-accusers' },
      { statement: 'The diplomats were invited.', stance: 'reports-allegation', by: 'unnamed-accusers' },
    ],
  ])('%s', (_, claim, form, written) => {
    expect(attributesToWrite(claim, form)).toEqual(written);
  });
});
