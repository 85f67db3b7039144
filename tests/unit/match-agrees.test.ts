// One proposition as two outlets word it: the matcher must call the pair "agrees" whatever the spelling
// (British or American), the voice or form of the verb, the news synonym, the order of the arguments or a
// hedge that does not change what is claimed; and a pair that shares a subject but states another fact
// must not agree. Each pair was written for the case it names.
import { describe, expect, it } from 'vitest';
import { compareSentences } from '../../src/core/graph/match.ts';

describe('one proposition, two wordings: agrees', () => {
  it.each([
    [
      'British and American spelling',
      'The camps are vocational training centres',
      'The camps are vocational training centers',
    ],
    ['-ise and -ize, -our and -or', 'The union criticised the labour reform', 'The union criticized the labor reform'],
    [
      'programme and program',
      'The council scrapped the housing programme',
      'The housing program was scrapped by the council',
    ],
    ['per cent and percent', 'Fares rose 4 per cent in January', 'Fares rose 4 percent in January'],
    ['active and passive voice', 'Police detained the mayor of Dunmore', 'The mayor of Dunmore was detained by police'],
    [
      'a verb and its noun',
      'Ambassadors were invited to visit the region',
      'The invitation to visit the region went to ambassadors',
    ],
    [
      'an offer and an invitation',
      'Beijing offered diplomats a visit to the region',
      'Beijing invited diplomats to visit the region',
    ],
    [
      'rejects and denies',
      'The ministry rejects the allegations of torture',
      'The ministry denies the torture allegations',
    ],
    [
      'a probe and an inquiry',
      'The regulator opened a probe into the bank',
      'The regulator launched an inquiry into the bank',
    ],
    [
      'detained and taken into custody',
      'Three activists were detained in Selby',
      'Three activists were taken into custody in Selby',
    ],
    [
      'two light verbs for one act',
      'The European Union expressed concern over the camps',
      'The European Union voiced concern about the camps',
    ],
    [
      'delayed and postponed',
      'The council has postponed the vote until June',
      'The vote was delayed by the council until June',
    ],
    [
      'shut down and taken offline',
      'The bank shut down its mobile app on Monday',
      'The mobile app of the bank was taken offline on Monday',
    ],
    ['lorry and truck', 'A lorry overturned on the ring road', 'A truck overturned on the ring road'],
    [
      'ambassadors and diplomats',
      'China invited European ambassadors to Xinjiang',
      'China invited European diplomats to Xinjiang',
    ],
    [
      'a hedge that leaves the proposition',
      'China reportedly invited European diplomats to Xinjiang',
      'China invited European diplomats to Xinjiang',
    ],
    [
      'who says it, in a verb that only frames the claim',
      'The chairman claimed the merger made sense for both banks',
      'The merger makes sense for both banks, the chairman said',
    ],
    ['who warned of it, on one side only', 'Engineers warned the dam could collapse', 'The dam could collapse'],
    [
      'a trailing frame, on one side only',
      'The bridge was closed, police sources told the newspaper',
      'The bridge was closed',
    ],
    [
      'raised and hiked',
      'The Bank of Ostra raised its main interest rate to 4.5 per cent on Thursday',
      'Ostra’s central bank hiked its benchmark rate to 4.5 percent Thursday',
    ],
    [
      'voted and voting, a silent e',
      'The council voted to close the depot',
      'The council is voting to close the depot',
    ],
    [
      'arguments reordered',
      'On Friday the army withdrew its troops from Pellin',
      'The army withdrew its troops from Pellin on Friday',
    ],
  ])('%s: “%s” / “%s”', (_what, a, b) => {
    const found = compareSentences(a, b);
    expect(found.relation, found.explanation).toBe('agrees');
  });
});

describe('one figure of different things: not linked', () => {
  it.each([
    [
      'schools and bridges',
      '14 schools in Calbridge were closed on Monday',
      '14 bridges in Calbridge were closed on Monday',
    ],
    [
      'protesters and smugglers',
      'Police arrested 40 protesters in Selby',
      'Police arrested 40 suspected smugglers in Selby',
    ],
  ])('%s: “%s” / “%s”', (_what, a, b) => {
    const found = compareSentences(a, b);
    expect(found.relation, found.explanation).toBe('none');
  });

  it('still compares people counted in other words', () => {
    const found = compareSentences('The storm killed 12 people in Pellin', 'The storm killed 12 villagers in Pellin');
    expect(found.relation, found.explanation).toBe('agrees');
  });
});

describe('one subject, another fact: not agrees', () => {
  it.each([
    ['another act of the same people', 'Police detained the mine manager', 'The mine manager was released on bail'],
    [
      'an earlier occasion of the act',
      'An earlier recall of the Velta heaters was ordered by the regulator',
      'The regulator ordered a recall of the Velta heaters',
    ],
    [
      'the other’s act only as a circumstance',
      'The Selby Bridge was closed after cracks were found',
      'Inspectors found cracks in the Selby Bridge',
    ],
    [
      'other people, named by their roles',
      'The finance minister invited bank chiefs to a summit',
      'The interior minister invited police chiefs to a summit',
    ],
    [
      'other things counted, other figures',
      'Police arrested 40 protesters in Selby',
      'Police arrested 200 smugglers in Selby',
    ],
    ['one done, one to come', 'The council approved the budget', 'The council will approve the budget'],
    ['a negation', 'The government approved the dam', 'The government did not approve the dam'],
    [
      'who accuses whom, exchanged',
      'The government accused the opposition of fraud',
      'The opposition accused the government of fraud',
    ],
    [
      'who attacked whom, one claim in the passive',
      'The rebels were attacked by the army in the north',
      'The rebels attacked the army in the north',
    ],
  ])('%s: “%s” / “%s”', (_what, a, b) => {
    const found = compareSentences(a, b);
    expect(found.relation, found.explanation).not.toBe('agrees');
  });
});

describe('one act that happens once, told on two days: conflicts', () => {
  it.each([
    [
      'a resignation',
      'Education Minister Dana Orlec resigned on Thursday',
      'Education Minister Dana Orlec stepped down Friday',
    ],
    ['a capsizing', 'The ferry Maelin Star capsized on Thursday', 'The Maelin Star overturned late on Wednesday'],
  ])('%s: “%s” / “%s”', (_what, a, b) => {
    const found = compareSentences(a, b);
    expect(found.relation, found.explanation).toBe('conflicts');
  });

  it.each([
    [
      'an act that can happen again',
      'Police questioned Dana Orlec on Thursday',
      'Police questioned Dana Orlec on Friday',
    ],
    ['no one named', 'A ferry capsized on Thursday', 'A ferry capsized on Wednesday'],
  ])('not for %s: “%s” / “%s”', (_what, a, b) => {
    const found = compareSentences(a, b);
    expect(found.relation, found.explanation).not.toBe('conflicts');
  });
});

describe('an earlier occasion only of the act the other reports', () => {
  it('“as in earlier talks” tells of no earlier strike', () => {
    const found = compareSentences(
      'The union said the strike would go ahead, as in earlier talks',
      'The union said the strike would go ahead',
    );
    expect(found.relation, found.explanation).toBe('agrees');
  });
});
