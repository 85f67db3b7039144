// Who a claim is about, as the matcher reads it: the people and places its words name, and those the
// statement an editor wrote names for "she" or "the bridge". Two claims naming different people are apart
// however many words they share; each case is a pair of claims written for it.
import { describe, expect, it } from 'vitest';
import { matchClaims, type MatchClaim } from '../../src/core/graph/match.ts';

const sources = [
  { id: 'ostra-government', name: 'Government of Ostra', type: 'government' },
  { id: 'mira-kell', name: 'Mira Kell', type: 'person', affiliation: 'ostra-government' },
  { id: 'tomas-vey', name: 'Tomas Vey', type: 'person', affiliation: 'ostra-government' },
  { id: 'daily', name: 'Ostra Daily', type: 'outlet' },
];

const claim = (id: string, text: string, extra: Partial<MatchClaim> = {}): MatchClaim => ({
  id,
  article: id,
  text,
  attribution: ['daily'],
  quantity: null,
  ...extra,
});

const linked = (a: MatchClaim, b: MatchClaim) => matchClaims([a, b], sources).map((link) => link.type);

describe('the names the matcher compares', () => {
  const kellInvited = claim('kell1', 'she had invited engineers from Velland to inspect the dam', {
    attribution: ['daily', 'mira-kell'],
    statement: 'Mira Kell invited engineers from Velland to inspect the Pell Dam.',
    drafted: [],
  });
  it.each([
    [
      'another person’s invitation from the same place: apart',
      kellInvited,
      claim('vey1', 'Interior minister Tomas Vey invited police chiefs from Velland to a conference'),
      [],
    ],
    [
      'the same person, named by the statement: the same fact',
      kellInvited,
      claim('kell2', 'Mira Kell has invited engineers from Velland to inspect the dam'),
      ['agrees'],
    ],
  ])('%s', (_what, a, b, types) => {
    expect(linked(a, b)).toEqual(types);
  });
});

describe('whom a claim is about, not who says it', () => {
  const by = (speaker: string) => ({ attribution: ['daily', speaker] });
  it.each([
    [
      'two speakers, one fact: the same fact',
      claim('vey2', 'Tomas Vey told reporters that the Pell Dam would reopen in May', by('tomas-vey')),
      claim('kell3', 'Mira Kell said the Pell Dam would reopen in May', by('mira-kell')),
      ['agrees'],
    ],
    [
      'a speaker after the words, the other before them: the same fact',
      claim('vey3', 'the Pell Dam would reopen in May, Tomas Vey said', by('tomas-vey')),
      claim('kell4', 'Mira Kell said that the Pell Dam would reopen in May', by('mira-kell')),
      ['agrees'],
    ],
    [
      'each speaker says it of themself: apart',
      claim('vey4', 'Tomas Vey said he would resign over the Pell Dam', by('tomas-vey')),
      claim('kell5', 'Mira Kell said she would resign over the Pell Dam', by('mira-kell')),
      [],
    ],
    [
      'a person named as who does it, cited by nobody: apart',
      claim('vey5', 'Tomas Vey closed the Pell Dam in May'),
      claim('kell6', 'Mira Kell closed the Pell Dam in May'),
      [],
    ],
  ])('%s', (_what, a, b, types) => {
    expect(linked(a, b)).toEqual(types);
  });
});

describe('people no registry names', () => {
  it.each([
    [
      'two ministers named by their titles, no name alike: apart',
      claim('roos', 'Minister Anna Roos resigned on Friday over the contract'),
      claim('dorn', 'Minister Pavel Dorn resigned on Friday over the contract'),
      [],
    ],
    [
      'one person, the surname spelled two ways by two outlets: the same fact',
      claim('lacz1', 'A police officer shook hands with Mr Laczynski outside the court'),
      claim('lacz2', 'A police officer shook hands with Mr Lacsynski outside the court'),
      ['agrees'],
    ],
    [
      'a company whose name opens with a title word is no person',
      claim('gm', 'General Motors cut 2,000 jobs at its plant in Ohio'),
      claim('gm2', 'General Motors cut 2,000 jobs at its Ohio plant'),
      ['agrees'],
    ],
  ])('%s', (_what, a, b, types) => {
    expect(matchClaims([a, b], []).map((link) => link.type)).toEqual(types);
  });
});
