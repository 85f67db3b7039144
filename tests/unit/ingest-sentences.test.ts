// Sentence splitting: abbreviations, initials and numbers do not end a sentence; a quotation that
// spans sentences stays whole; a quotation mark never closed changes nothing.
import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/core/ingest/sentences.ts';

describe('splitSentences', () => {
  test.each([
    ['abbreviations', 'The U.S. Department of State said so. Mr. Smith agreed.', ['The U.S. Department of State said so.', 'Mr. Smith agreed.']],
    ['initials', 'J. R. Smith and Dr. A. Okafor signed it. They left.', ['J. R. Smith and Dr. A. Okafor signed it.', 'They left.']],
    ['a sentence ending in a number', 'The vote was on Jan. 5. He left the next day.', ['The vote was on Jan. 5.', 'He left the next day.']],
    ['decimals and amounts', 'Prices rose 2.5% to $1.2 billion. Analysts were surprised.', ['Prices rose 2.5% to $1.2 billion.', 'Analysts were surprised.']],
    ['a quotation spanning sentences', '“Seeing is believing. We believe they will see,” the statement said. It added more.', ['“Seeing is believing. We believe they will see,” the statement said.', 'It added more.']],
    ['straight quotes spanning sentences', 'He said "We will go. We will win." Then he left.', ['He said "We will go. We will win."', 'Then he left.']],
    ['a quotation never closed', 'Erdogan said the issue shouldn\'t be "exploited. There were no Muslim nations in it.', ['Erdogan said the issue shouldn\'t be "exploited.', 'There were no Muslim nations in it.']],
    ['dashes', 'The diplomats – specifically ambassadors – were invited. They accepted.', ['The diplomats – specifically ambassadors – were invited.', 'They accepted.']],
    ['"No." before a number', 'He raised it with No. 10. She agreed.', ['He raised it with No. 10.', 'She agreed.']],
    ['a title before a name', 'Cllr. Moira Gant spoke. Prof. Ines Calder agreed.', ['Cllr. Moira Gant spoke.', 'Prof. Ines Calder agreed.']],
    ['military and medical titles', 'Gen. Ann Roe and Dr. Tom Lee arrived. They left.', ['Gen. Ann Roe and Dr. Tom Lee arrived.', 'They left.']],
    ['a question and an exclamation', 'Will it last? Nobody knows! The council meets today.', ['Will it last?', 'Nobody knows!', 'The council meets today.']],
  ])('%s', (_, text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual(expected);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});
