// Numbers a checker can compare, found in plain text: "more than a million mainly Uygur detainees",
// "up to 2 million people", "between 1 and 3 million", "10%", "$5 billion". Each becomes its
// bounds (null = open), a unit (the counted noun as written, or percent/a currency) and the counted
// phrase. Years, dates, times, ordinals and numbered labels ("Article 5") are not quantities.
// Bounds are read as written: "more than N" is exclusive, "at least N" inclusive (see `qualifiers` in
// lexicon/quantity-words.ts).
import { monthWords } from './lexicon/calendar.ts';
import {
  currencies,
  currencyPrefixes,
  irregularPlurals,
  labels,
  lookup,
  phraseStops,
  qualifiers,
  scales,
  smallNumbers,
  suffixScales,
  vaguePlurals,
  yearContext,
  type Bound,
} from './lexicon/quantity-words.ts';
import { approximateSlack, type FoundQuantity } from './schema.ts';

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'symbol';
}

const tokenPattern = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\p{L}+(?:['’-]\p{L}+)*|\S/gu;

function tokenize(text: string): Token[] {
  return [...text.matchAll(tokenPattern)].map((match) => {
    const word = match[0];
    return {
      text: word,
      lower: word.toLowerCase(),
      start: match.index,
      end: match.index + word.length,
      kind: /^\d/.test(word) ? 'number' : /^\p{L}/u.test(word) ? 'word' : 'symbol',
    };
  });
}

/** A bound a marker can state: finite, not negative, and written with digits only (1e21 and 1e-7 are not). */
const writable = (value: number | null) =>
  value === null || (Number.isFinite(value) && value >= 0 && /^\d+(?:\.\d+)?$/.test(String(value)));

interface NumberPhrase {
  min: number;
  max: number;
  /** Index of the phrase's first and last tokens. */
  first: number;
  last: number;
  /** A scale word or suffix ("million", "m") was part of it: "2 million" is never a year or a label. */
  scaled: boolean;
  /** "hundreds of": a vague count whose "of" is already consumed. */
  vague: boolean;
  unit?: string;
}

const round = (value: number) => Number(value.toPrecision(12));
const isWord = (token: Token | undefined, ...words: string[]) => token !== undefined && words.includes(token.lower);
const adjacent = (a: Token | undefined, b: Token | undefined) =>
  a !== undefined && b !== undefined && a.end === b.start;

/** Spelled-out numbers: "two million", "twenty-two", "a dozen", "one hundred and twenty". */
function parseWords(tokens: Token[], at: number): NumberPhrase | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  let scaled = false;
  let index = at;
  const first = tokens[at];
  if (isWord(first, 'a', 'an') && lookup(scales, tokens[at + 1]?.lower) !== undefined) {
    current = 1;
    index++;
  }
  let last = index - 1;
  for (; index < tokens.length; index++) {
    const token = tokens[index]!;
    const parts = token.kind === 'word' ? token.lower.split('-') : [];
    if (
      parts.length === 0 ||
      !parts.every((part) => lookup(smallNumbers, part) !== undefined || lookup(scales, part) !== undefined)
    ) {
      // "one hundred and twenty": "and" joins only when a number follows it.
      if (
        isWord(token, 'and') &&
        seen &&
        current >= 100 &&
        lookup(smallNumbers, tokens[index + 1]?.lower.split('-')[0]) !== undefined
      )
        continue;
      break;
    }
    for (const part of parts) {
      const small = lookup(smallNumbers, part);
      if (small !== undefined) current += small;
      else if (part === 'hundred' || part === 'dozen') current = (current || 1) * scales[part]!;
      else {
        total += (current || 1) * lookup(scales, part)!;
        current = 0;
        scaled = true;
      }
    }
    seen = true;
    last = index;
  }
  if (!seen) return undefined;
  const value = total + current;
  // "one source", "a man": a lone one or a is an article, not a count.
  if (value === 1 && last === at) return undefined;
  return { min: value, max: value, first: at, last, scaled, vague: false };
}

/** Digits with an optional currency before and scale after: "1,000,000", "1.5m", "$5 billion", "US$2bn". */
function parseDigits(tokens: Token[], at: number): NumberPhrase | undefined {
  let index = at;
  let unit: string | undefined;
  const token = tokens[index];
  if (token && token.kind === 'symbol' && lookup(currencies, token.text)) {
    const before = tokens[index - 1];
    unit =
      (before && adjacent(before, token) ? lookup(currencyPrefixes, before.lower) : undefined) ??
      lookup(currencies, token.text);
    index++;
  }
  const digits = tokens[index];
  if (!digits || digits.kind !== 'number' || (unit && !adjacent(tokens[index - 1], digits))) return undefined;
  let value = Number(digits.text.replace(/,/g, ''));
  let last = index;
  let scaled = false;
  const next = tokens[index + 1];
  if (next && adjacent(digits, next) && lookup(suffixScales, next.lower) !== undefined) {
    value *= lookup(suffixScales, next.lower)!;
    last = index + 1;
    scaled = true;
  } else if (next && next.kind === 'word' && lookup(scales, next.lower) && next.lower !== 'dozen') {
    value *= lookup(scales, next.lower)!;
    last = index + 1;
    scaled = true;
  }
  const first =
    unit && lookup(currencyPrefixes, tokens[at - 1]?.lower) && adjacent(tokens[at - 1], tokens[at]) ? at - 1 : at;
  return { min: round(value), max: round(value), first, last, scaled, vague: false, ...(unit ? { unit } : {}) };
}

/** "hundreds of", "tens of thousands of", "dozens of": [2, 10) times the unit. */
function parseVague(tokens: Token[], at: number): NumberPhrase | undefined {
  const token = tokens[at];
  if (!token || lookup(vaguePlurals, token.lower) === undefined) return undefined;
  let unitSize = lookup(vaguePlurals, token.lower)!;
  let last = at;
  const inner = tokens[at + 2];
  if (
    isWord(tokens[at + 1], 'of') &&
    inner &&
    lookup(vaguePlurals, inner.lower) !== undefined &&
    inner.lower !== 'dozens' &&
    inner.lower !== 'tens'
  ) {
    unitSize *= lookup(vaguePlurals, inner.lower)!;
    last = at + 2;
  }
  if (isWord(tokens[last + 1], 'of')) last++;
  if (token.lower === 'tens' && last === at) return undefined;
  return { min: 2 * unitSize, max: 10 * unitSize - 1, first: at, last, scaled: true, vague: true };
}

function parseNumber(tokens: Token[], at: number): NumberPhrase | undefined {
  return parseDigits(tokens, at) ?? parseVague(tokens, at) ?? parseWords(tokens, at);
}

/** A range's first number takes the second's scale: "between 1 and 3 million" is 1–3 million. */
function joinRange(low: NumberPhrase, high: NumberPhrase, tokens: Token[]): NumberPhrase | undefined {
  let min = low.min;
  if (!low.scaled && high.scaled) {
    const scale = lookup(scales, tokens[high.last]!.lower) ?? lookup(suffixScales, tokens[high.last]!.lower) ?? 1;
    if (min * scale <= high.max) min = round(min * scale);
  }
  if (min > high.max) return undefined;
  return {
    min,
    max: high.max,
    first: low.first,
    last: high.last,
    scaled: low.scaled || high.scaled,
    vague: false,
    unit: high.unit ?? low.unit,
  };
}

function parseRange(tokens: Token[], at: number): NumberPhrase | undefined {
  const opener = tokens[at];
  if (isWord(opener, 'between', 'from')) {
    const low = parseNumber(tokens, at + 1);
    if (low && isWord(tokens[low.last + 1], opener!.lower === 'between' ? 'and' : 'to')) {
      const high = parseNumber(tokens, low.last + 2);
      const range = high && joinRange(low, high, tokens);
      if (range) return { ...range, first: at };
    }
  }
  const low = parseNumber(tokens, at);
  if (!low || low.vague) return low;
  const joiner = tokens[low.last + 1];
  if (joiner && (isWord(joiner, 'to', 'or') || joiner.text === '-' || joiner.text === '–')) {
    const high = parseNumber(tokens, low.last + 2);
    const range = high && !high.vague ? joinRange(low, high, tokens) : undefined;
    if (range) return range;
  }
  return low;
}

function qualifierBefore(tokens: Token[], at: number): { bound: Bound; first: number } | undefined {
  for (const [words, bound] of qualifiers) {
    const first = at - words.length;
    if (first >= 0 && words.every((word, offset) => tokens[first + offset]!.lower === word)) return { bound, first };
  }
  return undefined;
}

const looksPlural = (token: Token) =>
  irregularPlurals.has(token.lower) ||
  (/^\p{L}[\p{L}'’-]*s$/u.test(token.text) && !/(ss|us|is)$/.test(token.lower) && token.lower.length > 2);

/**
 * The counted noun phrase after a number. A count above one ends at its first plural noun ("mainly
 * Uygur detainees", "European countries"), which keeps verbs out ("22 nations urged…"); otherwise
 * ("10% of the population") it runs to the first function word.
 */
function countedAfter(tokens: Token[], at: number, plural: boolean): Token[] {
  const words: Token[] = [];
  for (let index = at; index < tokens.length && words.length < 6; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word' || phraseStops.has(token.lower)) break;
    words.push(token);
    if (plural && looksPlural(token)) return words;
  }
  return plural ? [] : words.slice(0, 4);
}

/** A number that is not a count: a year, a date, a time, an ordinal, a decade or a label. */
function isNotACount(tokens: Token[], phrase: NumberPhrase, counted: boolean): boolean {
  const token = tokens[phrase.first]!;
  if (phrase.scaled || phrase.first !== phrase.last || token.kind !== 'number') return false;
  const before = tokens[phrase.first - 1];
  const after = tokens[phrase.first + 1];
  // "21st", "1990s", "10:30", "3pm", "COVID-19", "2019-20", "5.30 p.m."
  if (
    adjacent(token, after) &&
    (after!.kind === 'word' || after!.text === ':' || after!.text === '-' || after!.text === '/')
  )
    return true;
  if (
    adjacent(before, token) &&
    (before!.text === ':' || before!.text === '-' || before!.text === '/' || before!.kind === 'word')
  )
    return true;
  if (isWord(after, 'am', 'pm', 'a.m', 'p.m', "o'clock", 'gmt', 'utc', 'bst', 'est')) return true;
  if (isWord(after, 'p', 'a') && tokens[phrase.first + 2]?.text === '.') return true;
  if (before && (monthWords.has(before.lower) || labels.has(before.lower) || before.text === '#')) return true;
  if (after && monthWords.has(after.lower)) return true;
  if (isWord(after, 'of') && tokens[phrase.first + 2] && monthWords.has(tokens[phrase.first + 2]!.lower)) return true;
  const value = Number(token.text);
  if (/^\d{4}$/.test(token.text) && value >= 1800 && value <= 2100)
    return !counted || (before !== undefined && yearContext.has(before.lower));
  return false;
}

/** Every quantity in `text`, in reading order, with UTF-16 offsets. */
export function findQuantities(text: string): FoundQuantity[] {
  const tokens = tokenize(text);
  const found: FoundQuantity[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const phrase = parseRange(tokens, at);
    // "9999…9 people" (past what a number holds), "hundred hundred … hundred": no bound a marker can write.
    if (!phrase || !writable(phrase.min) || !writable(phrase.max)) continue;
    const qualifier = phrase.min === phrase.max ? qualifierBefore(tokens, phrase.first) : undefined;
    let next = phrase.last + 1;
    let unit = phrase.unit;
    // "10%", "10 per cent", "10 percent", "10 percentage points"
    if (tokens[next]?.text === '%') {
      unit = 'percent';
      next++;
    } else if (isWord(tokens[next], 'per') && isWord(tokens[next + 1], 'cent')) {
      unit = 'percent';
      next += 2;
    } else if (isWord(tokens[next], 'percent', 'percentage')) {
      unit = 'percent';
      next += isWord(tokens[next + 1], 'points') ? 2 : 1;
    }
    let phraseStart = next;
    // "10% of the population", "$5 billion in aid", "a million of the detainees"
    if (isWord(tokens[next], 'of', 'in', 'for') && (unit || isWord(tokens[next], 'of'))) phraseStart++;
    while (isWord(tokens[phraseStart], 'the', 'its', 'their', 'his', 'her', 'our', 'all')) phraseStart++;
    // "a 22-nation letter", "a 10-year sentence": the count is written into a compound.
    const hyphen = tokens[next];
    const compound =
      unit === undefined &&
      hyphen?.text === '-' &&
      adjacent(tokens[next - 1], hyphen) &&
      adjacent(hyphen, tokens[next + 1]) &&
      tokens[next + 1]!.kind === 'word';
    if (compound) phraseStart = next + 1;
    const words = compound
      ? [tokens[next + 1]!]
      : countedAfter(tokens, phraseStart, phrase.max !== 1 && unit === undefined);
    if (!compound && isNotACount(tokens, phrase, words.length > 0)) continue;
    // A bare number with nothing counted and nothing qualifying it ("page 3", "in 12 of them") is not checkable.
    if (!words.length && !unit && !qualifier && !phrase.scaled && phrase.min === phrase.max) continue;
    const counted = words.map((word) => word.text).join(' ');
    const head = words.at(-1)?.text ?? '';
    const bound = qualifier?.bound;
    const first = tokens[qualifier?.first ?? phrase.first]!;
    const lastIndex = words.length ? phraseStart + words.length - 1 : next - 1;
    const lastToken = tokens[lastIndex]!;
    const about = bound === 'about' ? phrase.min : null;
    found.push({
      text: text.slice(first.start, lastToken.end),
      start: first.start,
      end: lastToken.end,
      min: bound === 'max' || bound === 'under' ? null : about !== null ? about - about * approximateSlack : phrase.min,
      max: bound === 'min' || bound === 'over' ? null : about !== null ? about + about * approximateSlack : phrase.max,
      minExclusive: bound === 'over',
      maxExclusive: bound === 'under',
      about,
      unit: unit ?? head,
      counted,
    });
    at = Math.max(at, lastIndex);
  }
  return found;
}
