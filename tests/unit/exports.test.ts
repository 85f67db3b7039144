// The open data exports, read back the way their users' tools would read them.
import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusOrThrow } from '../../src/core/corpus.ts';
import { annotationCollection, claimsCsv } from '../../src/core/exports.ts';

const graph = loadCorpusOrThrow('content');

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
    expect(rows.find((row) => row.id === million.id)).toMatchObject({ quantity_min: '1000000', quantity_max: '', source_start: String(million.anchor.start) });
  });

  it('gives each claim its current verdict and the day of it, and nothing for an unrated claim', () => {
    const fixture: Record<string, string>[] = parse(claimsCsv(loadCorpusOrThrow('tests/fixtures/minimal-corpus')), { columns: true });
    expect(fixture[0]).toMatchObject({ id: 'tw22ab', verdict: 'true', verdict_date: '2026-11-20' });
    expect(rows.every((row) => row.verdict === '' && row.verdict_date === '')).toBe(true);
  });
});

describe('annotations.jsonld', () => {
  const collection = annotationCollection(graph, '/data/annotations.jsonld');

  it('is a Web Annotation collection with one annotation per claim, linking to the claim page', () => {
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: graph.claims.length });
    expect(collection.first.items.map((item) => item.body[1]!.id)).toEqual(graph.claims.map((claim) => claim.url));
  });

  it('targets the raw source by its content hash when its URL is unknown, and its selectors find the claim’s words there', () => {
    for (const [index, claim] of graph.claims.entries()) {
      const article = graph.articles.find((candidate) => candidate.slug === claim.article)!;
      const raw = readFileSync(join('content', article.sourceFile));
      const { source, selector } = collection.first.items[index]!.target;
      expect(source).toBe(`ni:///sha-256;${createHash('sha256').update(raw).digest('base64url')}`);
      const [quote, position] = selector;
      const chars = Array.from(raw.toString('utf8'));
      expect(chars.slice(position.start, position.end).join('')).toBe(quote.exact);
      expect(chars.slice(position.start - Array.from(quote.prefix).length, position.start).join('')).toBe(quote.prefix);
      expect(quote.exact.replace(/\s+/g, ' ')).toBe(claim.text);
    }
  });
});
