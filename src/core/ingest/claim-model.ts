// A claim's words in their paragraph -> the parts of its model an editor has not written yet: a
// self-contained statement, the stance the publisher reports it with, and its hedges. Used by ingest
// for new drafts and by the corpus loader for entries written before the model existed; whatever it
// drafts is shown as awaiting review.
import { hedges as hedgeVocabulary, type ClaimAttributes, type Hedge, type Stance } from '../schema.ts';

export interface ClaimInContext {
  /** The claim's exact words. */
  text: string;
  /** Its paragraph's text before and after the words. */
  before: string;
  after: string;
  kind: ClaimAttributes['kind'];
  /** The attribution chain after the publisher, nearest first; its last source is the claimant. */
  by: readonly string[];
}

/** The frame just before (or opening) a claim that makes it someone's accusation: "has been accused of". */
const allegationFrame = /\b(?:(?:has|have|had|is|are|was|were|been|being)\s+)*(?:accused\s+of|charged\s+with|alleged(?:ly)?(?:\s+that|\s+to\s+have)?|allegations?\s+(?:that|of)|accusations?\s+(?:that|of)|critics\s+(?:say|said|claim|claimed)(?:\s+that)?)\s*$/i;
const allegationOpening = /^(?:allegedly|reportedly accused)\b/i;
const denialCue = /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refute[sd]?|rebuff(?:s|ed)?)\b/i;

/** How the publisher presents the claim, read from its words and the frame around them. */
export function draftStance(claim: ClaimInContext): Stance {
  if (claim.kind === 'quote') return 'quotes';
  const frame = claim.before.slice(-80);
  if (allegationFrame.test(frame) || allegationOpening.test(claim.text)) return 'reports-allegation';
  if (claim.by.length === 0) return 'asserts';
  if (denialCue.test(claim.text) || denialCue.test(frame)) return 'reports-denial';
  return 'reports';
}

const hedgeCues: [Hedge, RegExp][] = Object.entries(hedgeVocabulary).map(([hedge, { cues }]) => [
  hedge as Hedge,
  new RegExp(String.raw`\b(?:${cues.map((cue) => cue.replace(/\s+/g, String.raw`\s+`)).join('|')})\b`, 'i'),
]);

/** The hedges the claim's words (and an allegation frame just before them) carry, in vocabulary order. */
export function draftHedges(claim: Pick<ClaimInContext, 'text' | 'before'>): Hedge[] {
  const frame = claim.before.slice(-80);
  return hedgeCues
    .filter(([hedge, cue]) => cue.test(claim.text) || (hedge === 'alleged' && allegationFrame.test(frame)))
    .map(([hedge]) => hedge);
}

/**
 * A sentence a reader can take alone: the words with their reporting frame left out, capitalised and
 * closed with a full stop. A fragment that starts with its verb ("urged China to…") keeps the name of
 * whoever the article makes its subject, when the chain names one.
 */
export function draftStatement(claim: ClaimInContext, names: ReadonlyMap<string, string>): string {
  let words = claim.text
    .trim()
    .replace(/^[“"‘']+|[”"’']+$/g, '')
    .replace(/^(?:it|he|she|they)\s+added\s+that\s+/i, '')
    .replace(/^(?:according\s+to\s+[^,]{1,80},\s*)/i, '')
    .replace(/[\s,;:–—-]+$/u, '');
  const subject = claim.by.length ? names.get(claim.by.at(-1)!) : undefined;
  if (/^\p{Ll}/u.test(words) && subject && /^(?:urged|called|says|said|denies|denied|warned|told|added|claimed|described)\b/i.test(words))
    words = `${subject} ${words}`;
  words = words.charAt(0).toUpperCase() + words.slice(1);
  return /[.?!][”"’']?$/u.test(words) ? words : `${words}.`;
}
