// Search, as the search page runs it: MiniSearch with the options and documents of the index script.
import { runInNewContext } from 'node:vm';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadCorpusOrThrow } from '../../src/core/content/corpus.ts';
import { searchDocuments, searchGlobal, searchIndexScript, searchOptions } from '../../src/core/publish/search.ts';
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

  it('ship as one classic script that sets a global, since nothing can be fetched from file://', () => {
    const script = searchIndexScript(graph);
    const window: Record<string, unknown> = {};
    runInNewContext(script, { window });
    expect(window[searchGlobal]).toEqual(JSON.parse(JSON.stringify({ options: searchOptions, documents })));
    expect(script).not.toMatch(/\bimport\b|\bexport\b|fetch\(/);
  });
});
