// Words that make, bound and label a count, for quantities.ts: number words and scales, currencies, the
// qualifiers before a number ("more than", "up to"), the words that make a number a year or a label, and
// the plurals and function words that end the counted phrase.
import { monthWords } from './calendar.ts';

export const smallNumbers: Record<string, number> = {
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
export const scales: Record<string, number> = {
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
/** Abbreviated multipliers written after digits: "1.5m", "2bn", "10k". */
export const suffixScales: Record<string, number> = {
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
export const vaguePlurals: Record<string, number> = {
  dozens: 12,
  tens: 10,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};
export const currencies: Record<string, string> = { $: 'dollars', '£': 'pounds', '€': 'euros' };
export const currencyPrefixes: Record<string, string> = {
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
export function lookup<T>(table: Record<string, T>, key: string | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * Qualifiers before a number, longest first, as the words bound it: "more than N" excludes N (over),
 * "at least N" includes it (min); "up to N" includes N (max), "fewer than N" excludes it (under);
 * "about N" is N ± 10% (about); "an estimated N" is N, with its hedge left to the claim model.
 */
export type Bound = 'min' | 'over' | 'max' | 'under' | 'about' | 'exact';
export const qualifiers: [string[], Bound][] = (
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
export const yearContext = new Set([
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
export const labels = new Set([
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
export const irregularPlurals = new Set([
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
export const phraseStops = new Set(
  (
    'a an the this that these those who whom whose which what when where why how and or but nor so yet for ' +
    'of in on at to from by with without into onto over under about against between among through during ' +
    'before after above below since until than as is are was were be been being am has have had do does ' +
    'did will would shall should can could may might must not no its their his her our your my it they ' +
    'them he she we you i there here also only just even still each every all both either neither such per ' +
    'while whereas because if though although'
  ).split(' '),
);
