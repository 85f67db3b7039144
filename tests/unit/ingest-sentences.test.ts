// Sentence splitting: abbreviations, initials and numbers do not end a sentence; a quotation that
// spans sentences stays whole; a quotation mark never closed changes nothing.
import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/core/ingest/sentences.ts';

describe('splitSentences', () => {
  test.each([
    [
      'abbreviations',
      'The U.S. Department of State said so. Mr. Smith agreed.',
      ['The U.S. Department of State said so.', 'Mr. Smith agreed.'],
    ],
    [
      'initials',
      'J. R. Smith and Dr. A. Okafor signed it. They left.',
      ['J. R. Smith and Dr. A. Okafor signed it.', 'They left.'],
    ],
    [
      'a sentence ending in a number',
      'The vote was on Jan. 5. He left the next day.',
      ['The vote was on Jan. 5.', 'He left the next day.'],
    ],
    [
      'decimals and amounts',
      'Prices rose 2.5% to $1.2 billion. Analysts were surprised.',
      ['Prices rose 2.5% to $1.2 billion.', 'Analysts were surprised.'],
    ],
    [
      'a quotation spanning sentences',
      '“Seeing is believing. We believe they will see,” the statement said. It added more.',
      ['“Seeing is believing. We believe they will see,” the statement said.', 'It added more.'],
    ],
    [
      'straight quotes spanning sentences',
      'He said "We will go. We will win." Then he left.',
      ['He said "We will go. We will win."', 'Then he left.'],
    ],
    [
      'a quotation never closed',
      'Erdogan said the issue shouldn\'t be "exploited. There were no Muslim nations in it.',
      ['Erdogan said the issue shouldn\'t be "exploited.', 'There were no Muslim nations in it.'],
    ],
    [
      'dashes',
      'The diplomats – specifically ambassadors – were invited. They accepted.',
      ['The diplomats – specifically ambassadors – were invited.', 'They accepted.'],
    ],
    ['"No." before a number', 'He raised it with No. 10. She agreed.', ['He raised it with No. 10.', 'She agreed.']],
    [
      'a title before a name',
      'Cllr. Moira Gant spoke. Prof. Ines Calder agreed.',
      ['Cllr. Moira Gant spoke.', 'Prof. Ines Calder agreed.'],
    ],
    [
      'military and medical titles',
      'Gen. Ann Roe and Dr. Tom Lee arrived. They left.',
      ['Gen. Ann Roe and Dr. Tom Lee arrived.', 'They left.'],
    ],
    [
      'a question and an exclamation',
      'Will it last? Nobody knows! The council meets today.',
      ['Will it last?', 'Nobody knows!', 'The council meets today.'],
    ],
  ])('%s', (_, text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual(expected);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});

// A block of megabytes (a page without line breaks) is parsed in pieces cut after a stop; the
// sentences are the same as the whole block's, each with its offsets in the block.
describe('splitSentences on a very long block', () => {
  const sentences = [
    'The council voted on Tuesday to close the bridge.',
    'Mr. Smith said repairs would cost $1.2 billion.',
    '“We will reopen it. We promise,” the mayor said.',
    'Police arrested 12 people in Valmora on Jan. 5.',
    'He left.',
  ];
  const text = Array.from({ length: 3000 }, (_, index) => sentences[index % sentences.length]!).join(' ');

  test('the sentences of a 150,000-character block are those of its parts', () => {
    const found = splitSentences(text);
    expect(text.length).toBeGreaterThan(100000);
    expect(found).toHaveLength(3000);
    expect(found.map((sentence) => sentence.text)).toEqual(
      Array.from({ length: 3000 }, (_, index) => sentences[index % sentences.length]),
    );
    for (const sentence of found) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  test('a block with no stop at all is cut at spaces, and a quotation mark never closed joins no more than a few thousand characters', () => {
    const words = `"${Array.from({ length: 20000 }, (_, index) => `word${index}`).join(' ')}`;
    const found = splitSentences(words);
    expect(found.map((sentence) => sentence.text).join(' ')).toBe(words);
    for (const sentence of found) expect(words.slice(sentence.start, sentence.end)).toBe(sentence.text);
    const open = `He said "${sentences.join(' ').repeat(200)} And a closing mark at the end."`;
    expect(Math.max(...splitSentences(open).map((sentence) => sentence.end - sentence.start))).toBeLessThan(6000);
  });
});
