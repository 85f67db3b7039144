// The APA 7 reference of a claim page, composed as citeproc-js wrote it with the APA style citation-js
// bundles (text output, en-US), byte for byte: calling citeproc took about 8 ms a claim page, a fifth of
// the build (docs/scaling.md). The record names no author (citation.ts says why), so the title leads:
// "Title. (2026, November 21). Site. URL", or undated "Title. (n.d.). Site. Retrieved URL".
// citeproc reads the title and the site's name as rich text (CSL.Util.FlipFlopper in citeproc 2.4):
// quotation marks, straight or curly, are paired and drawn alternately double and single by depth; an
// apostrophe is drawn curly; the inline markup it knows (<i>, <b>, <sc>, <sup>, <sub>, its spans) is
// left out of text; and the full stop after a field goes inside the quotation marks that close it.
// readRichText repeats its steps, quirks included; tests/unit/apa.test.ts holds this module to citeproc.
import { monthNames } from '../lexicon/calendar.ts';
import { titleCase } from './apa-title-case.ts';
import type { CslItem } from './citation.ts';

/** A field as citeproc reads it: words, and spans (a quotation, or markup that text leaves out). */
type Piece = string | Span;
interface Span {
  marks: 'double' | 'single' | 'none';
  pieces: Piece[];
}

/** How a quotation is drawn: 'outer' as “…”, 'inner' as ‘…’; a quotation inside another takes the other. */
type QuoteLevel = 'outer' | 'inner';
type StraightMark = 'double' | 'single';
interface Opening {
  closer: string;
  kind: 'nocase' | 'markup' | 'curly' | StraightMark;
  /** How a curly quotation outside any other is drawn. */
  level?: QuoteLevel;
}

// citeproc's tags in its own order (the order of its pattern's alternatives), each opener with its closer.
// A straight mark opens after a space or a bracket, and closes anywhere.
const openers = new Map<string, Opening>([
  ['<span class="nocase">', { closer: '</span>', kind: 'nocase' }],
  ['<span class="nodecor">', { closer: '</span>', kind: 'markup' }],
  ['<span style="font-variant:small-caps;">', { closer: '</span>', kind: 'markup' }],
  ['<sc>', { closer: '</sc>', kind: 'markup' }],
  ['<i>', { closer: '</i>', kind: 'markup' }],
  ['<b>', { closer: '</b>', kind: 'markup' }],
  ['<sup>', { closer: '</sup>', kind: 'markup' }],
  ['<sub>', { closer: '</sub>', kind: 'markup' }],
  [' "', { closer: '"', kind: 'double' }],
  [" '", { closer: "'", kind: 'single' }],
  ['("', { closer: '"', kind: 'double' }],
  ["('", { closer: "'", kind: 'single' }],
  ['“', { closer: '”', kind: 'curly', level: 'outer' }],
  ['‘', { closer: '’', kind: 'curly', level: 'inner' }],
]);
const closers = [...new Set([...openers.values()].map((opening) => opening.closer))];
const anyTag = new RegExp(
  `(?:${[...openers.keys(), ...closers].map((tag) => tag.replace('(', '\\(')).join('|')})`,
  'g',
);
const straightMarks = new Set(['"', "'"]);

// Letters of the scripts citeproc treats as "romanesque": a curly apostrophe between two of them is read as
// a straight one, and drawn curly again. The class is citeproc's, joiners (U+200C, U+200D) and all.
const romanesque = [
  '-0-9a-zA-Z\\u0e01-\\u0e5b\\u00c0-\\u017f\\u0370-\\u03ff\\u0400-\\u052f\\u0590-\\u05d4\\u05d6-\\u05ff',
  '\\u1f00-\\u1fff\\u0600-\\u06ff\\u200c\\u200d\\u200e\\u0218\\u0219\\u021a\\u021b\\u202a-\\u202e',
].join('');
// eslint-disable-next-line no-misleading-character-class -- the joiners stand alone in citeproc's class
const apostropheBetweenLetters = new RegExp(`([${romanesque}])\u2019([${romanesque}])`, 'g');

/** A straight single mark that is an apostrophe ("it's", "rock 'n' roll"), drawn as one; else false. */
function forcedApostrophe(tag: string, after: string): string | false {
  if (tag === "'" && /^[^,.?:; ]/.test(after)) return '’';
  if (tag === " '" && after.startsWith(' ')) return ' ’';
  return false;
}

/** The tags and the words between them: strings[i] before tags[i]; tags left empty are words again. */
interface Tagged {
  tags: string[];
  strings: string[];
  /** Whether a straight mark was read as opening because it followed an opener with no word between. */
  forcedSpaces: boolean[];
}

function splitTags(field: string): Tagged | undefined {
  const text = ` ${field.replace(apostropheBetweenLetters, "$1'$2")}`
    .replace(/(<span)\s+(style="font-variant:)\s*(small-caps);?"[^>]*(>)/g, '$1 $2$3;"$4')
    .replace(/(<span)\s+(class="no(?:case|decor)")[^>]*(>)/g, '$1 $2$3');
  const tags = text.match(anyTag);
  if (!tags) return undefined;
  const strings = text.split(anyTag);
  const forcedSpaces: boolean[] = [];
  for (let index = 0; index < tags.length - 1; index += 1) {
    if (!openers.has(tags[index]!)) continue;
    const forced = strings[index + 1] === '' && straightMarks.has(tags[index + 1]!);
    if (forced) tags[index + 1] = ` ${tags[index + 1]}`;
    // Kept per opener, not per tag, and read by tag index below: citeproc's own misalignment.
    forcedSpaces.push(forced);
  }
  return { tags, strings, forcedSpaces };
}

/** Pairs openers with closers; a tag that pairs with nothing becomes words (citeproc's processTags). */
function pairTags({ tags, strings, forcedSpaces }: Tagged): void {
  const open: { closer: string; nocase: boolean; at: number }[] = [];
  const toWords = (at: number, text: string) => {
    strings[at + 1] = text + strings[at + 1];
    tags[at] = '';
  };
  for (let index = 0; index < tags.length; index += 1) {
    const tag = tags[index]!;
    const apostrophe = forcedApostrophe(tag, strings[index + 1]!);
    if (apostrophe) {
      toWords(index, apostrophe);
      continue;
    }
    let unpaired: number | undefined;
    for (;;) {
      unpaired = undefined;
      const opening = openers.get(tag);
      const top = open.at(-1);
      if (opening) open.push({ closer: opening.closer, nocase: opening.kind === 'nocase', at: index });
      else if (top && tag === top.closer) {
        open.pop();
        // "nocase" only keeps words from a style's change of case: its tags go, its words stay.
        if (top.nocase) tags[top.at] = tags[index] = '';
      } else {
        unpaired = top ? top.at : index;
        if (tag === "'") toWords(index, '’');
        else toWords(unpaired, forcedSpaces[unpaired - 1] ? tags[unpaired]!.slice(1) : tags[unpaired]!);
        // A closer that is not the innermost's undoes openers until it pairs, except an apostrophe.
        if (open.length > 0 && tag !== "'") {
          open.pop();
          continue;
        }
      }
      break;
    }
    if (unpaired !== undefined) toWords(index, tags[index]!);
  }
  for (const { at } of open.reverse()) toWords(at, tags[at] === " '" ? ' ’' : tags[at]!);
  for (let index = tags.length - 1; index >= 0; index -= 1) {
    if (tags[index]) continue;
    strings.splice(index, 2, strings[index]! + strings[index + 1]!);
    tags.splice(index, 1);
  }
}

/** The field's words and spans, as citeproc draws them in text. */
function readRichText(field: string): Piece[] {
  const tagged = splitTags(field);
  if (!tagged) return [field];
  pairTags(tagged);
  const { tags, strings, forcedSpaces } = tagged;
  // The kind of straight mark that opens first is drawn as the outer one, the other as the inner one.
  let outerStraight: StraightMark | undefined;
  tags.forEach((tag, index) => {
    const kind = openers.get(tag)?.kind;
    if (kind !== 'double' && kind !== 'single') return;
    outerStraight ??= kind;
    if (!forcedSpaces[index - 1]) strings[index] += tag[0]!;
  });
  const root: Span = { marks: 'none', pieces: [] };
  const spans = [root];
  const levels: (QuoteLevel | undefined)[] = [];
  let leading: string | undefined = field.startsWith(' ') && !/^\s+['"]/.test(field) ? ' ' : '';
  const add = (words: string) => {
    // The first words lose up to two leading spaces: the one added above, and one of the field's own.
    const text = leading === undefined ? words : (leading + words).replace(/^ {1,2}/, '');
    leading = undefined;
    if (text) spans.at(-1)!.pieces.push(text);
  };
  add(strings[0]!);
  tags.forEach((tag, index) => {
    const opening = openers.get(tag);
    if (!opening) {
      levels.pop();
      spans.pop();
    } else {
      const enclosing = levels.findLast((level) => level !== undefined);
      const quotation = opening.kind === 'markup' || opening.kind === 'nocase' ? undefined : opening.kind;
      const outer = quotation === 'curly' ? opening.level : quotation === outerStraight ? 'outer' : 'inner';
      const level = quotation && (enclosing ? (enclosing === 'outer' ? 'inner' : 'outer') : outer);
      levels.push(level);
      const span: Span = { marks: level === 'outer' ? 'double' : level === 'inner' ? 'single' : 'none', pieces: [] };
      spans.at(-1)!.pieces.push(span);
      spans.push(span);
    }
    add(strings[index + 1]!);
  });
  return withoutEmptySpans(root.pieces);
}

/** citeproc draws no quotation marks around nothing. */
function withoutEmptySpans(pieces: Piece[]): Piece[] {
  return pieces.flatMap((piece): Piece[] => {
    if (typeof piece === 'string') return [piece];
    const inside = withoutEmptySpans(piece.pieces);
    return inside.length ? [{ ...piece, pieces: inside }] : [];
  });
}

const marks = { double: ['“', '”'], single: ['‘', '’'], none: ['', ''] } as const;

function draw(pieces: Piece[]): string {
  return pieces
    .map((piece) =>
      typeof piece === 'string' ? piece : `${marks[piece.marks][0]}${draw(piece.pieces)}${marks[piece.marks][1]}`,
    )
    .join('');
}

/**
 * A field as citeproc writes it, with the full stop after it: none after a field that ends in . ! ? : or ;,
 * and inside the quotation marks that close a field (American style).
 */
function fieldWithFullStop(value: string, textCase?: (text: string) => string): string {
  // What citeproc does to every field before reading its tags: a narrow no-break space before : ; ? ! and
  // », one space before a straight single mark. Punctuation that opens a field is set before it, and the
  // field is then read whole: where the style sets the field's case, that punctuation is written twice.
  const text = value
    .replace(/ ([:;?!\u00bb])/g, '\u202f$1')
    .replace(/\u00ab /g, '\u00ab\u202f')
    .replace(/\s+'/g, " '")
    .replace(/^'/, " '");
  const opening = text.startsWith(' ') ? '' : /^[:.;!? ]*/.exec(text)![0];
  const rest = text.slice(opening.length);
  const cased = textCase?.(text);
  if (opening && rest) return opening + withFullStop(cased ?? rest);
  return withFullStop(cased ?? text);
}

function withFullStop(text: string): string {
  const pieces = readRichText(text);
  let closing = '';
  for (let last = pieces.at(-1); typeof last === 'object'; last = last.pieces.at(-1))
    closing = marks[last.marks][1] + closing;
  const drawn = draw(pieces);
  if (!drawn) return '';
  const body = drawn.slice(0, drawn.length - closing.length);
  return /[.!?:;]$/.test(body) ? drawn : `${body}.${closing}`;
}

/** The APA reference of a claim page's record: the title, the day (or n.d.), the site, the permanent URL. */
export function apaReference(item: CslItem): string {
  const issued = item.issued?.['date-parts'][0];
  const date = issued ? `(${issued[0]}, ${monthNames[issued[1] - 1]} ${issued[2]})` : '(n.d.)';
  const url = issued ? item.URL : `Retrieved ${item.URL}`;
  // A site's name that is only markup leaves no words: citeproc then leaves its part out.
  const site = fieldWithFullStop(item['container-title'], titleCase);
  return [fieldWithFullStop(item.title), `${date}.`, site, url].filter(Boolean).join(' ');
}
