// What the matcher reads of one claim: its normalised keys by facet (content, counted, actors), its
// verbs and acts, polarity, dates, names and quantities, with the corpus's key weights; and the
// weighted overlap of two profiles, which every comparison starts from.
import { findQuantities } from '../quantities.ts';
import { countingOf, type Counting } from './counting.ts';
import { countsPartOfWhole, occasionYearsOf, partsOfPeople } from './occasions.ts';
import { personTitles, singleOffices } from '../lexicon/person-titles.ts';
import type { AliasSource, Name, NormalQuantity, Normaliser, Quantity, TextFeatures } from './normalise.ts';
import { isStopword, isWeak, words, type WordToken } from './words.ts';
import { actOf, isLightVerb, predicateClauses } from './predicates.ts';
import { withoutFrames } from '../ingest/statement-frames.ts';
import { placeFacts } from './places.ts';
import { speakersOnly } from './speakers.ts';

/** What the matcher reads of a claim (a schema.ts Claim fits). */
export interface MatchClaim {
  id: string;
  article: string;
  text: string;
  /** Publisher first, then whom it cites, to the origin. */
  attribution: readonly string[];
  quantity: Quantity | null;
  /** What is claimed, as one sentence (schema.ts Claim); read for its names when an editor wrote it. */
  statement?: string;
  /** The fields a program drafted ("statement"): a drafted statement is not an editor's reading. */
  drafted?: readonly string[];
  /** Paragraph index in its article: arithmetic looks only at nearby paragraphs. */
  block?: number;
  /** When it was claimed (YYYY-MM-DD): a `claimed` attribute, else its article's date; null when unknown. */
  claimedAt?: string | null;
}

export interface QuantityView {
  normal: NormalQuantity;
  /** The unit as written, for explanations. */
  unit: string;
  /** Content keys of the counted phrase as the text words it ("European countries" -> european). */
  modifiers: Set<string>;
  text: string;
}

/** What its words say (normalise.ts); `names` also holds those its article implies (addArticleNames). */
export interface Profile extends Pick<TextFeatures, 'denial' | 'negated' | 'cue' | 'dates' | 'names' | 'definite'> {
  index: number;
  claim: MatchClaim;
  /** Sorted ids of the text's content keys. */
  content: Int32Array;
  /** The content keys without a reporting frame's ("engineers warned the dam could collapse"): what is claimed. */
  claimed: Int32Array;
  /** Ids of the keys of its verbs: what it says happens ("detained", "invited"), the main one first. */
  predicates: Int32Array;
  /** The acts those verbs name, in the same order ("held" in camps is "detained"). */
  acts: Int32Array;
  /** For each act, whether it stands in a clause telling another's circumstance ("closed after … found"). */
  subordinate: boolean[];
  /** Whether its main verb says the act is past ("was inspected") or to come ("will inspect"), if it says. */
  time: 'past' | 'future' | null;
  /** Ids of the offices one person holds that the text names ("the mayor"): lexicon singleOffices. */
  offices: number[];
  /** Ids of the roles the text qualifies and their qualifiers ("finance minister"): [qualifier, role]. */
  qualified: (readonly [number, number])[];
  /** A light verb ("confirmed", "passed on") hands its act to a noun of the claim. */
  light: boolean;
  /** The content keys with those of an annotated quantity's counted phrase: what a count is about. */
  counted: Int32Array;
  /** Sorted ids of actor keys: the roots of sources named or cited. */
  actors: Int32Array;
  /** Content and actor keys together: what the claim is about. */
  subject: Int32Array;
  /** Summed key weights of content, counted and subject, set once the corpus's weights are known. */
  totals: { content: number; claimed: number; counted: number; subject: number };
  quantities: QuantityView[];
  /** Whether its count is of a part of a whole it refers back to ("1,200 of them are crane drivers"). */
  partitive: boolean;
  /** Years its text says its act happened in ("in 2019", "the 2017 election"; not "since 2017"). */
  occasionYears: string[];
  /** What an editor says its count counts (counting.ts), if it says more than the words after the figure. */
  counting: Counting | undefined;
  /** Names listed in the text ("Australia, Canada, Japan and New Zealand": 4). */
  listed: number;
  /** Places it names after "in", "near", "outside" (places.ts), each as its words' keys. */
  places: string[][];
  /** Keys of the capitalised words of its article's claims (addArticleNames), its own until then. */
  articleCapitals: Set<string>;
}

export interface Keyspace {
  ids: Map<string, number>;
  names: string[];
  df: number[];
}

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
  for (const match of text.matchAll(listPattern))
    most = Math.max(most, match[0].split(/\s*,\s*|\s+(?:and|or)\s+/u).filter(Boolean).length);
  return most;
}

/**
 * Each source's name and aliases as content keys, the lower-case ones too ("the interior ministry":
 * interior, ministry).
 */
type SpeakerNames = ReadonlyMap<string, readonly string[][]>;

export function speakerNames(sources: readonly AliasSource[]): SpeakerNames {
  const keys = (alias: string) =>
    words(alias)
      .filter((token) => !isStopword(token.text))
      .map((token) => token.key);
  return new Map(
    sources.map((source) => [
      source.id,
      [source.name, ...(source.aliases ?? [])].map(keys).filter((alias) => alias.length > 0),
    ]),
  );
}

/**
 * A claim's content without the words naming whom it cites: the registry leaves out lower-case aliases
 * when finding actors, but where the attribution names the source they are its name, and two things
 * "the interior ministry" said are not alike for it. The source stays among the claim's actors.
 */
function withoutSpeakers(content: string[], attribution: readonly string[], speakers: SpeakerNames): string[] {
  const present = new Set(content);
  const named = new Set(
    attribution
      .slice(1)
      .flatMap((id) => (speakers.get(id) ?? []).filter((alias) => alias.every((key) => present.has(key))).flat()),
  );
  return named.size ? content.filter((key) => !named.has(key)) : content;
}

const officeWords = new Set(singleOffices);

/**
 * The offices a text names on their own ("the mayor", "the bank's chairman"), not those before a name, which
 * the names compare ("spokesman Tom Galvin"), nor those after another word of a title ("Foreign Minister").
 */
function heldOffices(text: string): WordToken[] {
  const tokens = words(text);
  return tokens.filter((token, index) => {
    const [before, after] = [tokens[index - 1]?.text, tokens[index + 1]?.text];
    const bare = before !== undefined && (before.toLowerCase() === 'the' || /['’]s$/.test(before));
    return officeWords.has(token.text.toLowerCase()) && bare && !(after && /^\p{Lu}/u.test(after));
  });
}

const nameKey = (name: Name) => name.id ?? name.keys.join(' ');

/**
 * A person's role and the word before it that says which one ("finance minister", "police chiefs"), neither
 * a verb, a weak word or a capitalised name: [qualifier key, role key].
 */
function qualifiedRoles(text: string, content: ReadonlySet<string>, verbs: ReadonlySet<string>): [string, string][] {
  const tokens = words(text);
  const plain = (index: number) => {
    const token = tokens[index]!;
    const lower = index === 0 || /^\p{Ll}/u.test(token.text);
    return content.has(token.key) && !verbs.has(token.key) && !isWeak(token.key) && lower;
  };
  const pairs: [string, string][] = [];
  for (let index = 1; index < tokens.length; index++) {
    const [qualifier, role] = [tokens[index - 1]!, tokens[index]!];
    if (!personTitles.test(role.key) && !personTitles.test(role.text)) continue;
    if (plain(index - 1) && plain(index) && /^\s+$/.test(text.slice(qualifier.end, role.start)))
      pairs.push([qualifier.key, role.key]);
  }
  return pairs;
}

export function profile(
  claim: MatchClaim,
  index: number,
  normaliser: Normaliser,
  space: Keyspace,
  speakers: SpeakerNames = new Map(),
): Profile {
  const analysed = normaliser.analyse(claim.text);
  // The statement an editor wrote names whom "she" or "the bridge" is: its names count too (not its words,
  // which name the subject every claim of a story shares).
  const stated =
    claim.statement && !claim.drafted?.includes('statement') ? normaliser.analyse(claim.statement).names : [];
  const known = new Set(analysed.names.map(nameKey));
  const speaking = speakersOnly(claim, analysed.names, stated, normaliser);
  const names = [
    ...analysed.names.filter((name) => name.id === null || !speaking.has(name.id)),
    ...stated.filter((name) => !known.has(nameKey(name))),
  ];
  const features = { ...analysed, names, content: withoutSpeakers(analysed.content, claim.attribution, speakers) };
  const found = findQuantities(claim.text);
  const view = (quantity: Quantity, foundText: { counted: string; text: string } | undefined): QuantityView => {
    const normal = normaliser.quantity(quantity);
    const unitKeys = new Set(normaliser.analyse(quantity.unit).content);
    const countedText = foundText?.counted ?? quantity.counted;
    // Nouns of the unit's own class ("residents" counting people) name the unit, not a part of it; but
    // "women", "children" name a part of any people ("40 women" / "120 men" arrested are two counts).
    const unitNouns = new Set(
      words(countedText)
        .filter(
          (token) =>
            normaliser.quantity({ min: 1, max: 1, unit: token.text, counted: token.text }).unitClass ===
              normal.unitClass && !partsOfPeople.has(token.key),
        )
        .map((token) => token.key),
    );
    return {
      normal,
      unit: quantity.unit,
      modifiers: new Set(
        normaliser
          .analyse(countedText)
          .content.filter(
            (key) => (partsOfPeople.has(key) || !unitKeys.has(key)) && key !== normal.unitClass && !unitNouns.has(key),
          ),
      ),
      text: foundText?.text ?? claim.text,
    };
  };
  // The figures its counts are read from: the annotated one's, else every one found.
  const figures = claim.quantity
    ? [found.find((q) => q.min === claim.quantity!.min || q.max === claim.quantity!.max) ?? found[0]]
    : found;
  const quantities = claim.quantity ? [view(claim.quantity, figures[0])] : found.map((q) => view(q, q));
  const ids = (keys: Iterable<string>) => Int32Array.from(new Set([...keys].map((key) => intern(space, key)))).sort();
  const content = ids(features.content);
  const framed = withoutFrames(claim.text);
  const claimed =
    framed === claim.text
      ? content
      : ids(withoutSpeakers(normaliser.analyse(framed).content, claim.attribution, speakers));
  const counted = ids([...features.content, ...quantities.flatMap((quantity) => quantity.normal.counted)]);
  const clauses = predicateClauses(claim.text);
  const verbs = clauses.map((clause) => clause.key);
  const qualified = qualifiedRoles(claim.text, new Set(features.content), new Set(verbs));
  const offices = heldOffices(claim.text);
  const located = placeFacts(claim.text);
  const actors = ids([...features.entities, ...claim.attribution.slice(1)].map((id) => `actor:${normaliser.root(id)}`));
  for (const keys of [counted, actors]) for (const id of keys) space.df[id]!++;
  return {
    index,
    claim,
    content,
    claimed,
    predicates: Int32Array.from(verbs, (key) => intern(space, key)),
    acts: Int32Array.from(verbs, (key) => intern(space, actOf(key))),
    subordinate: clauses.map((clause) => clause.subordinate),
    time: clauses[0]?.time ?? null,
    offices: [...new Set(offices.map((token) => intern(space, token.key)))],
    qualified: qualified.map(([qualifier, noun]) => [intern(space, qualifier), intern(space, noun)] as const),
    light: features.content.some(isLightVerb),
    counted,
    actors,
    subject: Int32Array.from([...content, ...actors]).sort(),
    totals: { content: 0, claimed: 0, counted: 0, subject: 0 },
    denial: features.denial,
    negated: features.negated,
    cue: features.cue,
    dates: features.dates,
    names: features.names,
    definite: features.definite,
    quantities,
    occasionYears: occasionYearsOf(claim.text),
    // A figure the text writes in a way not found ("8,270 of them"): the whole text is read as its words.
    partitive:
      quantities.length > 0 &&
      figures.some((figure) => countsPartOfWhole(claim.text, figure ?? { start: 0, end: claim.text.length })),
    counting: countingOf(
      claim.quantity?.counted,
      found.map((quantity) => quantity.counted),
      normaliser,
    ),
    listed: listedNames(claim.text),
    places: located.places,
    articleCapitals: located.capitals,
  };
}

export interface Similarity {
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

export type Facet = 'content' | 'claimed' | 'counted' | 'subject';

/** Weighted overlap of two claims' sorted keys of one facet (no allocation: it runs for every candidate pair). */
export function similarity(x: Profile, y: Profile, facet: Facet, weights: Weights): Similarity {
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
export function holds(sorted: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] === id;
}

/** The keys two claims share in one facet, for explanations. */
export function sharedKeys(x: Profile, y: Profile, facet: Facet | 'actors', space: Keyspace): string[] {
  const other = new Set(y[facet]);
  return [...x[facet]].filter((id) => other.has(id)).map((id) => space.names[id]!);
}

/** Shown words: the first word of the text for each shared key. */
export function surface(text: string, keys: Set<string>): string[] {
  const shown = new Map<string, string>();
  for (const token of words(text)) if (keys.has(token.key) && !shown.has(token.key)) shown.set(token.key, token.text);
  return [...shown.values()];
}

/**
 * Scorer for one corpus: key weights (inverse document frequency, weak words a quarter) and the weight
 * of a key found in one claim only, so shared evidence reads as "about N distinctive words".
 */
export interface Weights {
  of: (id: number) => number;
  unique: number;
  /** Shared evidence a related link needs, in units of `unique` (see MatchOptions.relatedEvidence). */
  relatedEvidence: number;
}

/** Sets a profile's summed weights, once the corpus's key weights are known. */
export function weigh(profile: Profile, weights: Weights): void {
  for (const facet of ['content', 'claimed', 'counted', 'subject'] as const) {
    let total = 0;
    for (const id of profile[facet]) total += weights.of(id);
    profile.totals[facet] = total;
  }
}
