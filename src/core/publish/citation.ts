// "Cite this claim": a claim page as a bibliography entry in the forms researchers paste, built from
// one CSL-JSON record so every form says the same thing. What is cited is the claim's statement; the
// exact words, the evidence, go beside it: in the record's note (CSL-JSON, BibTeX), and after the
// statement in quotation marks where a form has no note (plain, APA, MLA), with who claims them.
// Every form is composed here: APA as citeproc-js wrote it with citation-js's bundled APA style, byte for
// byte (apa.ts; calling citeproc cost 8 ms a claim page), MLA and BibTeX in the forms their styles read.
// No form names an author: the page's author slot would read as the one who makes the claim.
import { apaReference } from './apa.ts';
import type { Article, Claim } from '../schema.ts';
import { claimantLine, midSentence } from './views.ts';

/** The CSL-JSON fields a claim page fills (https://citationstyles.org/, schema csl-data.json). */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'webpage';
  /** The claim's statement. */
  title: string;
  /** Who claims it, through whom, and the exact words: "Diplomatic sources, via Reuters, …: “…”". */
  note: string;
  'container-title': string;
  URL: string;
  /** Absent until the ledger records the day the claim was first published. */
  issued?: { 'date-parts': [[number, number, number]] };
}

export interface ClaimCitations {
  plain: string;
  apa: string;
  mla: string;
  bibtex: string;
  cslJson: string;
}

export function claimCslItem(claim: Claim, sourceNames: ReadonlyMap<string, string>, siteName: string): CslItem {
  const item: CslItem = {
    id: claim.id,
    'citation-key': bibtexKey(`${siteName} ${claim.id}`),
    type: 'webpage',
    title: claim.statement,
    note: `${claimantLine(claim, sourceNames)}: ${quoted(claim.text, 0)}`,
    'container-title': siteName,
    URL: claim.url,
  };
  if (claim.published) item.issued = { 'date-parts': [dateParts(claim.published)] };
  return item;
}

export function citeClaim(
  claim: Claim,
  article: Article,
  sourceNames: ReadonlyMap<string, string>,
  siteName: string,
): ClaimCitations {
  const item = claimCslItem(claim, sourceNames, siteName);
  const claimant = claimantLine(claim, sourceNames);
  const published = claim.published ? `, first published ${longDate(claim.published)}` : '';
  const statement = nestQuotes(claim.statement, 0);
  const words = quoted(claim.text, 0);
  const where = `${siteName}, claim ${claim.id}${published}`;
  return {
    plain: `${statement} ${words} (${claimant}; in ${article.label}). ${where}. ${claim.url}`,
    apa: apaReference({ ...item, title: apaTitle(claim, claimant) }),
    mla: mlaWorksCited(item, claim.text, claimant),
    bibtex: bibtexEntry(item),
    cslJson: cslJson(item),
  };
}

/** APA's title: the statement in sentence case (a capital after a colon), the words, what the page is. */
export function apaTitle(claim: Pick<Claim, 'statement' | 'text'>, claimant: string): string {
  const statement = capitalAfterColon(nestQuotes(claim.statement, 0));
  return `${statement} ${quoted(claim.text, 0)} [Claim by ${midSentence(claimant)}]`;
}

/**
 * The record as a CSL-JSON list, indented, its day on one line: "date-parts": [[2026, 11, 21]]. Raw line
 * breaks are only ever between JSON values (a string writes its own as \\n), so the text is untouched.
 */
function cslJson(item: CslItem): string {
  return JSON.stringify([item], null, 2)
    .replace(/\[\n\s*(\d+),\n\s*(\d+),\n\s*(\d+)\n\s*\]/g, '[$1, $2, $3]')
    .replace(/\[\n\s*(\[[\d, ]+\])\n\s*\]/g, '[$1]');
}

const mlaMonths = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/**
 * MLA 9 works-cited entry for a web page with no author: “Statement ‘words.’” Claim by …. Container,
 * day Mon. year, URL. The words are a quotation inside the quoted title, so they take single marks (and
 * quotations inside them double ones), and the period goes inside every closing mark. The title keeps
 * its case: it holds the claim's words, which are not ours to recapitalise.
 */
export function mlaWorksCited(item: CslItem, words: string, claimant: string): string {
  const parts = [item['container-title']];
  if (item.issued) {
    const [year, month, day] = item.issued['date-parts'][0];
    parts.push(`${day} ${mlaMonths[month - 1]} ${year}`);
  }
  parts.push(item.URL);
  const title = `${nestQuotes(item.title, 1)} ${quoted(words, 1, '.')}`;
  return `“${title}” ${nestQuotes(`Claim by ${midSentence(claimant)}`, 0, '.')} ${parts.join(', ')}.`;
}

// Quotation marks by depth: double outside, then single, then double again.
const quoteMarks = [
  ['“', '”'],
  ['‘', '’'],
] as const;
const doubleQuote = /["“”]/;

/**
 * The double quotation marks in some words, paired: a straight one opens at the start or after a
 * space or bracket, and closes elsewhere. A mark left unpaired (words cut from inside a quotation)
 * is absent from the map. Single marks are left alone: ’ is also an apostrophe.
 */
function pairedQuotes(text: string): Map<number, 'open' | 'close'> {
  const paired = new Map<number, 'open' | 'close'>();
  const open: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const mark = text[index]!;
    if (!doubleQuote.test(mark)) continue;
    if (mark === '“' || (mark === '"' && (index === 0 || /[\s([{–—]/.test(text[index - 1]!)))) open.push(index);
    else if (open.length) {
      paired.set(open.pop()!, 'open');
      paired.set(index, 'close');
    }
  }
  return paired;
}

/**
 * Words set inside `depth` quotations: their own quotations drawn at the next depth, an unpaired mark
 * straight (it opens or closes nothing), and `end` (a period) inside every quotation that closes at
 * the end, unless the words already end a sentence there.
 */
function nestQuotes(text: string, depth: number, end = ''): string {
  const paired = pairedQuotes(text);
  let closersFrom = text.length;
  while (closersFrom > 0 && paired.get(closersFrom - 1) === 'close') closersFrom -= 1;
  const ending = /[.?!]$/.test(text.slice(0, closersFrom)) ? '' : end;
  let level = depth;
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    if (index === closersFrom) out += ending;
    const role = paired.get(index);
    if (role === 'open') out += quoteMarks[level++ % 2]![0];
    else if (role === 'close') out += quoteMarks[--level % 2]![1];
    else out += doubleQuote.test(text[index]!) ? '"' : text[index];
  }
  return closersFrom === text.length ? out + ending : out;
}

/** Words in quotation marks of `depth` (0: double), with `end` inside them. */
function quoted(text: string, depth: number, end = ''): string {
  const [open, close] = quoteMarks[depth % 2]!;
  return `${open}${nestQuotes(text, depth + 1, end)}${close}`;
}

/** APA's sentence case capitalises the first word after a colon ("Officials: The camps…"). */
function capitalAfterColon(title: string): string {
  return title.replace(/: (\p{Ll})/gu, (_, letter: string) => `: ${letter.toUpperCase()}`);
}

const bibtexMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A BibTeX @misc entry that BibTeX and biblatex both read: the site as `howpublished` (printed by
 * both for @misc), the day as biblatex's `date` and as BibTeX's `year` and `month` (a bare month
 * macro; BibTeX has no day).
 */
function bibtexEntry(item: CslItem): string {
  const fields: [string, string][] = [
    ['title', `{${protectCase(latex(item.title))}}`],
    ['howpublished', `{${latex(item['container-title'])}}`],
  ];
  if (item.issued) {
    const [year, month, day] = item.issued['date-parts'][0];
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    fields.push(['date', `{${iso}}`], ['year', `{${year}}`], ['month', bibtexMonths[month - 1]!]);
  }
  fields.push(['url', `{${item.URL}}`], ['note', `{${latex(item.note)}}`]);
  return `@misc{${item['citation-key']},\n${fields.map(([name, value]) => `  ${name} = ${value},`).join('\n')}\n}`;
}

// LaTeX's special characters as text. Braces become commands: BibTeX counts even an escaped brace.
const latexText: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * The statement is already in sentence case, and styles (and Zotero's import) lowercase a title's
 * words: each word after the first that holds a capital is braced, so "Xinjiang" and "UN" stay.
 */
function protectCase(title: string): string {
  return title.replace(/(?<=\s)\S*\p{Lu}\S*/gu, (word) => `{${word}}`);
}

function latex(text: string): string {
  return text.replace(/[\\{}~^%&$#_]/g, (char) => latexText[char] ?? `\\${char}`);
}

/**
 * A link that opens the original article scrolled to the claim's words (a W3C Text Fragment,
 * `#:~:text=`). A long claim is named by its first and last words, which keeps the link short and
 * still selects the whole passage.
 */
export function passageLink(articleUrl: string, words: string): string {
  const tokens = words.trim().split(/\s+/);
  const encode = (part: string[]) => encodeURIComponent(part.join(' ')).replaceAll('-', '%2D');
  const directive = tokens.length <= 8 ? encode(tokens) : `${encode(tokens.slice(0, 4))},${encode(tokens.slice(-4))}`;
  return `${articleUrl.split('#')[0]}#:~:text=${directive}`;
}

function dateParts(isoDate: string): [number, number, number] {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

const longDateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "21 November 2026", the same in every time zone the site is built in. */
export function longDate(isoDate: string): string {
  return longDateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "xinjiang_claims_tw22ab": BibTeX keys are safest as letters, digits and underscores. */
function bibtexKey(words: string): string {
  return words
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}
