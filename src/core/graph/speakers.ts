// A claim's own speakers that its words name only to say who speaks ("Tomas Vey told reporters that …",
// "…, Mira Kell said"): the claim is not about them, so two speakers of one fact are not two people it is
// about (pair-facts.ts differentNames). A speaker the claimed words refer back to ("said she would resign"),
// or the statement an editor wrote names, stays one the claim is about.
import { withoutFrames } from '../ingest/statement-frames.ts';
import { personReferences } from '../lexicon/referring-words.ts';
import type { Name, Normaliser } from './normalise.ts';
import type { MatchClaim } from './profile.ts';
import { words } from './words.ts';

/**
 * The ids of the people among `names` (those the claim's text names) whom the claim cites and names only
 * in its reporting frame; `stated` are the names of the editor's statement, which the claim is about.
 */
export function speakersOnly(
  claim: MatchClaim,
  names: readonly Name[],
  stated: readonly Name[],
  normaliser: Normaliser,
) {
  const cited = new Set(claim.attribution.slice(1));
  const speakers = names.filter(
    (name) => name.kind === 'person' && name.id !== null && cited.has(name.id) && !stated.some((s) => s.id === name.id),
  );
  if (!speakers.length) return new Set<string>();
  const claimed = withoutFrames(claim.text);
  if (claimed === claim.text || words(claimed).some((token) => personReferences.test(token.text)))
    return new Set<string>();
  const named = new Set(normaliser.analyse(claimed).names.map((name) => name.id));
  return new Set(speakers.flatMap((name) => (named.has(name.id) ? [] : [name.id!])));
}
