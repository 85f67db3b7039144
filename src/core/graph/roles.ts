// Who does and who undergoes a claim's main act, as far as word order tells: the words of the phrase just
// before the main verb do it, those just after it undergo it, and a passive ("the bank was fined by the
// regulator") turns them round. Enough to see that "the army attacked the rebels" and "the rebels attacked
// the army" state the same act of other participants; not a parse.
import { allAuxiliaries } from '../lexicon/verbs.ts';
import { predicateClauses } from './predicates.ts';
import { isHedge, isStopword, isWeak, words, type WordToken } from './words.ts';

export interface Roles {
  /** Content keys of the phrase that does the main act. */
  doer: ReadonlySet<string>;
  /** Content keys of the phrase that undergoes it. */
  undergoer: ReadonlySet<string>;
}

const auxiliaries = new Set(allAuxiliaries);
// Words between an auxiliary and its verb: "was reportedly closed", "had not been invited".
const skipped = (word: string) => auxiliaries.has(word) || isHedge(word) || /ly$/.test(word) || word === 'not';
const passiveAuxiliaries = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
// Words that end a phrase next to the verb: a preposition, a conjunction or a relative opens another part.
// Not "of", which stays within a phrase: "the mayor of Dunmore".
const phraseEnds = new Set(
  `in on at for from about into with to by after before during while when since as than and or but
  that which who whom whose where because if although though over under near across against between`.split(/\s+/),
);

/** The content keys of the phrase from `start`, stepping by `step`, until a phrase boundary. */
function phrase(tokens: readonly WordToken[], text: string, start: number, step: 1 | -1): Set<string> {
  const keys = new Set<string>();
  for (let index = start; index >= 0 && index < tokens.length; index += step) {
    const token = tokens[index]!;
    const lower = token.text.toLowerCase();
    if (phraseEnds.has(lower)) break;
    // Punctuation between two words ends the phrase: "On Friday, the army …".
    const [left, right] = step === 1 ? [tokens[index - 1], token] : [token, tokens[index + 1]];
    if (left && right && /[,;:()"“”]/.test(text.slice(left.end, right.start))) break;
    if (!isStopword(token.text) && !isWeak(token.key)) keys.add(token.key);
  }
  return keys;
}

/** Who does and who undergoes the main act of a text; undefined when no main verb is found. */
export function rolesOf(text: string): Roles | undefined {
  const main = predicateClauses(text)[0];
  if (!main) return undefined;
  const tokens = words(text);
  const at = tokens.findIndex((token) => token.key === main.key);
  if (at < 0) return undefined;
  let before = at - 1;
  const helpers: string[] = [];
  while (before >= 0 && skipped(tokens[before]!.text.toLowerCase())) helpers.push(tokens[before--]!.text.toLowerCase());
  const subject = phrase(tokens, text, before, -1);
  if (!helpers.some((word) => passiveAuxiliaries.has(word)) || !/ed$|en$/.test(tokens[at]!.text))
    return { doer: subject, undergoer: phrase(tokens, text, at + 1, 1) };
  // Passive: the subject undergoes the act; "by" names who does it.
  const by = tokens.findIndex((token, index) => index > at && token.text.toLowerCase() === 'by');
  return { doer: by < 0 ? new Set() : phrase(tokens, text, by + 1, 1), undergoer: subject };
}

const cache = new WeakMap<object, Roles | null>();

/** rolesOf a claim's text, computed once per claim. */
export function claimRoles(claim: { text: string }): Roles | undefined {
  let roles = cache.get(claim);
  if (roles === undefined) cache.set(claim, (roles = rolesOf(claim.text) ?? null));
  return roles ?? undefined;
}

/**
 * A word one claim has doing the main act and the other undergoing it ("the army attacked the rebels" /
 * "the rebels attacked the army": army), or undefined.
 */
export function swappedRole(a: Roles | undefined, b: Roles | undefined): string | undefined {
  if (!a || !b) return undefined;
  const swapped = (x: Roles, y: Roles) =>
    [...x.doer].find((key) => y.undergoer.has(key) && !y.doer.has(key) && !x.undergoer.has(key));
  // Both ways round, so that a phrase misread on one side (a date, a long name) does not make a swap alone.
  const there = swapped(a, b);
  return there !== undefined && swapped(b, a) !== undefined ? there : undefined;
}
