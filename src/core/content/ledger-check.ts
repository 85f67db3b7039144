// Holds a corpus to its ledger (ledger.yaml): what was published stays, retired ids stay retired, and each
// published claim keeps its words and its anchor in the raw source; gives every claim's anchor.
import type { VFile } from 'vfile';
import { anchorClaims, anchorMismatch } from '../publish/anchors.ts';
import { fail } from '../diagnostics.ts';
import type { LedgerRead } from '../publish/ledger.ts';
import { tagsAsSpacesCarrier } from '../publish/source-text.ts';
import type { TextAnchor } from '../schema.ts';
import type { LoadedArticle } from '../graph/claim-graph.ts';

/**
 * Holds the corpus to its ledger: published claims and articles are still there (or retired), retired
 * ids are not reused, and each published claim keeps its words and its place in the raw source. Returns
 * every claim's anchor: the recorded one, or for a claim not yet published, where its words are now.
 */
export function checkAgainstLedger(
  articles: LoadedArticle[],
  live: { slugs: Set<string>; claims: Set<string> },
  { ledger, placeOf }: LedgerRead,
  ledgerFile: VFile,
): Map<string, TextAnchor> {
  const anchors = new Map<string, TextAnchor>();
  const retiredNote = (entry: { withdrawn?: { date: string }; merged?: { into: string; date: string } }) =>
    entry.withdrawn
      ? `withdrawn on ${entry.withdrawn.date}`
      : `merged into "${entry.merged!.into}" on ${entry.merged!.date}`;
  for (const { file, slug, extracted, raw, text } of articles) {
    const published = ledger.articles[slug];
    if (published && (published.withdrawn || published.merged))
      fail(
        file,
        `article "${slug}" was published and ${retiredNote(published)}; a slug is never reused: rename this file`,
        undefined,
        'ledger',
      );
    if (text === undefined) continue;
    const chars = Array.from(text);
    // Only claims the ledger does not hold yet are searched for; published ones keep their recorded anchor.
    const unpublished = extracted.claims.filter((claim) => !ledger.claims[claim.attributes.id]);
    const found = unpublished.length
      ? anchorClaims(
          chars,
          extracted.blocks.map((block) => block.text),
          unpublished.map((claim) => ({ id: claim.attributes.id, text: claim.text, block: claim.block })),
        )
      : new Map<string, TextAnchor>();
    const rawName = extracted.frontmatter!.source.file;
    // A saved page's anchor recorded when its markup counted as spaces is carried to the same words.
    const carried = raw !== undefined && raw !== text ? tagsAsSpacesCarrier(raw) : () => undefined;
    for (const claim of extracted.claims) {
      const id = claim.attributes.id;
      const entry = ledger.claims[id];
      if (!entry) {
        const anchor = found.get(id);
        if (anchor) anchors.set(id, anchor);
        else
          fail(
            file,
            `claim "${id}": its words are not in the raw source ${rawName}; a claim quotes its source ` +
              'word for word (spaces and line breaks aside)',
            claim.place,
            'anchor',
          );
        continue;
      }
      if (entry.withdrawn || entry.merged) {
        fail(
          file,
          `claim id "${id}" was published and ${retiredNote(entry)}; an id is never reused: give this ` +
            'claim a new id (npm run new-id)',
          claim.place,
          'ledger',
        );
        continue;
      }
      if (entry.article !== slug)
        fail(
          file,
          `claim "${id}" was published in article "${entry.article}"; a published claim stays in its ` +
            'article: move it back, or withdraw it and give this one a new id',
          claim.place,
          'ledger',
        );
      else if (entry.words !== claim.text)
        fail(
          file,
          `claim "${id}" was published as “${entry.words}” and now reads “${claim.text}”: its URL is ` +
            'cited for those words; restore them, or withdraw the claim (ledger.yaml) and mark the new ' +
            'words with a new id',
          claim.place,
          'ledger',
        );
      else {
        const past = entry.anchor.end > chars.length;
        const mismatch = past ? undefined : anchorMismatch(chars, entry.anchor);
        const carriedOver = past || mismatch ? carried(entry.anchor) : undefined;
        if (carriedOver) anchors.set(id, carriedOver);
        else if (past)
          fail(
            ledgerFile,
            `claim "${id}": its anchor ends at character ${entry.anchor.end}, past the end of its raw ` +
              `source ${rawName} (${chars.length} characters): restore the anchor recorded at publication, ` +
              'or withdraw the claim',
            placeOf(['claims', id, 'anchor', 'end']),
            'ledger',
          );
        else if (mismatch)
          fail(
            file,
            `claim "${id}": the raw source ${rawName} changed under it: at ` +
              `characters ${entry.anchor.start}–${entry.anchor.end} it now has ${mismatch}; restore the ` +
              'source text, or withdraw the claim (ledger.yaml)',
            claim.place,
            'anchor',
          );
        else anchors.set(id, entry.anchor);
      }
    }
  }
  const howToRetire =
    'withdrawn: { date: YYYY-MM-DD, reason: "…" } or merged: { into: <id>, date: YYYY-MM-DD, reason: "…" }';
  for (const [slug, entry] of Object.entries(ledger.articles))
    if (!entry.withdrawn && !entry.merged && !live.slugs.has(slug))
      fail(
        ledgerFile,
        `published article "${slug}" (${entry.label}) is gone: restore articles/${slug}.mdx, or mark it ` +
          `here as ${howToRetire}; its URL must keep working`,
        placeOf(['articles', slug]),
        'ledger',
      );
  for (const [id, entry] of Object.entries(ledger.claims))
    if (!entry.withdrawn && !entry.merged && !live.claims.has(id))
      fail(
        ledgerFile,
        `published claim "${id}" (“${entry.words}”, in ${entry.article}) is gone: restore its marker, or ` +
          `mark it here as ${howToRetire}; its URL must keep working`,
        placeOf(['claims', id]),
        'ledger',
      );
  return anchors;
}
