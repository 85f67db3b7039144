// Where a claim says something happens, as far as its words tell: the capitalised words after "in", "near"
// or "outside" ("a fire destroyed a warehouse in Dunmore"). Two claims of one act in two places are two
// facts, even when no registry entry says that Dunmore and Calbridge are towns (pair-facts.ts compares only
// names it can tell the kind of).
import { monthWords, weekdays } from '../lexicon/calendar.ts';
import { countryOf } from './normalise.ts';
import { isStopword, words, type WordToken } from './words.ts';

// Not "at", which as often names a body as a place ("at the Financial Times", "at Fendale Bank").
const locatives = new Set(['in', 'near', 'outside']);
// "In March", "in Thursday's round": capitalised, but a date (compared by the date rules), not a place.
const isCalendarWord = (word: string) => {
  const bare = word.toLowerCase().replace(/['’]s$/, '');
  return monthWords.has(bare) || weekdays.has(bare);
};
const capitalised = (token: WordToken) => /^\p{Lu}/u.test(token.text);
// A capital's key, a country's capital or demonym as the country ("Britain" and "UK" are one place).
const placeKey = (token: WordToken) => countryOf(token.key) ?? token.key;

/** What a text says of places: those it names after a locative word, and every capitalised word's key. */
export interface PlaceFacts {
  /** Each place as the keys of its capitalised words ("in Grande Cache": grand, cache). */
  places: string[][];
  /** Keys of the text's capitalised words: a place named anywhere in it. */
  capitals: Set<string>;
}

export function placeFacts(text: string): PlaceFacts {
  const tokens = words(text);
  // "Al-Fallujah", "Grande Cache": words joined by a space or a hyphen are one name.
  const joined = (left: WordToken, right: WordToken) => /^(?:\s+|-)$/.test(text.slice(left.end, right.start));
  const places: string[][] = [];
  tokens.forEach((token, index) => {
    if (!locatives.has(token.text.toLowerCase())) return;
    let at = index + 1;
    if (tokens[at]?.text.toLowerCase() === 'the') at++;
    const place: string[] = [];
    for (; at < tokens.length; at++) {
      const word = tokens[at]!;
      if (!capitalised(word) || isCalendarWord(word.text)) break;
      if (place.length && !joined(tokens[at - 1]!, word)) break;
      place.push(placeKey(word));
    }
    // "In the Dunmore plant", "in the European mainstream": a name before a noun says which, not where.
    const next = tokens[at];
    const modifies =
      next !== undefined && !capitalised(next) && !isStopword(next.text) && joined(tokens[at - 1]!, next);
    if (place.length && !modifies) places.push(place);
  });
  return { places, capitals: new Set(tokens.filter(capitalised).map(placeKey)) };
}

/** One word of a place name, or another spelling of it ("Falluja" / "Fallujah", "Qadesiya" / "Qadesiyah"). */
const sameWord = (x: string, y: string) =>
  x === y || (Math.min(x.length, y.length) >= 5 && (x.startsWith(y) || y.startsWith(x)));

/** What two claims' places are compared with: their places, and the capitalised words of their articles. */
export interface Located {
  places: string[][];
  /** Capitalised words of every claim of its article (its own only, for a bare sentence). */
  articleCapitals: ReadonlySet<string>;
}

/**
 * The places of two claims when each names one and neither claim's article names any word of the other's
 * ("in Dunmore" / "in Calbridge"): two places, two facts. An article that names both may hold one in the
 * other ("in Calbridge" / "in Ostrevia"), as may a country and a place the table does not know.
 */
export function differentPlaces(a: Located, b: Located): boolean {
  if (!a.places.length || !b.places.length) return false;
  const namedIn = (key: string, other: ReadonlySet<string>) => {
    if (other.has(key)) return true;
    for (const word of other) if (sameWord(key, word)) return true;
    return false;
  };
  const named = (places: string[][], other: ReadonlySet<string>) =>
    places.some((place) => place.some((key) => namedIn(key, other)));
  if (named(a.places, b.articleCapitals) || named(b.places, a.articleCapitals)) return false;
  const country = (places: string[][]) => places.some((place) => place.some((key) => key.startsWith('country:')));
  return country(a.places) === country(b.places);
}
