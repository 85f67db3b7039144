// Every claim of every corpus the project holds (the sample in content/ and each fixture corpus) has
// the APA reference citeproc-js wrote for it, byte for byte: see tests/unit/apa.test.ts.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/core/content/corpus.ts';
import { citeClaim } from '../../src/core/publish/citation.ts';
import { citeprocApa } from './citeproc-apa.ts';

const fixtures = join(import.meta.dirname, '../fixtures');
const corpora = [
  join(import.meta.dirname, '../../content'),
  ...readdirSync(fixtures)
    .map((name) => join(fixtures, name))
    .filter((dir) => existsSync(join(dir, 'articles'))),
];
const loaded = corpora.map((dir) => [dir, loadCorpus(dir, { base: 'https://factcheck.example.org/checks/' })] as const);

describe('the APA reference of every claim of every corpus is citeproc’s', () => {
  it('every corpus loads but the one that is broken on purpose', () => {
    const unloaded = loaded.filter(([, result]) => !result.graph).map(([dir]) => dir.split('/').pop());
    expect(unloaded).toEqual(['broken-corpus']);
  });

  it.each(loaded.filter(([, result]) => result.graph).map(([dir, result]) => [dir.split('/').pop()!, result]))(
    '%s',
    (_name, { graph, site }) => {
      const sourceNames = new Map(graph!.sources.map((source) => [source.id, source.name]));
      const articles = new Map(graph!.articles.map((article) => [article.slug, article]));
      expect(graph!.claims.length).toBeGreaterThan(0);
      for (const claim of graph!.claims) {
        const apa = citeClaim(claim, articles.get(claim.article)!, sourceNames, site.name).apa;
        expect(apa, claim.id).toBe(citeprocApa(claim, sourceNames, site.name));
      }
    },
  );
});
