// Scraped article text -> clean blocks (paragraphs, list items, captions, headings), each mapped back to
// the raw file. Page clutter is recognised by its form (what a share button, an audio player, a reading
// time or a cookie banner looks like on any outlet), not by any one page's strings.
import { bullet, cleanRules } from './clean-rules.ts';
import { Cleaning, type CleanTraceLine } from './clean-state.ts';
import { tableRule } from './clutter.ts';
import { dropRepeated } from './repeats.ts';
import { rawPiece, wordCount, type Offsets, type Piece } from './text.ts';

export type BlockType = 'paragraph' | 'list-item' | 'caption' | 'heading';

export interface CleanBlock {
  type: BlockType;
  text: string;
  /** The credit a caption gives ("AP", "Jane Doe/Reuters"); null for other blocks or when none is given. */
  credit: string | null;
  /** For each UTF-16 index of `text` and one past its end, the UTF-16 index in the raw text; null when unknown. */
  rawOffsets: Offsets | null;
}

/** One line of a text file, or one element of an HTML article: what the rules below classify. */
export interface Unit extends Piece {
  /** What the source's markup says it is (HTML); text lines have no hint. */
  hint?: BlockType;
  /** Whether a blank line (or a block boundary) precedes it. */
  blankBefore: boolean;
  /** Whether `offsets` point into the raw file (false when an HTML block could not be found in it). */
  located: boolean;
}

export interface RemovedLine {
  text: string;
  /** Which rule removed it: "advertisement", "share-prompt", "player-control"… */
  rule: string;
  /** UTF-16 index of the line in the raw text, or null when unknown. */
  rawStart: number | null;
}

export interface CleanResult {
  blocks: CleanBlock[];
  /** The headline when the text states one before the article, else null. */
  title: string | null;
  /** Authors from a byline, as written (with fused words repaired); [] when none is stated. */
  authors: string[];
  /** YYYY-MM-DD when a dateline states a full date; null otherwise (relative times state none). */
  date: string | null;
  /** Names the page gives itself ("Why you can trust X", "© 2019 X"), to find the publisher by. */
  publisherNames: string[];
  /** The same names, each with the kind of line that states it. */
  publisherLines: { name: string; from: 'trust badge' | 'copyright line' }[];
  clutter: RemovedLine[];
  repeated: RemovedLine[];
  repaired: { from: string; to: string }[];
}

/** Cleans a plain-text scrape; `trace`, when given, gets the rule that decided each line. */
export function cleanText(raw: string, trace?: CleanTraceLine[]): CleanResult {
  return cleanUnits(textUnits(raw), trace);
}

/** Non-blank lines, trimmed; hard-wrapped lines of one paragraph are joined. */
function textUnits(raw: string): Unit[] {
  const lines: Unit[] = [];
  let blankBefore = true;
  for (const match of raw.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    if (match[0] === '') break;
    const content = match[0].replace(/[\r\n]+$/, '');
    const lead = content.length - content.trimStart().length;
    const text = content.trim();
    if (!text) {
      blankBefore = true;
      continue;
    }
    const start = match.index + lead;
    lines.push({ ...rawPiece(raw, start, start + text.length), blankBefore, located: true });
    blankBefore = false;
  }
  const width = wrapWidth(lines);
  const units: Unit[] = [];
  // The paragraph being joined: a hard-wrapped paragraph is the raw text from its first line's start to
  // its last line's end (the line breaks between read as spaces), so it is cut from the raw text once.
  let open: { unit: Unit; start: number; end: number; length: number; words: number; last: string } | undefined;
  const close = () => {
    if (!open) return;
    const whole = open.end === open.unit.offsets[open.unit.text.length];
    units.push(whole ? open.unit : { ...open.unit, ...rawPiece(raw, open.start, open.end) });
    open = undefined;
  };
  for (const line of lines) {
    const start = line.offsets[0]!;
    const end = line.offsets[line.text.length]!;
    if (open && !line.blankBefore && continuesLine(open, line.text, width)) {
      open.length += start - open.end + line.text.length;
      open.end = end;
      open.words += wordCount(line.text);
      open.last = line.text;
    } else {
      close();
      open = { unit: line, start, end, length: line.text.length, words: wordCount(line.text), last: line.text };
    }
  }
  close();
  return units;
}

/** The width a file is wrapped at (most long lines end near the same column), or 0 when it is not. */
function wrapWidth(lines: Unit[]): number {
  const long = lines.filter((line) => line.text.length >= 40).map((line) => line.text.length);
  if (long.length < 4) return 0;
  // (A reduce, not Math.max(...long): a file of many lines would overflow the arguments a call takes.)
  const width = long.reduce((widest, length) => Math.max(widest, length), 0);
  return width <= 100 && long.filter((length) => length >= width - 25).length / long.length >= 0.6 ? width : 0;
}

/**
 * Whether `next` goes on the paragraph being joined: a line broken at the wrap width, or mid-sentence.
 * The paragraph is given by its length, its word count and its last line, which is where it ends.
 */
function continuesLine(
  previous: { length: number; words: number; last: string },
  next: string,
  width: number,
): boolean {
  // A list item, or a table's row or rule line, starts its own line.
  if (bullet.test(next) || /^\|/.test(next) || /^\|.*\|$/.test(previous.last) || tableRule.test(next)) return false;
  const filled = width > 0 && previous.length >= width - 25;
  if (/[.!?:]["”’)]?$/.test(previous.last)) return filled && /^\p{Ll}/u.test(next);
  if (previous.words >= 8 && /^\p{Ll}/u.test(next)) return true;
  return filled;
}

/**
 * Classifies every unit, keeping the article and removing the rest, by the rules of clean-rules.ts
 * in their order; then drops paragraphs the page repeats. `trace`, when given, gets each line's rule.
 */
export function cleanUnits(units: Unit[], trace?: CleanTraceLine[]): CleanResult {
  const state = new Cleaning(units, trace);
  units.forEach((unit, index) => {
    const line = state.line(unit, index);
    const decided = cleanRules.find((candidate) => candidate.apply(line, state))!;
    if (!trace) return;
    const { decision, decidedAs } = state;
    const outcome = decision === 'kept' ? decidedAs : decision === 'dropped' ? `dropped: ${decidedAs}` : 'headline';
    trace.push({ text: unit.text, rule: decided.name, outcome, rawStart: unit.located ? unit.offsets[0]! : null });
  });
  const { result } = state;
  result.blocks = dropRepeated(state.kept, result.repeated);
  return result;
}
