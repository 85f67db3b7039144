// Open data next to claims.json, for tools that do not read our schema: a spreadsheet of claims and a
// W3C Web Annotation collection that annotation tools can load onto the original articles.
import { stringify } from 'csv-stringify/sync';
import type { ClaimGraph } from './schema.ts';
import { attributionOf, claimantLine, kindLabels } from './views.ts';

/** dist/data/claims.json: the claim graph as the core computed it (schema: docs/claims.schema.json). */
export function claimGraphJson(graph: ClaimGraph): string {
  return `${JSON.stringify(graph, null, 2)}\n`;
}

/**
 * dist/data/claims.csv: one row per claim, RFC 4180 quoting, a header row naming each column. Ids
 * (claimant, stance, hedges) are given as the graph has them, so rows join with claims.json; a text
 * that starts like a formula is made inert (inertCell).
 */
export function claimsCsv(graph: ClaimGraph): string {
  const sources = new Map(graph.sources.map((source) => [source.id, source.name]));
  const articles = new Map(graph.articles.map((article) => [article.slug, article]));
  const rows = graph.claims.map((claim) => {
    const article = articles.get(claim.article)!;
    return {
      id: claim.id,
      url: claim.url,
      statement: claim.statement,
      text: claim.text,
      kind: kindLabels[claim.kind],
      claimant: claim.claimant ?? '',
      stance: claim.stance,
      hedges: claim.hedges.join(' '),
      claimed_at: claim.claimedAt ?? '',
      attribution: attributionOf(claim.attribution, sources),
      attribution_ids: claim.attribution.join(' < '),
      article: claim.article,
      article_url: article.url,
      article_source_url: article.sourceUrl ?? '',
      quantity_min: claim.quantity?.min ?? '',
      // Spelled out: csv-stringify would write true as 1 and false as an empty cell.
      quantity_min_exclusive: claim.quantity ? String(claim.quantity.minExclusive) : '',
      quantity_max: claim.quantity?.max ?? '',
      quantity_max_exclusive: claim.quantity ? String(claim.quantity.maxExclusive) : '',
      quantity_about: claim.quantity?.about ?? '',
      quantity_unit: claim.quantity?.unit ?? '',
      quantity_counted: claim.quantity?.counted ?? '',
      source_file: article.sourceFile,
      source_sha256: article.sha256,
      source_start: claim.anchor.start,
      source_end: claim.anchor.end,
      published: claim.published ?? '',
      verdict: claim.verdicts.at(-1)?.rating ?? '',
      verdict_date: claim.verdicts.at(-1)?.date ?? '',
    };
  });
  return stringify(rows, { header: true, record_delimiter: '\r\n', cast: { string: inertCell } });
}

/**
 * A text cell a spreadsheet would read as a formula (it starts with =, +, -, @, a tab or a carriage
 * return) gets a leading ' so it shows as text: article words and registry names come from others.
 * OWASP's advice for CSV injection; numbers stay numbers.
 */
function inertCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * An RFC 6920 name for a text known only by its content ("ni:///sha-256;…"): what an annotation
 * targets when the article's URL is unknown, rather than a guessed address.
 */
export function contentName(sha256Hex: string): string {
  return `ni:///sha-256;${Buffer.from(sha256Hex, 'hex').toString('base64url')}`;
}

/** dist/data/annotations.jsonld: every claim as a Web Annotation on its source article's text. */
export function annotationCollection(graph: ClaimGraph, collectionUrl: string) {
  const sources = new Map(graph.sources.map((source) => [source.id, source.name]));
  const articles = new Map(graph.articles.map((article) => [article.slug, article]));
  const items = graph.claims.map((claim) => {
    const article = articles.get(claim.article)!;
    const { start, end, exact, prefix, suffix } = claim.anchor;
    const quote = { type: 'TextQuoteSelector', exact, prefix, suffix };
    const position = { type: 'TextPositionSelector', start, end };
    return {
      id: `${claim.url}#annotation`,
      type: 'Annotation',
      motivation: 'highlighting',
      body: [
        {
          type: 'TextualBody',
          purpose: 'describing',
          format: 'text/plain',
          // The statement, then what kind of claim it is and who makes it.
          value: `${claim.statement} ${kindLabels[claim.kind]} claim. ${claimantLine(claim, sources)}.`,
        },
        { id: claim.url, type: 'Text', format: 'text/html', purpose: 'linking' },
      ],
      target: {
        source: article.sourceUrl ?? contentName(article.sha256),
        selector: [quote, position] as [typeof quote, typeof position],
      },
    };
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: collectionUrl,
    type: 'AnnotationCollection',
    label: 'Check-worthy claims marked by Claimtrail',
    total: items.length,
    first: { id: `${collectionUrl}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
