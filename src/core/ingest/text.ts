// A piece of text that remembers where each of its characters came from in the raw file, so that
// cleaning (trimming, collapsing spaces, cutting off a bullet or a photo credit) never loses the way
// back to the original words.

export interface Piece {
  text: string;
  /** For each UTF-16 index of `text`, and one past its end, the UTF-16 index in the raw text. */
  offsets: number[];
}

/** The raw text from `start` to `end`, as a piece. */
export function rawPiece(raw: string, start: number, end: number): Piece {
  const offsets: number[] = [];
  for (let index = start; index <= end; index++) offsets.push(index);
  return { text: raw.slice(start, end), offsets };
}

export function slicePiece(piece: Piece, from: number, to = piece.text.length): Piece {
  return { text: piece.text.slice(from, to), offsets: piece.offsets.slice(from, to + 1) };
}

/** Runs of whitespace become one space, and the edges are trimmed; a space maps to its run's start. */
export function collapsePiece(piece: Piece): Piece {
  let text = '';
  const offsets: number[] = [];
  // Where the pending space stands in the raw text; a piece without offsets (not located) has none, yet keeps its spaces.
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
  // One past the last kept character.
  const last = text.length ? offsets[offsets.length - 1]! + 1 : (piece.offsets[0] ?? 0);
  offsets.push(last);
  return { text, offsets };
}

/** Counts words: runs of letters or digits. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
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
    if (!(code >= 0xdc00 && code <= 0xdfff && at > 0 && isHighSurrogate(text.charCodeAt(at - 1)))) count++;
  }
  table[text.length] = count;
  return (index) => table[Math.min(index, text.length)]!;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
