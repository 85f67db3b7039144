// `claimtrail ingest --merge` in-process: a re-ingest merged into the entry an editor worked on keeps
// their work (front matter, verdicts, each claim's marker and the markers in its words) and takes from
// the re-ingest only what it owns (the text, the raw source, the markers of claims found afresh).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { report } from '../../src/core/diagnostics.ts';
import { ingest } from '../../src/core/ingest/ingest.ts';
import { mergeEntry } from '../../src/core/ingest/merge.ts';
import { extractArticle, parseArticle } from '../../src/core/content/markers.ts';
import { readRegistry } from '../../src/core/content/registry.ts';

const root = join(import.meta.dirname, '../..');
const registry = readRegistry(new VFile({ value: readFileSync(join(root, 'content/sources.yaml'), 'utf8') }));
const raw = readFileSync(join(root, 'raw/scmp-2019-xinjiang-diplomats-invited.txt'), 'utf8');
const options = { path: 'scmp.txt', registry, sourceFile: '../raw/scmp.txt' };

/** Fresh ids in a row, as the CLI's come from newId. */
function idMaker() {
  let next = 0;
  return () => `c${String(next++).padStart(4, '0')}`;
}

/** An entry's text read as the check reads it. */
function read(mdx: string) {
  const file = new VFile({ value: mdx });
  const tree = parseArticle(file);
  const article = tree && extractArticle(file, tree);
  return { tree: tree!, article: article!, messages: report([file]) };
}

/** Ingests the raw text again into `entry`, as `ingest --merge` does, and reads the merged entry. */
function reingest(text: string, entry: string, newId: () => string) {
  const { tree, article } = read(entry);
  const ids = new Set(article.claims.map((claim) => claim.attributes.id));
  const keepIds = new Map(article.claims.map((claim) => [claim.text, claim.attributes.id]));
  const bytes = new TextEncoder().encode(text);
  const draft = ingest({ ...options, bytes, keepIds, takenIds: ids, newId }).ingested!.draft;
  const mdx = mergeEntry(draft, tree, ids);
  return { draft, mdx, merged: read(mdx) };
}

describe('ingest --merge', { timeout: 60_000 }, () => {
  const newId = idMaker();
  const first = ingest({ ...options, bytes: new TextEncoder().encode(raw), newId }).ingested!.draft;
  const tagOf = (id: string) => first.mdx.match(new RegExp(`<Claim id="${id}"[^>]*>`))![0];

  test('a re-ingest of the same text into an entry nobody edited writes the draft again', () => {
    const { mdx, draft } = reingest(raw, first.mdx, idMaker());
    expect(draft.claims.map((claim) => claim.id)).toEqual(first.claims.map((claim) => claim.id));
    expect(mdx).toBe(first.mdx);
  });

  test('the editor’s front matter, verdicts and claims (markers and what is inside) survive a correction', () => {
    const confirmed = first.claims.find(({ kind, by }) => kind === 'reported' && by[0] === 'china-foreign-ministry')!;
    const corrected = first.claims.find((claim) => claim.text.includes('end of March'))!;
    // The editor rewrites a claim's model over several lines, with an entity and quotation marks in the
    // statement, an attribute in single quotes and links to other claims; drops a mention inside it;
    // rates two claims; fixes the title.
    const editorTag = [
      `<Claim id="${confirmed.id}" kind="reported" stance="reports-denial" by="china-foreign-ministry"`,
      'statement="The ministry &amp; its &quot;spokesman&quot; say the visit is being arranged."',
      `hedges='unconfirmed' claimed="2019-02-20" agrees="xj6su5" related="tw22ab">`,
    ].join('\n');
    const start = first.mdx.indexOf(tagOf(confirmed.id));
    const end = first.mdx.indexOf('</Claim>', start);
    const words = first.mdx
      .slice(start + tagOf(confirmed.id).length, end)
      .replace(/<Source id="china-foreign-ministry">([^<]*)<\/Source>/, '$1');
    const verdict = (id: string) =>
      `  - claim: ${id}\n    rating: true\n    explanation: The ministry's statement says so.\n` +
      '    reviewer: A. Editor\n    date: 2026-11-20\n';
    const edited = (first.mdx.slice(0, start) + editorTag + words + first.mdx.slice(end))
      .replace('title: China invites', '# the headline as printed\ntitle: (edited) China invites')
      .replace('review: auto\n', `review: reviewed\nverdicts:\n${verdict(confirmed.id)}${verdict(corrected.id)}`);
    const before = read(edited);
    expect(before.messages).toBe('');

    // The publisher corrects the article: the words of one claim change.
    const { draft, mdx, merged } = reingest(raw.replace('at the end of March', 'at the start of April'), edited, newId);
    expect(merged.messages, mdx).toBe('');
    // The re-ingest owns the text and which words are claims, and the raw source's hash.
    expect(merged.article.cleanText).toBe(read(draft.mdx).article.cleanText);
    expect(merged.article.claims.map((claim) => claim.text)).toEqual(draft.claims.map((claim) => claim.text));
    expect(merged.article.frontmatter!.source).toEqual(draft.frontmatter.source);
    // The editor owns the rest of the front matter: the title, the comment, the verdict of a claim still found.
    expect(merged.article.frontmatter!.title).toMatch(/^\(edited\) China invites/);
    expect(merged.article.frontmatter!.review).toBe('auto');
    expect(mdx).toContain('# the headline as printed\ntitle:');
    expect(merged.article.frontmatter!.verdicts.map((entry) => entry.claim)).toEqual([confirmed.id]);
    // Every claim still found keeps its id and the attributes the entry gave it, edited or not.
    const kept = before.article.claims.filter((claim) => claim.attributes.id !== corrected.id);
    const mergedClaim = (id: string) => merged.article.claims.find((claim) => claim.attributes.id === id);
    for (const claim of kept) expect(mergedClaim(claim.attributes.id)?.attributes).toEqual(claim.attributes);
    expect(mergedClaim(confirmed.id)?.attributes).toMatchObject({
      statement: 'The ministry & its "spokesman" say the visit is being arranged.',
      hedges: ['unconfirmed'],
      agrees: ['xj6su5'],
      related: ['tw22ab'],
    });
    // The corrected words are a new claim, with a fresh id and the drafted model.
    const fresh = merged.article.claims.find((claim) => claim.text.includes('start of April'))!;
    expect(before.article.claims.map((claim) => claim.attributes.id)).not.toContain(fresh.attributes.id);
    expect(merged.article.claims.map((claim) => claim.attributes.id)).not.toContain(corrected.id);
    // The mention the editor removed inside their claim stays removed; the draft's others are there.
    const inside = mergedClaim(confirmed.id)!.offsets;
    const within = ({ start, end }: { start: number; end: number }) => start >= inside.start && end <= inside.end;
    const mentions = (entry: ReturnType<typeof read>) =>
      entry.article.mentions.map((mention) => [mention.source, mention.offsets] as const);
    expect(mentions(merged)).toEqual(mentions(read(draft.mdx)).filter(([, offsets]) => !within(offsets)));
  });
});
