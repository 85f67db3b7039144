// The quantity rules (graph/quantity-relation.ts): how two counts of one kind of thing relate by their
// ranges, each rule named in the trace `claimtrail match --explain` prints. Each case is a pair of
// sentences written for one rule, with the relation its meaning calls for.
import { describe, expect, it } from 'vitest';
import { compareSentences } from '../../src/core/graph/match.ts';
import { quantityRules } from '../../src/core/graph/quantity-relation.ts';
import type { RuleTrace } from '../../src/core/graph/trace.ts';

/** The quantity rules a comparison tried, in order, each with whether it fired ("narrower-range: yes"). */
const quantityTrace = (a: string, b: string) => {
  const trace: RuleTrace[] = [];
  const relation = compareSentences(a, b, trace);
  const tried = trace.flatMap((rule) => rule.checks).filter((check) => check.startsWith('quantity rule '));
  return { relation, tried: tried.map((check) => check.slice('quantity rule '.length)) };
};

const cases: [rule: string, a: string, b: string, relation: string, narrower?: 'a' | 'b'][] = [
  // Some of the people detained, whatever the figures: "at least 40" fits "more than 400", but the minors
  // are a part of those detained, not another estimate of them.
  [
    'part-within-its-whole',
    'More than 400 people were detained by police in Sethra on Friday',
    'At least 40 minors were among those detained by police in Sethra on Friday',
    'refines',
    'b',
  ],
  // Children are people of one age: 40 children detained states more than 40 people detained.
  [
    'part-within-its-whole',
    'Police detained 40 children during the protest in the capital',
    'Police detained 40 people during the protest in the capital',
    'refines',
    'a',
  ],
  // The same figure of the same arrests, reworded.
  [
    'same-range',
    'Police arrested 40 protesters in the capital on Sunday',
    'On Sunday 40 protesters were arrested by police in the capital',
    'agrees',
  ],
  // Any figure over 300 and up to 500 fits both.
  [
    'overlapping-ranges',
    'More than 300 people were killed in the floods',
    'Up to 500 people died in the floods',
    'agrees',
  ],
  // "6,000" is within "at least 6,000", but both state the one figure: no narrower claim.
  [
    'bounds-of-one-estimate',
    'At least 6,000 people were evacuated from the town',
    '6,000 people were evacuated from the town',
    'agrees',
  ],
  // Two upper bounds: two estimates of one count, not one narrowing the other.
  [
    'bounds-of-one-estimate',
    'Up to 1 million people were displaced by the war',
    'Up to 2 million people were displaced by the war',
    'agrees',
  ],
  // "About 40,000" gives a figure and its margin: 38,000 is that figure, not a narrower count.
  [
    'within-an-estimate',
    'About 40,000 people were evacuated from the coast',
    '38,000 people were evacuated from the coast',
    'agrees',
  ],
  // Every number "about 40,000" allows is more than 35,000: the same count, estimated.
  [
    'within-an-estimate',
    'More than 35,000 vehicles cross the bridge every day',
    'About 40,000 vehicles cross the bridge every day',
    'agrees',
  ],
  // "More than 200" is 214 rounded down, as news writes a figure: the same count, not a narrower one.
  [
    'bound-near-a-figure',
    '214 people were on board the ferry',
    'More than 200 people were on board the ferry',
    'agrees',
  ],
  // 250 is one of the numbers "more than 100" allows, and says more.
  [
    'narrower-range',
    '250 people were evacuated from the town',
    'More than 100 people were evacuated from the town',
    'refines',
    'a',
  ],
  // "About 800" is far from 5,000: a much narrower count than "as many as 5,000", not that figure told another way.
  [
    'narrower-range',
    'About 800 people were evacuated from the coast',
    'As many as 5,000 people were evacuated from the coast',
    'refines',
    'a',
  ],
  // Near the bound, but of a part: the floods' dead in one province are a narrower count.
  [
    'narrower-range',
    '1,150 people have died in the floods in Sindh province',
    'More than 1,000 people have died in the floods',
    'refines',
    'a',
  ],
  [
    'narrower-range',
    'At least 100 people were evacuated from the town',
    'Between 200 and 300 people were evacuated from the town',
    'refines',
    'b',
  ],
  // European countries are some of the nations: a smaller count of a part, no contradiction.
  ['part-of-a-whole', '18 European countries signed the letter', '22 nations signed the letter', 'refines', 'a'],
  ['part-of-a-whole', '22 nations signed the letter', '18 European countries signed the letter', 'refines', 'b'],
  // "Up to 1 million" allows 1 million; "more than a million" excludes it: no number fits both.
  [
    'disjoint-ranges',
    'Up to 1 million Uighurs are held in camps in Xinjiang',
    'More than a million Uighurs are held in camps in Xinjiang',
    'conflicts',
  ],
  // Two estimates, each with its margin, that do not meet.
  [
    'disjoint-ranges',
    'About 40,000 people were evacuated from the coast',
    'About 60,000 people were evacuated from the coast',
    'conflicts',
  ],
  // The same arrests, counted 40 and 200: both cannot hold.
  [
    'disjoint-ranges',
    'Police arrested 40 protesters in the capital on Sunday',
    'Police arrested 200 protesters in the capital on Sunday',
    'conflicts',
  ],
];

describe('the quantity rule that relates two counts', () => {
  it.each(cases)('%s: “%s” / “%s”', (rule, a, b, relation, narrower) => {
    const { relation: found, tried } = quantityTrace(a, b);
    expect(found.relation, found.explanation).toBe(relation);
    if (narrower) expect(found.explanation).toContain(`(${narrower} is the narrower)`);
    // The rules before it were tried in the table's order and did not fire; none after it was tried.
    const order = quantityRules.map((each) => each.name);
    const before = order.slice(0, order.indexOf(rule));
    expect(tried).toEqual([...before.map((name) => `${name}: no`), `${rule}: yes`]);
  });

  // part-larger-than-whole reads what editors say is counted: its cases are in match-counting.test.ts.
  it('has a case for every rule of the table', () => {
    const described = ['part-larger-than-whole'];
    expect(new Set([...cases.map(([rule]) => rule), ...described])).toEqual(
      new Set(quantityRules.map((rule) => rule.name)),
    );
  });

  it('reads women and men, children and adults as parts of the people counted, not one count', () => {
    const found = compareSentences(
      'Police arrested 40 women during the march in the capital',
      'Police arrested 120 men during the march in the capital',
    );
    expect(found.relation, found.explanation).not.toBe('conflicts');
    expect(found.relation, found.explanation).not.toBe('agrees');
  });

  it('never reads a count of some of a whole as the same statement as the whole', () => {
    const found = compareSentences(
      'More than 400 people were detained by police in Sethra on Friday',
      'At least 40 of them were minors detained by police in Sethra on Friday',
    );
    expect(found.relation, found.explanation).not.toBe('agrees');
  });

  it.each([
    // The claim counts the 400 detained; "40 of them" is an aside about a part of them.
    [
      'Police detained 400 people during the protests, 40 of them minors',
      'Police detained 400 people during the protests',
    ],
    ['Police detained 400 people and charged 40 of them', 'Police detained 400 people during the protests'],
    // "Of those killed" says whose families, not that 5,000 is a part of something.
    [
      'The families of those killed will receive 5,000 dollars each',
      'The families of the victims will receive 5,000 dollars each',
    ],
  ])('reads a part of a whole only in the figure that counts it: “%s” / “%s”', (a, b) => {
    const found = compareSentences(a, b);
    expect(found.relation, found.explanation).toBe('agrees');
  });

  it('fires none for disjoint counts each qualified its own way, and the counts relate nothing', () => {
    const { tried } = quantityTrace('18 European countries signed the letter', '22 Asian countries signed the letter');
    expect(tried).toEqual(quantityRules.map((rule) => `${rule.name}: no`));
  });

  it('changes nothing in what is found when a trace is asked for', () => {
    for (const [, a, b] of cases) expect(quantityTrace(a, b).relation).toEqual(compareSentences(a, b));
  });
});

describe('a bare figure, with no unit written', () => {
  it('compares two bare figures, naming no unit the claims did not write', () => {
    const found = compareSentences('The council spent 3 million on repairs', 'The council spent 5 million on repairs');
    expect(found.relation, found.explanation).toBe('conflicts');
    expect(found.explanation).toContain('no number is both 3,000,000 and 5,000,000; shared:');
  });

  it('says where two bare figures overlap without a unit', () => {
    const found = compareSentences('The council spent 3 million on repairs', 'The council spent 3 million on repairs');
    expect(found.explanation).toMatch(/overlap on [\d,–]+; shared:/);
  });
});
