// Where a claim says something happened (src/core/graph/places.ts): the same act in two places is two facts,
// not one and not one subject; a place named at two scales, or in two spellings, is not two places.
import { describe, expect, it } from 'vitest';
import { compareSentences, matchClaims, type MatchClaim } from '../../src/core/graph/match.ts';
import { placeFacts } from '../../src/core/graph/places.ts';
import { words } from '../../src/core/graph/words.ts';

/** The matcher's keys of the words a reader names. */
const keys = (text: string) => words(text).map((token) => token.key);

describe('the places a claim names', () => {
  it.each([
    ['after "in"', 'A fire destroyed a warehouse in Dunmore on Sunday', ['Dunmore']],
    ['a name of two words', 'Mills in Grande Cache will close', ['Grande Cache']],
    ['after "near", with "the"', 'A bomb exploded near the Old Town on Friday', ['Old Town']],
    ['two places', 'Floods hit farms in Pellin and in Selby', ['Pellin', 'Selby']],
    ['a month is a date, not a place', 'The bridge was closed in March', []],
    ['a weekday in the possessive is a date', 'He led in Thursday’s opening round', []],
    ['a name before a noun says which thing, not where', 'Workers in the Dunmore plant went on strike', []],
    ['"at" names a body as often as a place', 'Revenue at the Financial Times fell', []],
  ])('%s: “%s”', (_what, text, places) => {
    expect(placeFacts(text).places).toEqual(places.map(keys));
  });
});

describe('two claims in two places', () => {
  it.each([
    ['two towns', 'A fire destroyed a warehouse in Dunmore', 'A fire destroyed a warehouse in Calbridge', 'none'],
    [
      'two towns, with a count',
      'Police arrested 40 protesters in Selby',
      'Police arrested 40 protesters in Pellin',
      'none',
    ],
    [
      'one place in two spellings',
      'A roadside bomb exploded near Falluja',
      'A roadside bomb exploded near Fallujah',
      'agrees',
    ],
    [
      'a country by two names',
      'Breast cancer cases in the UK hit a record',
      'Breast cancer cases in Britain hit a record',
      'agrees',
    ],
    [
      'a country and a place in it',
      'A bus was bombed in Israel on Tuesday',
      'A bus was bombed in Haifa on Tuesday',
      'agrees',
    ],
    ['one claim names no place', 'A fire destroyed a warehouse in Dunmore', 'A fire destroyed a warehouse', 'agrees'],
  ])('%s: “%s” / “%s”', (_what, a, b, relation) => {
    const found = compareSentences(a, b);
    expect(found.relation, found.explanation).toBe(relation);
  });

  it('says which places it compared', () => {
    const found = compareSentences('A warehouse burned in Dunmore', 'A warehouse burned in Calbridge');
    expect(found.explanation).toBe('different places: Dunmore / Calbridge');
  });
});

describe('places across a corpus', () => {
  const claim = (id: string, article: string, text: string): MatchClaim => ({
    id,
    article,
    text,
    attribution: [article],
    quantity: null,
  });
  const linked = (claims: MatchClaim[]) => matchClaims(claims, []).map((link) => [link.from, link.to].sort().join());

  it('keeps apart the same act in two towns of two articles', () => {
    const claims = [
      claim('a1', 'herald', 'The old bridge in Calbridge was closed to traffic'),
      claim('b1', 'courier', 'The old bridge in Dunmore was closed to traffic'),
    ];
    expect(linked(claims)).toEqual([]);
  });

  it('links a town and the region its article places it in: one place at two scales', () => {
    const claims = [
      claim('a1', 'herald', 'The old bridge in Calbridge was closed to traffic'),
      claim('a2', 'herald', 'Calbridge is the largest city in Ostrevia'),
      claim('b1', 'courier', 'The old bridge in Ostrevia was closed to traffic'),
    ];
    expect(linked(claims)).toContain('a1,b1');
  });
});
