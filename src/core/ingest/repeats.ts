// Repeated paragraphs, as scrapers print them (the same words, or nearly), found without comparing every
// pair of blocks.
import { alternatives } from '../lexicon/alternatives.ts';
import type { CleanBlock, RemovedLine } from './clean.ts';

/**
 * Keeps the first of repeated blocks: the same words, whatever the spacing, case or quote style, or
 * nearly the same (a long paragraph differing by a word or two, as scrapers repeat them).
 *
 * Each block is compared only with the earlier blocks that could repeat it, found through indexes
 * (the same words; the same first eleven words; an earlier block holding its rarest word; an earlier
 * block sharing one of its rarest words, of which a near copy must share one), never with every
 * earlier block, and with at most the latest `maxCompared` of each: a file of tens of thousands of
 * paragraphs takes time in proportion to its size.
 */
export function dropRepeated(kept: CleanBlock[], repeated: RemovedLine[]): CleanBlock[] {
  interface Seen {
    key: string;
    /** Its distinct words, as numbers (their place in `vocabulary`), in ascending order. */
    words: Int32Array;
    numbers: string;
  }
  const keyOf = (block: CleanBlock) =>
    block.text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const keys = kept.map(keyOf);
  // Words as numbers, and how many blocks hold each: the rarest words of a block are the ones to look it up by.
  const vocabulary = new Map<string, number>();
  const wordsOf = keys.map((key) => {
    const ids = new Set<number>();
    for (const word of key.split(' ')) {
      let id = vocabulary.get(word);
      if (id === undefined) vocabulary.set(word, (id = vocabulary.size));
      ids.add(id);
    }
    return Int32Array.from(ids).sort();
  });
  const frequency = new Int32Array(vocabulary.size);
  for (const words of wordsOf) for (const id of words) frequency[id]!++;
  const rarestFirst = (words: Int32Array) => Array.from(words).sort((a, b) => frequency[a]! - frequency[b]! || a - b);

  const seenKeys = new Set<string>();
  const byHead = new Map<string, Seen[]>();
  const byWord = new Map<number, Seen[]>();
  const byRareWord = new Map<number, Seen[]>();
  const file = <K, T>(index: Map<K, T[]>, key: K, value: T) => {
    const list = index.get(key);
    if (list) list.push(value);
    else index.set(key, [value]);
  };
  // Eleven words: a truncated copy of twelve words or more may end inside its twelfth ("…the council vo").
  const head = (key: string) => key.split(' ', 11).join(' ');
  // A copy stands near what it copies: of the earlier blocks an index gives, the latest few hundred are
  // compared (all of them in any article; in a file of thousands of paragraphs opening alike, not all).
  const recent = (list: Seen[] | undefined) =>
    list === undefined ? [] : list.length <= maxCompared ? list : list.slice(-maxCompared);

  const blocks: CleanBlock[] = [];
  kept.forEach((block, index) => {
    const key = keys[index]!;
    const words = wordsOf[index]!;
    const size = words.length;
    const numbers = numbersOf(key);
    const rare = rarestFirst(words);
    // Near-exact: a truncated copy, or a word or two changed — never a number, which would change the fact.
    const same =
      seenKeys.has(key) ||
      // A pull quote: a few words of a paragraph above, set again in large type.
      (block.type === 'paragraph' &&
        size >= 4 &&
        size <= 30 &&
        recent(byWord.get(rare[0]!)).some((other) => ` ${other.key} `.includes(` ${key} `))) ||
      // A truncated copy: one is the other's start (both of twelve words or more, so they share their first eleven;
      // a short block, a heading, that a paragraph happens to start with is no copy of it).
      (size >= 12 &&
        recent(byHead.get(head(key))).some(
          (other) => other.words.length >= 12 && (other.key.startsWith(key) || key.startsWith(other.key)),
        )) ||
      // Nine words in ten the same: two such blocks share one of the few rarest words of each.
      (size >= 12 &&
        rare
          .slice(0, prefixLength(size))
          .some((word) =>
            recent(byRareWord.get(word)).some(
              (other) => numbers === other.numbers && similarity(words, other.words) >= 0.9,
            ),
          ));
    if (same && (block.type !== 'heading' || size >= 4)) {
      repeated.push({ text: block.text, rule: 'repeated', rawStart: block.rawOffsets?.[0] ?? null });
      return;
    }
    const seen: Seen = { key, words, numbers };
    seenKeys.add(key);
    file(byHead, head(key), seen);
    for (const word of words) file(byWord, word, seen);
    // Eleven: a block of eleven words can be nine tenths the same as one of twelve.
    if (size >= 11) for (const word of rare.slice(0, prefixLength(size))) file(byRareWord, word, seen);
    blocks.push(block);
  });
  return blocks;
}

/** The most earlier blocks one index gives that a block is compared with. */
const maxCompared = 300;

/**
 * How many of a block's rarest words two blocks of Jaccard similarity 0.9 or more must share one of
 * (prefix filtering): with n words, at most n - ⌈0.9 n⌉ of them can be missing from the other block.
 */
function prefixLength(size: number): number {
  return size - Math.ceil(0.9 * size - 1e-9) + 1;
}

const numberWords = alternatives(
  'one two three four five six seven eight nine ten eleven twelve ' +
    'twenty thirty forty fifty hundred thousand million billion',
);
const numberPattern = new RegExp(String.raw`\b(\d+|${numberWords})\b`, 'g');

function numbersOf(key: string): string {
  return (key.match(numberPattern) ?? []).join(' ');
}

/** Jaccard similarity of two sets of words given as ascending numbers. */
function similarity(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}
