// A denial too short to say what it denies ("which the ministry denies", "The company rejected the
// accusation") takes its links from the claim its article states just before it: it conflicts with every
// claim stating that fact and agrees with those denying it. Each case is a small corpus written for it.
import { describe, expect, it } from 'vitest';
import { matchClaims, type MatchClaim } from '../../src/core/graph/match.ts';

const sources = [
  { id: 'housing-ministry', name: 'Housing Ministry', type: 'government' },
  { id: 'civic-alliance', name: 'Civic Alliance', type: 'party' },
  { id: 'harbour-union', name: 'Harbour Union', type: 'organization' },
  { id: 'gazette', name: 'Ostra Gazette', type: 'outlet' },
  { id: 'wire', name: 'Ostra Wire', type: 'outlet' },
];

const claim = (id: string, article: string, text: string, by: string, extra: Partial<MatchClaim> = {}): MatchClaim => ({
  id,
  article,
  text,
  attribution: [article === 'a' ? 'gazette' : 'wire', by],
  quantity: null,
  block: 0,
  ...extra,
});

/** The link between two claims of a corpus, as "type from–to", or none. */
function link(claims: MatchClaim[], a: string, b: string): string {
  const found = matchClaims(claims, sources).find((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));
  return found ? found.type : 'none';
}

const accusation = claim(
  'acc',
  'a',
  'Opposition politicians accuse the housing ministry of ignoring building codes in the province',
  'civic-alliance',
);
const bareDenial = claim('den', 'a', 'which the ministry denies', 'housing-ministry');
const sameAccusation = claim(
  'acc2',
  'b',
  'The Civic Alliance says the housing ministry ignored building codes in the province',
  'civic-alliance',
);
const fullDenial = claim(
  'den2',
  'b',
  'The Housing Ministry denied that it ignored building codes in the province',
  'housing-ministry',
);
const otherBareDenial = claim('den3', 'b', 'The ministry rejected the accusation', 'housing-ministry');

describe('a denial that says nothing of what it denies', () => {
  it.each([
    ['conflicts with the claim its article states just before it', [accusation, bareDenial], 'acc', 'den', 'conflicts'],
    [
      'conflicts with a claim in another article stating that fact',
      [accusation, bareDenial, sameAccusation],
      'den',
      'acc2',
      'conflicts',
    ],
    [
      'agrees with a claim in another article denying that fact',
      [accusation, bareDenial, fullDenial],
      'den',
      'den2',
      'agrees',
    ],
    [
      'agrees with a bare denial of the same fact in another article',
      [accusation, bareDenial, sameAccusation, otherBareDenial],
      'den',
      'den3',
      'agrees',
    ],
    [
      'takes nothing from a claim in another paragraph two back',
      [{ ...accusation, block: 0 }, { ...bareDenial, block: 2 }, sameAccusation],
      'den',
      'acc2',
      'none',
    ],
  ])('%s', (_what, claims, a, b, type) => {
    expect(link(claims, a, b)).toBe(type);
  });

  it('takes no conflict from its denier’s own claim', () => {
    const own = claim('own', 'a', 'The ministry enforced building codes in the province', 'housing-ministry');
    expect(link([own, bareDenial], 'den', 'own')).not.toBe('conflicts');
  });

  it('denies the claim its editor names, not merely the nearest', () => {
    const shifts = claim('shifts', 'a', 'Dockers at the harbour were made to work 16-hour shifts', 'harbour-union');
    const denial = claim('den', 'a', 'The Harbour Authority denied the allegations', 'housing-ministry', {
      statement: 'The Harbour Authority did not withhold dockers’ wages.',
      drafted: [],
    });
    const wages = claim('wages', 'a', 'Dockers’ wages were withheld for months', 'harbour-union');
    expect(link([wages, shifts, denial], 'den', 'wages')).toBe('conflicts');
    expect(link([wages, shifts, denial], 'den', 'shifts')).toBe('none');
  });

  it('takes nothing when its editor names what no claim before it states', () => {
    const shifts = claim('shifts', 'a', 'Dockers at the harbour were made to work 16-hour shifts', 'harbour-union');
    const denial = claim('den', 'a', 'The Harbour Authority denied the allegations', 'housing-ministry', {
      statement: 'The Harbour Authority did not withhold dockers’ wages.',
      drafted: [],
    });
    expect(link([shifts, denial], 'den', 'shifts')).toBe('none');
  });

  it('a denial that says what it denies is compared by its own words', () => {
    const strike = claim('strike', 'a', 'Dockers walked out over unpaid wages', 'harbour-union');
    const denial = claim('den', 'a', 'The ministry denied that building codes were ignored', 'housing-ministry');
    expect(link([strike, denial], 'den', 'strike')).toBe('none');
  });
  it('takes nothing from its outlet’s own account of the story', () => {
    const own = {
      ...claim('hired', 'a', 'The port authority hired 200 new workers last year', ''),
      attribution: ['gazette'],
    };
    const same = claim('hired2', 'b', 'The port authority hired 200 new workers last year', 'harbour-union');
    const denial = claim('den', 'a', 'The port authority denied the allegations', 'housing-ministry');
    expect(link([own, denial, same], 'den', 'hired2')).not.toBe('conflicts');
    expect(link([own, denial, same], 'den', 'hired')).not.toBe('conflicts');
  });

  it('takes nothing when several claims before it may be what it denies and no editor says which', () => {
    const wages = claim(
      'wages',
      'a',
      'The union accuses the port authority of cutting wages by ten per cent',
      'harbour-union',
    );
    const shifts = claim('shifts', 'a', 'Dockers at the harbour were made to work 16-hour shifts', 'civic-alliance');
    const denial = claim('den', 'a', 'The port authority denied the allegations', 'housing-ministry');
    expect(link([wages, shifts, denial], 'den', 'shifts')).not.toBe('conflicts');
    expect(link([wages, shifts, denial], 'den', 'wages')).not.toBe('conflicts');
  });
});
