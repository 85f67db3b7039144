// Words a reader sees for the registry's terms: counts that agree in number, and source types in
// plain words rather than the ids editors write ("news-agency").
import { describe, expect, it } from 'vitest';
import { sourceTypes } from '../../src/core/schema.ts';
import { attributionSentence, sourceClaimCount, sourceTypeLabels } from '../../src/core/publish/views.ts';

describe("a source's claim count", () => {
  it.each([
    [0, 'no claim attributed'],
    [1, '1 claim'],
    [4, '4 claims'],
  ])('%d: "%s"', (count, words) => {
    expect(sourceClaimCount(count)).toBe(words);
  });
});

describe('source types in plain words', () => {
  it.each(sourceTypes)('%s has a label for one and a heading for many', (type) => {
    const { one, many } = sourceTypeLabels[type];
    expect(one).toMatch(/^[a-z][a-z -]*[a-z]$/);
    expect(many).toMatch(/^[A-Z][a-z -]*[a-z]$/);
    // Ids no reader says: hyphenated, or an abbreviation.
    if (type.includes('-') || type === 'ngo') expect(`${one} ${many}`.toLowerCase()).not.toContain(type);
  });

  it.each([
    ['news-agency', 'news agency', 'News agencies'],
    ['government-body', 'government body', 'Government bodies'],
    ['ngo', 'non-governmental organisation', 'Non-governmental organisations'],
    ['person', 'person', 'People'],
  ] as const)('%s: "%s", "%s"', (type, one, many) => {
    expect(sourceTypeLabels[type]).toEqual({ one, many });
  });
});

describe('an attribution chain in one sentence', () => {
  it.each([
    [
      ['South China Morning Post', 'Reuters', 'Diplomatic sources'],
      'South China Morning Post, citing Reuters, citing Diplomatic sources',
    ],
    [
      ['South China Morning Post', 'A foreign diplomat in Beijing'],
      'South China Morning Post, citing a foreign diplomat in Beijing',
    ],
    [['CNN', 'An official'], 'CNN, citing an official'],
    [['A Local Paper', 'A New Hope Foundation'], 'A Local Paper, citing A New Hope Foundation'],
  ])('%j: "%s"', (names, sentence) => {
    expect(attributionSentence(names)).toBe(sentence);
  });
});
