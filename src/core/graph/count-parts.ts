// Which of two counts is a part of the other, and whether they are qualified alike, as the quantity rules
// (quantity-relation.ts) ask: by the editors' descriptions of what is counted when both wrote one, else by
// the words around each figure.
import { partsOfPeople } from './occasions.ts';
import type { Profile } from './profile.ts';
import type { CountPair } from './quantity-relation.ts';

/**
 * The smaller of two disjoint counts (or the larger), when it alone is qualified ("18 European countries" of
 * "22 nations"): the claim it is in and the qualifying keys.
 */
export function qualifiedPart(p: CountPair, which: 'smaller' | 'larger' = 'smaller') {
  const { a, b, x, y, qualifiers } = p;
  const aSmaller = x.max <= y.min;
  const [small, big, part] = aSmaller === (which === 'smaller') ? [...qualifiers.a, a] : [...qualifiers.b, b];
  const smallExtra = [...small].filter((key) => !big.has(key));
  const bigExtra = [...big].filter((key) => !small.has(key));
  // A smaller count its words call a part of a whole ("1,200 of them are crane drivers") is one, however
  // the whole is worded.
  const partitive = which === 'smaller' && p.partOfWhole && part.partitive;
  return smallExtra.length > 0 && (bigExtra.length === 0 || partitive) ? { part, extra: smallExtra } : undefined;
}

/**
 * The count that is some of the other's whole, whatever their figures: one that refers back to the whole
 * ("at least 40 of them minors"), or one alone qualified by words that surely narrow it (narrowsSurely: "40
 * minors" of "400 people"); not by a name alone, which identifies what is counted ("the Varn market bombing"
 * / "the market bombing"), nor when the editors describe one thing. `extra` is what makes it a part, for explanations.
 */
export function partOfTheOther(p: CountPair): { part: Profile; extra: string[] } | undefined {
  if (p.counting === 'same-thing') return undefined;
  if (p.partOfWhole) return { part: p.a.partitive ? p.a : p.b, extra: [] };
  const [ofA, ofB] = p.qualifiers.a;
  const extraA = [...ofA].filter((key) => !ofB.has(key));
  const extraB = [...ofB].filter((key) => !ofA.has(key));
  const narrows = (part: Profile, extra: string[]) => {
    const named = new Set(part.counting?.names.flatMap((name) => name.keys) ?? []);
    return !extra.every((key) => named.has(key)) && narrowsSurely(part, extra);
  };
  if (extraA.length > 0 && extraB.length === 0 && narrows(p.a, extraA)) return { part: p.a, extra: extraA };
  if (extraB.length > 0 && extraA.length === 0 && narrows(p.b, extraB)) return { part: p.b, extra: extraB };
  return undefined;
}

/**
 * Whether the editors, when both describe what they count, say one is a part of the other (counting.ts), or
 * its words refer back to a whole: a description widened by "and" is no part of the narrower one.
 */
export const describedAsPart = (p: CountPair) => p.counting === undefined || p.counting === 'part' || p.partOfWhole;

/** Whether each claim's names are the other's: "in Sindh province" in one only narrows its count. */
export const sameNames = ({ a, b }: CountPair) => {
  const keys = (p: Profile) => new Set(p.names.map((name) => name.keys.join(' ')));
  const [x, y] = [keys(a), keys(b)];
  return x.size === y.size && [...x].every((name) => y.has(name));
};

/**
 * Whether a description's extra words surely narrow what it counts, enough to accuse a count of outnumbering
 * its whole: people of one sex or age ("children killed …"), or a place or body it names ("in Sindh").
 * Other words may widen it ("additional", "nationwide") or name another thing.
 */
export function narrowsSurely(part: Profile, extra: readonly string[]): boolean {
  const named = new Set(part.counting?.names.flatMap((name) => name.keys) ?? []);
  return extra.every((key) => partsOfPeople.has(key) || named.has(key));
}

/** Whether neither of two counts is qualified by words the other lacks. */
export function sameQualifiers({ qualifiers }: CountPair): boolean {
  const [x, y] = qualifiers.a;
  return [...x].every((key) => y.has(key)) && [...y].every((key) => x.has(key));
}
