// Month and weekday names, for every stage that reads or writes a date: cleaning (datelines), quantities
// (a four-digit number after a month is a year), the matcher (claims of other months are other facts).

/** English month names, January first: a month's number is its index + 1. */
export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Lower-case month names. */
export const months = monthNames.map((month) => month.toLowerCase());

/** The short forms of month names articles write ("jan", "sept"), lower-case. */
export const monthAbbreviations = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/** Lower-case month names and their short forms. */
export const monthWords: ReadonlySet<string> = new Set([...months, ...monthAbbreviations]);

/** The number (1-12) of the month a name or short form names by its first three letters ("Sept." is 9), else 0. */
export function monthNumber(name: string): number {
  return months.findIndex((month) => month.startsWith(name.toLowerCase().slice(0, 3))) + 1;
}

/** Lower-case weekday names. */
export const weekdays: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/**
 * The month names and their short forms as one case-blind pattern, for dates written in full ("21 Nov. 2019").
 * The same months as monthWords, written as optional endings ("sep", "sept", "september").
 */
export const monthNamePattern =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|' +
  String.raw`sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;

/** Times said relative to when a text was written: "last year", "this summer", "next month". */
export const relativeTimePattern =
  /\b(?:last|this|previous|next)\s+(?:year|month|summer|winter|spring|autumn|fall)\b/giu;

/**
 * Times of day as news writes them: "8 p.m.", "10pm", "6:30 a.m.", "midnight", "noon", "22:00", "1400 GMT".
 */
const clockPattern =
  /\b(?:(\d{1,2})(?:[:.]\d\d)?\s*([ap])\.?\s?m\b\.?|(midnight|noon|midday)|(\d{1,2}):\d\d\b|(\d\d)\d\d\s*(?:GMT|UTC)\b)/giu;

/**
 * The hours of day a text names, on a 24-hour clock ("10pm", "10 p.m." and "22:00" are "22"): to the hour,
 * since "shortly after 4 a.m." and "4:17 a.m." tell one time.
 */
export function clockTimes(text: string): string[] {
  return [...text.matchAll(clockPattern)].flatMap(([, hour, half, word, hour24, hourGmt]) => {
    if (word) return [word.toLowerCase() === 'midnight' ? '00' : '12'];
    const value = Number(hour ?? hour24 ?? hourGmt);
    if (half === undefined) return value <= 23 ? [String(value).padStart(2, '0')] : [];
    if (value < 1 || value > 12) return [];
    return [String((value % 12) + (half.toLowerCase() === 'p' ? 12 : 0)).padStart(2, '0')];
  });
}
