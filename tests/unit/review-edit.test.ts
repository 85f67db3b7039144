// A review in the dev server changes an entry by the least text: the attributes it sets, the tags of a
// rejected claim, the id in a link list or the review: value, and not one other byte. Each expected
// text below is written out by hand; what the review refuses comes back as problems at file:line:column.
import type { Paragraph } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { extractArticle, parseArticle } from '../../src/core/content/markers.ts';
import { applyReview } from '../../src/core/review/edit.ts';
import type { ReviewAction } from '../../src/core/schema.ts';
import { frontmatter } from './make-corpus.ts';

/** An entry whose body is `lines`, from line 13 (after the front matter and a blank line). */
const entry = (...lines: string[]) => `${frontmatter()}\n${lines.join('\n')}\n`;

/** The numbers of the lines that differ between two texts of as many lines. */
function changedLines(before: string, after: string): number[] {
  const old = before.split('\n');
  return after
    .split('\n')
    .flatMap((line, index) => (line === old[index] ? [] : [index + 1]))
    .concat(after.split('\n').length === old.length ? [] : [-1]);
}

const claim =
  'A <Claim id="abc123" kind="event" stance="asserts" statement="Rain fell in Paris.">rain fell</Claim> today.';
/** A marker over three lines, as docs/markers.md writes long ones. */
const long = [
  'Citing diplomats, <Claim id="q7m2xa" kind="event"',
  'stance="reports" by="reuters" hedges="unconfirmed alleged"',
  'statement="European ambassadors were invited to visit Xinjiang.">the diplomats had been invited</Claim>, it said.',
];

interface Case {
  name: string;
  before: string;
  action: ReviewAction;
  after: string;
  /** The lines the review changes. */
  changed: number[];
}

const cases: Case[] = [
  {
    name: 'a statement corrected in place',
    before: entry(claim),
    action: { action: 'set-claim', claim: 'abc123', attributes: { statement: 'Heavy rain fell in Paris.' } },
    after: entry(
      'A <Claim id="abc123" kind="event" stance="asserts" statement="Heavy rain fell in Paris.">rain fell</Claim> today.',
    ),
    changed: [13],
  },
  {
    name: 'the claimant corrected on the second line of a long marker, a < kept as written',
    before: entry(...long),
    action: { action: 'set-claim', claim: 'q7m2xa', attributes: { by: 'reuters < diplomatic-sources' } },
    after: entry(long[0]!, 'stance="reports" by="reuters < diplomatic-sources" hedges="unconfirmed alleged"', long[2]!),
    changed: [14],
  },
  {
    name: 'a new attribute at the end of the open tag',
    before: entry(...long),
    action: { action: 'set-claim', claim: 'q7m2xa', attributes: { claimed: '2019-03-01' } },
    after: entry(
      long[0]!,
      long[1]!,
      'statement="European ambassadors were invited to visit Xinjiang." claimed="2019-03-01">the diplomats had ' +
        'been invited</Claim>, it said.',
    ),
    changed: [15],
  },
  {
    name: 'an attribute removed with the space before it',
    before: entry(...long),
    action: { action: 'set-claim', claim: 'q7m2xa', attributes: { hedges: null } },
    after: entry(long[0]!, 'stance="reports" by="reuters"', long[2]!),
    changed: [14],
  },
  {
    name: 'quotes and ampersands in a value, encoded as the MDX writer does',
    before: entry(claim),
    action: {
      action: 'set-claim',
      claim: 'abc123',
      attributes: { statement: 'The B&B owner said "rain &amp; wind" hit Paris.' },
    },
    after: entry(
      'A <Claim id="abc123" kind="event" stance="asserts" ' +
        'statement="The B&amp;B owner said &#x22;rain &amp;amp; wind&#x22; hit Paris.">rain fell</Claim> today.',
    ),
    changed: [13],
  },
  {
    name: "a value in single quotes keeps them, a ' inside encoded",
    before: entry("A <Claim id='abc123' kind='event' stance='asserts' statement='Rain fell.'>rain fell</Claim> today."),
    action: { action: 'set-claim', claim: 'abc123', attributes: { statement: "Paris's rain fell." } },
    after: entry(
      "A <Claim id='abc123' kind='event' stance='asserts' statement='Paris&#x27;s rain fell.'>rain fell</Claim> today.",
    ),
    changed: [13],
  },
  {
    name: 'a drafted claim confirmed: the values shown appended in the order sent, one already there untouched',
    before: entry('A <Claim id="abc123" kind="reported">the agency said rain fell</Claim> today.'),
    action: {
      action: 'set-claim',
      claim: 'abc123',
      attributes: {
        kind: 'reported',
        stance: 'reports',
        by: 'reuters',
        statement: 'Rain fell in Paris.',
        hedges: null,
      },
    },
    after: entry(
      'A <Claim id="abc123" kind="reported" stance="reports" by="reuters" statement="Rain fell in Paris.">the ' +
        'agency said rain fell</Claim> today.',
    ),
    changed: [13],
  },
  {
    name: 'a stance changed and a claimant added in one review',
    before: entry(claim),
    action: { action: 'set-claim', claim: 'abc123', attributes: { stance: 'reports', by: 'reuters' } },
    after: entry(
      'A <Claim id="abc123" kind="event" stance="reports" statement="Rain fell in Paris." by="reuters">rain ' +
        'fell</Claim> today.',
    ),
    changed: [13],
  },
  {
    name: 'a rejected claim keeps its words and the <Source> inside',
    before: entry(
      'Then <Claim id="abc123" kind="event" stance="asserts" statement="Rain fell in Paris.">rain fell on',
      '<Source id="paris">the city</Source></Claim> today.',
    ),
    action: { action: 'reject-claim', claim: 'abc123' },
    after: entry('Then rain fell on', '<Source id="paris">the city</Source> today.'),
    changed: [13, 14],
  },
  {
    name: 'a rejected claim that closes itself goes whole',
    before: entry('Rain <Claim id="abc123" kind="event" by="a < b" /> fell.'),
    action: { action: 'reject-claim', claim: 'abc123' },
    after: entry('Rain  fell.'),
    changed: [13],
  },
  {
    name: 'a confirmed link joins an existing list',
    before: entry('A <Claim id="abc123" kind="event" agrees="xaj98j" stance="asserts">rain fell</Claim> today.'),
    action: { action: 'confirm-link', claim: 'abc123', other: 'ki9fj7', type: 'agrees' },
    after: entry('A <Claim id="abc123" kind="event" agrees="xaj98j ki9fj7" stance="asserts">rain fell</Claim> today.'),
    changed: [13],
  },
  {
    name: 'a confirmed link starts a new list',
    before: entry(claim),
    action: { action: 'confirm-link', claim: 'abc123', other: 'ki9fj7', type: 'refines' },
    after: entry(
      'A <Claim id="abc123" kind="event" stance="asserts" statement="Rain fell in Paris." refines="ki9fj7">rain ' +
        'fell</Claim> today.',
    ),
    changed: [13],
  },
  {
    name: 'a confirmed link leaves unrelated and the list of another type',
    before: entry('A <Claim id="abc123" kind="event" unrelated="ki9fj7 zz1234" related="ki9fj7">rain</Claim> fell.'),
    action: { action: 'confirm-link', claim: 'abc123', other: 'ki9fj7', type: 'conflicts' },
    after: entry('A <Claim id="abc123" kind="event" unrelated="zz1234" conflicts="ki9fj7">rain</Claim> fell.'),
    changed: [13],
  },
  {
    name: 'a link confirmed again changes nothing',
    before: entry('A <Claim id="abc123" kind="event" agrees="ki9fj7">rain</Claim> fell.'),
    action: { action: 'confirm-link', claim: 'abc123', other: 'ki9fj7', type: 'agrees' },
    after: entry('A <Claim id="abc123" kind="event" agrees="ki9fj7">rain</Claim> fell.'),
    changed: [],
  },
  {
    name: 'a rejected link: agrees left empty is dropped, unrelated started',
    before: entry('A <Claim id="abc123" kind="event" agrees="ki9fj7" stance="asserts">rain fell</Claim> today.'),
    action: { action: 'reject-link', claim: 'abc123', other: 'ki9fj7' },
    after: entry('A <Claim id="abc123" kind="event" stance="asserts" unrelated="ki9fj7">rain fell</Claim> today.'),
    changed: [13],
  },
  {
    name: 'a rejected link leaves the other ids of its list, and joins an existing unrelated',
    before: entry('A <Claim id="abc123" kind="event" related="xaj98j  ki9fj7 zz1234" unrelated="qq1234">r</Claim>.'),
    action: { action: 'reject-link', claim: 'abc123', other: 'ki9fj7' },
    after: entry('A <Claim id="abc123" kind="event" related="xaj98j zz1234" unrelated="qq1234 ki9fj7">r</Claim>.'),
    changed: [13],
  },
  {
    name: 'the entry marked reviewed: only the value, its comment and the other comments kept',
    before: entry(claim)
      .replace('review: hand-annotated', 'review: auto   # drafted by claimtrail ingest')
      .replace('title:', '# checked against the print edition\ntitle:'),
    action: { action: 'mark-reviewed' },
    after: entry(claim)
      .replace('review: hand-annotated', 'review: reviewed   # drafted by claimtrail ingest')
      .replace('title:', '# checked against the print edition\ntitle:'),
    changed: [11],
  },
  {
    name: 'a quoted review value marked reviewed',
    before: entry(claim).replace('review: hand-annotated', 'review: "auto"'),
    action: { action: 'mark-reviewed' },
    after: entry(claim).replace('review: hand-annotated', 'review: reviewed'),
    changed: [10],
  },
];

/** Reviews that leave the entry byte for byte as it was. */
const unchanged: [string, string, ReviewAction][] = [
  [
    'a value already as sent',
    entry(claim),
    { action: 'set-claim', claim: 'abc123', attributes: { statement: 'Rain fell in Paris.', stance: 'asserts' } },
  ],
  [
    'removing an attribute that is not there',
    entry(claim),
    { action: 'set-claim', claim: 'abc123', attributes: { by: null } },
  ],
  ['a link rejected again', entry('A <Claim id="abc123" kind="event" unrelated="ki9fj7">r</Claim>.'), rejectLink()],
  ['an entry already reviewed', entry(claim).replace('hand-annotated', 'reviewed'), { action: 'mark-reviewed' }],
];

function rejectLink(): ReviewAction {
  return { action: 'reject-link', claim: 'abc123', other: 'ki9fj7' };
}

describe('applyReview', () => {
  test.each(cases)('$name', ({ before, action, after, changed }) => {
    const edit = applyReview('articles/entry.mdx', before, action);
    expect(edit).toEqual({ ok: true, text: after });
    expect(changedLines(before, after)).toEqual(changed);
  });

  test.each(unchanged)('%s: the entry byte for byte as it was', (_name, before, action) => {
    expect(applyReview('articles/entry.mdx', before, action)).toEqual({ ok: true, text: before });
  });

  test('the parser places each attribute exactly, which the edits splice by', () => {
    const file = new VFile({ value: entry(claim) });
    const paragraph = parseArticle(file)!.children[1] as Paragraph;
    const marker = paragraph.children[1] as MdxJsxTextElement;
    const written = marker.attributes.map(({ position }) =>
      file.value.slice(position!.start.offset, position!.end.offset),
    );
    expect(written).toEqual(['id="abc123"', 'kind="event"', 'stance="asserts"', 'statement="Rain fell in Paris."']);
  });

  test('a value with quotes and ampersands reads back as sent', () => {
    const statement = 'The B&B owner said "rain &amp; wind" hit Paris.';
    const edit = applyReview('entry.mdx', entry(claim), {
      action: 'set-claim',
      claim: 'abc123',
      attributes: { statement },
    });
    const file = new VFile({ value: edit.ok ? edit.text : '' });
    const read = extractArticle(file, parseArticle(file)!);
    expect(read.claims[0]?.attributes.statement).toBe(statement);
  });

  test.each<[string, string, ReviewAction, { line: number; column: number; rule: string; message: RegExp }]>([
    [
      'an id no claim of the entry has',
      entry(claim),
      { action: 'reject-claim', claim: 'zz9999' },
      { line: 1, column: 1, rule: 'review', message: /^no claim "zz9999" is marked in this entry: reload the page/ },
    ],
    [
      'a statement statementSchema refuses, at its attribute',
      entry(claim),
      { action: 'set-claim', claim: 'abc123', attributes: { statement: 'Rain fell in Paris' } },
      { line: 13, column: 52, rule: 'claim-marker', message: /statement: a statement ends with a full stop/ },
    ],
    [
      'a required attribute removed',
      entry(claim),
      { action: 'set-claim', claim: 'abc123', attributes: { kind: null } },
      { line: 13, column: 3, rule: 'claim-marker', message: /claim "abc123" kind: / },
    ],
    [
      'a claimant that is no source id',
      entry(claim),
      { action: 'set-claim', claim: 'abc123', attributes: { stance: 'reports', by: 'Reuters' } },
      // by is new, so it stands after the statement.
      { line: 13, column: 84, rule: 'claim-marker', message: /claim "abc123" by\.0: use lowercase letters/ },
    ],
    [
      'an attribute a review does not set',
      entry(claim),
      { action: 'set-claim', claim: 'abc123', attributes: { id: 'xyz789' } as never },
      { line: 1, column: 1, rule: 'review', message: /^review request attributes: unknown field id$/ },
    ],
    [
      'a value that is not text',
      entry(claim),
      { action: 'set-claim', claim: 'abc123', attributes: { value: 22 } as never },
      {
        line: 1,
        column: 1,
        rule: 'review',
        message: /^review request attributes\.value: Invalid input: expected string/,
      },
    ],
    [
      'a linked claim that is no id',
      entry(claim),
      { action: 'reject-link', claim: 'abc123', other: 'x" onload="y' },
      { line: 1, column: 1, rule: 'review', message: /^review request other: use lowercase letters/ },
    ],
    [
      'a link type that is none',
      entry(claim),
      { action: 'confirm-link', claim: 'abc123', other: 'ki9fj7', type: 'unrelated' as never },
      { line: 1, column: 1, rule: 'review', message: /^review request type: Invalid option: expected one of "agrees"/ },
    ],
    [
      'an action that is none',
      entry(claim),
      { action: 'delete-entry', claim: 'abc123' } as never,
      { line: 1, column: 1, rule: 'review', message: /^review request action: Invalid discriminator value/ },
    ],
    [
      'a marker the parser cannot read',
      entry('A <Claim id="abc123" kind={kind}>rain</Claim> fell.'),
      { action: 'reject-claim', claim: 'abc123' },
      { line: 13, column: 22, rule: 'attribute-value', message: /^<Claim> kind: give a quoted value/ },
    ],
    [
      'a value with a blank line, which ends the paragraph inside the marker',
      entry(claim),
      { action: 'set-claim', claim: 'abc123', attributes: { unit: 'a\n\nb' } },
      // unit is new: unit=" starts at column 84, and the line ends after "a".
      { line: 13, column: 91, rule: 'mdx-syntax', message: /^MDX does not parse: Unexpected end of file in attribute/ },
    ],
    [
      'front matter without review:',
      entry(claim).replace('review: hand-annotated\n', ''),
      { action: 'mark-reviewed' },
      { line: 1, column: 1, rule: 'frontmatter', message: /^the front matter has no review: line/ },
    ],
    [
      'an entry without front matter',
      `${claim}\n`,
      { action: 'mark-reviewed' },
      { line: 1, column: 1, rule: 'frontmatter', message: /^the front matter has no review: line/ },
    ],
  ])('refused: %s', (_name, before, action, expected) => {
    const edit = applyReview('articles/entry.mdx', before, action);
    expect(edit.ok).toBe(false);
    const problems = edit.ok ? [] : edit.problems;
    expect(problems[0]).toEqual({
      file: 'articles/entry.mdx',
      line: expected.line,
      column: expected.column,
      rule: expected.rule,
      message: expect.stringMatching(expected.message),
    });
  });
});
