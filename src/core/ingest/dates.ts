// Dates as pages state them: in full ("21 November 2019", "2019-11-21"), in a wire dateline, or as a
// line that is only a date and a time.
import { monthNamePattern, monthNumber } from '../lexicon/calendar.ts';

const monthPattern = String.raw`(${monthNamePattern})\.?`;
const dayMonthYear = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${monthPattern},?\s+(\d{4})\b`, 'i');
const monthDayYear = new RegExp(String.raw`\b${monthPattern}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');
const isoDate = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;
/** "03.11.2025": day, month, year, as European outlets write them (never month first with dots). */
const dottedDate = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;

/** The date a line states in full (day, month and year), as YYYY-MM-DD; null for "3 hours ago". */
export function statedDate(text: string): string | null {
  let year: number, month: number, day: number;
  let match: RegExpExecArray | null;
  if ((match = isoDate.exec(text))) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = dayMonthYear.exec(text)))
    [day, month, year] = [Number(match[1]), monthNumber(match[2]!), Number(match[3])];
  else if ((match = monthDayYear.exec(text)))
    [month, day, year] = [monthNumber(match[1]!), Number(match[2]), Number(match[3])];
  else if ((match = dottedDate.exec(text))) [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** A line that is only a date and perhaps a time: "21 November 2019", "Nov. 21, 2019 10:15 AM ET". */
export function isDateOnly(text: string): boolean {
  const rest = text
    .replace(dayMonthYear, '')
    .replace(monthDayYear, '')
    .replace(isoDate, '')
    .replace(dottedDate, '')
    .replace(/\b\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.|uhr|h)?\s*(gmt|bst|utc|et|est|edt|pt|cet|cest|hkt)?\b/gi, '')
    .replace(/\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/gi, '');
  return rest !== text && !/[\p{L}\p{N}]/u.test(rest);
}

/** The date a wire or press-release dateline states before its dash: "BRANSFORD, U.K., 4 March 2025 – …". */
export function datelineDate(text: string): string | null {
  const match =
    /^\p{Lu}[\p{Lu}\s.'’-]*(?:,\s*[^,–—]{1,30})?,\s*([^–—]{6,40}?)\s*(?:\/[^/]{1,40}\/\s*)?(?:[–—]|--?)\s/u.exec(text);
  return match ? statedDate(match[1]!) : null;
}
