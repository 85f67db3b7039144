// The claim model ingest drafts: stance, the claimant of an accusation nobody is named for, hedges,
// the day the claimant spoke, and a self-contained statement that always satisfies statementSchema.
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import {
  claimantOf,
  draftClaimed,
  draftHedges,
  draftStance,
  unnamedClaimant,
  type ClaimInContext,
} from '../../src/core/ingest/claim-model.ts';
import { draftStatement } from '../../src/core/ingest/statement.ts';
import { asStatement, numberWords } from '../../src/core/ingest/statement-form.ts';
import { buildDraft } from '../../src/core/ingest/draft.ts';
import { readRegistry } from '../../src/core/content/registry.ts';
import { hedges as hedgeVocabulary, statementSchema, type Hedge, type SourceEntry } from '../../src/core/schema.ts';

const names = new Map([
  ['foreign-ministry', 'Foreign ministry of Arland'],
  ['priya-sandhu', 'Priya Sandhu'],
  ['health-agency', 'regional health agency'],
  ['bruno-lefaure', 'Bruno Lefaure'],
  ['police', 'Police'],
  ['union', 'Nurses’ union'],
]);
const types = new Map<string, SourceEntry['type']>([
  ['foreign-ministry', 'government-body'],
  ['priya-sandhu', 'person'],
  ['health-agency', 'government-body'],
  ['bruno-lefaure', 'person'],
  ['police', 'government-body'],
  ['union', 'ngo'],
]);

/** A claim in its paragraph: `before` and `after` default to nothing, `kind` to reported speech. */
const claim = (text: string, before = '', by: string[] = [], extra: Partial<ClaimInContext> = {}): ClaimInContext => ({
  text,
  before,
  after: '.',
  kind: by.length ? 'reported' : 'statement',
  by,
  types,
  ...extra,
});

// A denial's statement is what the denier asserts: never the denied words as if the denier said them.
describe('denials: the statement is what the claimant asserts', () => {
  test.each([
    [
      '"denied that" + an auxiliary',
      claim('they had refused to negotiate', 'Employers denied that ', ['union']),
      'They had not refused to negotiate.',
    ],
    [
      'a count denied',
      claim('14 prisoners had died in custody last year', 'The interior ministry denied that ', ['foreign-ministry']),
      'Fourteen prisoners had not died in custody last year.',
    ],
    [
      'no auxiliary to negate',
      claim('the company paid the officials', 'Police rejected claims that ', ['police']),
      'It is not true that the company paid the officials.',
    ],
    [
      'a negation already in the words',
      claim('the army did not warn civilians', 'Officials denied that ', ['police']),
      'It is not true that the army did not warn civilians.',
    ],
    [
      'the denial in the words themselves',
      claim('Beijing denies any allegations of torture', '', ['foreign-ministry']),
      'Beijing denies any allegations of torture.',
    ],
  ])('%s', (_, context, statement) => {
    expect(draftStance(context)).toBe('reports-denial');
    expect(draftStatement(context, names)).toBe(statement);
  });
});

describe('allegations: the stance is reports-allegation and the claimant is never the publisher', () => {
  test.each([
    [
      'an unnamed accusation ("has been accused of")',
      claim(
        'locking up more than a million people in camps',
        'China defends its policies in the region, where it has been accused of ',
      ),
      'unnamed-accusers',
      'China has been accused of locking up more than a million people in camps.',
    ],
    [
      'the frame inside the words',
      claim(
        'where it has been accused of locking up more than a million people',
        'China invited diplomats to visit the region, ',
      ),
      'unnamed-accusers',
      'China has been accused of locking up more than a million people.',
    ],
    [
      '"allegedly" in the words',
      claim('allegedly paid bribes to two officials', 'The mayor '),
      'unnamed-accusers',
      'The mayor allegedly paid bribes to two officials.',
    ],
    [
      '"critics say", the accusers named only as critics',
      claim('the plan would cost families 200 euros a year', 'Critics say '),
      'critics',
      'The plan would allegedly cost families 200 euros a year.',
    ],
    [
      'a named accuser keeps its chain',
      claim(
        'letting rural hospitals die quietly',
        'Its local secretary, Bruno Lefaure, accused the regional health agency of “',
        ['bruno-lefaure'],
      ),
      undefined,
      'The regional health agency is accused of letting rural hospitals die quietly.',
    ],
  ])('%s', (_, context, unnamed, statement) => {
    expect(draftStance(context)).toBe('reports-allegation');
    expect(unnamedClaimant(context)).toBe(unnamed);
    const by = unnamed ? [unnamed] : context.by;
    expect(draftHedges(context)).toContain('alleged');
    // The statement keeps the accusation's hedge: "accused of", "allegedly".
    expect(draftStatement({ ...context, by }, names)).toBe(statement);
  });

  test('ingest gives an unnamed accusation the draft source unnamed-accusers, never the publisher', () => {
    const registry = readRegistry(new VFile({ value: '- id: courier\n  name: The Valley Courier\n  type: outlet\n' }));
    const text = 'The government of Valmora has been accused of detaining more than 300 journalists since 2020.';
    const blocks = [
      {
        type: 'paragraph' as const,
        text,
        credit: null,
        rawOffsets: Array.from({ length: text.length + 1 }, (_, index) => index),
      },
    ];
    const draft = buildDraft({
      blocks,
      raw: text,
      format: 'text',
      registry,
      frontmatter: {
        title: null,
        publisher: 'courier',
        authors: [],
        date: null,
        url: null,
        source: { file: 'x', sha256: 'a'.repeat(64) },
      },
    });
    const accusation = draft.claims.find((found) => found.text.includes('detaining'))!;
    expect(accusation).toMatchObject({
      stance: 'reports-allegation',
      by: ['unnamed-accusers'],
      quantity: { over: 300 },
    });
    expect(accusation.hedges).toEqual(expect.arrayContaining(['more-than', 'alleged']));
    expect(draft.newSources).toContainEqual(expect.objectContaining({ id: 'unnamed-accusers', type: 'unnamed' }));
    expect(draft.mdx).toMatch(
      /stance="reports-allegation" by="unnamed-accusers" statement="[^"]*accused of detaining more than 300 journalists/,
    );
  });
});

describe('stance', () => {
  test.each([
    ['a denial in the words', claim('The ministry denied the report', '', ['foreign-ministry']), 'reports-denial'],
    [
      'a denial in the frame',
      claim('any role in the attack', 'The ministry flatly rejected ', ['foreign-ministry']),
      'reports-denial',
    ],
    [
      'what the denier says next is reported, not denied',
      claim('the camps are vocational training centres', 'Beijing denies any allegations of torture, and says ', [
        'foreign-ministry',
      ]),
      'reports',
    ],
    [
      'a quotation',
      { ...claim('We will not sail a vessel we cannot guarantee is safe', '“', ['police']), kind: 'quote' as const },
      'quotes',
    ],
    ['indirect speech', claim('200 soldiers were on standby', 'Police said ', ['police']), 'reports'],
    ['the publisher’s own voice', claim('The council voted 9 to 4 to close the bridge'), 'asserts'],
  ])('%s', (_, context, stance) => expect(draftStance(context)).toBe(stance));
});

describe('claimant: who the site credits with a claim', () => {
  test.each([
    ['the publisher asserts it, whoever its words name', 'asserts', ['police'], 'the-ledger'],
    ['a report of what the last source in the chain said', 'reports', ['news-agency', 'police'], 'police'],
    ['a quotation: the speaker', 'quotes', ['priya-sandhu'], 'priya-sandhu'],
    ['a denial: the denier', 'reports-denial', ['foreign-ministry'], 'foreign-ministry'],
    ['a relayed claim with no chain: unknown, never the publisher', 'reports-allegation', [], null],
  ] as const)('%s', (_, stance, by, claimant) => expect(claimantOf(stance, 'the-ledger', by)).toBe(claimant));
});

describe('statements', () => {
  test.each([
    [
      'the reporting frame is left out',
      claim('The nurses’ union said 140 nursing posts were vacant', '', ['union']),
      'One hundred and forty nursing posts are vacant.',
    ],
    [
      'a frame after the words',
      claim('Two people were injured when a tree fell on a car, police said', '', ['police']),
      'Two people were injured when a tree fell on a car.',
    ],
    [
      '"according to" before the words',
      claim('According to the police, up to 2 million people may have been detained', '', ['police']),
      'Up to 2 million people may have been detained.',
    ],
    [
      'a frame with an appositive and a receiver',
      claim(
        'The party’s spokeswoman, Ines Calder, told reporters in Port Ilse that more than 200 party members had been arrested since August',
        '',
        ['police'],
      ),
      'More than 200 party members have been arrested since August.',
    ],
    [
      'no frame is removed when nobody is credited',
      claim('Officials said the bridge would close'),
      'Officials said the bridge would close.',
    ],
    [
      '"it added that the ministry": the ministry as the article named it',
      claim('It added that the ministry was coordinating details of the visit', '', ['foreign-ministry'], {
        earlier: ['In a statement, the Arland foreign ministry confirmed the invitation.'],
      }),
      'The Arland foreign ministry is coordinating details of the visit.',
    ],
    [
      '"she" is the speaker when the speaker is a person',
      claim('she had written to the education secretary', 'The local MP, Priya Sandhu, said ', ['priya-sandhu']),
      'Priya Sandhu has written to the education secretary.',
    ],
    [
      '"it" is the organisation that speaks',
      claim('it was working with the hospital on a lasting solution', 'The agency said ', ['health-agency']),
      'The regional health agency is working with the hospital on a lasting solution.',
    ],
    ['a dummy "it" stays', claim('it was likely to rain', 'Police said ', ['police']), 'It is likely to rain.'],
    [
      '"the school" as the article named it',
      claim('The school had 112 pupils a decade ago', '', [], {
        earlier: ['Parents want to save Kilbride Primary School.'],
      }),
      'Kilbride Primary School had 112 pupils a decade ago.',
    ],
    [
      'a fragment that starts with its verb takes the subject before it',
      claim(
        'would appear before a magistrate within 48 hours',
        'A police statement said Orsini had been held overnight and ',
        ['police'],
      ),
      'Orsini will appear before a magistrate within 48 hours.',
    ],
    [
      'a speech act takes its claimant as subject',
      claim('urged China to end the detentions', 'In a letter, ', ['police']),
      'Police urged China to end the detentions.',
    ],
    [
      'a quotation spanning two sentences is one',
      {
        ...claim('Our crews cannot climb poles in winds like these. We will not put them at risk', '“', ['police']),
        kind: 'quote' as const,
      },
      'Our crews cannot climb poles in winds like these; we will not put them at risk.',
    ],
    [
      'a passive that reports an event keeps its tense',
      claim('Police said two people were injured', '', ['police']),
      'Two people were injured.',
    ],
    [
      'a dated clause keeps its tense',
      claim('Police said the road was closed in 2019', '', ['police']),
      'The road was closed in 2019.',
    ],
  ])('%s', (_, context, statement) => expect(draftStatement(context, names)).toBe(statement));

  test.each([
    [
      'up to',
      'experts estimate up to 2 million people have been detained',
      ['estimate', 'up-to'],
      'Experts estimate up to 2 million people have been detained.',
    ],
    ['more than', 'more than 1,300 people had signed it', ['more-than'], 'More than 1,300 people had signed it.'],
    [
      'about',
      'about 38,000 homes are without electricity',
      ['approximately'],
      'About 38,000 homes are without electricity.',
    ],
    [
      'at least',
      'services are suspended until at least 8pm',
      ['at-least'],
      'Services are suspended until at least 8pm.',
    ],
    ['could', 'the school could close next summer', ['possibly'], 'The school could close next summer.'],
    [
      'a forecast',
      'he was expected to be the main challenger',
      ['possibly'],
      'He was expected to be the main challenger.',
    ],
    [
      'a condition',
      'if the tour goes ahead it would be the first',
      ['conditional'],
      'If the tour goes ahead it would be the first.',
    ],
    [
      'a gerund as condition',
      'closing the school would leave families with a long trip',
      ['conditional'],
      'Closing the school would leave families with a long trip.',
    ],
    [
      'informal',
      'the diplomats had informally been invited',
      ['unconfirmed'],
      'The diplomats had informally been invited.',
    ],
  ])('the hedge "%s" stays in the statement', (_, text, hedges, statement) => {
    const context = claim(text);
    expect(draftHedges(context)).toEqual(hedges);
    expect(draftStatement(context, names)).toBe(statement);
  });

  test.each([
    ['a bound word that bounds no number', 'the offer drew more than expected interest over the summer', []],
    ['"would" after a past reporting verb is the speaker’s "will"', 'the ward would reopen in the autumn', []],
    ['"as many as" in a comparison', 'twice as many as in 2021 left', []],
    ['"May" the month', 'the vote is due in May', []],
    ['denied allegations are not hedged as alleged', 'Beijing denies any allegations of torture', []],
    ['allegations as the subject are', 'Allegations of torture inside the camps are rampant', ['alleged']],
  ])('no false hedge: %s', (_, text, hedges) =>
    expect(draftHedges({ text, before: 'The agency said ', after: '.' })).toEqual(hedges),
  );

  test.each(Object.entries(hedgeVocabulary).flatMap(([hedge, { cues }]) => cues.map((cue) => [cue, hedge as Hedge])))(
    'every cue of the vocabulary is read where it hedges: "%s" is %s',
    (cue, hedge) => {
      // A bound before its number, a verb before "to be", a noun opening the claim.
      const found = [`${cue} 12 people`, `${cue} to be 12 people`, `${cue} be 12 people`].flatMap((text) =>
        draftHedges({ text, before: '', after: '.' }),
      );
      expect(found).toContain(hedge);
    },
  );

  test('"according to" in the frame of the sentence is a hedge', () => {
    expect(
      draftHedges({
        text: 'About 38,000 homes are without electricity',
        before: '',
        after: ', according to the grid operator Westgrid.',
      }),
    ).toEqual(['approximately', 'according-to']);
    expect(
      draftHedges({
        text: 'up to 2 million people have been held',
        before: 'According to the US State Department, ',
        after: '.',
      }),
    ).toEqual(['up-to', 'according-to']);
  });
});

describe('a drafted statement always satisfies statementSchema', () => {
  const pieces = [
    '"',
    '“',
    '”',
    "'",
    '‘',
    '’',
    '{',
    '}',
    '<b>',
    '</b>',
    '<',
    '>',
    '\n',
    '  ',
    '…',
    '–',
    '—',
    '-',
    '.',
    ',',
    ';',
    ':',
    '?',
    '!',
    '(',
    ')',
    '[',
    ']',
    '&',
    '&amp;',
    '$',
    '£5',
    '€2.5 million',
    '12%',
    '2019',
    '1,300',
    '3.5',
    '0',
    '1st',
    'x',
    'a',
    'lowercase words',
    'Capital Words',
    'he said',
    'it added that',
    'according to officials,',
    'allegedly',
    'was accused of',
    'critics say',
    '北京',
    'Ελλάδα',
    'ß',
    '😀',
    'مرحبا',
    '#',
    '*',
    '_',
    '`',
    '\\',
    '|',
    'import x',
    'export const',
  ];
  /** Deterministic pseudo-random numbers, so a failure can be replayed. */
  function* random(seed: number): Generator<number> {
    for (let state = seed; ;) {
      state = (state * 1103515245 + 12345) % 2147483648;
      yield state / 2147483648;
    }
  }
  const numbers = random(20240312);
  const next = () => numbers.next().value as number;
  const inputs = Array.from({ length: 600 }, () =>
    Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join(
      next() < 0.5 ? ' ' : '',
    ),
  );
  inputs.push(
    '',
    ' ',
    '.',
    '"',
    '“”',
    'a'.repeat(900),
    `${'word '.repeat(200)}end`,
    '200',
    '£62 million programme',
    '[We] believe it',
    '“quoted” words',
    'ok',
    '9',
  );

  test.each(inputs.map((input, index) => [index, input]))('input %i', (_, input) => {
    const kinds = ['statement', 'quote', 'reported', 'quantity', 'event'] as const;
    for (const by of [[], ['police']])
      for (const kind of kinds) {
        const statement = draftStatement(
          { text: input, before: 'Some words, ', after: ' and more.', kind, by, types },
          names,
        );
        expect(statementSchema.safeParse(statement).success, JSON.stringify({ input, statement })).toBe(true);
        // It can stand in a quoted attribute value as it is.
        expect(statement).not.toMatch(/["<>{}\n]/);
      }
    expect(statementSchema.safeParse(asStatement(input)).success, JSON.stringify(input)).toBe(true);
  });

  test('an opening number is written in words, a currency after it', () => {
    expect(asStatement('140 nursing posts are vacant')).toBe('One hundred and forty nursing posts are vacant.');
    expect(asStatement('£62 million will be spent')).toBe('Sixty-two million pounds will be spent.');
    expect(asStatement('12% of homes were hit')).toBe('Twelve percent of homes were hit.');
    expect(numberWords(2400)).toBe('two thousand four hundred');
    expect(numberWords(1_000_005)).toBe('one million and five');
  });

  test('straight quotes become curly ones, and a mark left open is dropped', () => {
    expect(asStatement('the camps are "vocational training centers" designed')).toBe(
      'The camps are “vocational training centers” designed.',
    );
    expect(asStatement('engineers were "working as fast as it is safe to do"')).toBe(
      'Engineers were “working as fast as it is safe to do.”',
    );
    expect(asStatement('"unbalanced words here')).toBe('Unbalanced words here.');
  });
});

describe('claimed: only a day the text states for the speaking', () => {
  test.each([
    [
      'a full date in the frame',
      claim('the council would close the school', 'On 12 March 2024, the mayor told reporters that ', ['police']),
      '2024-03-12',
      undefined,
    ],
    [
      'a US-style date after the words',
      { ...claim('the plant will close', 'The company said ', ['police']), after: ' in a statement on March 3, 2023.' },
      '2023-03-03',
      undefined,
    ],
    [
      'a date inside the words is the event’s, not the speaking',
      claim('the bridge opened on 12 March 2024', 'The mayor said ', ['police']),
      undefined,
      undefined,
    ],
    [
      'a weekday alone gives nothing, even with the article’s date',
      claim('the school will close', 'The council said on Wednesday that ', ['police']),
      undefined,
      '2024-03-15',
    ],
    [
      '"today" counts from the article’s date',
      claim('the plant will close', 'The company said today that ', ['police']),
      '2024-03-15',
      '2024-03-15',
    ],
    [
      '"yesterday" too',
      claim('the plant will close', 'The company said yesterday that ', ['police']),
      '2024-03-14',
      '2024-03-15',
    ],
    [
      '"today" without the article’s date gives nothing',
      claim('the plant will close', 'The company said today that ', ['police']),
      undefined,
      null,
    ],
    ['no date for the publisher’s own voice', claim('The plant closed', 'On 12 March 2024, '), undefined, undefined],
    [
      'an impossible date gives nothing',
      claim('the plant will close', 'On 31 February 2024, the company said that ', ['police']),
      undefined,
      undefined,
    ],
  ])('%s', (_, context, claimed, articleDate) => expect(draftClaimed(context, articleDate)).toBe(claimed));
});

test('ingest writes quantity bounds in the exclusive forms the words give', () => {
  const registry = readRegistry(new VFile({ value: '- id: courier\n  name: The Valley Courier\n  type: outlet\n' }));
  const texts = [
    'Police detained more than 300 protesters in Valmora on Tuesday.',
    'Fewer than 10 ferries crossed the strait in March, the port authority said.',
    'About 40,000 people marched through Valmora on Sunday.',
    'At least 12 people were injured in the crash in Valmora on Monday.',
    'Up to 2 million people have been displaced in Valmora since 2019.',
    'The Valmora council voted to close 22 schools on Friday.',
  ];
  const text = texts.join('\n\n');
  let offset = 0;
  const blocks = texts.map((paragraph) => {
    const rawOffsets = Array.from({ length: paragraph.length + 1 }, (_, index) => offset + index);
    offset += paragraph.length + 2;
    return { type: 'paragraph' as const, text: paragraph, credit: null, rawOffsets };
  });
  const draft = buildDraft({
    blocks,
    raw: text,
    format: 'text',
    registry,
    frontmatter: {
      title: null,
      publisher: 'courier',
      authors: [],
      date: null,
      url: null,
      source: { file: 'x', sha256: 'a'.repeat(64) },
    },
  });
  const bounds = draft.claims
    .filter((found) => found.quantity)
    .map(({ quantity }) => {
      const { unit: _, counted: __, ...rest } = quantity!;
      return rest;
    });
  expect(bounds).toEqual([
    { over: 300 },
    { under: 10 },
    { about: 40000 },
    { min: 12 },
    { max: 2000000 },
    { value: 22 },
  ]);
  expect(draft.mdx).toContain('over="300"');
  expect(draft.mdx).toContain('under="10"');
  expect(draft.mdx).toContain('about="40000"');
});
