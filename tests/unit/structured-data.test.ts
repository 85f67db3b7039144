import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { loadCorpusOrThrow } from '../../src/core/content/corpus.ts';
import { contentName } from '../../src/core/publish/exports.ts';
import type { Claim, ClaimGraph, Source } from '../../src/core/schema.ts';
import { claimJsonLd, publisherJsonLd, scriptJson } from '../../src/core/publish/structured-data.ts';
import { linkedDataId, routes } from '../../src/core/publish/urls.ts';

const schema = (term: string) => `https://schema.org/${term}`;
const prov = (term: string) => `http://www.w3.org/ns/prov#${term}`;
type Node = Record<string, { '@id'?: string; '@value'?: unknown }[]> & { '@id': string; '@type'?: string[] };

// Nothing may be fetched: the context is inline. A loader that throws proves it.
const documentLoader = (url: string): Promise<never> => {
  return Promise.reject(new Error(`JSON-LD tried to load ${url}`));
};

/** The claim page's JSON-LD as a processor reads it: expanded in safe mode, flattened, by @id. */
async function readClaimPage(
  graph: ClaimGraph,
  claimOrId: Claim | string,
  prefix: string,
  pageUrl: string,
  publisher?: ReturnType<typeof publisherJsonLd>,
) {
  const claim =
    typeof claimOrId === 'string' ? graph.claims.find((candidate) => candidate.id === claimOrId)! : claimOrId;
  const article = graph.articles.find((candidate) => candidate.slug === claim.article)!;
  const route = routes.claim(claim.id);
  const doc = claimJsonLd(
    claim,
    article,
    new Map(graph.sources.map((source) => [source.id, source])),
    {
      claim: (claimId, fragment) => linkedDataId(route, routes.claim(claimId), prefix, fragment),
      source: (sourceId) => linkedDataId(route, routes.source(sourceId), prefix),
    },
    publisher,
  );
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
  const prefix = 'https://factcheck.example.org/x/';
  const page = `${prefix}claims/tw22ab.html`;
  const source = (id: string) => `${prefix}sources/${id}.html`;
  // The fixture's one claim with its model stated here, so each case says what it is about.
  const asserted: Claim = {
    ...fixture.claims.find((candidate) => candidate.id === 'tw22ab')!,
    statement: 'Twenty-two countries signed a joint letter on Wednesday.',
    stance: 'asserts',
    claimant: 'wire-agency',
    attribution: ['wire-agency'],
    claimedAt: null,
    claimedAtFrom: null,
  };
  const accusers: Source = {
    id: 'unnamed-accusers',
    name: 'Unnamed accusers',
    type: 'unnamed',
    aliases: [],
    related: [],
    url: '/sources/unnamed-accusers.html',
    claims: ['tw22ab'],
  };
  const speaker: Source = {
    ...accusers,
    id: 'john-doe',
    name: 'John Doe',
    type: 'person',
    url: '/sources/john-doe.html',
  };
  const withAccusers: ClaimGraph = { ...fixture, sources: [...fixture.sources, accusers, speaker] };
  const alleged: Claim = { ...asserted, stance: 'reports-allegation' };
  const agentsOf = (nodes: Map<string, Node>) =>
    [...nodes.values()].filter((node) => node['@type']?.includes(prov('Agent'))).map((node) => node['@id']);

  it('states a schema.org Claim: its statement as text, its author, its appearance and first appearance', async () => {
    const { nodes, article } = await readClaimPage(fixture, asserted, prefix, page);
    const claim = nodes.get(page);
    expect(claim?.['@type']).toEqual(expect.arrayContaining([schema('Claim'), prov('Entity')]));
    expect(values(claim, schema('text'))).toEqual(['Twenty-two countries signed a joint letter on Wednesday.']);
    expect(ids(claim, schema('author'))).toEqual([source('wire-agency')]);
    // The exact words stand beside the statement, as the text of the passage the claim appears in.
    const [passage] = ids(claim, schema('appearance'));
    expect(ids(claim, schema('firstAppearance'))).toEqual([passage]);
    expect(nodes.get(passage!)?.['@type']).toEqual([schema('CreativeWork')]);
    expect(values(nodes.get(passage!), schema('text'))).toEqual(['Twenty-two countries signed a letter on Wednesday']);
    expect(ids(nodes.get(passage!), schema('isPartOf'))).toEqual([article.sourceUrl]);
    const appearance = nodes.get(article.sourceUrl!);
    expect(appearance?.['@type']).toContain(schema('NewsArticle'));
    expect(values(appearance, schema('headline'))).toEqual(['A one-line wire report']);
    expect(ids(appearance, schema('publisher'))).toEqual([source('wire-agency')]);
  });

  it('dates the Claim by when it was claimed, and only when that is known', async () => {
    const dated = await readClaimPage(
      fixture,
      { ...asserted, claimedAt: '2019-07-10', claimedAtFrom: 'text' },
      prefix,
      page,
    );
    expect(values(dated.nodes.get(page), schema('dateCreated'))).toEqual(['2019-07-10']);
    const undated = await readClaimPage(fixture, asserted, prefix, page);
    expect(values(undated.nodes.get(page), schema('dateCreated'))).toEqual([]);
    expect(values(undated.nodes.get(page), schema('datePublished'))).toEqual([]);
  });

  it('a claim the publisher asserts in its own voice is authored by the publisher, with no chain behind it', async () => {
    const { nodes } = await readClaimPage(fixture, asserted, prefix, page);
    expect(ids(nodes.get(page), schema('author'))).toEqual([source('wire-agency')]);
    expect(ids(nodes.get(page), prov('wasAttributedTo'))).toEqual([source('wire-agency')]);
    expect(ids(nodes.get(page), prov('wasDerivedFrom'))).toEqual([]);
  });

  it('a reported allegation is authored by its claimant, not the publisher, and the chain ends at the claimant', async () => {
    const allegation: Claim = { ...alleged, claimant: 'john-doe', attribution: ['wire-agency', 'john-doe'] };
    const { nodes } = await readClaimPage(withAccusers, allegation, prefix, page);
    const published = nodes.get(page);
    expect(ids(published, schema('author'))).toEqual([source('john-doe')]);
    expect(ids(published, prov('wasAttributedTo'))).toEqual([source('wire-agency')]);
    const claimed = nodes.get(ids(published, prov('wasDerivedFrom'))[0]!);
    expect(ids(claimed, prov('wasAttributedTo'))).toEqual([source('john-doe')]);
    expect(ids(claimed, prov('wasDerivedFrom'))).toEqual([]);
    expect(nodes.get(source('john-doe'))?.['@type']).toEqual([schema('Person'), prov('Agent')]);
  });

  it('an unnamed claimant is no schema.org author (no Person, no Organization), but the PROV claimant', async () => {
    const attribution = ['wire-agency', 'unnamed-accusers'];
    const allegation: Claim = { ...alleged, claimant: 'unnamed-accusers', attribution };
    const { nodes } = await readClaimPage(withAccusers, allegation, prefix, page);
    const published = nodes.get(page);
    expect(ids(published, schema('author'))).toEqual([]);
    const claimed = nodes.get(ids(published, prov('wasDerivedFrom'))[0]!);
    expect(ids(claimed, prov('wasAttributedTo'))).toEqual([source('unnamed-accusers')]);
    expect(nodes.get(source('unnamed-accusers'))?.['@type']).toEqual([prov('Agent')]);
    // Its description is kept as it is in sources.yaml, not turned into a person's name.
    expect(values(nodes.get(source('unnamed-accusers')), schema('name'))).toEqual(['Unnamed accusers']);
  });

  it('a claim whose claimant is unknown has no author, and its chain stops at the publisher', async () => {
    const unattributed: Claim = {
      ...asserted,
      stance: 'reports-allegation',
      claimant: null,
      attribution: ['wire-agency'],
    };
    const { nodes } = await readClaimPage(withAccusers, unattributed, prefix, page);
    const published = nodes.get(page);
    expect(ids(published, schema('author'))).toEqual([]);
    expect(ids(published, prov('wasAttributedTo'))).toEqual([source('wire-agency')]);
    expect(ids(published, prov('wasDerivedFrom'))).toEqual([]);
    expect(agentsOf(nodes)).toEqual([source('wire-agency')]);
  });

  const reviewsOf = (nodes: Map<string, Node>) =>
    [...nodes.values()].filter((node) => node['@type']?.includes(schema('ClaimReview')));

  it('carries one ClaimReview, of the current verdict: the earlier one it superseded is no review', async () => {
    const { nodes } = await readClaimPage(fixture, asserted, prefix, page);
    const reviews = reviewsOf(nodes);
    // The fixture's verdicts: "Unproven" by Desk Editor on 2026-11-19, then "True" by Fact-check desk.
    expect(reviews).toHaveLength(1);
    const [review] = reviews;
    expect(values(review, schema('datePublished'))).toEqual(['2026-11-20']);
    expect(ids(review, schema('itemReviewed'))).toEqual([page]);
    expect(values(review, schema('claimReviewed'))).toEqual([asserted.statement]);
    expect(values(review, schema('url'))).toEqual([page]);
    const rating = nodes.get(ids(review, schema('reviewRating'))[0]!);
    expect(values(rating, schema('alternateName'))).toEqual(['True']);
    expect(values(rating, schema('ratingValue'))).toEqual([5]);
    expect(values(rating, schema('bestRating'))).toEqual([5]);
    const author = nodes.get(ids(review, schema('author'))[0]!);
    expect(author?.['@type']).toEqual([schema('Organization')]);
    expect(values(author, schema('name'))).toEqual(['Fact-check desk']);
  });

  it('a verdict outside the 1–5 scale is named only; a claim with no verdict has no review', async () => {
    const unproven = { ...asserted, verdicts: asserted.verdicts.slice(0, 1) };
    const { nodes } = await readClaimPage(fixture, unproven, prefix, page);
    const rating = nodes.get(ids(reviewsOf(nodes)[0], schema('reviewRating'))[0]!);
    expect(values(rating, schema('alternateName'))).toEqual(['Unproven']);
    expect(values(rating, schema('ratingValue'))).toEqual([]);
    expect(nodes.get(ids(reviewsOf(nodes)[0], schema('author'))[0]!)?.['@type']).toEqual([schema('Person')]);
    expect(reviewsOf((await readClaimPage(fixture, { ...asserted, verdicts: [] }, prefix, page)).nodes)).toEqual([]);
  });

  it("without the site's host, the Claim and its review give no url: a relative path is no address", async () => {
    const local = 'file:///home/reader/site/claims/tw22ab.html';
    const { nodes } = await readClaimPage(fixture, asserted, '/', local);
    expect(values(nodes.get(local), schema('url'))).toEqual([]);
    expect(values(reviewsOf(nodes)[0], schema('url'))).toEqual([]);
    const published = await readClaimPage(fixture, asserted, prefix, page);
    expect(values(published.nodes.get(page), schema('url'))).toEqual([page]);
  });

  it('the Claim is published on the day its article is dated, and undated when the article is', async () => {
    const datePublished = async (graph: ClaimGraph) =>
      values((await readClaimPage(graph, asserted, prefix, page)).nodes.get(page), schema('datePublished'));
    const articles = fixture.articles.map((article) => ({ ...article, date: '2026-11-18' }));
    const dated: ClaimGraph = { ...fixture, articles };
    expect(await datePublished(dated)).toEqual(['2026-11-18']);
    expect(fixture.articles[0]!.date).toBeNull();
    expect(await datePublished(fixture)).toEqual([]);
  });

  it('every author on every claim page is a schema.org Person or Organization', async () => {
    // schema.org's Person, Organization and the Organization subtypes the site uses.
    const agentTypes = new Set(
      ['Person', 'Organization', 'NewsMediaOrganization', 'GovernmentOrganization', 'NGO'].map(schema),
    );
    const pages = [...sample.claims.map((claim) => [sample, claim] as const), [fixture, asserted] as const];
    let authors = 0;
    for (const [graph, claim] of pages) {
      const { nodes } = await readClaimPage(graph, claim, prefix, `${prefix}claims/${claim.id}.html`);
      for (const node of nodes.values())
        for (const author of ids(node, schema('author'))) {
          authors += 1;
          const types = nodes.get(author!)?.['@type'] ?? [];
          expect(
            types.some((type) => agentTypes.has(type)),
            `${claim.id}: ${author}`,
          ).toBe(true);
        }
    }
    expect(authors).toBeGreaterThan(sample.claims.length);
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
    // The chain's last hop is the claimant; unnamed, it is no schema.org author.
    expect(sample.claims.find((claim) => claim.id === 'j8w3r5')!.claimant).toBe('diplomatic-sources');
    expect(ids(published, schema('author'))).toEqual([]);
    expect(nodes.get(source('diplomatic-sources'))?.['@type']).toEqual([prov('Agent')]);
    expect(nodes.get(source('reuters'))?.['@type']).toEqual([schema('NewsMediaOrganization'), prov('Agent')]);
  });

  it('uses only terms PROV-O defines', async () => {
    // PROV-O's starting-point and expanded terms (https://www.w3.org/TR/prov-o/); a misspelt one
    // would expand without complaint, so the list catches it.
    const provTerms = new Set([
      'Entity',
      'Activity',
      'Agent',
      'Person',
      'Organization',
      'wasGeneratedBy',
      'wasDerivedFrom',
      'wasAttributedTo',
      'startedAtTime',
      'used',
      'wasInformedBy',
      'endedAtTime',
      'wasAssociatedWith',
      'actedOnBehalfOf',
      'wasQuotedFrom',
      'wasRevisionOf',
      'hadPrimarySource',
      'alternateOf',
      'specializationOf',
      'generatedAtTime',
      'invalidatedAtTime',
      'atLocation',
      'value',
    ]);
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
    expect(ids(nodes.get(page), schema('author'))).toEqual([
      'file:///home/reader/claimtrail-site/sources/john-fisher.html',
    ]);
    const [passage] = ids(nodes.get(page), schema('appearance'));
    expect(ids(nodes.get(passage!), schema('isPartOf'))).toEqual([contentName(article.sha256)]);
  });

  it("names the site's publisher as the one who publishes the data and the reviews, never as the claimant", async () => {
    const route = routes.claim('tw22ab');
    const publisher = publisherJsonLd(
      { name: 'Wire Desk', url: 'https://wire.example/', logo: 'images/logo.png' },
      linkedDataId(route, routes.home(), prefix, 'publisher'),
      linkedDataId(route, routes.media('images/logo.png'), prefix),
    );
    const { nodes } = await readClaimPage(fixture, asserted, prefix, page, publisher);
    const organisation = nodes.get(`${prefix}index.html#publisher`);
    expect(organisation?.['@type']).toEqual([schema('Organization')]);
    expect(values(organisation, schema('name'))).toEqual(['Wire Desk']);
    expect(values(organisation, schema('url'))).toEqual(['https://wire.example/']);
    expect(ids(organisation, schema('logo'))).toEqual([`${prefix}media/images/logo.png`]);
    expect(ids(nodes.get(page), schema('sdPublisher'))).toEqual([`${prefix}index.html#publisher`]);
    expect(ids(nodes.get(page), schema('author'))).toEqual([source('wire-agency')]);
    const reviews = [...nodes.values()].filter((node) => node['@type']?.includes(schema('ClaimReview')));
    // One review, of the current verdict (the earlier one is superseded), published by the site's publisher.
    expect(reviews.map((review) => ids(review, schema('publisher')))).toEqual([[`${prefix}index.html#publisher`]]);

    // A site that names no publisher says nothing of one.
    const without = await readClaimPage(fixture, asserted, prefix, page);
    expect(
      [...without.nodes.values()].filter(
        (node) => node['@type']?.includes(schema('Organization')) && node['@id'].endsWith('#publisher'),
      ),
    ).toEqual([]);
    expect(ids(without.nodes.get(page), schema('sdPublisher'))).toEqual([]);
  });

  it('no text in the data can end the script element it is written in', () => {
    expect(scriptJson({ text: '</script><script>alert(1)</script>' })).not.toContain('<');
    expect(JSON.parse(scriptJson({ text: '</script>' }))).toEqual({ text: '</script>' });
  });
});
