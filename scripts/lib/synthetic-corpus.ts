// A synthetic corpus of any size, the same for the same size on every run: articles of 20 quantity
// claims each, attributed to one of 40 officials (or as many as asked) through one of 4 outlets. For the
// build and index benchmarks and the browser test of a big site's listings.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const claimsPerArticle = 20;
const outlets = ['harbour-gazette', 'valley-times', 'coast-wire', 'metro-daily'];
const places = ['Port Alder', 'Kessel Bay', 'Mirren', 'the northern valley', 'Old Quay', 'the island'];
const things = ['ferry crossings', 'households', 'flood barriers', 'teachers', 'clinic beds', 'bus routes'];

/** A small seeded generator, so the same size always gives the same corpus. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Writes a corpus of `claims` claims, 20 to an article, quoting `speakerCount` officials, to a new temporary
 * folder, and returns its path. The outlets and claims are the same whatever the number of officials.
 */
export function syntheticCorpus(claims: number, speakerCount = 40): string {
  const speakers = Array.from({ length: speakerCount }, (_, index) => `speaker-${index + 1}`);
  const next = random(claims);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const dir = mkdtempSync(join(tmpdir(), `claimtrail-bench-${claims}-`));
  mkdirSync(join(dir, 'articles'));
  mkdirSync(join(dir, 'raw'));
  const registry = [
    ...outlets.map((id) => `- id: ${id}\n  name: ${id.replace(/-/g, ' ')}\n  type: outlet\n`),
    ...speakers.map((id) => `- id: ${id}\n  name: Official ${id.slice(8)}\n  type: person\n`),
  ];
  writeFileSync(join(dir, 'sources.yaml'), registry.join(''));
  let id = 0;
  for (let article = 0; article < Math.ceil(claims / claimsPerArticle); article++) {
    const sentences: { raw: string; marked: string }[] = [];
    for (let index = 0; index < claimsPerArticle; index++) {
      const count = 10 + Math.floor(next() * 5000);
      const words = `${count} ${pick(things)} in ${pick(places)} were affected last week`;
      const speaker = pick(speakers);
      const claimId = `b${(id++).toString(36).padStart(5, '0')}`;
      sentences.push({
        raw: `${words}, officials said.`,
        marked: `<Claim id="${claimId}" kind="quantity" by="${speaker}" value="${count}" unit="${words.split(' ')[1]}" counted="${words.split(' ').slice(1, 4).join(' ')}">${words}</Claim>, officials said.`,
      });
    }
    const paragraphs = (key: 'raw' | 'marked') =>
      Array.from({ length: claimsPerArticle / 4 }, (_, p) =>
        sentences
          .slice(p * 4, p * 4 + 4)
          .map((s) => s[key])
          .join(' '),
      ).join('\n\n');
    const raw = `${paragraphs('raw')}\n`;
    const slug = `article-${article + 1}`;
    writeFileSync(join(dir, 'raw', `${slug}.txt`), raw);
    const sha256 = createHash('sha256').update(raw).digest('hex');
    writeFileSync(
      join(dir, 'articles', `${slug}.mdx`),
      `---\ntitle: Synthetic article ${article + 1}\npublisher: ${pick(outlets)}\nauthors: []\ndate: null\nurl: null\nsource:\n  file: ../raw/${slug}.txt\n  sha256: ${sha256}\nreview: auto\n---\n\n${paragraphs('marked')}\n`,
    );
  }
  return dir;
}
