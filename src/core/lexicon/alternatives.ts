// Regular expressions built from word lists: the list reads as words, one space apart, and the
// pattern is the same alternation a hand-written `a|b|c` would be.

/** The words, separated by spaces, as alternatives of a regular expression: "said says" -> "said|says". */
export const alternatives = (words: string): string => words.trim().split(/\s+/).join('|');
