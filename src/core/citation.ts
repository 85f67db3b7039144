// "Cite this claim": a claim page as a bibliography entry in the forms researchers paste, built from
// one CSL-JSON record so every form says the same thing. What is cited is the claim's statement; the
// exact words, the evidence, go beside it: in the record's note (CSL-JSON, BibTeX), and after the
// statement in quotation marks where a form has no note (plain, APA, MLA). citation-js renders APA
// (its bundled CSL style) and BibTeX; MLA has no bundled style, so it is composed here.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { Article, Claim } from './schema.ts';
import { claimantLine } from './views.ts';

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
    note: `${claimantLine(claim, sourceNames)}: “${claim.text}”`,
    'container-title': siteName,
    URL: claim.url,
  };
  if (claim.published) item.issued = { 'date-parts': [dateParts(claim.published)] };
  return item;
}

export function citeClaim(claim: Claim, article: Article, sourceNames: ReadonlyMap<string, string>, siteName: string): ClaimCitations {
  const item = claimCslItem(claim, sourceNames, siteName);
  // APA and MLA print no note: their title carries the statement, then the exact words.
  const withWords = { ...item, title: `${item.title} “${claim.text}”` };
  const published = claim.published ? `, first published ${longDate(claim.published)}` : '';
  return {
    plain: `${withWords.title} (${claimantLine(claim, sourceNames)}; in ${article.label}). ${siteName}, claim ${claim.id}${published}. ${claim.url}`,
    apa: (new Cite(withWords).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string).trim(),
    mla: mlaWorksCited(withWords),
    bibtex: (new Cite(item).format('bibtex', { format: 'text' }) as string).trim(),
    cslJson: JSON.stringify([item], null, 2),
  };
}

const mlaMonths = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/**
 * MLA 9 works-cited entry for a web page with no author: “Title.” Container, day Mon. year, URL.
 * Quotation marks inside the title turn single, and the period goes inside the closing quote. The
 * title keeps its case: it holds the claim's words, which are not ours to recapitalise.
 */
export function mlaWorksCited(item: CslItem): string {
  const title = item.title.replaceAll('“', '‘').replaceAll('”', '’');
  const parts = [item['container-title']];
  if (item.issued) {
    const [year, month, day] = item.issued['date-parts'][0];
    parts.push(`${day} ${mlaMonths[month - 1]} ${year}`);
  }
  parts.push(item.URL);
  return `“${endWithPeriod(title)}” ${parts.join(', ')}.`;
}

/** "Statement. ‘words’" -> "Statement. ‘words.’", leaving a title that already ends a sentence alone. */
function endWithPeriod(title: string): string {
  const closing = title.endsWith('’') ? '’' : '';
  const body = title.slice(0, title.length - closing.length);
  return /[.?!]$/.test(body) ? title : `${body}.${closing}`;
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

const longDateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "21 November 2026", the same in every time zone the site is built in. */
export function longDate(isoDate: string): string {
  return longDateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "xinjiang_claims_tw22ab": BibTeX keys are safest as letters, digits and underscores. */
function bibtexKey(words: string): string {
  return words.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}
