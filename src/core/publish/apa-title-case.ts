// Title case as citeproc-js 2.4 writes it (CSL.Output.Formatters.title, en-US): the APA style sets the
// site's name in title case. Each word of two or more letters that is not a small word ("of", "and",
// "the"…) takes a capital, and so do the first word, the last one and a word after : ? or !; a word
// that already holds a capital is left alone, and so are words inside <sc>, <sub>, <sup> and citeproc's
// spans. apa.ts composes the reference; tests/unit/apa.test.ts holds both to citeproc's own output.

// citeproc's small words (CSL.SKIP_WORDS), as it lists them (" thru" and "vs." included).
const smallWords = [
  ...['about', 'above', 'across', 'afore', 'after', 'against', 'al', 'along', 'alongside', 'amid', 'amidst'],
  ...['among', 'amongst', 'anenst', 'apropos', 'apud', 'around', 'as', 'aside', 'astride', 'at', 'athwart'],
  ...['atop', 'barring', 'before', 'behind', 'below', 'beneath', 'beside', 'besides', 'between', 'beyond'],
  ...['but', 'by', 'circa', 'despite', 'down', 'during', 'et', 'except', 'for', 'forenenst', 'from', 'given'],
  ...['in', 'inside', 'into', 'lest', 'like', 'modulo', 'near', 'next', 'notwithstanding', 'of', 'off', 'on'],
  ...['onto', 'out', 'over', 'per', 'plus', 'pro', 'qua', 'sans', 'since', 'than', 'through', ' thru'],
  ...['throughout', 'thruout', 'till', 'to', 'toward', 'towards', 'under', 'underneath', 'until', 'unto'],
  ...['up', 'upon', 'versus', 'vs.', 'v.', 'vs', 'v', 'via', 'vis-à-vis', 'with', 'within', 'without'],
  ...['according to', 'ahead of', 'apart from', 'as for', 'as of', 'as per', 'as regards', 'aside from'],
  ...['back to', 'because of', 'close to', 'due to', 'except for', 'far from', 'inside of', 'instead of'],
  ...['near to', 'next to', 'on to', 'out from', 'out of', 'outside of', 'prior to', 'pursuant to'],
  ...['rather than', 'regardless of', 'such as', 'that of', 'up to', 'where as', 'or', 'yet', 'so', 'for'],
  ...['and', 'nor', 'a', 'an', 'the', 'de', "d'", 'von', 'van', 'c', 'ca'],
];
const smallWord = new RegExp(`(?:(?:[?!:]*\\s+|-|^)(?:${smallWords.join('|')})(?=[!?:]*\\s+|-|$))`);

// What splits a field into runs of words: quotation marks, punctuation, brackets and citeproc's markup.
const tag = new RegExp(
  [
    ...['\u2018', '\u2019', '\u201C', '\u201D', ' "', " '", '"', "'", '[-\u2013\u2014/.,;?!:]', '\\[', '\\]'],
    ...['\\(', '\\)', '<span style="font-variant: small-caps;">', '<span class="no(?:case|decor)">', '</span>'],
    '</?(?:i|sc|b|sub|sup)>',
  ].join('|'),
  'g',
);
const spaces = /[\u00A0\u0020\u2000-\u200B\u205F\u3000]+/g;
// Markup whose words keep their case, with its closer.
const caseKept = new Map([
  ['<span style="font-variant: small-caps;">', '</span>'],
  ['<span class="nocase">', '</span>'],
  ['<span class="nodecor">', '</span>'],
  ['<sc>', '</sc>'],
  ['<sub>', '</sub>'],
  ['<sup>', '</sup>'],
]);
const quoteOpeners = new Map([
  [' "', { opener: " '", closer: '"' }],
  [" '", { opener: ' "', closer: "'" }],
  ['\u2018', { opener: '\u2018', closer: '\u2019' }],
  ['\u201C', { opener: '\u201C', closer: '\u201D' }],
]);

/** Text cut at its tags: strings[i] before tags[i]; a straight single mark before a letter is no tag. */
function splitAt(text: string, pattern: RegExp): { tags: string[]; strings: string[] } {
  const tags = text.match(pattern) ?? [];
  const strings = text.split(pattern);
  for (let index = tags.length - 1; index >= 0; index -= 1) {
    if (tags[index] !== "'" || strings[index + 1] === '') continue;
    strings[index + 1] = tags[index] + strings[index + 1]!;
    tags[index] = '';
  }
  return { tags, strings };
}

function joined({ tags, strings }: { tags: string[]; strings: string[] }): string {
  return strings.map((text, index) => text + (tags[index] ?? '')).join('');
}

/** The word with its first letter a capital; a lone Greek letter stays as it is (a symbol in a title). */
function capitalised(word: string): string {
  const parts = /^(\s*)(.)(.*)/u.exec(word);
  if (!parts || (/^[\u0370-\u03FF]$/.test(parts[2]!) && !parts[3])) return word;
  return parts[1]! + parts[2]!.toUpperCase() + parts[3]!;
}

export function titleCase(value: string): string {
  const text = value
    .replace(/(<span)\s+(class="no(?:case|decor)")[^>]*(>)/g, '$1 $2$3')
    .replace(/(<span)\s+(style="font-variant:)\s*(small-caps);?(")[^>]*(>)/g, '$1 $2 $3;$4$5');
  const { tags, strings } = splitAt(text, tag);
  const original = strings.slice();
  let first = true;
  let afterPunctuation = false;
  let lastWord: { at: number; word: number } | undefined;
  const capitaliseWords = (at: number, followingTag: string | undefined) => {
    const words = splitAt(strings[at]!, spaces);
    if (!strings[at]!.trim()) return;
    words.strings.forEach((word, index) => {
      if (!word) return;
      const lower = word.toLowerCase();
      const capitalise =
        (word.length > 1 && !smallWord.test(lower)) ||
        (index === words.strings.length - 1 && followingTag === '-') ||
        first ||
        afterPunctuation;
      if (capitalise && word === lower) words.strings[index] = capitalised(word);
      afterPunctuation = first = false;
      lastWord = { at, word: index };
    });
    strings[at] = joined(words);
  };
  // A quotation mark that pairs with nothing gives back the letter after it as it was.
  const restore = (at: number) => {
    strings[at + 1] = original[at + 1]!.slice(0, 1) + strings[at + 1]!.slice(1);
  };
  const kept: string[] = [];
  const quotes: { opener: string; closer: string; at?: number }[] = [];
  capitaliseWords(0, tags[0]);
  tags.forEach((tagText, index) => {
    const opening = caseKept.get(tagText);
    if (opening) kept.push(opening);
    else if (kept.length && tagText === kept.at(-1)) kept.pop();
    if (/[!?:]$/.test(tagText)) afterPunctuation = true;
    const words = strings[index + 1]!;
    // citeproc passes the following tag to the first words only (its later call shifts its arguments).
    if (kept.length === 0) capitaliseWords(index + 1, undefined);
    else if (words.trim()) lastWord = undefined;
    const mark = /(^(?:\u2018|\u2019|\u201C|\u201D|"|')|(?: "| ')$)/.exec(tagText)?.[1];
    if (mark !== undefined) {
      const quote = quoteOpeners.get(mark);
      const top = quotes.at(-1);
      if (quote && (!top || mark === top.opener)) quotes.push({ ...quote, at: index });
      else if (quote) {
        quotes.pop();
        // citeproc keeps no position for a quotation opened in place of another.
        quotes.push({ ...quote });
        if (top!.at !== undefined) {
          restore(top!.at);
          lastWord = undefined;
        }
      } else if (top && mark === top.closer) quotes.pop();
      else {
        restore(index);
        lastWord = undefined;
      }
    }
    if (words.trim()) first = afterPunctuation = false;
  });
  for (const { at } of quotes) if (at !== undefined) restore(at);
  if (lastWord) {
    const words = splitAt(strings[lastWord.at]!, spaces);
    const word = words.strings[lastWord.word]!;
    if (word.length > 1 && smallWord.test(word.toLowerCase())) words.strings[lastWord.word] = capitalised(word);
    strings[lastWord.at] = joined(words);
  }
  return joined({ tags, strings });
}
