// Open data next to claims.json, for tools that do not read our schema: a spreadsheet of claims and a
// W3C Web Annotation collection that annotation tools can load onto the articles' published texts.
import { stringify } from 'csv-stringify/sync';
import { createHash } from 'node:crypto';
import { distinctQuotes } from './anchors.ts';
import type { ClaimGraph } from '../schema.ts';
import { isAbsoluteUrl, permanentUrl, routes } from './urls.ts';
import { attributionOf, claimantLine, kindLabels } from './views.ts';

/** dist/data/claims.json: the claim graph as the core computed it (schema: docs/claims.schema.json). */
export function claimGraphJson(graph: ClaimGraph): string {
  return [...claimGraphJsonChunks(graph)].join('');
}

/**
 * claims.json in pieces, one per entry of each of the graph's lists: the bytes of
 * `JSON.stringify(graph, null, 2)` and a newline, without ever holding them in one string, which a big
 * corpus's graph would make hundreds of MB long. The site streams these pieces to its file.
 */
export function* claimGraphJsonChunks(graph: ClaimGraph): Generator<string> {
  // JSON.stringify leaves out keys whose value is undefined; a string in JSON has no raw newline, so
  // indenting an entry's lines never changes what is inside a string.
  const fields = Object.entries(graph).filter(([, value]) => value !== undefined);
  if (fields.length === 0) {
    yield '{}\n';
    return;
  }
  const indented = (value: unknown, depth: number) =>
    (JSON.stringify(value ?? null, null, 2) ?? 'null').replaceAll('\n', `\n${' '.repeat(depth)}`);
  for (const [index, [key, value]] of fields.entries()) {
    yield `${index === 0 ? '{' : ','}\n  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0) {
      yield indented(value, 2);
      continue;
    }
    for (const [position, entry] of value.entries()) yield `${position === 0 ? '[' : ','}\n    ${indented(entry, 4)}`;
    yield '\n  ]';
  }
  yield '\n}\n';
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
 * An RFC 6920 name for a text by its content ("ni:///sha-256;…"): the same bytes have the same name
 * wherever they are kept, so it names a text that has no known address without guessing one.
 */
export function contentName(sha256Hex: string): string {
  return `ni:///sha-256;${Buffer.from(sha256Hex, 'hex').toString('base64url')}`;
}

/** Claimtrail's namespace for name-based UUIDs: fixed once, so a name always gives the same UUID. */
const uuidNamespace = '2d43071d-0e33-44ba-9560-ec93214ae467';

/**
 * An RFC 9562 name-based (version 5, SHA-1) UUID URN for `name`, in Claimtrail's namespace unless
 * told another: an IRI for something that has no address, the same name giving the same IRI on every
 * build, never a random one.
 */
export function nameBasedUrn(name: string, namespace = uuidNamespace): string {
  const namespaceBytes = Buffer.from(namespace.replaceAll('-', ''), 'hex');
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface AnnotationSite {
  /** What permanent URLs start with: the origin and base path when the host is known, else the base path. */
  prefix: string;
  /** Each article's source text by slug (corpus.ts), as its claims' anchors count in it. */
  texts: ReadonlyMap<string, string>;
}

/**
 * dist/data/annotations.jsonld: every claim as a W3C Web Annotation on its article's source text,
 * which the site publishes at data/sources/<slug>.txt. Every id is an absolute IRI, as the model asks:
 * the permanent URL when the site's host is known; without one, nothing of the site has an address,
 * so each is a name-based UUID URN (a claim's from its id, also given as the `canonical` id of the
 * annotation when it has a URL), the text is named by its content, and no link to the claim page is
 * given (it would be a path, which is no IRI).
 */
export function annotationCollection(graph: ClaimGraph, { prefix, texts }: AnnotationSite) {
  const knowsHost = isAbsoluteUrl(prefix);
  const iri = (route: string, fragment?: string) => {
    const url = `${permanentUrl(route, prefix)}${fragment ? `#${fragment}` : ''}`;
    return knowsHost ? url : nameBasedUrn(url);
  };
  const collectionId = iri(routes.annotations());
  const sources = new Map(graph.sources.map((source) => [source.id, source.name]));
  const targets = new Map(
    graph.articles.map((article) => {
      const text = texts.get(article.slug);
      if (text === undefined) throw new Error(`article "${article.slug}" has no source text`);
      const url = knowsHost ? permanentUrl(routes.sourceText(article.slug), prefix) : undefined;
      return [article.slug, { source: sourceTextResource(article, text, url), quote: distinctQuotes(text) }];
    }),
  );
  const items = graph.claims.map((claim) => {
    const { source, quote } = targets.get(claim.article)!;
    const { start, end } = claim.anchor;
    const canonical = nameBasedUrn(claim.id);
    const describing = {
      type: 'TextualBody',
      purpose: 'describing',
      format: 'text/plain',
      // The statement, then what kind of claim it is and who makes it.
      value: `${claim.statement} ${kindLabels[claim.kind]} claim. ${claimantLine(claim, sources)}.`,
    };
    // A link is a SpecificResource: the model gives a purpose to no plain web resource.
    const claimPage = { id: claim.url, type: 'Text', format: 'text/html' };
    const linking = { type: 'SpecificResource', purpose: 'linking', source: claimPage };
    return {
      id: knowsHost ? `${collectionId}#${claim.id}` : canonical,
      ...(knowsHost ? { canonical } : {}),
      type: 'Annotation',
      motivation: 'highlighting',
      body: knowsHost ? [describing, linking] : [describing],
      target: {
        type: 'SpecificResource',
        source,
        selector: [
          { type: 'TextQuoteSelector', ...quote(start, end) },
          { type: 'TextPositionSelector', start, end },
        ] as const,
      },
    };
  });
  const pageId = iri(routes.annotations(), 'page-1');
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: collectionId,
    type: 'AnnotationCollection',
    label: 'Check-worthy claims marked by Claimtrail',
    total: items.length,
    first: { id: pageId, type: 'AnnotationPage', partOf: collectionId, startIndex: 0, items },
  };
}

/** dist/data/annotations.jsonld as written: the collection, two-space indented, with a final line end. */
export function annotationCollectionJson(graph: ClaimGraph, site: AnnotationSite): string {
  return `${JSON.stringify(annotationCollection(graph, site), null, 2)}\n`;
}

/**
 * The text an article's claims are anchored in, as an annotation's target source: its URL on the site
 * with its content name as `canonical` id, or its content name alone when the site has no address.
 * `via` names what it came from: the article's URL when stated, and the saved page when the text was
 * read out of one (then the page's content name differs from the text's).
 */
function sourceTextResource(article: ClaimGraph['articles'][number], text: string, url: string | undefined) {
  const name = contentName(createHash('sha256').update(text, 'utf8').digest('hex'));
  const raw = contentName(article.sha256);
  const via = [article.sourceUrl, raw === name ? null : raw].filter((iri): iri is string => Boolean(iri));
  return {
    id: url ?? name,
    type: 'Text',
    format: 'text/plain',
    ...(url ? { canonical: name } : {}),
    ...(via.length ? { via } : {}),
  };
}
