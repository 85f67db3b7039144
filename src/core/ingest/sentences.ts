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

export function splitSentences(text: string): Sentence[] {
  const pieces: Sentence[] = [];
  for (const paragraph of parser.parse(text).children)
    if (paragraph.type === 'ParagraphNode')
      for (const node of paragraph.children)
        if (node.type === 'SentenceNode' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined)
          pieces.push({ text: toString(node), start: node.position.start.offset, end: node.position.end.offset });
  return mergeOpenQuotes(text, joinAbbreviations(text, splitAfterNumbers(text, pieces)));
}

/** "No." before a number and a title before a name end no sentence: "raised it with No. 10", "Cllr. Moira Gant". */
const numberAbbreviation = /\b(?:No|Nos|Nr|Art|Fig|Vol|pp?|para|ch)\.$/i;
const titleAbbreviation = /(?:^|\s)(?:Cllr|Dr|Gen|Prof|Sen|Rep|Gov|Col|Lt|Capt|Sgt|Rev|Insp|Supt|Adm|Maj|Cpl|Mr|Mrs|Ms)\.$/;

function joinAbbreviations(text: string, pieces: Sentence[]): Sentence[] {
  const joined: Sentence[] = [];
  for (const piece of pieces) {
    const previous = joined.at(-1);
    const next = piece.text.trimStart();
    if (previous && ((numberAbbreviation.test(previous.text) && /^\d/.test(next)) || (titleAbbreviation.test(previous.text) && /^\p{Lu}/u.test(next))))
      joined[joined.length - 1] = { text: text.slice(previous.start, piece.end), start: previous.start, end: piece.end };
    else joined.push(piece);
  }
  return joined;
}

/** "on Jan. 5. He left." — a sentence ending in a number is one parse-english keeps whole. */
function splitAfterNumbers(text: string, pieces: Sentence[]): Sentence[] {
  return pieces.flatMap((piece) => {
    const parts: Sentence[] = [];
    let from = piece.start;
    for (const match of piece.text.matchAll(/\d[.!?]["”’]?(\s+)(?=(?:He|She|It|They|We|I|The|This|That|But|In|On|A|An)\b)/g)) {
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
  for (const [index, piece] of pieces.entries()) {
    const current: Sentence = open ? { text: text.slice(open.start, piece.end), start: open.start, end: piece.end } : piece;
    const closedLater = pieces.slice(index + 1).some((later) => closesQuote(later.text));
    if (opensQuote(current.text) && closedLater) open = current;
    else {
      merged.push(current);
      open = undefined;
    }
  }
  if (open) merged.push(open);
  return merged;
}

/** Whether the text leaves a quotation open: curly quotes by their side, straight ones by their count. */
function opensQuote(text: string): boolean {
  const curly = (text.match(/“/g)?.length ?? 0) - (text.match(/”/g)?.length ?? 0);
  if (curly !== 0) return curly > 0;
  return (text.match(/"/g)?.length ?? 0) % 2 === 1;
}

function closesQuote(text: string): boolean {
  return /”/.test(text) || /"/.test(text);
}
