// Search, as the search page runs it: MiniSearch with the options and documents of the index script.
import { runInNewContext } from 'node:vm';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadCorpusOrThrow } from '../../src/core/content/corpus.ts';
import {
  searchDocuments,
  searchGlobal,
  searchIndexRoutes,
  searchIndexScript,
  searchOptions,
  searchPartBound,
  searchPartBytes,
  searchPartGlobal,
  searchParts,
} from '../../src/core/publish/search.ts';
import { routes } from '../../src/core/publish/urls.ts';
import { searchDocumentSchema, type ClaimGraph, type SearchDocument } from '../../src/core/schema.ts';

const loaded = loadCorpusOrThrow('content');
const tortureId = loaded.claims.find((claim) => /torture inside the camps/.test(claim.text))!.id;
const deniedId = loaded.claims.find((claim) => claim.stance === 'asserts')!.id;
// One claim is restated in words of its own, so that what is found by the exact words and what by
// the statement can be told apart; another is given a claimant and a stance to find it by.
const graph: ClaimGraph = {
  ...loaded,
  claims: loaded.claims.map((claim) => {
    if (claim.id === tortureId) return { ...claim, statement: 'Detainees say they were mistreated in the camps.' };
    if (claim.id === deniedId)
      return {
        ...claim,
        stance: 'reports-denial',
        claimant: 'michelle-bachelet',
        attribution: [claim.attribution[0]!, 'michelle-bachelet'],
      };
    return claim;
  }),
};
const documents = searchDocuments(graph);
const index = new MiniSearch<SearchDocument>(searchOptions);
index.addAll(documents);
const find = (query: string) => index.search(query).map((result) => result.id as string);
const claimWith = (pattern: RegExp) => graph.claims.find((claim) => pattern.test(claim.text))!;

describe('search documents', () => {
  it('cover every claim, article and source once, each linking to its page', () => {
    expect(documents.map((document) => searchDocumentSchema.parse(document))).toHaveLength(
      graph.claims.length + graph.articles.length + graph.sources.length,
    );
    expect(new Set(documents.map((document) => document.id)).size).toBe(documents.length);
    expect(documents.find((document) => document.id === `claim:${tortureId}`)).toMatchObject({
      route: `claims/${tortureId}.html`,
      title: 'Detainees say they were mistreated in the camps.',
    });
  });

  it("show a claim's sourcing and verdict apart, and say when no editor has reviewed it yet", () => {
    const rated = {
      ...graph.claims[0]!,
      verdicts: [
        {
          rating: 'false' as const,
          date: '2019-11-22',
          reviewer: 'Jane Doe',
          reviewerType: 'person' as const,
          explanation: 'Misreads the report.',
          place: graph.claims[0]!.place,
        },
      ],
    };
    const article = graph.articles.find((entry) => entry.slug === rated.article)!;
    const withReview = (review: typeof article.review) =>
      ({ ...graph, claims: [rated], articles: [{ ...article, review }] }) as ClaimGraph;
    const statusOf = (review: typeof article.review) =>
      searchDocuments(withReview(review)).find((document) => document.id === `claim:${rated.id}`)!.status;
    expect(statusOf('reviewed')).toMatch(
      /^(?:\d+ independent sources|1 source|Source not identified)(?: · disputed by .*)? · Editor's verdict: False$/,
    );
    expect(statusOf('auto')).toMatch(
      / · Editor's verdict: False · Annotated automatically; not yet reviewed by an editor$/,
    );
    const unrated = searchDocuments(graph).find((document) => document.id === `claim:${graph.claims[1]!.id}`)!;
    expect(unrated.status).toContain('Not rated');
  });

  it('find a claim by its statement and by its exact words, which are not shown', () => {
    expect(find('mistreated')).toContain(`claim:${tortureId}`);
    expect(find('rampant')).toContain(`claim:${tortureId}`);
    expect(documents.find((document) => document.id === `claim:${tortureId}`)!.title).not.toMatch(/rampant/);
  });

  it('find a claim by who claims it and by how the publisher relays it', () => {
    expect(find('Bachelet')).toContain(`claim:${deniedId}`);
    const denials = find('reported as a denial');
    expect(denials).toContain(`claim:${deniedId}`);
    const stanceOf = new Map(graph.claims.map((claim) => [`claim:${claim.id}`, claim.stance]));
    expect(denials.map((id) => stanceOf.get(id))).toEqual(denials.map(() => 'reports-denial'));
  });

  it.each([
    ['a word of a claim', 'torture', () => `claim:${claimWith(/torture inside the camps/).id}`],
    ['a number as written', '22', () => `claim:${claimWith(/\b22 nations/).id}`],
    ['a source by its name', 'Bachelet', () => 'source:michelle-bachelet'],
    ['a source by another spelling of its name', 'Uighur', () => 'source:uyghurs'],
    [
      'a claim by another spelling of a name in its words ("Uygur" in the text)',
      'Uighur',
      () => `claim:${claimWith(/mainly Uygur Muslims/).id}`,
    ],
    ['a source by its role', 'Geneva director', () => 'source:john-fisher'],
    [
      'a claim by who it is attributed to',
      'Reuters diplomatic',
      () => `claim:${graph.claims.find((claim) => claim.attribution.includes('diplomatic-sources'))!.id}`,
    ],
    ['an article by its publisher', 'South China Morning Post', () => 'article:scmp-2019-xinjiang-diplomats-invited'],
    ['a word cut short while typing', 'detain', () => `claim:${claimWith(/detain/i).id}`],
  ])('find %s (%j)', (_what, query, expected) => {
    expect(find(query)).toContain(expected());
  });

  it('find an article by its title without every claim of the article', () => {
    // "backlash" is in the SCMP article's title and in none of its claims.
    expect(graph.claims.some((claim) => /backlash/i.test(`${claim.text} ${claim.statement}`))).toBe(false);
    expect(find('backlash')).toEqual(['article:scmp-2019-xinjiang-diplomats-invited']);
  });

  it('ship as one classic script that sets a global on a small site, since nothing can be fetched from file://', () => {
    const script = searchIndexScript(graph);
    const window: Record<string, unknown> = {};
    runInNewContext(script, { window });
    expect(searchIndexRoutes(graph)).toEqual([routes.searchData()]);
    expect(window[searchGlobal]).toEqual(
      JSON.parse(JSON.stringify({ options: searchOptions, documents, count: documents.length, parts: [] })),
    );
    expect(script).not.toMatch(/\bimport\b|\bexport\b|fetch\(/);
  });

  it('list articles, then sources, then claims, so that the first part of a big index finds every article', () => {
    const types = documents.map((document) => document.type);
    expect(types).toEqual([...types].sort((a, b) => typeRank[a] - typeRank[b]));
    expect(new Set(types)).toEqual(new Set(['article', 'source', 'claim']));
  });
});

const typeRank = { article: 0, source: 1, claim: 2 };
const bytesOf = (part: readonly SearchDocument[]) =>
  part.reduce((sum, document) => sum + Buffer.byteLength(JSON.stringify(document)) + 1, 0);

describe('a big index, cut into parts', () => {
  it.each([
    ['the default bounds', searchPartBytes],
    ['a first part of 1 KB growing to 4 KB', { first: 1024, most: 4096 }],
    ['bounds the same for every part', { first: 2048, most: 2048 }],
    ['a bound smaller than any document', { first: 10, most: 10 }],
  ])('holds every document once, in order, each part within its bound (%s)', (_bounds, bytes) => {
    const parts = searchParts(documents, bytes);
    expect(parts.flat()).toEqual(documents);
    parts.forEach((part, index) => {
      expect(part.length).toBeGreaterThan(0);
      // Only a document bigger than its part's bound is alone over it.
      if (part.length > 1) expect(bytesOf(part)).toBeLessThanOrEqual(searchPartBound(index + 1, bytes));
    });
    expect(searchParts(documents, bytes)).toEqual(parts);
  });

  it.each([
    [1, 64 * 1024],
    [2, 128 * 1024],
    [5, 1024 * 1024],
    [9, 1024 * 1024],
  ])('lets part %i hold %i bytes: small first, then twice the one before, up to 1 MB', (part, bound) => {
    expect(searchPartBound(part)).toBe(bound);
  });

  // The sample's claims many times over, each copy with ids of its own: an index of several parts.
  const copies = 12;
  const big: ClaimGraph = {
    ...graph,
    claims: Array.from({ length: copies }, (_, copy) =>
      graph.claims.map((claim) => ({ ...claim, id: `${claim.id}${copy}` })),
    ).flat(),
  };
  const bigDocuments = searchDocuments(big);

  /** Runs every file of the index as the search page does, in order, and returns what it read. */
  function load(site: ClaimGraph) {
    const window: Record<string, unknown> = {};
    const handed: SearchDocument[][] = [];
    window[searchPartGlobal] = (part: { documents: SearchDocument[] }) => handed.push(part.documents);
    const [first, ...others] = searchIndexRoutes(site);
    expect(first).toBe(routes.searchData());
    runInNewContext(searchIndexScript(site), { window });
    const data = window[searchGlobal] as { documents: SearchDocument[]; count: number; parts: string[] };
    expect(data.parts).toEqual(others);
    others.forEach((_, index) => runInNewContext(searchIndexScript(site, index + 2), { window }));
    return { data, handed };
  }

  it('comes as data/search-index.js, naming the other parts, and each part hands its documents on', () => {
    const { data, handed } = load(big);
    expect(bytesOf(bigDocuments)).toBeGreaterThan(searchPartBound(1) + searchPartBound(2));
    expect(data.parts).toEqual(handed.map((_, index) => routes.searchData(index + 2)));
    expect(data.parts.length).toBeGreaterThanOrEqual(2);
    expect(data.parts[0]).toBe('data/search-index-2.js');
    expect(data.count).toBe(bigDocuments.length);
    expect([data.documents, ...handed].flat()).toEqual(JSON.parse(JSON.stringify(bigDocuments)));
    expect(() => searchIndexScript(big, data.parts.length + 2)).toThrow(RangeError);
  });

  it('is the same, byte for byte, for the same corpus read again', () => {
    const again = structuredClone(big);
    const files = (site: ClaimGraph) => searchIndexRoutes(site).map((_, index) => searchIndexScript(site, index + 1));
    expect(files(again)).toEqual(files(big));
  });
});
