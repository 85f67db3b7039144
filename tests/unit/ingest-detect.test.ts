// Check-worthiness: sentences a fact-checker would look at are taken, with the reasons named;
// filler, transitions and questions are not. The ingest takes what the rules or the learned model
// take (analyseClaim); `claimtrail detect` decides by the model alone (detectClaim).
import { describe, expect, test } from 'vitest';
import {
  analyseClaim,
  bucket,
  detectClaim,
  detectLines,
  isEvent,
  learnedScore,
  looksLikeEvent,
  modelInputs,
} from '../../src/core/ingest/detect.ts';

describe('the ingest (analyseClaim)', () => {
  test.each([
    ['More than 3,000 people were evacuated overnight.', ['quantity']],
    ['The council approved the budget on Tuesday after a six-hour debate.', ['named-actor+event-verb']],
    ['Police in Marvania detained opposition leader Rafael Orsini on Friday.', ['named-actor+event-verb']],
    ['"We will not sail a vessel we cannot guarantee is safe," said Colm Reidy.', ['quotation', 'attribution-cue']],
    ['It added that the ministry was coordinating details of the schedule.', ['attribution-cue', 'reported-speech']],
    ['The visit would be the first by Western observers.', ['first-time']],
    ['It was the largest protest in the city since 1989.', ['superlative']],
    ['The government has denied targeting the opposition.', ['denial']],
    ['Unemployment is now higher than at any time in the past decade.', ['comparative']],
    ['According to the health board, waiting lists fell by 12% last year.', ['attribution-cue', 'quantity']],
    ['That is up from 21,000 at midday.', ['change', 'number']],
    ['Some forty thousand vehicles cross the bridge every day.', ['quantity']],
  ])('takes "%s"', (sentence, signals) => {
    const detection = analyseClaim(sentence);
    expect(detection.checkworthy).toBe(true);
    expect(detection.signals).toEqual(expect.arrayContaining(signals));
    expect(detection.score).toBeGreaterThan(0);
    expect(detection.score).toBeLessThanOrEqual(1);
  });

  test.each([
    'It remains to be seen what happens next.',
    'Here is what we know so far.',
    'But that is not the whole story.',
    'Time will tell.',
    'What does this mean for you?',
    'Read on to find out more.',
    'Still, questions remain.',
    'It was a difficult day for everyone involved.',
    'However.',
    'What happens next is unclear.',
  ])('leaves filler: "%s"', (sentence) => {
    expect(analyseClaim(sentence).checkworthy).toBe(false);
    const detection = detectClaim(sentence);
    expect(detection.checkworthy).toBe(false);
    expect(detection.sentence).toBe(sentence);
  });

  test('the model adds a sentence the rules leave (their score under 0.4), and says so', () => {
    const analysis = analyseClaim('The unemployment rate has doubled since 2008.', true, { left: 0 });
    expect(analysis.score).toBeLessThan(0.4);
    expect(analysis.checkworthy).toBe(true);
    expect(analysis.signals).toContain('learned');
  });
});

describe('claimtrail detect (detectClaim)', () => {
  test.each([
    ['Inflation rose by 8 percent last year.', true],
    ['The unemployment rate has doubled since 2008.', true],
    ['I want to thank the moderators.', false],
    ['Thank you very much.', false],
  ])('"%s" is check-worthy: %s', (sentence, checkworthy) => {
    expect(detectClaim(sentence).checkworthy).toBe(checkworthy);
  });

  test("the score is the model's probability; the reasons are the signals and the words that weighed most", () => {
    const detection = detectClaim('Inflation rose by 8 percent last year.');
    expect(detection.score).toBe(
      Math.round(learnedScore('Inflation rose by 8 percent last year.').probability * 100) / 100,
    );
    expect(detection.signals).toEqual(expect.arrayContaining(['quantity', 'change']));
    expect(detection.signals.filter((signal) => /^(word|words|opening|length):/.test(signal)).length).toBeGreaterThan(
      0,
    );
    expect(
      detection.signals.filter((signal) => /^(word|words|opening|length):/.test(signal)).length,
    ).toBeLessThanOrEqual(3);
  });

  test('detectLines: a JSON line for each non-blank input line, in order', () => {
    const lines = detectLines('22 nations urged China to end the detentions.\r\n\n  Time will tell.  \n');
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ sentence: '22 nations urged China to end the detentions.', checkworthy: true }),
      expect.objectContaining({ sentence: 'Time will tell.', checkworthy: false }),
    ]);
  });

  test('the result is plain JSON, one object a line for the detect command', () => {
    const detection = detectClaim('22 nations urged China to end the detentions.');
    expect(JSON.parse(JSON.stringify(detection))).toEqual(detection);
    expect(Object.keys(detection).sort()).toEqual(['checkworthy', 'score', 'sentence', 'signals']);
  });
});

test.each([
  ['Trains will run until at least 8pm.', 'a bound'],
  ['The council will spend at most 2 million euros.', 'a bound'],
])('"%s" is %s, not a superlative', (sentence) => {
  expect(detectClaim(sentence).signals).not.toContain('superlative');
});

test.each([
  'He said: Orsini left the country.',
  'It was a difficult day for everyone involved.',
  'The committee was not told, he said.',
  'What happens next is unclear.',
  'Officials in the northern town said nothing.',
  'the mayor resigned',
  '“Beijing must act,” he said.',
])('the quick path (no parse for what cannot be a claim) judges "%s" as the full one does', (sentence) => {
  expect(analyseClaim(sentence, true).checkworthy).toBe(analyseClaim(sentence).checkworthy);
});

describe("the model's inputs", () => {
  test('pattern signals, words, word pairs with the opening, and the length; numbers read "0"', () => {
    const { signals, words } = modelInputs('Taxes rose 12% in 2019.');
    expect(signals).toEqual(expect.arrayContaining(['quantity', 'change']));
    expect(words).toEqual(expect.arrayContaining(['taxes', 'rose', '0', '^ taxes', 'taxes rose', 'in 0', '#length 5']));
  });

  test("a word's bucket is fixed and within 2^bits", () => {
    expect(bucket('percent', 15)).toBe(bucket('percent', 15));
    expect(bucket('percent', 15)).toBeLessThan(1 << 15);
  });
});

describe('isEvent', () => {
  test.each([
    ['Police detained the opposition leader on Friday', true],
    ['Other signatories included Australia and Canada', true],
    ['The council will vote on the plan next week', true],
    ['The Chinese government has restricted access to the region', false],
    ['Despite criticizing the camps, Turkey did not appear among the signatories', false],
    ['Allegations of torture are rampant', false],
    ['The letter marks the first collective challenge', false],
  ])('%s: %s', (text, event) => {
    expect(isEvent(text)).toBe(event);
  });
});

// Past an article's allowance of full parses (thousands of sentences: a file of megabytes), a sentence
// is judged by its patterns alone: the same decision wherever the patterns settle it, and no parse.
describe('without the parse', () => {
  test.each([
    ['More than 3,000 people were evacuated overnight.', true],
    ['Police in Marvania detained opposition leader Rafael Orsini on Friday.', true],
    ['"We will not sail a vessel we cannot guarantee is safe," said Colm Reidy.', true],
    ['It remains to be seen.', false],
    ['What happens next?', false],
    ['and then it rained', false],
  ])('"%s" is check-worthy: %s', (sentence, checkworthy) => {
    const budget = { left: 0 };
    const analysis = analyseClaim(sentence, true, budget);
    expect(analysis.checkworthy).toBe(checkworthy);
    expect(analysis.checkworthy).toBe(analyseClaim(sentence).checkworthy);
    expect(budget.left).toBe(0);
  });

  test('each full parse takes one from the allowance; none is taken below zero', () => {
    const budget = { left: 2 };
    for (let n = 0; n < 5; n++)
      analyseClaim('Police in Marvania detained opposition leader Rafael Orsini on Friday.', true, budget);
    expect(budget.left).toBe(0);
  });

  test.each([
    ['Police detained 40 protesters on Friday.', true],
    ['The ferry will resume sailing next week.', true],
    ['Floodwater fled through the streets.', true],
    ['Access has been restricted since March.', false],
    ['Turkey did not appear on the list.', false],
    ['The minister said the plan was sound.', false],
    ['The letter marks a change of course.', false],
  ])('looksLikeEvent("%s") is %s', (text, event) => {
    expect(looksLikeEvent(text)).toBe(event);
  });
});
