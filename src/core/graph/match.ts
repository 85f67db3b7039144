// Automatic links between claims, across articles and within one: each pair that states the same fact
// (agrees), contradicts it (conflicts), narrows or widens it (refines) or shares its subject (related),
// with the method, a score and a short explanation a reader can check. Pairs are never all compared:
// an inverted index over normalised keys proposes a few candidates per claim, rarest keys first.
import { findQuantities } from '../quantities.ts';
import { commonInterval, type Interval } from '../ranges.ts';
import { relationTypes, type Link, type RelationType, type SentenceRelation } from '../schema.ts';
import { createNormaliser, isStopword, isWeak, words, type AliasSource, type Name, type NormalQuantity, type Normaliser, type Quantity } from './normalise.ts';
import { actOf, isLightVerb, predicateKeys } from './predicates.ts';

/** What the matcher reads of a claim (a schema.ts Claim fits). */
export interface MatchClaim {
  id: string;
  article: string;
  text: string;
  /** Publisher first, then whom it cites, to the origin. */
  attribution: readonly string[];
  quantity: Quantity | null;
  /** Paragraph index in its article: arithmetic looks only at nearby paragraphs. */
  block?: number;
}

export interface EditorLinks {
  /** Links editors declared or confirmed: they replace any automatic link for the same pair. */
  confirmed?: readonly { type: RelationType; from: string; to: string }[];
  /** Pairs editors rejected: never linked. */
  rejected?: readonly { from: string; to: string }[];
}

export interface MatchOptions {
  /** Candidates compared per claim, best first by shared key weight. */
  maxCandidates?: number;
  /** Postings a claim may visit while collecting candidates; common keys are visited last. */
  postingBudget?: number;
  /** Related links kept per claim, the best first (other types are never dropped). */
  maxRelated?: number;
  /**
   * Shared evidence a related link needs, in "distinctive words" (keys found in one claim only weigh 1):
   * lower finds more related pairs and more false ones (see scripts/eval-match.ts).
   */
  relatedEvidence?: number;
}

export interface MatchStats {
  claims: number;
  /** Pairs fully compared (each once). */
  candidatePairs: number;
  links: number;
  byType: Record<RelationType, number>;
}

interface QuantityView {
  normal: NormalQuantity;
  /** The unit as written, for explanations. */
  unit: string;
  /** Content keys of the counted phrase as the text words it ("European countries" -> european). */
  modifiers: Set<string>;
  text: string;
}

interface Profile {
  index: number;
  claim: MatchClaim;
  /** Sorted ids of the text's content keys. */
  content: Int32Array;
  /** Ids of the keys of its verbs: what it says happens ("detained", "invited"), the main one first. */
  predicates: Int32Array;
  /** The acts those verbs name, in the same order ("held" in camps is "detained"). */
  acts: Int32Array;
  /** A light verb ("confirmed", "passed on") hands its act to a noun of the claim. */
  light: boolean;
  /** The content keys with those of an annotated quantity's counted phrase: what a count is about. */
  counted: Int32Array;
  /** Sorted ids of actor keys: the roots of sources named or cited. */
  actors: Int32Array;
  /** Content and actor keys together: what the claim is about. */
  subject: Int32Array;
  /** Summed key weights of content, counted and subject, set once the corpus's weights are known. */
  totals: { content: number; counted: number; subject: number };
  denial: boolean;
  negated: boolean;
  cue: string | null;
  dates: string[];
  /** Who and where the text names (see Name), with those its article implies (addArticleNames). */
  names: Name[];
  /** Nouns it names with "the" only ("the bridge"). */
  definite: string[];
  quantities: QuantityView[];
  /** Names listed in the text ("Australia, Canada, Japan and New Zealand": 4). */
  listed: number;
}

interface Verdict {
  type: RelationType;
  /** Index of the claim the link starts from (the narrower one, for refines). */
  from: number;
  method: string;
  score: number;
  /** Built on demand: a related verdict may be pruned before anyone reads it. */
  explain: () => string;
}

/** A verdict on a pair found outside the candidate loop. */
interface PairVerdict extends Verdict {
  to: number;
}

interface Keyspace {
  ids: Map<string, number>;
  names: string[];
  df: number[];
}

/** One key for a pair of claims, whichever way round it is written. */
export const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
const clamp = (value: number) => Math.max(0, Math.min(1, Math.round(value * 1000) / 1000));
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const formatNumber = (value: number) => numberFormat.format(value);

function intern(space: Keyspace, key: string): number {
  let id = space.ids.get(key);
  if (id === undefined) {
    id = space.names.length;
    space.ids.set(key, id);
    space.names.push(key);
    space.df.push(0);
  }
  return id;
}

// "Australia, Canada, Japan and New Zealand": capitalised names joined by commas and a final and/or.
const name = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*`;
const listPattern = new RegExp(String.raw`${name}(?:\s*,\s*${name})*\s*,?\s+(?:and|or)\s+${name}`, 'gu');

function listedNames(text: string): number {
  let most = 0;
  for (const match of text.matchAll(listPattern)) most = Math.max(most, match[0].split(/\s*,\s*|\s+(?:and|or)\s+/u).filter(Boolean).length);
  return most;
}

/** Each source's name and aliases as content keys, the lower-case ones too ("the interior ministry": interior, ministry). */
type SpeakerNames = ReadonlyMap<string, readonly string[][]>;

function speakerNames(sources: readonly AliasSource[]): SpeakerNames {
  const keys = (alias: string) => words(alias).filter((token) => !isStopword(token.text)).map((token) => token.key);
  return new Map(sources.map((source) => [source.id, [source.name, ...(source.aliases ?? [])].map(keys).filter((alias) => alias.length > 0)]));
}

/**
 * A claim's content without the words naming whom it cites: the registry leaves out lower-case aliases
 * when finding actors, but where the attribution names the source they are its name, and two things
 * "the interior ministry" said are not alike for it. The source stays among the claim's actors.
 */
function withoutSpeakers(content: string[], attribution: readonly string[], speakers: SpeakerNames): string[] {
  const present = new Set(content);
  const named = new Set(attribution.slice(1).flatMap((id) => (speakers.get(id) ?? []).filter((alias) => alias.every((key) => present.has(key))).flat()));
  return named.size ? content.filter((key) => !named.has(key)) : content;
}

function profile(claim: MatchClaim, index: number, normaliser: Normaliser, space: Keyspace, speakers: SpeakerNames = new Map()): Profile {
  const analysed = normaliser.analyse(claim.text);
  const features = { ...analysed, content: withoutSpeakers(analysed.content, claim.attribution, speakers) };
  const found = findQuantities(claim.text);
  const view = (quantity: Quantity, foundText: { counted: string; text: string } | undefined): QuantityView => {
    const normal = normaliser.quantity(quantity);
    const unitKeys = new Set(normaliser.analyse(quantity.unit).content);
    const countedText = foundText?.counted ?? quantity.counted;
    // Nouns of the unit's own class ("residents" counting people) name the unit, not a part of it.
    const unitNouns = new Set(words(countedText).filter((token) => normaliser.quantity({ min: 1, max: 1, unit: token.text, counted: token.text }).unitClass === normal.unitClass).map((token) => token.key));
    return {
      normal,
      unit: quantity.unit,
      modifiers: new Set(normaliser.analyse(countedText).content.filter((key) => !unitKeys.has(key) && key !== normal.unitClass && !unitNouns.has(key))),
      text: foundText?.text ?? claim.text,
    };
  };
  const quantities = claim.quantity
    ? [view(claim.quantity, found.find((q) => q.min === claim.quantity!.min || q.max === claim.quantity!.max) ?? found[0])]
    : found.map((q) => view(q, q));
  const ids = (keys: Iterable<string>) => Int32Array.from(new Set([...keys].map((key) => intern(space, key)))).sort();
  const content = ids(features.content);
  const counted = ids([...features.content, ...quantities.flatMap((quantity) => quantity.normal.counted)]);
  const verbs = predicateKeys(claim.text);
  const actors = ids([...features.entities, ...claim.attribution.slice(1)].map((id) => `actor:${normaliser.root(id)}`));
  for (const keys of [counted, actors]) for (const id of keys) space.df[id]!++;
  return {
    index,
    claim,
    content,
    predicates: Int32Array.from(verbs, (key) => intern(space, key)),
    acts: Int32Array.from(verbs, (key) => intern(space, actOf(key))),
    light: features.content.some(isLightVerb),
    counted,
    actors,
    subject: Int32Array.from([...content, ...actors]).sort(),
    totals: { content: 0, counted: 0, subject: 0 },
    denial: features.denial,
    negated: features.negated,
    cue: features.cue,
    dates: features.dates,
    names: features.names,
    definite: features.definite,
    quantities,
    listed: listedNames(claim.text),
  };
}

interface Similarity {
  /** How many keys both have. */
  count: number;
  /** Shared weight over the smaller side's weight: 1 when one side's keys are all in the other. */
  overlap: number;
  /** Shared weight over the union's weight. */
  jaccard: number;
  /** Shared weight itself: how much evidence, whatever the lengths. */
  weight: number;
  /** Which side weighs more (says more), and by how much. */
  heavier: 'a' | 'b';
  ratio: number;
}

type Facet = 'content' | 'counted' | 'subject';

/** Weighted overlap of two claims' sorted keys of one facet (no allocation: it runs for every candidate pair). */
function similarity(x: Profile, y: Profile, facet: Facet, weights: Weights): Similarity {
  const weight = weights.of;
  const a = x[facet];
  const b = y[facet];
  let i = 0;
  let j = 0;
  let count = 0;
  let sharedWeight = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      count++;
      sharedWeight += weight(a[i]!);
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const weightA = x.totals[facet];
  const weightB = y.totals[facet];
  const smaller = Math.min(weightA, weightB);
  return {
    count,
    overlap: smaller > 0 ? sharedWeight / smaller : 0,
    jaccard: weightA + weightB - sharedWeight > 0 ? sharedWeight / (weightA + weightB - sharedWeight) : 0,
    weight: sharedWeight,
    heavier: weightA >= weightB ? 'a' : 'b',
    ratio: smaller > 0 ? Math.max(weightA, weightB) / smaller : Infinity,
  };
}

/** Whether a sorted id list holds an id. */
function holds(sorted: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] === id;
}

/**
 * Whether what `a` says happens is in `b`, in any form ("invited" in "the invitation"): a claim with no
 * verb found ("the group of 22 nations") says nothing against it.
 */
function supports(a: Profile, b: Profile): boolean {
  return a.predicates.length === 0 || a.predicates.some((id) => holds(b.content, id));
}

/**
 * Whether two claims say the same thing happens: the main verb (the first) of one names an act among
 * the verbs of the other ("defend its policies" / "in defending its policies"; "are held" / "were
 * detained"), a light verb's noun names the other's ("the invitation was passed on" / "were invited"),
 * or, when neither main verb is there, they share another act ("waiting to decide" / "will decide").
 * "Would accept the invitation" and "were invited" share the word, not the act. A claim with no verb
 * found must hold the other's verbs.
 */
function sameActs(a: Profile, b: Profile): boolean {
  if (!a.predicates.length || !b.predicates.length) return supports(a, b) && supports(b, a);
  if (b.acts.includes(a.acts[0]!) || a.acts.includes(b.acts[0]!) || namesAsNoun(a, b) || namesAsNoun(b, a)) return true;
  return a.acts.some((act) => b.acts.includes(act)) && !actsOnEvent(a, b) && !actsOnEvent(b, a);
}

/** Whether `a` does something to what `b` says happens, named as a noun: "would accept the invitation" / "were invited". */
function actsOnEvent(a: Profile, b: Profile): boolean {
  return !a.light && !a.acts.includes(b.acts[0]!) && holds(a.content, b.predicates[0]!);
}

/** Whether `a`'s light verb carries, as a noun, the act `b` states: "the invitation was passed on" / "were invited". */
function namesAsNoun(a: Profile, b: Profile): boolean {
  return a.light && holds(a.content, b.predicates[0]!);
}

/** What each of two claims says happens, for explanations: “detained” / “released”. */
function describeActs(a: Profile, b: Profile, space: Keyspace): string {
  const verbs = (p: Profile) => surface(p.claim.text, new Set([...p.predicates].map((id) => space.names[id]!))).map((verb) => `“${verb}”`).join(', ');
  const stated = [verbs(a), verbs(b)].filter(Boolean);
  return stated.length === 2 ? `different acts (${stated[0]} / ${stated[1]})` : `an act only one states (${stated[0]})`;
}

/** The keys two claims share in one facet, for explanations. */
function sharedKeys(x: Profile, y: Profile, facet: Facet | 'actors', space: Keyspace): string[] {
  const other = new Set(y[facet]);
  return [...x[facet]].filter((id) => other.has(id)).map((id) => space.names[id]!);
}

/** Shown words: the first word of the text for each shared key. */
function surface(text: string, keys: Set<string>): string[] {
  const shown = new Map<string, string>();
  for (const token of words(text)) if (keys.has(token.key) && !shown.has(token.key)) shown.set(token.key, token.text);
  return [...shown.values()];
}

function describeRange(normal: NormalQuantity): string {
  const { min, max, minExclusive, maxExclusive } = normal.stated;
  if (min !== null && max !== null && !minExclusive && !maxExclusive) return min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
  const lower = min === null ? '' : `${minExclusive ? 'more than' : 'at least'} ${formatNumber(min)}`;
  const upper = max === null ? '' : `${maxExclusive ? 'fewer than' : 'at most'} ${formatNumber(max)}`;
  return [lower, upper].filter(Boolean).join(' and ');
}

/** Whether x's bound on one side lies within y's (at least as strict). */
function boundWithin(x: NormalQuantity, y: NormalQuantity, side: 'low' | 'high'): boolean {
  if (side === 'low') return x.min > y.min || (x.min === y.min && (x.minExclusive || !y.minExclusive));
  return x.max < y.max || (x.max === y.max && (x.maxExclusive || !y.maxExclusive));
}

/** The numbers both ranges allow, or null when no number fits both ("up to 1 million" and "more than a million"). */
function commonRange(x: NormalQuantity, y: NormalQuantity) {
  const interval = (normal: NormalQuantity): Interval => ({ low: { value: normal.min, exclusive: normal.minExclusive }, high: { value: normal.max, exclusive: normal.maxExclusive } });
  return commonInterval(interval(x), interval(y));
}

function compareRanges(x: NormalQuantity, y: NormalQuantity): 'equal' | 'a-within' | 'b-within' | 'overlap' | 'disjoint' {
  if (!commonRange(x, y)) return 'disjoint';
  const xInY = boundWithin(x, y, 'low') && boundWithin(x, y, 'high');
  const yInX = boundWithin(y, x, 'low') && boundWithin(y, x, 'high');
  if (xInY && yInX) return 'equal';
  if (xInY) return 'a-within';
  if (yInX) return 'b-within';
  return 'overlap';
}

const isExact = (normal: NormalQuantity) => normal.stated.min !== null && normal.stated.min === normal.stated.max;
const isOpen = (normal: NormalQuantity) => normal.stated.min === null || normal.stated.max === null;

/** A range as its words bound it, without the slack a rounded figure gets. */
function asStated(normal: NormalQuantity): NormalQuantity {
  return { ...normal, min: normal.stated.min ?? 0, max: normal.stated.max ?? Infinity };
}

/**
 * The two ranges to compare. A rounded figure's slack is for another figure rounded differently
 * ("1,950" / "2,000"); against a bound it would make "more than 6,000" allow 6,000, which it excludes.
 */
function comparable(x: NormalQuantity, y: NormalQuantity): [NormalQuantity, NormalQuantity] {
  return [isExact(x) && isOpen(y) ? asStated(x) : x, isExact(y) && isOpen(x) ? asStated(y) : y];
}

/**
 * Whether a range within another is just another bound on the same count, not a narrower statement:
 * "up to 1 million" and "up to 2 million" are two estimates; "6,000" and "at least 6,000" state one figure.
 */
function sameEstimate(narrow: NormalQuantity, wide: NormalQuantity): boolean {
  const openAlike = (side: 'min' | 'max') => narrow.stated[side] === null && wide.stated[side] === null;
  const atBound = isExact(narrow) && (narrow.stated.min === wide.stated.min || narrow.stated.max === wide.stated.max);
  return openAlike('min') || openAlike('max') || atBound;
}

/** The gap between two ranges that cannot both hold, in words: "nothing is both at most 1,000,000 and more than 1,000,000". */
function describeGap(x: NormalQuantity, y: NormalQuantity): string {
  return `no number is both ${describeRange(x)} and ${describeRange(y)}`;
}

/** Two claims counting the same kind of thing, compared by their ranges. */
function relateQuantities(a: Profile, b: Profile, thing: Similarity, sharedWords: () => string): Verdict | undefined {
  for (const qa of a.quantities)
    for (const qb of b.quantities) {
      if (qa.normal.unitClass !== qb.normal.unitClass) continue;
      // The same figure for the same kind of unit needs less else in common to be the same count.
      const sameFigure = qa.normal.stated.min === qb.normal.stated.min && qa.normal.stated.max === qb.normal.stated.max;
      if (!(thing.count >= 2 && thing.overlap >= 0.3) && !(sameFigure && thing.count >= 1)) continue;
      const unit = qa.unit || qa.normal.unitClass;
      const ranges = () => `“${qa.text}” (${describeRange(qa.normal)}) and “${qb.text}” (${describeRange(qb.normal)})`;
      const score = clamp(0.5 + 0.5 * thing.overlap);
      const [x, y] = comparable(qa.normal, qb.normal);
      const relation = compareRanges(x, y);
      const within = relation === 'a-within' || relation === 'b-within';
      const [narrowRange, wideRange] = relation === 'a-within' ? [x, y] : [y, x];
      if (relation === 'equal' || relation === 'overlap' || (within && sameEstimate(narrowRange, wideRange))) {
        const { low, high } = commonRange(x, y)!;
        const above = `${low.exclusive ? 'more than' : 'at least'} ${formatNumber(low.value)}`;
        const below = `${high.exclusive ? 'fewer than' : 'at most'} ${formatNumber(high.value)}`;
        const common = high.value === Infinity ? above : low.value === 0 ? below : low.value === high.value ? formatNumber(low.value) : low.exclusive || high.exclusive ? `${above} and ${below}` : `${formatNumber(low.value)}–${formatNumber(high.value)}`;
        return { type: 'agrees', from: a.index, method: 'quantity-range', score, explain: () => `compatible ranges: ${ranges()} overlap on ${common} ${unit}; shared: ${sharedWords()}` };
      }
      if (within) {
        const narrow = relation === 'a-within' ? a : b;
        return { type: 'refines', from: narrow.index, method: 'quantity-range', score, explain: () => `narrower range: ${ranges()}, one within the other (${unit}); shared: ${sharedWords()}` };
      }
      // Disjoint: a count of a qualified part ("18 European countries") is smaller than the whole ("22 nations").
      const [small, big] = x.max <= y.min ? [qa, qb] : [qb, qa];
      const smallExtra = [...small.modifiers].filter((key) => !big.modifiers.has(key));
      const bigExtra = [...big.modifiers].filter((key) => !small.modifiers.has(key));
      if (smallExtra.length > 0 && bigExtra.length === 0) {
        const part = small === qa ? a : b;
        return { type: 'refines', from: part.index, method: 'quantity-range', score, explain: () => `part of a whole: ${ranges()}; the smaller count is qualified (${surface(part.claim.text, new Set(smallExtra)).join(', ') || smallExtra.join(', ')})` };
      }
      if (smallExtra.length === 0 && bigExtra.length === 0)
        return { type: 'conflicts', from: a.index, method: 'quantity-range', score, explain: () => `ranges that cannot both hold for the same count: ${ranges()}: ${describeGap(x, y)} (${unit}); shared: ${sharedWords()}` };
    }
  return undefined;
}

/**
 * Scorer for one corpus: key weights (inverse document frequency, weak words a quarter) and the weight
 * of a key found in one claim only, so shared evidence reads as "about N distinctive words".
 */
interface Weights {
  of: (id: number) => number;
  unique: number;
  /** Shared evidence a related link needs, in units of `unique` (see MatchOptions.relatedEvidence). */
  relatedEvidence: number;
}

/** Sets a profile's summed weights, once the corpus's key weights are known. */
function weigh(profile: Profile, weights: Weights): void {
  for (const facet of ['content', 'counted', 'subject'] as const) {
    let total = 0;
    for (const id of profile[facet]) total += weights.of(id);
    profile.totals[facet] = total;
  }
}

/** The kind of a date key: "2019" is a year, "month:3" a month, "day:friday" a weekday. */
const dateKind = (date: string) => (date.includes(':') ? date.slice(0, date.indexOf(':')) : 'year');

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date key as a reader writes it: "month:3" is March, "day:friday" Friday. */
function describeDate(date: string): string {
  const value = date.slice(date.indexOf(':') + 1);
  if (dateKind(date) === 'month') return monthNames[Number(value) - 1] ?? value;
  return value[0]!.toUpperCase() + value.slice(1);
}

/** Whether two claims name dates of one of these kinds (years, months or weekdays) and none in common. */
function differentDates(a: readonly string[], b: readonly string[], kinds: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  return kinds.some((kind) => {
    const [x, y] = [a, b].map((dates) => dates.filter((date) => dateKind(date) === kind));
    return x!.length > 0 && y!.length > 0 && !x!.some((date) => y!.includes(date));
  });
}

/**
 * Whether two names may name one thing: one source (or a body and who speaks for it), one name's words
 * all in the other's ("Feith" / "Douglas Feith"), or a word in common besides the head both end in
 * ("U.S. Chief Information Officers Council" / "Federal Chief Information Officers Council").
 */
function sameName(x: Name, y: Name, normaliser: Normaliser): boolean {
  if (x.id !== null && y.id !== null) return normaliser.affiliated(x.id, y.id);
  const [short, long] = x.keys.length <= y.keys.length ? [x, y] : [y, x];
  const head = x.keys.at(-1) === y.keys.at(-1) ? x.keys.at(-1) : undefined;
  const inLong = (key: string) => long.keys.some((other) => sameWord(key, other));
  return short.keys.every(inLong) || short.keys.some((key) => key !== head && inLong(key));
}

/** One word of a name, or its short form ("Greg" / "Gregory", "Corp" / "Corporation"). */
const sameWord = (x: string, y: string) => x === y || (Math.min(x.length, y.length) >= 3 && (x.startsWith(y) || y.startsWith(x)));

/**
 * Whether two names are of one sort, so that two different ones name two things: two registry entries of
 * one type (two people: another minister), or two names of several words ending in one head word ("Corvex
 * Bank" / "Fendale Bank"). Other names may name one place at two scales ("the Brelmoor mine", "Moravel").
 */
const comparableNames = (x: Name, y: Name) => (x.kind !== null && x.kind === y.kind) || (x.keys.length > 1 && y.keys.length > 1 && x.keys.at(-1) === y.keys.at(-1));

/**
 * Whether two claims name who or where in a way that can be compared, and none of it is the same:
 * another minister's invitation, a breach at another bank. However many words they share, they are about
 * different things.
 */
function differentNames(a: Profile, b: Profile, normaliser: Normaliser): boolean {
  // Runs for every candidate pair: most claims name nothing comparable, so look for that first.
  if (!a.names.length || !b.names.length || !a.names.some((x) => b.names.some((y) => comparableNames(x, y)))) return false;
  return !a.names.some((x) => b.names.some((y) => sameName(x, y, normaliser)));
}

/** The names of a claim as it writes them, for explanations: “Corvex Bank, Dunmore”. */
function describeNames(p: Profile, normaliser: Normaliser): string {
  return p.names.map((name) => (name.id === null ? surface(p.claim.text, new Set(name.keys)).join(' ') : normaliser.nameOf(name.id))).join(', ');
}

/**
 * The relation between two profiled claims, if any, and how much they share, for callers that report it;
 * `apart` says why two claims that may share words are not linked at all.
 */
function relate(a: Profile, b: Profile, weights: Weights, normaliser: Normaliser, space: Keyspace): { verdict: Verdict | undefined; subject: Similarity; apart?: () => string } {
  const content = similarity(a, b, 'content', weights);
  const subject = similarity(a, b, 'subject', weights);
  // Explanations are built only for a verdict: most compared pairs yield none.
  const named = (facet: Facet) => {
    const keys = sharedKeys(a, b, facet, space).filter((key) => !key.startsWith('actor:'));
    return surface(a.claim.text, new Set(keys)).join(', ') || keys.join(', ');
  };
  const sharedWords = () => named('subject');
  const withActors = () => {
    const actors = sharedKeys(a, b, 'actors', space)
      .map((key) => normaliser.nameOf(key.slice('actor:'.length)));
    return actors.length ? `; shared actors: ${actors.join(', ')}` : '';
  };
  const found = (verdict: Verdict) => ({ verdict, subject });
  const dates = () => `different dates: ${a.dates.map(describeDate).join(', ')} / ${b.dates.map(describeDate).join(', ')}`;
  // Claims about other places or actors, or about different years or months, are different facts however
  // alike (a count in 2019 and in 2020), and not one subject either (a fire in another month).
  const apart = differentNames(a, b, normaliser)
    ? () => `different names: ${describeNames(a, normaliser)} / ${describeNames(b, normaliser)}`
    : differentDates(a.dates, b.dates, ['year', 'month'])
      ? dates
      : undefined;
  if (apart) return { verdict: undefined, subject, apart };
  // Different weekdays are days of one story, so of one subject, but not one fact (an arrest on Wednesday,
  // a release on Friday).
  const daysDiffer = differentDates(a.dates, b.dates, ['day']);
  const acts = sameActs(a, b);
  const differentActs = () => describeActs(a, b, space);
  if (a.quantities.length && b.quantities.length && !daysDiffer) {
    const thing = similarity(a, b, 'counted', weights);
    const verdict = relateQuantities(a, b, thing, () => named('counted'));
    // A count of those killed and one of those injured are two counts, however alike their words; but two
    // counts alike in figure only ("14 bridges" rated poor, "14 bridges" closed) are not one subject for it.
    if (verdict && !acts && thing.count >= 2) return found({ type: 'related', from: a.index, method: 'shared-subject', score: clamp(0.5 * verdict.score), explain: () => `same kind of count, ${differentActs()}: ${named('counted')}${withActors()}` });
    if (verdict && acts) return found({ ...verdict, explain: () => verdict.explain() + withActors() });
  }

  // A denial of the same proposition: the words of what is denied, its verb among them, are in the other
  // claim ("denied it ignored warnings" does not deny "inspectors warned"). A claim that itself negates
  // it says what the denial says ("denied any wrongdoing" / "had done nothing wrong").
  const denying = a.denial ? a : b;
  const denied = denying === a ? b : a;
  if (a.denial !== b.denial && !denied.negated && content.count >= 2 && content.overlap >= 0.4 && supports(denying, denied)) {
    return found({ type: 'conflicts', from: a.index, method: 'negation', score: clamp(0.4 + 0.6 * content.overlap), explain: () => `denial found (“${denying.cue}”) of what the other states: ${sharedWords()}${withActors()}` });
  }
  if (a.negated !== b.negated && content.count >= 3 && content.overlap >= 0.6 && content.jaccard >= 0.4 && acts) {
    const negating = a.negated ? a : b;
    return found({ type: 'conflicts', from: a.index, method: 'negation', score: clamp(0.3 + 0.6 * content.overlap), explain: () => `negation found (“${negating.cue}”) in one of two otherwise matching statements: ${sharedWords()}${withActors()}` });
  }

  const same =
    a.negated === b.negated &&
    !daysDiffer &&
    ((content.count >= 3 && content.overlap >= 0.4) || (content.count >= 2 && content.overlap >= 0.6 && content.jaccard >= 0.3));
  // Much in common but different acts ("police detained the manager", "the manager was released"): the
  // same subject, not the same fact.
  if (same && !acts) {
    return found({ type: 'related', from: a.index, method: 'shared-subject', score: clamp(0.5 * content.overlap), explain: () => `same subject, ${differentActs()}: ${sharedWords()}${withActors()}` });
  }
  if (same) {
    if (content.overlap >= 0.8 && content.ratio >= 1.8) {
      const narrow = content.heavier === 'a' ? a : b;
      return found({ type: 'refines', from: narrow.index, method: 'lexical', score: clamp(content.overlap), explain: () => `one states more of the same: ${sharedWords()}${withActors()}` });
    }
    return found({ type: 'agrees', from: a.index, method: 'lexical', score: clamp(content.overlap), explain: () => `same statement: ${sharedWords()}${withActors()}` });
  }
  // Related: the same subject, counting what is said and who is named or cited: about two distinctive
  // keys in common, one of them a word, and not lost in either claim.
  if (content.count >= 1 && subject.weight >= weights.relatedEvidence * weights.unique && subject.overlap >= 0.15) {
    return found({ type: 'related', from: a.index, method: 'shared-subject', score: clamp(subject.overlap), explain: () => `same subject: ${sharedWords()}${withActors()}${daysDiffer ? ` (${dates()})` : ''}` });
  }
  return { verdict: undefined, subject };
}

/**
 * Names a claim implies through its article: "the bridge" in an article that names the Harwick Bridge
 * more often than any other bridge is the Harwick Bridge, and not the bridge another article names.
 */
function addArticleNames(profiles: Profile[]): void {
  const byArticle = new Map<string, Profile[]>();
  for (const profile of profiles) {
    const members = byArticle.get(profile.claim.article);
    if (members) members.push(profile);
    else byArticle.set(profile.claim.article, [profile]);
  }
  for (const members of byArticle.values()) {
    const dominant = dominantNames(members.flatMap((member) => member.names));
    for (const member of members) {
      const heads = new Set(member.names.map((name) => name.keys.at(-1)));
      for (const key of member.definite) {
        const name = dominant.get(key);
        if (name && !heads.has(name.keys.at(-1))) member.names.push(name);
      }
    }
  }
}

/** For each head word ("bridge", "bank"), the name with it that an article gives most often, if one does. */
function dominantNames(names: readonly Name[]): Map<string, Name> {
  const tally = new Map<string, Map<string, { name: Name; count: number }>>();
  for (const name of names) {
    const head = name.keys.at(-1)!;
    const byName = tally.get(head) ?? new Map<string, { name: Name; count: number }>();
    const key = name.id ?? name.keys.join(' ');
    byName.set(key, { name, count: (byName.get(key)?.count ?? 0) + 1 });
    tally.set(head, byName);
  }
  const dominant = new Map<string, Name>();
  for (const [head, byName] of tally) {
    const [first, second] = [...byName.values()].sort((x, y) => y.count - x.count);
    if (first && first.count > (second?.count ?? 0)) dominant.set(head, first.name);
  }
  return dominant;
}

/** An exact count in a claim, or the names it lists, that a total elsewhere in the article may add up. */
interface Part {
  profile: Profile;
  value: number;
  unitClass: string | null;
  what: string;
}

/**
 * Arithmetic inside one article: a total ("22 nations") that equals the sum of exact counts and
 * listed names in nearby claims ("18 European countries" + "Australia, Canada, Japan and New Zealand")
 * is refined by each of them.
 */
const nearbyBlocks = 6;

function arithmeticLinks(profiles: Profile[]): PairVerdict[] {
  // Only claims with an exact count or a list of names take part.
  const byArticle = new Map<string, Profile[]>();
  for (const profile of profiles) {
    if (profile.listed < 2 && !profile.quantities.length) continue;
    const members = byArticle.get(profile.claim.article);
    if (members) members.push(profile);
    else byArticle.set(profile.claim.article, [profile]);
  }
  const found: PairVerdict[] = [];
  for (const members of byArticle.values()) {
    const exact = (profile: Profile) => profile.quantities.filter((q) => q.normal.stated.min !== null && q.normal.stated.min === q.normal.stated.max);
    for (const total of members)
      for (const whole of exact(total)) {
        const near = members.filter((other) => other !== total && Math.abs((other.claim.block ?? 0) - (total.claim.block ?? 0)) <= nearbyBlocks);
        // Each claim contributes one part at most: its count of the same kind, or the names it lists.
        const choices: Part[][] = near
          .map((other) => [
            ...exact(other)
              .filter((q) => q.normal.unitClass === whole.normal.unitClass && q.normal.stated.min! < whole.normal.stated.min!)
              .map((q) => ({ profile: other, value: q.normal.stated.min!, unitClass: q.normal.unitClass, what: `${formatNumber(q.normal.stated.min!)} (“${q.text}”)` })),
            ...(other.listed >= 2 ? [{ profile: other, value: other.listed, unitClass: null, what: `${other.listed} named` }] : []),
          ])
          .filter((options) => options.length > 0)
          .slice(0, 8);
        const target = whole.normal.stated.min!;
        let best: Part[] | undefined;
        const search = (at: number, chosen: Part[], sum: number) => {
          if (best || sum > target) return;
          if (at === choices.length) {
            // At least one counted part of the same kind: names alone could be anything.
            if (sum === target && chosen.length >= 2 && chosen.some((part) => part.unitClass !== null)) best = [...chosen];
            return;
          }
          for (const option of choices[at]!) search(at + 1, [...chosen, option], sum + option.value);
          search(at + 1, chosen, sum);
        };
        search(0, [], 0);
        if (!best) continue;
        const sum = `${best.map((part) => part.what).join(' + ')} = ${formatNumber(target)} (“${whole.text}”)`;
        for (const [at, part] of best.entries()) {
          found.push({ type: 'refines', from: part.profile.index, to: total.index, method: 'arithmetic', score: 0.9, explain: () => `arithmetic in one article: ${sum}` });
          // Parts of one whole are about the same thing.
          for (const sibling of best.slice(at + 1))
            found.push({ type: 'related', from: part.profile.index, to: sibling.profile.index, method: 'arithmetic', score: 0.7, explain: () => `parts of one whole: ${sum}` });
        }
      }
  }
  return found;
}

const defaults = { maxCandidates: 25, postingBudget: 800, maxRelated: 10, relatedEvidence: 1.2 };
const weakWeight = 0.25;

/** matchClaims with the figures a benchmark reports. */
export function matchCorpus(
  claims: readonly MatchClaim[],
  sources: readonly AliasSource[],
  editor: EditorLinks = {},
  options: MatchOptions = {},
): { links: Link[]; stats: MatchStats } {
  const { maxCandidates, postingBudget, maxRelated, relatedEvidence } = { ...defaults, ...options };
  const normaliser = createNormaliser(sources);
  const space: Keyspace = { ids: new Map(), names: [], df: [] };
  const speakers = speakerNames(sources);
  const profiles = claims.map((claim, index) => profile(claim, index, normaliser, space, speakers));
  const count = profiles.length;
  const idf = Float64Array.from(space.df, (df, id) => Math.log(1 + count / Math.max(1, df)) * (isWeak(space.names[id]!) ? weakWeight : 1));
  const weights: Weights = { of: (id) => idf[id]!, unique: Math.log(1 + count), relatedEvidence };
  for (const p of profiles) weigh(p, weights);
  addArticleNames(profiles);

  // Inverted index, compressed: the claims holding key k are postings[offsets[k]..offsets[k+1]], ascending.
  const offsets = new Int32Array(space.names.length + 1);
  for (const p of profiles) for (const keys of [p.counted, p.actors]) for (const id of keys) offsets[id + 1]!++;
  for (let k = 0; k < space.names.length; k++) offsets[k + 1]! += offsets[k]!;
  const postings = new Int32Array(offsets[space.names.length]!);
  const fill = offsets.slice(0, -1);
  for (const p of profiles) for (const keys of [p.counted, p.actors]) for (const id of keys) postings[fill[id]!++] = p.index;

  const rejected = new Set((editor.rejected ?? []).map((pair) => pairKey(pair.from, pair.to)));
  // Verdicts by pair (lower index * count + higher index). A related one keeps its explanation unbuilt
  // until it survives pruning; the others are built at once, so they hold no comparison state.
  const verdicts = new Map<number, PairVerdict>();
  const put = (verdict: Verdict, to: number) => {
    const key = Math.min(verdict.from, to) * count + Math.max(verdict.from, to);
    if (verdicts.get(key)?.method === 'arithmetic') return;
    if (rejected.size && rejected.has(pairKey(claims[verdict.from]!.id, claims[to]!.id))) return;
    const explanation = verdict.type === 'related' ? undefined : verdict.explain();
    verdicts.set(key, { ...verdict, to, ...(explanation === undefined ? {} : { explain: () => explanation }) });
  };

  const accumulated = new Float64Array(count);
  const touched: number[] = [];
  let candidatePairs = 0;
  for (const p of profiles) {
    // Rarest keys first, so a common key ("China") only adds candidates while the budget lasts.
    const keys = [...p.counted, ...p.actors].sort((x, y) => space.df[x]! - space.df[y]!);
    let budget = postingBudget;
    for (const id of keys) {
      if (budget <= 0 || space.df[id]! < 2) continue;
      let lo = offsets[id]!;
      let hi = offsets[id + 1]!;
      // Only later claims: each pair is proposed once, by its earlier claim.
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (postings[mid]! <= p.index) lo = mid + 1;
        else hi = mid;
      }
      const end = Math.min(offsets[id + 1]!, lo + budget);
      budget -= end - lo;
      for (let at = lo; at < end; at++) {
        const other = postings[at]!;
        if (accumulated[other] === 0) touched.push(other);
        accumulated[other]! += idf[id]!;
      }
    }
    for (const index of bestCandidates(touched, accumulated, maxCandidates)) {
      candidatePairs++;
      const { verdict } = relate(p, profiles[index]!, weights, normaliser, space);
      if (verdict) put(verdict, verdict.from === p.index ? index : p.index);
    }
    for (const index of touched) accumulated[index] = 0;
    touched.length = 0;
  }

  // Arithmetic is the stronger evidence: it replaces what the pair comparison found.
  for (const verdict of arithmeticLinks(profiles)) {
    verdicts.delete(Math.min(verdict.from, verdict.to) * count + Math.max(verdict.from, verdict.to));
    put(verdict, verdict.to);
  }

  const kept = keepBestRelated([...verdicts.values()], maxRelated);
  const links = new Map<string, Link>(
    kept.map((verdict) => {
      const [from, to] = [claims[verdict.from]!.id, claims[verdict.to]!.id];
      return [pairKey(from, to), { type: verdict.type, from, to, origin: 'auto', method: verdict.method, score: verdict.score, explanation: verdict.explain() }];
    }),
  );
  for (const confirmed of editor.confirmed ?? []) {
    const key = pairKey(confirmed.from, confirmed.to);
    const auto = links.get(key);
    // What the matcher found on its own stays on record, so an editor's link can be checked against it.
    const explanation = auto
      ? `Declared by an editor; the matcher also found ${auto.type} (${auto.method}, score ${auto.score}): ${auto.explanation}`
      : 'Declared by an editor; the matcher found no link on its own';
    links.set(key, { type: confirmed.type, from: confirmed.from, to: confirmed.to, origin: 'editor', method: 'editor', score: 1, explanation });
  }

  const order = new Map(claims.map((claim, index) => [claim.id, index]));
  const position = (id: string) => order.get(id) ?? count;
  const result = [...links.values()]
    .map((link) => ({ link, from: position(link.from), to: position(link.to) }))
    .sort((x, y) => x.from - y.from || x.to - y.to)
    .map(({ link }) => link);
  const byType = Object.fromEntries(relationTypes.map((type) => [type, result.filter((link) => link.type === type).length])) as Record<RelationType, number>;
  return { links: result, stats: { claims: count, candidatePairs, links: result.length, byType } };
}

/** The `limit` touched claims with the highest accumulated weight, best first, without sorting them all. */
function bestCandidates(touched: number[], accumulated: Float64Array, limit: number): number[] {
  if (touched.length <= limit) return touched;
  const best: number[] = [];
  for (const index of touched) {
    const score = accumulated[index]!;
    if (best.length === limit && score <= accumulated[best[limit - 1]!]!) continue;
    let at = best.length === limit ? limit - 1 : best.length;
    while (at > 0 && accumulated[best[at - 1]!]! < score) at--;
    best.splice(at, 0, index);
    if (best.length > limit) best.pop();
  }
  return best;
}

/**
 * At most `limit` related links per claim, the best by score: a link stays when it is among the best
 * of either of its claims. Links of the other types always stay: they say something is the same fact.
 */
function keepBestRelated(verdicts: PairVerdict[], limit: number): PairVerdict[] {
  const related = verdicts.filter((verdict) => verdict.type === 'related').sort((x, y) => y.score - x.score);
  const taken = new Map<number, number>();
  const kept = verdicts.filter((verdict) => verdict.type !== 'related');
  for (const verdict of related) {
    const fromCount = taken.get(verdict.from) ?? 0;
    const toCount = taken.get(verdict.to) ?? 0;
    if (fromCount >= limit && toCount >= limit) continue;
    taken.set(verdict.from, fromCount + 1);
    taken.set(verdict.to, toCount + 1);
    kept.push(verdict);
  }
  return kept;
}

/**
 * Links between claims across the corpus, typed and explained. `sources` is the registry (for
 * aliases and affiliations); editors' confirmed links win over automatic ones, rejected pairs never appear.
 */
export function matchClaims(claims: readonly MatchClaim[], sources: readonly AliasSource[], editor: EditorLinks = {}, options: MatchOptions = {}): Link[] {
  return matchCorpus(claims, sources, editor, options).links;
}

const bareNormaliser = createNormaliser([]);

/** The relation between two bare sentences, with no registry and every word weighing the same. */
export function compareSentences(a: string, b: string): SentenceRelation {
  const space: Keyspace = { ids: new Map(), names: [], df: [] };
  const claim = (text: string, id: string): MatchClaim => ({ id, article: id, text, attribution: [], quantity: null });
  const first = profile(claim(a, 'a'), 0, bareNormaliser, space);
  const second = profile(claim(b, 'b'), 1, bareNormaliser, space);
  const weights: Weights = { of: (id) => (isWeak(space.names[id]!) ? weakWeight : 1), unique: 1, relatedEvidence: defaults.relatedEvidence };
  weigh(first, weights);
  weigh(second, weights);
  const { verdict, subject, apart } = relate(first, second, weights, bareNormaliser, space);
  if (!verdict) return { relation: 'none', score: clamp(subject.jaccard), explanation: apart?.() ?? (subject.count ? `too little in common: ${sharedKeys(first, second, 'subject', space).join(', ')}` : 'nothing in common') };
  const direction = verdict.type === 'refines' ? (verdict.from === 0 ? ' (a is the narrower)' : ' (b is the narrower)') : '';
  return { relation: verdict.type, score: verdict.score, explanation: verdict.explain() + direction };
}

