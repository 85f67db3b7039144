// Any words as a sentence statementSchema accepts: no markup, curly quotes, a capital (an opening number
// spelt out) and a full stop, at most 400 characters; the last step of every drafted statement.
import { statementSchema } from '../schema.ts';

const ones = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 140 -> "one hundred and forty": a statement cannot open with a digit. */
export function numberWords(n: number): string {
  if (n < 20) return ones[n]!;
  if (n < 100) return `${tens[Math.floor(n / 10)]}${n % 10 ? `-${ones[n % 10]}` : ''}`;
  if (n < 1000) return `${ones[Math.floor(n / 100)]} hundred${n % 100 ? ` and ${numberWords(n % 100)}` : ''}`;
  for (const [scale, size] of [
    ['trillion', 1e12],
    ['billion', 1e9],
    ['million', 1e6],
    ['thousand', 1e3],
  ] as const)
    if (n >= size) {
      const rest = n % size;
      const restWords = rest ? (rest < 100 ? ` and ${numberWords(rest)}` : ` ${numberWords(rest)}`) : '';
      return `${numberWords(Math.floor(n / size))} ${scale}${restWords}`;
    }
  return String(n);
}

const currencyNames: Record<string, string> = { $: 'dollars', '£': 'pounds', '€': 'euros', '¥': 'yen' };

/**
 * An opening number in words: "200 soldiers" -> "Two hundred soldiers",
 * "£62 million programme" -> "Sixty-two million pounds programme".
 */
function spellOpeningNumber(text: string): string {
  const match =
    /^([$£€¥])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(\s*(?:%|per\s?cent\b|percent\b))?(\s+(?:million|billion|trillion|thousand)\b)?/u.exec(
      text,
    );
  if (!match || Number(match[2]!.replace(/,/g, '')) > 1e15) return text;
  const whole = numberWords(Number(match[2]!.replace(/,/g, '')));
  const fraction = match[3] ? ` point ${[...match[3]].map((digit) => ones[Number(digit)]).join(' ')}` : '';
  const percent = match[4] ? ' percent' : '';
  const scale = match[5] ?? '';
  const currency = match[1] ? ` ${currencyNames[match[1]]}` : '';
  return `${whole}${fraction}${percent}${scale}${currency}${text.slice(match[0].length)}`;
}

/** Straight double quotes as curly ones (an attribute value cannot hold "), and marks left unpaired removed. */
function curlyQuotes(text: string): string {
  let curly = text.replace(/"/g, (_, at: number) => (at === 0 || /[\s([{–—‘-]/u.test(text[at - 1]!) ? '“' : '”'));
  const opens = (curly.match(/“/g) ?? []).length;
  const closes = (curly.match(/”/g) ?? []).length;
  if (opens > closes && curly.startsWith('“')) curly = curly.slice(1);
  else if (closes > opens && curly.endsWith('”')) curly = curly.slice(0, -1);
  else if (opens !== closes) curly = curly.replace(/[“”]/g, '');
  return curly;
}

/** A statement that needs no repair: the fallback's opening when the words cannot start one. */
const neutralOpening = 'It is stated that ';

/**
 * Any words as a statement statementSchema accepts: one line of plain text (no markup, no braces),
 * curly quotes, a capital first (an opening number in words), a full stop last, at most 400 characters.
 */
export function asStatement(words: string): string {
  let text = words
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/[{]/g, '(')
    .replace(/[}]/g, ')')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/\s+/g, ' ')
    .trim();
  text = curlyQuotes(text)
    .replace(/^\[([^\]]*)\]/, '$1')
    .replace(/^[^\p{L}\p{N}“‘$£€¥]+/u, '')
    .replace(/[\s,;:–—-]+$/u, '');
  const quote = /^[“‘]/.test(text) ? text[0]! : '';
  let body = spellOpeningNumber(text.slice(quote.length));
  body = body.charAt(0).toUpperCase() + body.slice(1);
  text = /^\p{Lu}/u.test(body) ? `${quote}${body}` : `${neutralOpening}${quote}${body}`;
  if (text.length > 398) {
    const cut = text.slice(0, 390);
    text = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 200)).replace(/[\s,;:–—-]+$/u, '')} […]`;
  }
  if (!/[.?!][”’"']?$/u.test(text))
    text = /[”’]$/.test(text) && !/[.?!…]/u.test(text.at(-2)!) ? `${text.slice(0, -1)}.${text.at(-1)}` : `${text}.`;
  if (statementSchema.safeParse(text).success) return text;
  // Too short, or a letter with no case: the neutral opening makes a sentence of it.
  const fallback = `${neutralOpening}${text.replace(/^[“‘]/, '')}`;
  return statementSchema.safeParse(fallback).success
    ? fallback
    : 'The words of this claim could not be drafted as a statement.';
}
