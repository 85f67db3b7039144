// A piece of text that remembers where each of its characters came from in the raw file, so that
// cleaning (trimming, collapsing spaces, cutting off a bullet or a photo credit) never loses the way
// back to the original words.

/**
 * Offsets into the raw text, one per character: a typed array where the ingest makes them (four bytes
 * each, sized exactly: a 10 MB article has ten million of them, twice over while it is cleaned).
 */
export type Offsets = number[] | Uint32Array;

export interface Piece {
  text: string;
  /** For each UTF-16 index of `text`, and one past its end, the UTF-16 index in the raw text. */
  offsets: Offsets;
}

/** The raw text from `start` to `end`, as a piece. */
export function rawPiece(raw: string, start: number, end: number): Piece {
  const offsets = new Uint32Array(end - start + 1);
  for (let index = 0; index < offsets.length; index++) offsets[index] = start + index;
  return { text: raw.slice(start, end), offsets };
}

export function slicePiece(piece: Piece, from: number, to = piece.text.length): Piece {
  return { text: piece.text.slice(from, to), offsets: piece.offsets.slice(from, to + 1) };
}

/** Runs of whitespace become one space, and the edges are trimmed; a space maps to its run's start. */
export function collapsePiece(piece: Piece): Piece {
  // The text is joined from its runs at the end: appending one character at a time builds a string of
  // millions of pieces for a long article before anything reads it.
  const parts: string[] = [];
  // As long as the text and one more at most; written in place.
  const room = new Uint32Array(piece.text.length + 1);
  let length = 0;
  /** Where the current run of non-spaces started in the piece's text, or -1. */
  let run = -1;
  // Where the pending space stands in the raw text; a piece
  // without offsets (not located) has none, yet keeps its spaces.
  let pending: { at: number | undefined } | undefined;
  const { text } = piece;
  for (let index = 0; index < text.length; index++) {
    if (isSpace(text.charCodeAt(index))) {
      if (run !== -1) {
        parts.push(text.slice(run, index));
        run = -1;
      }
      if (length && pending === undefined) pending = { at: piece.offsets[index] };
      continue;
    }
    if (pending !== undefined) {
      parts.push(' ');
      room[length++] = pending.at ?? 0;
      pending = undefined;
    }
    if (run === -1) run = index;
    room[length++] = piece.offsets[index] ?? 0;
  }
  if (run !== -1) parts.push(text.slice(run));
  // One past the last kept character.
  room[length] = length ? room[length - 1]! + 1 : (piece.offsets[0] ?? 0);
  return { text: parts.join(''), offsets: length + 1 === room.length ? room : room.slice(0, length + 1) };
}

/** Whether a UTF-16 unit is whitespace, as /\s/ has it. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Counts words: runs of letters or digits, with an apostrophe and letters after one ("don't", "1990's")
 * the same word (as /[\p{L}\p{N}]+(?:['’]\p{L}+)*\/gu counts them). Read in one pass without
 * building the words; the cleaner asks for the same line's count many times, so the last is kept.
 */
export function wordCount(text: string): number {
  if (text === lastCounted.text) return lastCounted.count;
  let count = 0;
  let index = 0;
  while (index < text.length) {
    if (!isWordChar(text, index, true)) {
      index += charLength(text, index);
      continue;
    }
    count++;
    while (index < text.length && isWordChar(text, index, true)) index += charLength(text, index);
    // "'t", "'s": an apostrophe and letters (not digits) go on the same word.
    while (
      (text[index] === "'" || text[index] === '’') &&
      index + 1 < text.length &&
      isWordChar(text, index + 1, false)
    ) {
      index++;
      while (index < text.length && isWordChar(text, index, false)) index += charLength(text, index);
    }
  }
  lastCounted.text = text;
  lastCounted.count = count;
  return count;
}

const lastCounted = { text: '', count: 0 };
const letter = /\p{L}/u;
const letterOrDigit = /[\p{L}\p{N}]/u;

/** The UTF-16 length of the character at `index`: 2 for a surrogate pair. */
function charLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00
    ? 2
    : 1;
}

/**
 * Whether the character at `index` is a letter (or, with `digits`, a
 * letter or a digit). ASCII is decided without a regular expression.
 */
function isWordChar(text: string, index: number, digits: boolean): boolean {
  const code = text.charCodeAt(index);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (digits && code >= 48 && code <= 57);
  const char = text.slice(index, index + charLength(text, index));
  return (digits ? letterOrDigit : letter).test(char);
}

/**
 * UTF-16 indexes in `text` -> Unicode code point indexes (what W3C selectors and the ledger count).
 * Without astral characters the two are the same; otherwise a table is built once.
 */
export function codePointIndexer(text: string): (index: number) => number {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (index) => index;
  const table = new Uint32Array(text.length + 1);
  let count = 0;
  for (let at = 0; at < text.length; at++) {
    table[at] = count;
    const code = text.charCodeAt(at);
    // The first half of a surrogate pair starts a code point; the second half does not.
    if (!(isLowSurrogate(code) && at > 0 && isHighSurrogate(text.charCodeAt(at - 1)))) count++;
  }
  table[text.length] = count;
  return (index) => table[Math.min(index, text.length)]!;
}

/** Unicode code point indexes in `text` -> UTF-16 indexes: codePointIndexer the other way. */
export function unitIndexer(text: string): (codePoint: number) => number {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (codePoint) => Math.max(0, Math.min(codePoint, text.length));
  const table = new Uint32Array(text.length + 1);
  let count = 0;
  for (let at = 0; at < text.length; at++) {
    const secondHalf = at > 0 && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1));
    if (!secondHalf) table[count++] = at;
  }
  table[count] = text.length;
  return (codePoint) => table[Math.max(0, Math.min(codePoint, count))]!;
}

/** The first index at which `offsets` (which never decrease) reach `offset`. */
export function firstAtOrAfter(offsets: ArrayLike<number>, offset: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The end of a sentence: a full stop, question or exclamation mark or ellipsis, then any closing quotes or brackets.
 */
export const terminal = /[.!?…]["”’)\]]*$/u;
