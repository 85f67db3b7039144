// The sample corpus the project ships: the two seed articles, cleaned and annotated by hand.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/core/content/corpus.ts';

const contentDir = join(import.meta.dirname, '../../content');
const { graph, files } = loadCorpus(contentDir);
// sha256 of the seed files as delivered in shared/seeds/.
const seedHashes: Record<string, string> = {
  'scmp-2019-xinjiang-diplomats-invited.txt': '0bad1abee6c0feab5f27f3e24b961b5990162997a41d8661819d51c312ac5c78',
  'cnn-2019-22-nations-letter.txt': '4dcec31ed215412122ef2a0ce1e551713c8cdfae362c296fa4fd968883ec72af',
};
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the sample corpus', () => {
  it('has no problems', () => {
    expect(files.flatMap((file) => file.messages.map(String))).toEqual([]);
  });

  it('carries both seed articles unchanged as raw sources', () => {
    for (const article of graph!.articles) {
      const name = article.sourceFile.split('/').pop()!;
      const sha256 = createHash('sha256')
        .update(readFileSync(join(contentDir, article.sourceFile)))
        .digest('hex');
      expect(sha256).toBe(seedHashes[name]);
    }
    expect(graph!.articles.map((article) => article.publisher).sort()).toEqual(['cnn', 'scmp']);
  });

  it('holds at least 25 claims', () => {
    expect(graph!.claims.length).toBeGreaterThanOrEqual(25);
  });

  it('keeps only words the raw source has: every paragraph stands in it verbatim', () => {
    for (const article of graph!.articles) {
      const raw = squash(readFileSync(join(contentDir, article.sourceFile), 'utf8'));
      for (const block of article.blocks) expect(raw, `${article.slug}: ${block.text}`).toContain(block.text);
    }
  });

  it.each([
    'Advertisement',
    'Select Voice',
    'Select Speed',
    '1.00x',
    'Reading Time',
    'Why you can trust SCMP',
    'LuandMimi',
  ])('has no clutter: “%s” is gone from every article', (clutter) => {
    for (const article of graph!.articles) expect(article.cleanText).not.toContain(clutter);
  });

  it('keeps each repeated paragraph once', () => {
    for (const article of graph!.articles) {
      const texts = article.blocks.map((block) => block.text);
      expect(new Set(texts).size).toBe(texts.length);
    }
    const cnn = graph!.articles.find((article) => article.publisher === 'cnn')!;
    const rawParagraphs = new Set(
      readFileSync(join(contentDir, cnn.sourceFile), 'utf8')
        .split(/\n\s*\n/)
        .map(squash)
        .filter(Boolean),
    );
    expect(cnn.blocks.length).toBe(rawParagraphs.size);
  });

  it('keeps the SCMP photo caption as a caption with its credit, not body text', () => {
    const scmp = graph!.articles.find((article) => article.publisher === 'scmp')!;
    const caption = scmp.blocks.find((block) => block.text.startsWith('Security personnel patrol'))!;
    expect(caption.type).toBe('caption');
    expect(caption.credit).toBe('AP');
  });

  it('states what the sources state and leaves the rest unknown', () => {
    const scmp = graph!.articles.find((article) => article.publisher === 'scmp')!;
    const cnn = graph!.articles.find((article) => article.publisher === 'cnn')!;
    expect(scmp.authors).toEqual(['Zhenhua Lu', 'Mimi Lau']);
    expect(scmp.title).toBe('China invites European diplomats to visit Xinjiang as backlash grows over Muslim camps');
    expect([cnn.title, cnn.authors, cnn.date, cnn.sourceUrl, scmp.date, scmp.sourceUrl]).toEqual([
      null,
      [],
      null,
      null,
      null,
      null,
    ]);
  });

  it('attributes through the chains the articles give', () => {
    const chains = graph!.claims.map((claim) => claim.attribution.join(' < '));
    expect(chains).toContain('scmp < reuters < diplomatic-sources');
    expect(chains).toContain('cnn < us-state-department');
    expect(chains).toContain('scmp < foreign-diplomat-beijing');
    expect(chains).toContain('cnn < john-fisher');
    expect(graph!.sources.find((source) => source.id === 'john-fisher')!.affiliation).toBe('human-rights-watch');
  });

  it('normalises the detention figures to their bounds', () => {
    const bounds = graph!.claims
      .filter((claim) => claim.quantity?.unit === 'people')
      .map((claim) => [claim.quantity!.min, claim.quantity!.max]);
    expect(bounds).toContainEqual([1000000, null]);
    expect(bounds).toContainEqual([null, 2000000]);
  });

  it('gives every claim an editor-written statement a reader understands alone', () => {
    for (const claim of graph!.claims) {
      expect(claim.drafted, claim.id).toEqual([]);
      expect(claim.statement, claim.id).toMatch(/^\p{Lu}[^\n]*[.?!]$/u);
      // A statement names its subject: it does not open on a pronoun only the article explains.
      expect(claim.statement, claim.id).not.toMatch(/^(?:It|He|She|They|This|That)\b/);
    }
  });

  it('credits the accusation of mass detention to unnamed accusers, never to the newspaper that reports it', () => {
    const accusation = graph!.claims.find((claim) => claim.id === 'a5uu7h')!;
    expect(accusation).toMatchObject({
      claimant: 'unnamed-accusers',
      stance: 'reports-allegation',
      attribution: ['scmp', 'unnamed-accusers'],
    });
    expect(accusation.corroboration.origins).not.toContain('scmp');
    expect(accusation.quantity).toMatchObject({ min: 1_000_000, minExclusive: true });
  });

  it('names the publisher as claimant only of what it says in its own voice', () => {
    for (const claim of graph!.claims) {
      const ownVoice = claim.claimant === claim.attribution[0];
      expect(ownVoice, claim.id).toBe(claim.stance === 'asserts');
      expect(claim.claimant, claim.id).toBe(claim.attribution.at(-1));
    }
  });
});
