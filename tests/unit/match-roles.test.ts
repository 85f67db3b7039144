// Who does and who undergoes a claim's main act (src/core/graph/roles.ts), as a reader names them: the
// matcher calls two claims of one act with the two exchanged related, not the same fact.
import { describe, expect, it } from 'vitest';
import { compareSentences } from '../../src/core/graph/match.ts';
import { rolesOf, swappedRole } from '../../src/core/graph/roles.ts';
import { words } from '../../src/core/graph/words.ts';

/** The matcher's keys of words a reader names. */
const keys = (text: string) => words(text).map((token) => token.key);

describe('who does and who undergoes the main act', () => {
  it.each([
    ['an active verb', 'The army attacked the rebels in the north', 'army', 'rebels'],
    ['a passive with its doer after "by"', 'The rebels were attacked by the army in the north', 'army', 'rebels'],
    ['a passive with a hedge inside', 'The bridge was reportedly closed by the council', 'council', 'bridge'],
    ['a phrase with "of"', 'The mayor of Dunmore was detained by police', 'police', 'mayor Dunmore'],
    ['a passive with no doer named', 'The bridge was closed on Tuesday', '', 'bridge'],
    ['an opening phrase set off by a comma', 'On Friday, the council closed the bridge', 'council', 'bridge'],
  ])('%s: “%s”', (_what, text, doer, undergoer) => {
    const roles = rolesOf(text)!;
    expect([...roles.doer].sort()).toEqual(keys(doer).sort());
    expect([...roles.undergoer].sort()).toEqual(keys(undergoer).sort());
  });

  it('finds no roles in a text with no verb', () => {
    expect(rolesOf('The group of 22 nations')).toBeUndefined();
  });
});

describe('participants exchanged', () => {
  it.each([
    ['exchanged', 'The army attacked the rebels', 'The rebels attacked the army', 'army'],
    [
      'one active, one passive, the same roles',
      'The army attacked the rebels',
      'The rebels were attacked by the army',
      undefined,
    ],
    ['one side only differs (another doer)', 'The bank fined its chief', 'The regulator fined the bank', undefined],
  ])('%s: “%s” / “%s”', (_what, a, b, word) => {
    expect(swappedRole(rolesOf(a), rolesOf(b))).toBe(word === undefined ? undefined : keys(word)[0]);
  });

  it('explains the link with the word whose role differs', () => {
    const found = compareSentences(
      'The government accused the opposition of fraud',
      'The opposition accused the government of fraud',
    );
    expect(found.relation).toBe('related');
    expect(found.explanation).toContain('other participants (“government” does the act in one claim and undergoes it');
  });
});
