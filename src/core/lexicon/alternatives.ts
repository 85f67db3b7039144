// Regular expressions built from word lists: the list reads as words, one space apart, and the
// pattern is the same alternation a hand-written `a|b|c` would be.

/** The words, separated by spaces, as alternatives of a regular expression: "said says" -> "said|says". */
export const alternatives = (words: string): string => words.trim().split(/\s+/).join('|');

/** "editor|reporter" -> "[Ee]ditor|[Rr]eporter": case-blind words in a pattern whose letter classes are not. */
export function anyCase(words: string): string {
  return words.replace(/\b\p{L}/gu, (letter) => `[${letter.toUpperCase()}${letter.toLowerCase()}]`);
}
