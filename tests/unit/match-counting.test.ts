// What an editor says a count counts (a quantity's `counted`, graph/counting.ts) decides whether two counts
// are of one thing, a part of it, or another occasion, whatever words the outlets use for the act. Each case
// is two claims as an editor marks them: the text, and what is counted.
import { describe, expect, it } from 'vitest';
import { compareCountings, countingOf } from '../../src/core/graph/counting.ts';
import { explainPair } from '../../src/core/graph/match.ts';
import { createNormaliser } from '../../src/core/graph/normalise.ts';
import type { MatchClaim } from '../../src/core/graph/profile.ts';
import { approximateSlack, type Quantity } from '../../src/core/schema.ts';

/** A count as a marker's attributes state it: value, about, or a bound (docs/markers.md). */
type Count = { value: number } | { about: number } | { over: number } | { under: number } | { max: number };

function bounds(count: Count): Omit<Quantity, 'unit' | 'counted'> {
  const none = { min: null, max: null, minExclusive: false, maxExclusive: false, about: null };
  if ('value' in count) return { ...none, min: count.value, max: count.value };
  if ('about' in count)
    return {
      ...none,
      min: count.about * (1 - approximateSlack),
      max: count.about * (1 + approximateSlack),
      about: count.about,
    };
  if ('over' in count) return { ...none, min: count.over, minExclusive: true };
  if ('under' in count) return { ...none, max: count.under, maxExclusive: true };
  return { ...none, max: count.max };
}

/** A claim as an editor marks it: its words, its count and unit, and what `counted` says is counted. */
type Marked = [text: string, count: Count, unit: string, counted: string];

function claim(id: string, [text, count, unit, counted]: Marked): MatchClaim {
  return { id, article: id, text, attribution: [], quantity: { ...bounds(count), unit, counted } };
}

/** The relation the matcher finds between two marked claims, and the rule that decided it. */
function relate(a: MatchClaim, b: MatchClaim) {
  const { relation, trace } = explainPair([a, b], [], [a.id, b.id])!;
  return { ...relation, rule: trace.find((rule) => rule.fired)?.rule };
}

const rate = (text: string, value: number, counted: string): Marked => [text, { value }, 'percent', counted];

const cases: [what: string, a: Marked, b: Marked, relation: string, rule: string][] = [
  [
    'the same rate, the act worded two ways, one figure: agrees',
    rate(
      'The central bank raised its main interest rate to 4.5 per cent',
      4.5,
      'the central bank’s main interest rate after Thursday’s decision',
    ),
    rate(
      'The central bank hiked its benchmark rate to 4.5 percent',
      4.5,
      'the central bank’s main interest rate after Thursday’s decision',
    ),
    'agrees',
    'same-count',
  ],
  [
    'the same rate, the act worded two ways, two figures: conflicts',
    rate(
      'The central bank lifted its key rate to 4.75 percent',
      4.75,
      'the central bank’s main interest rate after Thursday’s decision',
    ),
    rate(
      'The central bank hiked its benchmark rate to 4.5 percent',
      4.5,
      'the central bank’s main interest rate after Thursday’s decision',
    ),
    'conflicts',
    'same-count',
  ],
  [
    'one count, the words around the figures qualifying each its own way: "more than a million" / "up to 1 million"',
    [
      'The programme feeds more than a million pupils every school day',
      { over: 1e6 },
      'people',
      'pupils fed by the school meals programme',
    ],
    [
      'the programme provides lunches for up to 1 million children',
      { max: 1e6 },
      'people',
      'pupils fed by the school meals programme',
    ],
    'conflicts',
    'same-count',
  ],
  [
    'a count of a part, its act worded otherwise: refines, from the part',
    ['Nine of the dead were children', { value: 9 }, 'children', 'children killed when the ferry capsized'],
    ['31 people had died', { value: 31 }, 'people', 'people killed when the ferry capsized'],
    'refines',
    'same-count',
  ],
  [
    'a part of a whole it refers back to ("of them"), the two described each their own way: refines',
    ['Some 1,200 of them are crane drivers', { about: 1200 }, 'people', 'crane drivers on strike at the port'],
    ['More than 6,000 dockworkers joined the strike', { over: 6000 }, 'people', 'dockworkers on strike at the port'],
    'refines',
    'same-count',
  ],
  [
    'a part larger than its whole: conflicts',
    [
      'More than 300 children were evacuated from the valley',
      { over: 300 },
      'people',
      'children evacuated from the valley',
    ],
    ['About 200 people were evacuated from the valley', { about: 200 }, 'people', 'people evacuated from the valley'],
    'conflicts',
    'same-count',
  ],
  [
    'the same count in another year: apart, however alike',
    [
      'The last outbreak led to the culling of 40,000 birds',
      { value: 40_000 },
      'birds',
      'birds culled in the 2019 bird flu outbreak',
    ],
    [
      'More than 300,000 birds have been culled since the outbreak was confirmed',
      { over: 300_000 },
      'birds',
      'birds culled in the current bird flu outbreak',
    ],
    'none',
    'counts-of-other-occasions',
  ],
  [
    'the same count last year: apart',
    rate('The price of chicken feed rose by 15 per cent last year', 15, 'rise in the price of chicken feed last year'),
    rate('The price of chicken feed is up 15 per cent', 15, 'rise in the price of chicken feed'),
    'none',
    'counts-of-other-occasions',
  ],
];

describe('two counts as editors describe what they count', () => {
  it.each(cases)('%s', (_, a, b, relation, rule) => {
    const found = relate(claim('a', a), claim('b', b));
    expect([found.relation, found.rule], found.explanation).toEqual([relation, rule]);
  });

  it('says which occasions the counts are of, in the editors’ words', () => {
    const [, a, b] = cases.find(([what]) => what.includes('another year'))!;
    expect(relate(claim('a', a), claim('b', b)).explanation).toBe(
      'counts of different occasions: “birds culled in the 2019 bird flu outbreak” / “birds culled in the current bird flu outbreak”',
    );
  });

  it.each([
    [
      'a name that identifies the event, in one description only',
      [
        '40 people were killed in the Varn market bombing',
        { value: 40 },
        'people',
        'people killed in the Varn market bombing',
      ],
      ['The market bombing killed 40 people', { value: 40 }, 'people', 'people killed in the market bombing'],
    ],
    [
      'a time of day in one description only: a moment of the event, not another occasion',
      ['The 3 a.m. hostel fire killed 12 people', { value: 12 }, 'people', 'people killed in the 3 a.m. hostel fire'],
      ['Twelve people died in the hostel fire', { value: 12 }, 'people', 'people killed in the hostel fire'],
    ],
  ] as [string, Marked, Marked][])('counts one thing with %s: agrees', (_, a, b) => {
    const found = relate(claim('a', a), claim('b', b));
    expect(found.relation, found.explanation).toBe('agrees');
  });

  it('reads no description that only repeats the words after the figure, as ingest writes it', () => {
    const killed: Marked = ['40 people were killed in the floods', { value: 40 }, 'people', 'people'];
    const injured: Marked = ['200 people were injured in the floods', { value: 200 }, 'people', 'people'];
    const found = relate(claim('a', killed), claim('b', injured));
    expect([found.relation, found.rule], found.explanation).toEqual(['related', 'count-of-another-act']);
  });

  it('links no two counts of other acts the editors describe, though their figures compare', () => {
    const found = relate(
      claim('a', ['Nearly 150 people were saved', { under: 150 }, 'people', 'people rescued after the ferry capsized']),
      claim('b', [
        'The death toll stood at 31 on Thursday',
        { value: 31 },
        'people',
        'people killed when the ferry capsized',
      ]),
    );
    expect(found.relation, found.explanation).toBe('none');
  });
});

describe('what the review of these rules found, kept as it should be', () => {
  const found = (a: Marked, b: Marked) => relate(claim('a', a), claim('b', b));

  it('compares no counts the editors describe as two things one word tells apart', () => {
    const rate = (text: string, value: number, which: string): Marked => [
      text,
      { value },
      'percent',
      `the central bank’s ${which} interest rate after Thursday’s decision`,
    ];
    const deposit = rate('The central bank set its deposit rate at 4 percent', 4, 'deposit');
    const refinancing = rate('The central bank set its refinancing rate at 4.5 percent', 4.5, 'refinancing');
    expect(found(deposit, refinancing).relation).not.toBe('conflicts');
  });

  it('takes "of them" for a part only of the same act', () => {
    const children: Marked = [
      'Nine of them were children',
      { value: 9 },
      'people',
      'children killed when the bus crashed',
    ];
    const injured: Marked = ['31 people were injured', { value: 31 }, 'people', 'people injured when the bus crashed'];
    expect(found(children, injured).relation).not.toBe('refines');
  });

  it('reads a description widened by "and" as no part of the narrower', () => {
    const both: Marked = [
      'The earthquake and its aftershocks killed 2,300 people',
      { value: 2300 },
      'people',
      'people killed by the earthquake and its aftershocks',
    ];
    const one: Marked = [
      'The earthquake killed 1,800 people',
      { value: 1800 },
      'people',
      'people killed by the earthquake',
    ];
    expect(found(both, one).explanation).not.toMatch(/part larger than its whole/);
  });
});

describe('what a second review found, kept as it should be', () => {
  const found = (a: Marked, b: Marked) => relate(claim('a', a), claim('b', b));
  it.each([
    [
      'what did not happen and what did',
      [
        'Fifty passengers were not accounted for',
        { value: 50 },
        'people',
        'passengers not accounted for after the sinking',
      ],
      ['250 passengers were accounted for', { value: 250 }, 'people', 'passengers accounted for after the sinking'],
    ],
    [
      'two earthquakes and one',
      ['The two earthquakes killed 50,000 people', { value: 50_000 }, 'people', 'people killed in the two earthquakes'],
      ['The earthquake killed 45,000 people', { value: 45_000 }, 'people', 'people killed in the earthquake'],
    ],
    [
      'additional troops and the troops',
      ['5,000 additional troops were sent', { value: 5000 }, 'troops', 'additional troops sent to the border'],
      ['2,000 troops were sent', { value: 2000 }, 'troops', 'troops sent to the border'],
    ],
    [
      'a count nationwide and one of the floods',
      [
        '1.2 million people were affected nationwide',
        { value: 1_200_000 },
        'people',
        'people affected by the floods nationwide',
      ],
      ['300,000 people were affected', { value: 300_000 }, 'people', 'people affected by the floods'],
    ],
    [
      'a part whose extra words may not narrow it ("from villages")',
      [
        'More than 3,000 residents were evacuated from villages',
        { over: 3000 },
        'people',
        'residents evacuated from villages in the valley',
      ],
      [
        'Officials put the number of evacuees at around 800',
        { about: 800 },
        'people',
        'people evacuated from the valley',
      ],
    ],
  ] as [string, Marked, Marked][])('no conflict between %s', (_, a, b) => {
    const relation = found(a, b);
    expect(relation.relation, relation.explanation).not.toBe('conflicts');
  });
});

describe('compareCountings', () => {
  const normaliser = createNormaliser([]);
  const compare = (x: string, y: string) =>
    compareCountings(countingOf(x, [], normaliser)!, countingOf(y, [], normaliser)!, false);

  it.each([
    ['homes that lost power in the blackout', 'homes that lost power in the blackout', 'same-thing'],
    [
      'the bank’s deposit interest rate after Thursday’s decision',
      'the bank’s refinancing interest rate after Thursday’s decision',
      'unlike',
    ],
    ['adults killed when the ferry capsized', 'children killed when the ferry capsized', 'unlike'],
    ['people killed by the earthquake and its aftershocks', 'people killed by the earthquake', 'unlike'],
    ['crew members rescued after the ferry capsized', 'people rescued after the ferry capsized', 'part'],
    // "On both sides", "in total": the whole, which a part's description need not repeat.
    ['civilians killed in the border clash', 'people killed on both sides in the border clash', 'part'],
    // "In Total's refinery" names a company: no whole.
    ['workers injured in Total’s refinery at Varn', 'workers injured in Shell’s refinery at Varn', 'unlike'],
    ['people killed in the border clash in total', 'people killed in the border clash', 'same-thing'],
    ['flooded villages in Vessburg district', 'villages flooded', 'part'],
    ['people rescued after the ferry capsized', 'people killed when the ferry capsized', 'other-acts'],
    ['dockworkers on strike at the port', 'ships waiting off the port', 'unlike'],
    ['the rate in 2008', 'the rate after Thursday’s decision', 'other-times'],
    ['the rate in June', 'the rate in October', 'other-times'],
    ['the rate after Wednesday’s decision', 'the rate after Thursday’s decision', 'other-times'],
    ['rise in the share price this year', 'rise in the share price on Tuesday', 'other-times'],
  ])('“%s” / “%s”: %s', (x, y, relation) => {
    expect(compare(x, y)).toBe(relation);
    expect(compare(y, x)).toBe(relation);
  });

  it('reads two descriptions that name other bodies as counts of other acts', () => {
    const x = countingOf('the key rate of Kelvaria’s central bank', [], normaliser)!;
    const y = countingOf('the key rate of the Bank of Estmere', [], normaliser)!;
    expect(compareCountings(x, y, true)).toBe('other-acts');
  });

  it('has no description when none is written, or only the words after the figure', () => {
    expect(countingOf(undefined, [], normaliser)).toBeUndefined();
    expect(countingOf('  ', [], normaliser)).toBeUndefined();
    expect(countingOf('mainly Uygur detainees', ['mainly Uygur detainees'], normaliser)).toBeUndefined();
    expect(countingOf('detainees', ['mainly Uygur detainees'], normaliser)).toBeUndefined();
    expect(countingOf('Uygur detainees held in camps', ['mainly Uygur detainees'], normaliser)).toBeDefined();
  });
});
