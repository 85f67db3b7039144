// The verbs of a claim: what it says happens, found without a tagger, which the matcher compares
// before it calls two claims the same fact.
import { describe, expect, it } from 'vitest';
import { stem } from '../../src/core/graph/words.ts';
import { actOf, predicateClauses, predicateKeys } from '../../src/core/graph/predicates.ts';

describe('predicateKeys', () => {
  it.each([
    ['a past form', 'Police detained the site manager', ['detained']],
    [
      'through adverbs and auxiliaries',
      'The diplomats had informally been invited to visit the region',
      ['invited', 'visit'],
    ],
    [
      'an -ing form after a preposition, not a light verb',
      'China has gone on the offensive in defending its policies by inviting diplomats',
      ['defending', 'inviting'],
    ],
    ['an irregular past form', 'The waste dam burst on Tuesday night', ['burst']],
    ['a two-word verb', 'The dam gave way on Tuesday', ['collapsed']],
    ['a denial’s object, not the denial', 'The company denied that it had ignored the warnings', ['ignored']],
    ['after a contracted auxiliary', 'The government didn’t approve the dam', ['approve']],
    ['not a reporting verb', 'The minister said that the miners were rescued', ['rescued']],
    ['not a past form a determiner leads', 'Six of the flooded villages lie in the district', []],
    ['nothing in a noun phrase', 'the group of 22 nations', []],
    [
      'not a past form after a preposition or a possessive',
      'Officials praised the union’s revised offer in televised remarks',
      ['praised'],
    ],
    ['not a light verb, nor a noun after “to”', 'The invitation was passed on informally to ambassadors', []],
    ['not a hedge', 'Up to 2 million Uighurs are believed to be held in camps', ['held']],
  ])('%s: “%s”', (_what, text, verbs) => {
    expect(predicateKeys(text)).toEqual(verbs.map(stem));
  });
});

describe('actOf', () => {
  it('reads “held” as a detention and leaves other verbs as they are', () => {
    expect(actOf(stem('held'))).toBe(actOf(stem('detained')));
    expect(actOf(stem('released'))).not.toBe(actOf(stem('detained')));
  });
});

describe('predicateClauses', () => {
  it.each([
    [
      'a circumstance after “after”',
      'The bridge was closed after cracks were found',
      [
        ['closed', false],
        ['found', true],
      ],
    ],
    [
      'a circumstance after “while”',
      'Drivers must detour while the road is repaired',
      [
        ['detour', false],
        ['repaired', true],
      ],
    ],
    [
      'no main verb before it: the opening clause is no circumstance',
      'After the scandal the minister resigned',
      [['resigned', false]],
    ],
    [
      'an infinitive after a preposition is the main clause’s',
      'The union is waiting until October to decide',
      [
        ['waiting', false],
        ['decide', false],
      ],
    ],
    [
      'two verbs of one clause',
      'China invited diplomats to visit the region',
      [
        ['invited', false],
        ['visit', false],
      ],
    ],
  ] as const)('%s: “%s”', (_what, text, clauses) => {
    expect(predicateClauses(text).map(({ key, subordinate }) => ({ key, subordinate }))).toEqual(
      clauses.map(([verb, subordinate]) => ({ key: stem(verb), subordinate })),
    );
  });
});

describe('the time a main verb says', () => {
  it.each([
    ['a past form', 'Engineers inspected the bridge', 'past'],
    ['a passive in the past', 'The bridge was inspected in 2018', 'past'],
    ['a perfect', 'The council has approved the budget', 'past'],
    ['a future', 'Engineers will inspect the bridge', 'future'],
    ['a future in reported speech', 'the bridge would reopen within four weeks', 'future'],
    ['a future passive', 'The bridge will be inspected on Friday', 'future'],
    ['a present state', 'The bridge is closed', null],
  ] as const)('%s: “%s”', (_what, text, time) => {
    expect(predicateClauses(text)[0]?.time).toBe(time);
  });
});
