// A denial too short to say what it denies ("which the ministry denies", "The company rejected the
// accusation", "Drovik denied any wrongdoing") denies what its article states just before it. Alone its
// words match nothing; its links come from that claim's: it conflicts with the claim and with every claim
// stating the same fact, and agrees with the claims that deny it too. Only links are borrowed, never
// words: reading the other claim's words as its own would bring in facts the denial does not state.
import { denialWords } from '../lexicon/polarity.ts';
import type { Profile } from './profile.ts';
import { isStopword, words } from './words.ts';
import type { PairVerdict } from './verdict.ts';

// What a bare denial's object may be: a word that points back, or what any accusation is called.
const referringObjects = new Set([
  ...['that', 'this', 'it', 'these', 'those', 'which', 'any', 'all', 'wrongdoing'],
  ...['accusation', 'allegation', 'claim', 'charge', 'report', 'suggestion'].flatMap((noun) => [noun, `${noun}s`]),
]);
const denying = new Set(denialWords);

/** Whether a claim denies and names nothing of what it denies: what follows its denying word points back. */
export function isBareDenial(profile: Profile): boolean {
  if (!profile.denial) return false;
  let bare = bareDenials.get(profile);
  if (bare === undefined) bareDenials.set(profile, (bare = namesNothingDenied(profile.claim.text)));
  return bare;
}

// Pair rules ask of a denial once for each claim it is compared with.
const bareDenials = new WeakMap<Profile, boolean>();

/** Whether all that follows the first denying word points back: "denied the allegations", "which X denies". */
function namesNothingDenied(text: string): boolean {
  const tokens = words(text).map(({ text: word }) => word.toLowerCase());
  const at = tokens.findIndex((word) => denying.has(word));
  return (
    at !== -1 &&
    tokens.slice(at + 1).every((word) => isStopword(word) || denying.has(word) || referringObjects.has(word))
  );
}

/** The origin a claim is attributed to: the last of its chain, or its publisher. */
const origin = (profile: Profile) => profile.claim.attribution.at(-1);

/** Keys of a text's words that say what happens: not names, function words or denying and pointing words. */
const contentKeys = (text: string) =>
  new Set(
    words(text)
      .filter(({ text: word }) => {
        const lower = word.toLowerCase();
        return !/^\p{Lu}/u.test(word) && !isStopword(lower) && !denying.has(lower) && !referringObjects.has(lower);
      })
      .map(({ key }) => key),
  );

/**
 * What a bare denial denies: a claim before it in its article, in its paragraph or the one before, that
 * someone other than its publisher and the denier is said to claim (an outlet's own account of the story
 * is not what a denial answers), and is not itself a denial. When an editor stated what it denies, the one
 * that shares most of that statement's words, at least half ("denied the allegations" after several: the
 * one the editor names), and none when no claim shares that much; else the only such claim, and none when
 * there are several: which of them it denies is then the reader's guess, not ours.
 */
export function deniedClaim(profiles: readonly Profile[], index: number): Profile | undefined {
  const denial = profiles[index]!;
  const block = denial.claim.block ?? 0;
  const candidates: Profile[] = [];
  for (let at = index - 1; at >= 0; at--) {
    const before = profiles[at]!;
    if (before.claim.article !== denial.claim.article || (before.claim.block ?? 0) < block - 1) break;
    const claimedBySomeone = before.claim.attribution.length > 1;
    if (claimedBySomeone && !before.denial && origin(before) !== origin(denial)) candidates.push(before);
  }
  const { statement, drafted } = denial.claim;
  if (!statement || drafted?.includes('statement')) return candidates.length === 1 ? candidates[0] : undefined;
  const stated = contentKeys(statement);
  // At least half of what the statement says, so that a claim sharing only the story's words is not taken.
  let best: Profile | undefined;
  let most = Math.ceil(stated.size / 2) - 1;
  for (const candidate of candidates) {
    const shared = [...contentKeys(candidate.claim.text)].filter((key) => stated.has(key)).length;
    if (shared > most) [best, most] = [candidate, shared];
  }
  return best;
}

/**
 * Links each bare denial takes from the claim it denies, given the verdicts the pair rules found: a
 * conflict with that claim and with each claim that agrees with it or narrows it (whoever denies the
 * whole denies its part), and agreement with each claim that denies or negates it and with each bare
 * denial of the same fact.
 */
export function bareDenialVerdicts(profiles: readonly Profile[], verdicts: readonly PairVerdict[]): PairVerdict[] {
  const denied = new Map<number, Profile>();
  for (const profile of profiles)
    if (isBareDenial(profile)) {
      const claim = deniedClaim(profiles, profile.index);
      if (claim) denied.set(profile.index, claim);
    }
  if (denied.size === 0) return [];

  const byClaim = new Map<number, PairVerdict[]>();
  for (const verdict of verdicts)
    for (const end of [verdict.from, verdict.to]) byClaim.set(end, [...(byClaim.get(end) ?? []), verdict]);
  const quote = (profile: Profile) => `“${profile.claim.text}”`;

  const found: PairVerdict[] = [];
  for (const [index, claim] of denied) {
    const denies = `denies what its article states just before it, ${quote(claim)}`;
    found.push({ type: 'conflicts', from: index, to: claim.index, method: 'denial', score: 1, explain: () => denies });
    for (const verdict of byClaim.get(claim.index) ?? []) {
      const other = verdict.from === claim.index ? verdict.to : verdict.from;
      if (other === index || denied.has(other)) continue;
      const sameOrNarrower = verdict.type === 'agrees' || (verdict.type === 'refines' && verdict.from === other);
      const deniesIt = verdict.type === 'conflicts' && (verdict.method === 'denial' || verdict.method === 'negation');
      if (!sameOrNarrower && !deniesIt) continue;
      const explain = sameOrNarrower
        ? () => `${denies}, which states this claim's fact (${verdict.type})`
        : () => `${denies}, which this claim denies too`;
      found.push({
        type: sameOrNarrower ? 'conflicts' : 'agrees',
        from: index,
        to: other,
        method: 'denial',
        score: verdict.score,
        explain,
      });
    }
  }
  // Two bare denials of one fact: of the same claim, or of two that agree.
  const denials = new Map<number, number[]>();
  for (const [index, claim] of denied) denials.set(claim.index, [...(denials.get(claim.index) ?? []), index]);
  const agreePair = (a: number, b: number, explain: () => string) => {
    for (const first of denials.get(a) ?? [])
      for (const second of denials.get(b) ?? [])
        if (first !== second && (a !== b || first < second))
          found.push({ type: 'agrees', from: first, to: second, method: 'denial', score: 1, explain });
  };
  for (const [claim] of denials) agreePair(claim, claim, () => `both deny ${quote(profiles[claim]!)}`);
  for (const verdict of verdicts)
    if (verdict.type === 'agrees' && denials.has(verdict.from) && denials.has(verdict.to)) {
      const [a, b] = [profiles[verdict.from]!, profiles[verdict.to]!];
      agreePair(a.index, b.index, () => `they deny ${quote(a)} and ${quote(b)}, which agree`);
    }
  return found;
}
