import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { loadCorpusOrThrow } from '../../src/core/corpus.ts';
import { contentName } from '../../src/core/exports.ts';
import type { ClaimGraph } from '../../src/core/schema.ts';
import { claimJsonLd, scriptJson } from '../../src/core/structured-data.ts';
import { linkedDataId, routes } from '../../src/core/urls.ts';

const schema = (term: string) => `https://schema.org/${term}`;
const prov = (term: string) => `http://www.w3.org/ns/prov#${term}`;
type Node = Record<string, { '@id'?: string; '@value'?: unknown }[]> & { '@id': string; '@type'?: string[] };

// Nothing may be fetched: the context is inline. A loader that throws proves it.
const documentLoader = async (url: string): Promise<never> => {
  throw new Error(`JSON-LD tried to load ${url}`);
};

/** The claim page's JSON-LD as a processor reads it: expanded in safe mode, flattened, by @id. */
async function readClaimPage(graph: ClaimGraph, id: string, prefix: string, pageUrl: string) {
  const claim = graph.claims.find((candidate) => candidate.id === id)!;
  const article = graph.articles.find((candidate) => candidate.slug === claim.article)!;
  const route = routes.claim(id);
  const doc = claimJsonLd(claim, article, new Map(graph.sources.map((source) => [source.id, source])), {
    claim: (claimId, fragment) => linkedDataId(route, routes.claim(claimId), prefix, fragment),
    source: (sourceId) => linkedDataId(route, routes.source(sourceId), prefix),
  });
  // Safe mode fails on anything a processor would drop: unknown terms, unresolvable IRIs.
  const options = { base: pageUrl, safe: true, documentLoader } as jsonld.Options.Flatten;
  // Read back from the text the page carries, as a consumer would.
  const text = JSON.parse(scriptJson(doc));
  await jsonld.expand(text, options);
  const flat = (await jsonld.flatten(text, undefined, options)) as unknown as Node[];
  return { claim, article, nodes: new Map(flat.map((node) => [node['@id'], node])) };
}

const ids = (node: Node | undefined, property: string) => (node?.[property] ?? []).map((value) => value['@id']);
const values = (node: Node | undefined, property: string) => (node?.[property] ?? []).map((value) => value['@value']);

describe('JSON-LD on a claim page', () => {
  const fixture = loadCorpusOrThrow('tests/fixtures/minimal-corpus', { base: 'https://factcheck.example.org/x/' });
  const sample = loadCorpusOrThrow('content', { base: '/' });

  it('states a schema.org Claim with its words, author, appearance and first appearance', async () => {
    const { nodes, article } = await readClaimPage(fixture, 'tw22ab', 'https://factcheck.example.org/x/', 'https://factcheck.example.org/x/claims/tw22ab.html');
    const claim = nodes.get('https://factcheck.example.org/x/claims/tw22ab.html');
    expect(claim?.['@type']).toEqual(expect.arrayContaining([schema('Claim'), prov('Entity')]));
    expect(values(claim, schema('text'))).toEqual(['Twenty-two countries signed a letter on Wednesday']);
    expect(ids(claim, schema('author'))).toEqual(['https://factcheck.example.org/x/sources/wire-agency.html']);
    expect(ids(claim, schema('appearance'))).toEqual([article.sourceUrl]);
    expect(ids(claim, schema('firstAppearance'))).toEqual([article.sourceUrl]);
    const appearance = nodes.get(article.sourceUrl!);
    expect(appearance?.['@type']).toContain(schema('NewsArticle'));
    expect(values(appearance, schema('headline'))).toEqual(['A one-line wire report']);
    expect(ids(appearance, schema('publisher'))).toEqual(['https://factcheck.example.org/x/sources/wire-agency.html']);
  });

  it('carries one ClaimReview per verdict, rated on the 1–5 scale or named only', async () => {
    const { nodes } = await readClaimPage(fixture, 'tw22ab', 'https://factcheck.example.org/x/', 'https://factcheck.example.org/x/claims/tw22ab.html');
    const reviews = [...nodes.values()].filter((node) => node['@type']?.includes(schema('ClaimReview')));
    expect(reviews.map((review) => values(review, schema('datePublished'))[0])).toEqual(['2026-11-19', '2026-11-20']);
    for (const review of reviews) expect(ids(review, schema('itemReviewed'))).toEqual(['https://factcheck.example.org/x/claims/tw22ab.html']);
    const ratingOf = (review: Node) => nodes.get(ids(review, schema('reviewRating'))[0]!);
    const [unproven, rated] = reviews.map(ratingOf);
    expect(values(unproven, schema('alternateName'))).toEqual(['Unproven']);
    expect(values(unproven, schema('ratingValue'))).toEqual([]);
    expect(values(rated, schema('alternateName'))).toEqual(['True']);
    expect(values(rated, schema('ratingValue'))).toEqual([5]);
    expect(values(rated, schema('bestRating'))).toEqual([5]);
    const author = nodes.get(ids(reviews[1], schema('author'))[0]!);
    expect(author?.['@type']).toEqual([schema('Organization')]);
    expect(values(author, schema('name'))).toEqual(['Fact-check desk']);
  });

  it('draws the attribution chain in PROV-O: SCMP, citing Reuters, citing diplomatic sources', async () => {
    const page = 'https://host.example/claims/j8w3r5.html';
    const { nodes } = await readClaimPage(sample, 'j8w3r5', '/', page);
    const source = (id: string) => `https://host.example/sources/${id}.html`;
    const published = nodes.get(page);
    expect(ids(published, prov('wasAttributedTo'))).toEqual([source('scmp')]);
    const reuters = nodes.get(ids(published, prov('wasDerivedFrom'))[0]!);
    expect(ids(reuters, prov('wasAttributedTo'))).toEqual([source('reuters')]);
    const origin = nodes.get(ids(reuters, prov('wasDerivedFrom'))[0]!);
    expect(ids(origin, prov('wasAttributedTo'))).toEqual([source('diplomatic-sources')]);
    expect(ids(origin, prov('wasDerivedFrom'))).toEqual([]);
    expect(ids(published, schema('author'))).toEqual([source('diplomatic-sources')]);
    expect(nodes.get(source('diplomatic-sources'))?.['@type']).toEqual([prov('Agent')]);
    expect(nodes.get(source('reuters'))?.['@type']).toEqual([schema('NewsMediaOrganization'), prov('Agent')]);
  });

  it('uses only terms PROV-O defines', async () => {
    // PROV-O's starting-point and expanded terms (https://www.w3.org/TR/prov-o/); a misspelt one
    // would expand without complaint, so the list catches it.
    const provTerms = new Set(['Entity', 'Activity', 'Agent', 'Person', 'Organization', 'wasGeneratedBy', 'wasDerivedFrom', 'wasAttributedTo', 'startedAtTime', 'used', 'wasInformedBy', 'endedAtTime', 'wasAssociatedWith', 'actedOnBehalfOf', 'wasQuotedFrom', 'wasRevisionOf', 'hadPrimarySource', 'alternateOf', 'specializationOf', 'generatedAtTime', 'invalidatedAtTime', 'atLocation', 'value']);
    for (const id of ['j8w3r5', 'yarpti', 'xu8as5']) {
      const { nodes } = await readClaimPage(sample, id, '/', `https://host.example/claims/${id}.html`);
      const used = [...nodes.values()].flatMap((node) => [...Object.keys(node), ...(node['@type'] ?? [])]);
      for (const term of used.filter((iri) => iri.startsWith(prov(''))))
        expect(provTerms.has(term.slice(prov('').length)), term).toBe(true);
    }
  });

  it('a quotation is quoted from its speaker; an article with no URL is named by its content', async () => {
    const page = 'file:///home/reader/claimtrail-site/claims/yarpti.html';
    const { nodes, article } = await readClaimPage(sample, 'yarpti', '/', page);
    expect(ids(nodes.get(page), prov('wasQuotedFrom'))).toEqual([`${page}#said-by-john-fisher`]);
    // Relative references resolve inside the folder being read, wherever it is.
    expect(ids(nodes.get(page), schema('author'))).toEqual(['file:///home/reader/claimtrail-site/sources/john-fisher.html']);
    expect(ids(nodes.get(page), schema('appearance'))).toEqual([contentName(article.sha256)]);
  });

  it('no text in the data can end the script element it is written in', () => {
    expect(scriptJson({ text: '</script><script>alert(1)</script>' })).not.toContain('<');
    expect(JSON.parse(scriptJson({ text: '</script>' }))).toEqual({ text: '</script>' });
  });
});
