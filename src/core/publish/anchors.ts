// Where a claim's words stand in its source's text (source-text.ts), as W3C Web Annotation selectors:
// the exact words with a little text either side (TextQuoteSelector) and their position
// (TextPositionSelector), both counted in Unicode code points as the specification asks.
import { excerpt } from '../diagnostics.ts';
import { codePointIndexer, firstAtOrAfter, unitIndexer } from '../ingest/text.ts';
import type { TextAnchor } from '../schema.ts';

/** Code points of context kept either side of the exact words. */
const contextLength = 32;

interface Collapsed {
  /** The text with every run of whitespace made one space: clean text and raw text compare equal. */
  text: string;
  /** For each UTF-16 unit of `text`, the index of the raw code point it came from. */
  rawIndex: Uint32Array;
}

/**
 * In one pass, joined at the end: a string grown a character at a time and asked what it ends with
 * is flattened again on every question, which took minutes on a long saved page.
 */
function collapse(chars: readonly string[]): Collapsed {
  const units: string[] = [];
  // A code point is at most two UTF-16 units.
  const rawIndex = new Uint32Array(chars.length * 2);
  let length = 0;
  let afterSpace = false;
  chars.forEach((char, index) => {
    const space = /\s/u.test(char);
    if (space && afterSpace) return;
    afterSpace = space;
    const unit = space ? ' ' : char;
    units.push(unit);
    for (let i = 0; i < unit.length; i++) rawIndex[length++] = index;
  });
  return { text: units.join(''), rawIndex: rawIndex.slice(0, length) };
}

/** The anchor of code points `start` to `end` of a text given as its code points, with `contextLength` either side. */
function anchorAt(chars: readonly string[], start: number, end: number): TextAnchor {
  return {
    start,
    end,
    exact: chars.slice(start, end).join(''),
    prefix: chars.slice(Math.max(0, start - contextLength), start).join(''),
    suffix: chars.slice(end, end + contextLength).join(''),
  };
}

export interface Anchorable {
  id: string;
  text: string;
  block: number;
}

/**
 * Anchors each claim in the raw text, given as its code points (`Array.from(raw)`). Blocks are found
 * in reading order, so when a scraped page repeats a paragraph, a claim is anchored in the copy the
 * clean text kept (the first after the previous block); claims whose words are not in the raw text
 * are left out of the result.
 */
export function anchorClaims(
  chars: readonly string[],
  blocks: string[],
  claims: Anchorable[],
): Map<string, TextAnchor> {
  const haystack = collapse(chars);
  const blockStarts: (number | undefined)[] = [];
  let cursor = 0;
  for (const block of blocks) {
    const at = haystack.text.indexOf(block.replace(/\s+/g, ' ').trim(), cursor);
    blockStarts.push(at === -1 ? undefined : at);
    if (at !== -1) cursor = at + 1;
  }
  const anchors = new Map<string, TextAnchor>();
  for (const claim of claims) {
    const needle = claim.text.replace(/\s+/g, ' ').trim();
    const from = blockStarts[claim.block] ?? 0;
    let at = haystack.text.indexOf(needle, from);
    if (at === -1) at = haystack.text.indexOf(needle);
    if (at === -1 || needle === '') continue;
    const start = haystack.rawIndex[at]!;
    const end = haystack.rawIndex[at + needle.length - 1]! + 1;
    anchors.set(claim.id, anchorAt(chars, start, end));
  }
  return anchors;
}

/**
 * What the raw text (its code points) holds where the anchor points, when that is not what the anchor
 * recorded. Both sides are quoted short: a ledger entry may point anywhere in the text.
 */
export function anchorMismatch(chars: readonly string[], anchor: TextAnchor): string | undefined {
  const at = (start: number, end: number) => chars.slice(Math.max(0, start), end).join('');
  const found = {
    prefix: at(anchor.start - Array.from(anchor.prefix).length, anchor.start),
    exact: at(anchor.start, anchor.end),
    suffix: at(anchor.end, anchor.end + Array.from(anchor.suffix).length),
  };
  const differs = (['exact', 'prefix', 'suffix'] as const).find((part) => found[part] !== anchor[part]);
  if (!differs) return undefined;
  const place = { exact: '', prefix: ' before the words,', suffix: ' after the words,' }[differs];
  return `“${excerpt(found[differs])}”${place} where “${excerpt(anchor[differs])}” stood`;
}

/** The parts of a TextQuoteSelector: the exact words and the text either side. */
export type Quote = Pick<TextAnchor, 'exact' | 'prefix' | 'suffix'>;

/**
 * For a text, the quote of any passage of it (code points `start` to `end`) that matches there alone:
 * the exact words with `contextLength` code points either side, or where prefix, words and suffix
 * together still occur elsewhere (a repeated paragraph), the fewest more that make them occur once,
 * up to the whole text. An annotation client anchors a TextQuoteSelector wherever all three match.
 */
export function distinctQuotes(text: string): (start: number, end: number) => Quote {
  const unitOf = unitIndexer(text);
  return (start, end) => {
    const around = (context: number) => ({ from: unitOf(start - context), to: unitOf(end + context) });
    const once = (context: number) => {
      const { from, to } = around(context);
      const quoted = text.slice(from, to);
      const whole = from === 0 && to === text.length;
      return whole || (text.indexOf(quoted) === from && text.indexOf(quoted, from + 1) === -1);
    };
    // Doubled until it is enough, then halved back between the last that was not and the first that
    // is: more context never makes a quote match in more places.
    let context = contextLength;
    while (!once(context)) context *= 2;
    for (let notEnough = context / 2; context > contextLength && context - notEnough > 1;) {
      const middle = Math.floor((notEnough + context) / 2);
      if (once(middle)) context = middle;
      else notEnough = middle;
    }
    const { from, to } = around(context);
    const [exactStart, exactEnd] = [unitOf(start), unitOf(end)];
    const exact = text.slice(exactStart, exactEnd);
    return { exact, prefix: text.slice(from, exactStart), suffix: text.slice(exactEnd, to) };
  };
}

/** A text with, for each UTF-16 unit and one past the end, the offset it came from in a raw file. */
interface MappedText {
  text: string;
  offsets: ArrayLike<number>;
}

/**
 * An anchor recorded in one reading of a raw file (`from`), carried to the same stretch of the raw file
 * in another (`to`), with its context taken afresh there; undefined when the words there differ (spaces
 * and line ends aside) or the anchor does not match `from`.
 */
export function carriedAnchor(from: MappedText, to: MappedText, anchor: TextAnchor): TextAnchor | undefined {
  const fromChars = Array.from(from.text);
  if (anchor.end > fromChars.length || anchorMismatch(fromChars, anchor) !== undefined) return undefined;
  const fromUnit = unitIndexer(from.text);
  const rawStart = from.offsets[fromUnit(anchor.start)]!;
  const rawEnd = from.offsets[fromUnit(anchor.end) - 1]! + 1;
  const toCodePoint = codePointIndexer(to.text);
  const start = toCodePoint(firstAtOrAfter(to.offsets, rawStart));
  const end = toCodePoint(firstAtOrAfter(to.offsets, rawEnd));
  const carried = anchorAt(Array.from(to.text), start, end);
  const words = (text: string) => text.replace(/\s+/g, ' ').trim();
  return words(carried.exact) === words(anchor.exact) ? carried : undefined;
}
