// data/annotations.jsonld as an annotation client reads it: given the collection and the texts the site
// publishes (data/sources/<slug>.txt), Apache Annotator's implementation of the Web Annotation
// selectors (TextQuoteSelector, TextPositionSelector) finds every claim's words, once, in its text.
import { textPositionSelectorMatcher, textQuoteSelectorMatcher, type Matcher } from '@apache-annotator/selector';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadSiteOrThrow } from '../../src/core/content/corpus.ts';
import { annotationCollectionJson } from '../../src/core/publish/exports.ts';
import { permanentUrl, routes } from '../../src/core/publish/urls.ts';

interface Selectors {
  quote: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
  position: { type: 'TextPositionSelector'; start: number; end: number };
}
interface Annotation {
  id: string;
  target: { source: { id: string; canonical?: string }; selector: [Selectors['quote'], Selectors['position']] };
}

/** The whole text as the one chunk Apache Annotator's matchers read. */
function chunker(text: string) {
  const chunk = { data: text };
  return { currentChunk: chunk, nextChunk: () => null, previousChunk: () => null, precedesCurrentChunk: () => false };
}

/** Every range a matcher finds, as UTF-16 offsets into the text. */
type Range = { startIndex: number; endIndex: number };
async function ranges(matcher: Matcher<ReturnType<typeof chunker>, Range>, text: string) {
  const found: [number, number][] = [];
  for await (const match of matcher(chunker(text))) found.push([match.startIndex, match.endIndex]);
  return found;
}

const contentName = (text: string) => `ni:///sha-256;${createHash('sha256').update(text, 'utf8').digest('base64url')}`;

const corpora = [
  ['the sample corpus', 'content'],
  ['saved HTML pages, a paragraph printed twice in one', 'tests/fixtures/html-corpus'],
  ['the minimal corpus, with its ledger', 'tests/fixtures/minimal-corpus'],
  ['the legacy marker syntax', 'tests/fixtures/legacy-corpus'],
  ['the hostile site', 'tests/fixtures/hostile-site'],
  ['the matcher corpus', 'tests/fixtures/match-corpus'],
  ['the matcher development corpus', 'tests/fixtures/match-dev'],
];
const sites = [
  ['without CLAIMTRAIL_SITE', '/'],
  ['with CLAIMTRAIL_SITE under a base path', 'https://factcheck.example.org/xinjiang/'],
];

describe.each(corpora)('%s', (_, dir) => {
  it.each(sites)('%s: every claim’s words are found once, in the published text it names', async (_, prefix) => {
    const { graph, texts } = loadSiteOrThrow(dir, { base: prefix });
    const collection = JSON.parse(annotationCollectionJson(graph, { prefix, texts }));
    // What a client can fetch or hold: each published text, by its URL on the site or by its content.
    const published = new Map<string, string>();
    for (const [slug, text] of texts) {
      published.set(permanentUrl(routes.sourceText(slug), prefix), text);
      published.set(contentName(text), text);
    }
    const items: Annotation[] = collection.first.items;
    expect(items).toHaveLength(graph.claims.length);
    for (const [index, claim] of graph.claims.entries()) {
      const { source, selector } = items[index]!.target;
      const text = published.get(source.id);
      expect(text, `${claim.id}: ${source.id} is published`).toBeDefined();
      // The text is the one the selectors were written for.
      expect(contentName(text!)).toBe(source.canonical ?? source.id);
      const [quote, position] = selector;
      const quoted = await ranges(textQuoteSelectorMatcher(quote), text!);
      const placed = await ranges(textPositionSelectorMatcher(position), text!);
      expect(quoted, `${claim.id}: “${claim.text}”`).toHaveLength(1);
      expect(placed).toEqual(quoted);
      const [[start, end]] = quoted as [[number, number]];
      expect(text!.slice(start, end).replace(/\s+/g, ' ')).toBe(claim.text);
    }
  });
});

describe('the quote selectors of the sample’s repeated paragraphs', () => {
  const { graph, texts } = loadSiteOrThrow('content');
  const items: Annotation[] = JSON.parse(annotationCollectionJson(graph, { prefix: '/', texts })).first.items;

  it('would match more than once with 32 characters either side, and are longer, to match once', async () => {
    const cnn = texts.get('cnn-2019-22-nations-letter')!;
    let lengthened = 0;
    for (const [index, claim] of graph.claims.entries()) {
      if (claim.article !== 'cnn-2019-22-nations-letter') continue;
      const [quote] = items[index]!.target.selector;
      const prefix = Array.from(quote.prefix).slice(-32).join('');
      const short = { ...quote, prefix, suffix: Array.from(quote.suffix).slice(0, 32).join('') };
      if ((await ranges(textQuoteSelectorMatcher(short), cnn)).length === 1) continue;
      lengthened++;
      expect(Array.from(quote.prefix).length).toBeGreaterThan(32);
      expect(await ranges(textQuoteSelectorMatcher(quote), cnn)).toHaveLength(1);
    }
    // The CNN scrape repeats paragraphs: 12 of its claims' words stand in one of them.
    expect(lengthened).toBe(12);
  });
});
