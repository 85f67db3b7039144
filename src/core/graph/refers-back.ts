// What the matcher reads of a claim whose words refer back to what its article said before: "which the
// ministry denies", "They were stolen in a cyberattack", "a charge Varnholt denied". Alone, such words
// say too little to compare (whom "they" are, what is denied), and an editor's statement says it in full
// (schema.ts Claim: "what is claimed, as one sentence"): the matcher reads that instead. A statement a
// program drafted is not an editor's reading, and is never read in place of the claim's words.
import type { Normaliser } from './normalise.ts';
import type { MatchClaim } from './profile.ts';
import { words } from './words.ts';

// Words that open a clause about something named before: a relative or a pronoun.
const referringOpener = /^\s*(?:which|who|whom|whose|it|its|they|them|their|he|she|his|her|this|these|those)\b/iu;

/** A denial this short names nothing of what it denies ("which the ministry denies", "a charge X denied"). */
const bareDenialWords = 6;

/** Whether a claim's own words refer back: a referring opener, or a denial too short to say what it denies. */
export function refersBack(text: string, normaliser: Normaliser): boolean {
  if (referringOpener.test(text)) return true;
  return words(text).length <= bareDenialWords && normaliser.analyse(text).denial;
}

/** The claim as the matcher reads it: its editor's statement for its words when they refer back. */
export function claimAsRead(claim: MatchClaim, normaliser: Normaliser): MatchClaim {
  const stated = claim.statement && !claim.drafted?.includes('statement');
  return stated && refersBack(claim.text, normaliser) ? { ...claim, text: claim.statement! } : claim;
}
