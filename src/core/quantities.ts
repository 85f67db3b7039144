// Numbers a checker can compare, found in plain text: "more than a million mainly Uygur detainees",
// "up to 2 million people", "between 1 and 3 million", "10%", "$5 billion". Each becomes its
// bounds (null = open), a unit (the counted noun as written, or percent/a currency) and the counted
// phrase. Years, dates, times, ordinals and numbered labels ("Article 5") are not quantities.
// Bounds are read as written: "more than N" is exclusive, "at least N" inclusive (see `qualifiers`).
import { monthWords } from './lexicon/calendar.ts';
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

const smallNumbers: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const scales: Record<string, number> = {
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
/** Abbreviated multipliers written after digits: "1.5m", "2bn", "10k". */
const suffixScales: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  b: 1e9,
  tn: 1e12,
  trn: 1e12,
};
/** "hundreds of", "tens of thousands of": at least two of the unit, fewer than ten. */
const vaguePlurals: Record<string, number> = {
  dozens: 12,
  tens: 10,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};
const currencies: Record<string, string> = { $: 'dollars', '£': 'pounds', '€': 'euros' };
const currencyPrefixes: Record<string, string> = {
  us: 'US dollars',
  hk: 'Hong Kong dollars',
  a: 'Australian dollars',
  c: 'Canadian dollars',
  nz: 'New Zealand dollars',
};
/**
 * A word's entry in one of the tables above, only when the table itself holds it: a plain `table[word]`
 * also finds what every object inherits, and "the constructor of the bridge" read `constructor` as a
 * number (a function), which made the bounds NaN.
 */
function lookup<T>(table: Record<string, T>, key: string | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
/** A bound a marker can state: finite, not negative, and written with digits only (1e21 and 1e-7 are not). */
const writable = (value: number | null) =>
  value === null || (Number.isFinite(value) && value >= 0 && /^\d+(?:\.\d+)?$/.test(String(value)));

/**
 * Qualifiers before a number, longest first, as the words bound it: "more than N" excludes N (over),
 * "at least N" includes it (min); "up to N" includes N (max), "fewer than N" excludes it (under);
 * "about N" is N ± 10% (about); "an estimated N" is N, with its hedge left to the claim model.
 */
type Bound = 'min' | 'over' | 'max' | 'under' | 'about' | 'exact';
const qualifiers: [string[], Bound][] = (
  [
    ['no fewer than', 'min'],
    ['no less than', 'min'],
    ['not less than', 'min'],
    ['at least', 'min'],
    ['a minimum of', 'min'],
    ['in excess of', 'over'],
    ['more than', 'over'],
    ['greater than', 'over'],
    ['upwards of', 'over'],
    ['well over', 'over'],
    ['over', 'over'],
    ['above', 'over'],
    ['exceeding', 'over'],
    ['no more than', 'max'],
    ['not more than', 'max'],
    ['a maximum of', 'max'],
    ['as many as', 'max'],
    ['as much as', 'max'],
    ['up to', 'max'],
    ['at most', 'max'],
    ['fewer than', 'under'],
    ['less than', 'under'],
    ['just under', 'under'],
    ['under', 'under'],
    ['below', 'under'],
    ['nearly', 'under'],
    ['almost', 'under'],
    ['about', 'about'],
    ['around', 'about'],
    ['some', 'about'],
    ['approximately', 'about'],
    ['roughly', 'about'],
    ['circa', 'about'],
    ['close to', 'about'],
    ['an estimated', 'exact'],
    ['estimated', 'exact'],
    ['an average of', 'exact'],
  ] as [string, Bound][]
)
  .map(([words, bound]): [string[], Bound] => [words.split(' '), bound])
  .sort((a, b) => b[0].length - a[0].length);

/** Words after which a four-digit number is a year: "in 2019", "since 1949", "March 2019". */
const yearContext = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'from',
  'during',
  'before',
  'after',
  'of',
  'early',
  'late',
  'mid',
  'to',
  'through',
  'between',
  'and',
  'year',
  'fiscal',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'the',
  'circa',
  'around',
  ...monthWords,
]);
/** Words that number a thing rather than count it: "Article 5", "Resolution 2231", "No. 3". */
const labels = new Set([
  'article',
  'section',
  'chapter',
  'page',
  'pages',
  'resolution',
  'room',
  'flight',
  'route',
  'no',
  'number',
  'vol',
  'volume',
  'item',
  'paragraph',
  'clause',
  'rule',
  'level',
  'phase',
  'stage',
  'grade',
  'category',
  'type',
  'class',
  'model',
  'version',
  'episode',
  'season',
  'part',
  'act',
  'title',
  'amendment',
  'covid',
  'g',
  'highway',
  'platform',
  'gate',
  'line',
  'step',
  'day',
  'week',
  'table',
  'figure',
  'annex',
]);
const irregularPlurals = new Set([
  'people',
  'children',
  'men',
  'women',
  'police',
  'staff',
  'personnel',
  'cattle',
  'sheep',
  'fish',
  'deer',
  'aircraft',
  'livestock',
  'media',
  'data',
  'feet',
  'teeth',
  'mice',
  'geese',
  'crew',
  'yuan',
  'yen',
  'renminbi',
  'baht',
]);
/** Words a counted phrase stops before: function words and auxiliaries. */
const phraseStops = new Set(
  (
    'a an the this that these those who whom whose which what when where why how and or but nor so yet for ' +
    'of in on at to from by with without into onto over under about against between among through during ' +
    'before after above below since until than as is are was were be been being am has have had do does ' +
    'did will would shall should can could may might must not no its their his her our your my it they ' +
    'them he she we you i there here also only just even still each every all both either neither such per ' +
    'while whereas because if though although'
  ).split(' '),
);

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
