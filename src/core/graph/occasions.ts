// What a claim's words say of the occasion and the part its count is of, for the rules that keep two
// occasions apart (relate.ts another-year) and read a part of a whole (quantity-relation.ts): the years it
// dates its act to, whether its count refers back to a whole, and which people nouns name a part of people.
import { words } from './words.ts';

// Not a figure ("some 2000 protesters"), and not a year that bounds a span ("since 2017").
const occasionYear =
  /(?<!\b(?:since|until|till|by|from|before|after|through|to|between|and|some|about|around|nearly|almost|over|roughly|approximately|than|least|most)\s)\b(?:1[89]|20)\d\d\b/giu;
/** An aside that describes a thing the claim names: ", built in 1965,", ", which opened in 2019,". */
const describingAside = /,\s+(?:which|who|whose|built|founded|opened|established|born|\p{Ll}+ed)\b[^,]*,/gu;

/** The years a text dates its act to ("in 2019", "the 2017 election"), outside asides about what it names. */
export const occasionYearsOf = (text: string) =>
  [...text.replace(describingAside, ',').matchAll(occasionYear)].map((match) => match[0]);

// "Last year", "this year" dating the act, outside asides ("police, criticised last year, arrested …").
const relativeYear = /\b(last|this|next)\s+year\b/giu;

/**
 * The years "last year", "this year" and "next year" date a text's act to, counted from the year it was
 * claimed in; null when it says one and that year is unknown.
 */
export function relativeYearsOf(text: string, claimedAt: string | null | undefined): number[] | null {
  const said = [...text.replace(describingAside, ',').matchAll(relativeYear)].map((match) => match[1]!.toLowerCase());
  if (!said.length) return [];
  const year = claimedAt ? Number(claimedAt.slice(0, 4)) : NaN;
  if (Number.isNaN(year)) return null;
  return said.map((word) => year + (word === 'last' ? -1 : word === 'next' ? 1 : 0));
}

/** Nouns that name some of the people counted, by sex or age: a count of them is of a part. */
export const partsOfPeople: ReadonlySet<string> = new Set(
  words('woman women man men child children adult boy girl minor').map((token) => token.key),
);

// A figure that counts some of a whole named before: "1,200 of them", "about 4,100 of whom", "8,270 of them
// received the vaccine", "40 percent of those killed", in its own words (before any ", "); or one after "among
// them" ("among them three children").
const partitiveAfter = /^(?:(?!,\s)[^;])*?\b(?:of|among)\s+(?:them|whom|those|these)\b/iu;
const partitiveBefore = /\b(?:among|including)\s+(?:them|whom|those|these)\s+$/iu;

/**
 * Whether a figure of a text counts some of a whole it refers back to ("1,200 of them are crane drivers"),
 * not the whole itself ("Police detained 400 people, 40 of them minors" counts 400 people).
 */
export function countsPartOfWhole(text: string, figure: { start: number; end: number }): boolean {
  // Within the figure's words or right after them: "400 people and charged 40 of them" counts 400 people.
  const after = partitiveAfter.exec(text.slice(figure.start, figure.end + ' among these'.length));
  return after !== null || partitiveBefore.test(text.slice(0, figure.start));
}
