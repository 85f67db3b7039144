// A block's text -> its sentences, with offsets. parse-english knows abbreviations ("U.S.", "Mr.",
// initials); on top of it, "No. 10" and "Cllr. Jane Roe" end no sentence, a quotation that spans
// sentences stays one unit when it is closed later in the block, and a quotation mark that is never
// closed (a scraping slip) changes nothing.
import { ParseEnglish } from 'parse-english';
import { toString } from 'nlcst-to-string';

export interface Sentence {
  text: string;
  /** UTF-16 offsets in the block's text. */
  start: number;
  end: number;
}

const parser = new ParseEnglish();

/**
 * A block longer than this is parsed in pieces cut after a sentence's stop (parse-english builds a
 * tree of every word and space: a block of megabytes would take gigabytes at once).
 */
const chunkChars = 20000;

export function splitSentences(text: string): Sentence[] {
  const pieces: Sentence[] = [];
  for (const chunk of chunks(text)) {
    const part = text.slice(chunk.start, chunk.end);
    for (const paragraph of parser.parse(part).children)
      if (paragraph.type === 'ParagraphNode')
        for (const node of paragraph.children)
          if (
            node.type === 'SentenceNode' &&
            node.position?.start.offset !== undefined &&
            node.position.end.offset !== undefined
          )
            pieces.push({
              text: toString(node),
              start: chunk.start + node.position.start.offset,
              end: chunk.start + node.position.end.offset,
            });
  }
  return mergeOpenQuotes(text, joinAbbreviations(text, splitAfterNumbers(text, pieces)));
}

/**
 * The block in pieces of at most about `chunkChars`, each ending
 * after a stop and a space where there is one, else at a space.
 */
function chunks(text: string): { start: number; end: number }[] {
  if (text.length <= chunkChars) return [{ start: 0, end: text.length }];
  const pieces: { start: number; end: number }[] = [];
  let start = 0;
  while (text.length - start > chunkChars) {
    const window = text.slice(start, start + chunkChars);
    const stop = [...window.matchAll(/[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})/gu)].at(-1);
    const space = window.lastIndexOf(' ');
    const end =
      stop && stop.index > chunkChars / 2
        ? start + stop.index + stop[0].length
        : space > chunkChars / 2
          ? start + space + 1
          : start + chunkChars;
    pieces.push({ start, end });
    start = end;
  }
  pieces.push({ start, end: text.length });
  return pieces;
}

/** "No." before a number and a title before a name end no sentence: "raised it with No. 10", "Cllr. Moira Gant". */
const numberAbbreviation = /\b(?:No|Nos|Nr|Art|Fig|Vol|pp?|para|ch)\.$/i;
const titleAbbreviation =
  /(?:^|\s)(?:Cllr|Dr|Gen|Prof|Sen|Rep|Gov|Col|Lt|Capt|Sgt|Rev|Insp|Supt|Adm|Maj|Cpl|Mr|Mrs|Ms)\.$/;

function joinAbbreviations(text: string, pieces: Sentence[]): Sentence[] {
  const joined: Sentence[] = [];
  for (const piece of pieces) {
    const previous = joined.at(-1);
    const next = piece.text.trimStart();
    if (
      previous &&
      ((numberAbbreviation.test(previous.text) && /^\d/.test(next)) ||
        (titleAbbreviation.test(previous.text) && /^\p{Lu}/u.test(next)))
    )
      joined[joined.length - 1] = {
        text: text.slice(previous.start, piece.end),
        start: previous.start,
        end: piece.end,
      };
    else joined.push(piece);
  }
  return joined;
}

/** "on Jan. 5. He left." — a sentence ending in a number is one parse-english keeps whole. */
function splitAfterNumbers(text: string, pieces: Sentence[]): Sentence[] {
  return pieces.flatMap((piece) => {
    const parts: Sentence[] = [];
    let from = piece.start;
    for (const match of piece.text.matchAll(
      /\d[.!?]["”’]?(\s+)(?=(?:He|She|It|They|We|I|The|This|That|But|In|On|A|An)\b)/g,
    )) {
      const end = piece.start + match.index + match[0].length - match[1]!.length;
      parts.push({ text: text.slice(from, end), start: from, end });
      from = piece.start + match.index + match[0].length;
    }
    parts.push({ text: text.slice(from, piece.end), start: from, end: piece.end });
    return parts;
  });
}

/** Joins sentences while a quotation opened in one is closed in a later one of the same block. */
function mergeOpenQuotes(text: string, pieces: Sentence[]): Sentence[] {
  const merged: Sentence[] = [];
  let open: Sentence | undefined;
  // closedAfter[i]: whether a sentence after the i-th closes a quotation (read once, from the end).
  const closedAfter = new Array<boolean>(pieces.length).fill(false);
  for (let index = pieces.length - 2; index >= 0; index--)
    closedAfter[index] = closedAfter[index + 1]! || closesQuote(pieces[index + 1]!.text);
  for (const [index, piece] of pieces.entries()) {
    // A quotation left open far longer than any (a stray mark in a page of text) joins no more sentences.
    const current: Sentence =
      open && piece.end - open.start <= maxQuoteChars
        ? { text: text.slice(open.start, piece.end), start: open.start, end: piece.end }
        : piece;
    if (open && current === piece) merged.push(open);
    const closedLater = closedAfter[index]!;
    if (opensQuote(current.text) && closedLater) open = current;
    else {
      merged.push(current);
      open = undefined;
    }
  }
  if (open) merged.push(open);
  return merged;
}

/** Longer than any quotation spanning sentences: past it, an open quotation mark is a slip. */
const maxQuoteChars = 5000;

/** Whether the text leaves a quotation open: curly quotes by their side, straight ones by their count. */
function opensQuote(text: string): boolean {
  const curly = (text.match(/“/g)?.length ?? 0) - (text.match(/”/g)?.length ?? 0);
  if (curly !== 0) return curly > 0;
  return (text.match(/"/g)?.length ?? 0) % 2 === 1;
}

function closesQuote(text: string): boolean {
  return /”/.test(text) || /"/.test(text);
}
