// Writes a small corpus to a temporary folder: a registry, a raw file and articles whose bodies a
// test gives, so each scenario states only what it is about.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const registry = `- id: scmp
  name: South China Morning Post
  type: outlet
- id: reuters
  name: Reuters
  type: news-agency
  aliases: [the Reuters news agency]
- id: diplomatic-sources
  name: Diplomatic sources
  type: unnamed
- id: john-fisher
  name: John Fisher
  type: person
  affiliation: human-rights-watch
- id: human-rights-watch
  name: Human Rights Watch
  type: ngo
`;

/** Stands for the raw file's hash in front matter; makeCorpus puts the real one in its place. */
export const rawSha256 = 'f'.repeat(64);

export function frontmatter(overrides = ''): string {
  return `---
title: A test article
publisher: scmp
authors: [Zhenhua Lu]
date: null
url: null
source:
  file: ../raw/article.txt
  sha256: ${rawSha256}
review: hand-annotated
${overrides}---
`;
}

/** Creates the corpus and returns its folder. `articles` maps slug -> whole MDX text. */
export function makeCorpus(articles: Record<string, string>, sources = registry): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-corpus-'));
  mkdirSync(join(dir, 'articles'));
  mkdirSync(join(dir, 'raw'));
  // The raw file is the articles' text without markers, as a scraper might have saved it, so claims
  // find their words in it.
  const rawText = Object.values(articles)
    .map((text) => text.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<[^>]*>/g, ''))
    .join('\n\n');
  const sha256 = createHash('sha256').update(rawText).digest('hex');
  writeFileSync(join(dir, 'raw', 'article.txt'), rawText);
  writeFileSync(join(dir, 'sources.yaml'), sources);
  for (const [slug, text] of Object.entries(articles))
    writeFileSync(join(dir, 'articles', `${slug}.mdx`), text.replaceAll(rawSha256, sha256));
  return dir;
}
