// The text helpers the cleaner runs on every line: counting words and collapsing spaces read a line in
// one pass, and give what the regular expressions they replace gave (seeded random strings over the
// characters that matter: letters, digits, apostrophes, every kind of space, astral characters).
import { describe, expect, test } from 'vitest';
import {
  codePointIndexer,
  collapsePiece,
  firstAtOrAfter,
  rawPiece,
  unitIndexer,
  wordCount,
} from '../../src/core/ingest/text.ts';
import { prng } from '../../scripts/lib/prng.ts';

const alphabet = [
  'a',
  'Z',
  'é',
  '9',
  '٣',
  'ⅻ',
  "'",
  '’',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  '\u2003',
  '\u3000',
  '\ufeff',
  '\u200b',
  '\u0085',
  '-',
  '.',
  '😀',
  '𝐀',
  '\u0301',
  '\ud800',
  'ǅ',
  '_',
];
const strings = (seed: number, count: number) => {
  const random = prng(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: Math.floor(random() * 14) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
  );
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

  test("counts as /[\\p{L}\\p{N}]+(?:['’]\\p{L}+)*/gu does, on 20,000 seeded strings", () => {
    for (const text of strings(11, 20000))
      expect(wordCount(text), JSON.stringify(text)).toBe(text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0);
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
      expect({ text: collapsed.text, offsets: Array.from(collapsed.offsets) }, JSON.stringify(text)).toEqual(
        reference(piece),
      );
    }
  });
});

describe('code points and UTF-16 units', () => {
  // "a😀b🏥": code points a, 😀, b, 🏥 at units 0, 1, 3, 4; six units in all.
  test.each([
    ['ascii', 'abc', [0, 1, 2, 3]],
    ['astral characters', 'a😀b🏥', [0, 1, 3, 4, 6]],
  ])('%s: unitIndexer gives each code point’s unit, and codePointIndexer takes it back', (_, text, units) => {
    const unitOf = unitIndexer(text);
    const codePointOf = codePointIndexer(text);
    units.forEach((unit, codePoint) => {
      expect(unitOf(codePoint)).toBe(unit);
      expect(codePointOf(unit)).toBe(codePoint);
    });
    expect(unitOf(-3)).toBe(0);
    expect(unitOf(99)).toBe(text.length);
  });

  test.each([
    [[0, 0, 3, 3, 7, 9], 0, 0],
    [[0, 0, 3, 3, 7, 9], 1, 2],
    [[0, 0, 3, 3, 7, 9], 3, 2],
    [[0, 0, 3, 3, 7, 9], 8, 5],
    [[0, 0, 3, 3, 7, 9], 9, 5],
  ])('firstAtOrAfter(%j, %i) is %i', (offsets, offset, index) => {
    expect(firstAtOrAfter(offsets, offset)).toBe(index);
  });
});
