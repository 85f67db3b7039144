// Claims whose words refer back to what their article said before ("which the ministry denies", "They
// were stolen…") are read as their editor's statement says them (graph/refers-back.ts).
import { describe, expect, it } from 'vitest';
import { matchClaims, type MatchClaim } from '../../src/core/graph/match.ts';
import { createNormaliser } from '../../src/core/graph/normalise.ts';
import { refersBack } from '../../src/core/graph/refers-back.ts';

const normaliser = createNormaliser([]);

describe('words that refer back', () => {
  it.each([
    ['which the ministry denies', true],
    ['They were stolen in a cyberattack in March 2025', true],
    ['He has not been charged', true],
    ['a charge Varnholt denied', true],
    ['The Housing Ministry rejected the accusation', true],
    // Denials long enough to say what they deny, and claims that name their subject.
    ['The ministry denied that building codes were ignored in the province', false],
    ['Police detained 40 people in the capital on Sunday', false],
    ['Theresa May resigned as prime minister', false],
  ])('“%s”: %s', (text, expected) => {
    expect(refersBack(text, normaliser)).toBe(expected);
  });
});

const claim = (id: string, text: string, statement?: string, drafted?: string[]): MatchClaim => ({
  id,
  article: id,
  text,
  attribution: [],
  quantity: null,
  ...(statement ? { statement } : {}),
  ...(drafted ? { drafted } : {}),
});

const accusation = claim(
  'accuse',
  'Opposition politicians accuse the housing ministry of failing to enforce building codes in the province',
);
const denialStatement = 'The housing ministry did not fail to enforce building codes in the province.';

describe('a claim read as its editor states it', () => {
  it('links a denial that refers back to the allegation its statement names, and says it read the statement', () => {
    const [link] = matchClaims([claim('deny', 'which the ministry denies', denialStatement), accusation], []);
    expect(link).toMatchObject({ type: 'conflicts', from: 'deny', to: 'accuse' });
    expect(link!.explanation).toContain(`read from its editor's statement: “${denialStatement}”`);
  });

  it('never reads a statement a program drafted', () => {
    const drafted = claim('deny', 'which the ministry denies', denialStatement, ['statement']);
    expect(matchClaims([drafted, accusation], [])).toEqual([]);
  });

  it('links it by no subject in common alone: a statement names the story every claim of it shares', () => {
    const built = claim('built', 'It was built in 1965', 'The Harwick Bridge over the Tarn was built in 1965.');
    const closed = claim('closed', 'The Harwick Bridge over the Tarn was closed to lorries for repairs');
    expect(matchClaims([built, closed], [])).toEqual([]);
    // Its own words, read as they are, share nothing with the other claim.
    expect(matchClaims([claim('built', 'It was built in 1965'), closed], [])).toEqual([]);
  });
});
