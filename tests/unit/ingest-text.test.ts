// The text helpers the cleaner runs on every line: counting words and collapsing spaces read a line in
// one pass, and give what the regular expressions they replace gave (seeded random strings over the
// characters that matter: letters, digits, apostrophes, every kind of space, astral characters).
import { describe, expect, test } from 'vitest';
import { collapsePiece, rawPiece, wordCount } from '../../src/core/ingest/text.ts';
import { prng } from '../../scripts/lib/prng.ts';

const alphabet = ['a', 'Z', 'é', '9', '٣', 'ⅻ', "'", '’', ' ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '\u0085', '-', '.', '😀', '𝐀', '\u0301', '\ud800', 'ǅ', '_'];
const strings = (seed: number, count: number) => {
  const random = prng(seed);
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(random() * 14) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
};

describe('wordCount', () => {
  test.each([
    ['', 0],
    ["don't stop", 2],
    ["1990's", 1],
    ["a'1", 2],
    ['Jean-Paul', 2],
    ['😀 𝐀𝐁 ok', 2],
  ])('%j has %i words', (text, count) => {
    expect(wordCount(text)).toBe(count);
  });

  test('counts as /[\\p{L}\\p{N}]+(?:[\'’]\\p{L}+)*/gu does, on 20,000 seeded strings', () => {
    for (const text of strings(11, 20000)) expect(wordCount(text), JSON.stringify(text)).toBe(text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0);
  });
});

describe('collapsePiece', () => {
  /** The first implementation: one character at a time. */
  function reference(piece: { text: string; offsets: ArrayLike<number> }) {
    let text = '';
    const offsets: number[] = [];
    let pending: { at: number | undefined } | undefined;
    for (let index = 0; index < piece.text.length; index++) {
      const char = piece.text[index]!;
      if (/\s/.test(char)) {
        if (text && pending === undefined) pending = { at: piece.offsets[index] };
        continue;
      }
      if (pending !== undefined) {
        text += ' ';
        offsets.push(pending.at!);
        pending = undefined;
      }
      text += char;
      offsets.push(piece.offsets[index]!);
    }
    offsets.push(text.length ? offsets[offsets.length - 1]! + 1 : (piece.offsets[0] ?? 0));
    return { text, offsets };
  }

  test('collapses as the character-at-a-time version did, offsets and all, on 20,000 seeded strings', () => {
    for (const [index, text] of strings(12, 20000).entries()) {
      const piece = rawPiece(`${'x'.repeat(index % 7)}${text}`, index % 7, (index % 7) + text.length);
      const collapsed = collapsePiece(piece);
      expect({ text: collapsed.text, offsets: Array.from(collapsed.offsets) }, JSON.stringify(text)).toEqual(reference(piece));
    }
  });
});
