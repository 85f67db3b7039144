// Two claims as the rules of relate.ts compare them: what the rules test, computed once when a rule first
// asks (their similarity, whether they state the same acts, how their counts relate, whether their words say
// the same), and each told as a reader would write it, for explanations.
import type { Normaliser } from './normalise.ts';
import { compareCountings, type CountingRelation } from './counting.ts';
import { describeActs, describeDate, differentDates, namesDiffer, withinStory } from './pair-facts.ts';
import { addsMainAct, countsOfOtherThings, otherRoles, sameActs } from './pair-facts.ts';
import { sharedKeys, similarity, surface, type Facet, type Keyspace, type Profile } from './profile.ts';
import type { Similarity, Weights } from './profile.ts';
import { disjointCounts, relateQuantities } from './quantity-relation.ts';
import { claimRoles, swappedRole } from './roles.ts';
import type { Checks } from './trace.ts';
import { clamp, type Verdict } from './verdict.ts';

/** Two claims being compared, with what the rules test computed once, when a rule first asks. */
export class Pair {
  readonly a: Profile;
  readonly b: Profile;
  readonly weights: Weights;
  readonly normaliser: Normaliser;
  readonly space: Keyspace;
  /** Plain comparisons, or ones that note themselves in a trace. */
  readonly check: Checks;
  readonly content: Similarity;
  readonly subject: Similarity;
  private actsMemo: boolean | undefined;
  private daysMemo: boolean | undefined;
  private sameMemo: boolean | undefined;
  private sameOnAnyDayMemo: boolean | undefined;
  private otherThingsMemo: { sameFigure: boolean } | undefined | null = null;
  private claimedMemo: Similarity | undefined;
  private countsMemo: { thing: Similarity; verdict: Verdict | undefined } | undefined;
  private countingsMemo: CountingRelation | undefined;

  constructor(a: Profile, b: Profile, weights: Weights, normaliser: Normaliser, space: Keyspace, check: Checks) {
    this.a = a;
    this.b = b;
    this.weights = weights;
    this.normaliser = normaliser;
    this.space = space;
    this.check = check;
    this.content = similarity(a, b, 'content', weights);
    this.subject = similarity(a, b, 'subject', weights);
  }

  /** Their similarity without reporting frames: what each claims, not who says it. */
  get claimed(): Similarity {
    return (this.claimedMemo ??= similarity(this.a, this.b, 'claimed', this.weights));
  }

  /** Whether the two claims say the same thing happens (pair-facts.ts sameActs). */
  get acts(): boolean {
    return (this.actsMemo ??= this.check.holds('the same acts', sameActs(this.a, this.b)));
  }

  /** Different weekdays or times of day are moments of one story: one subject, but not one fact. */
  get daysDiffer(): boolean {
    this.daysMemo ??= this.check.holds(
      'different weekdays or times of day',
      differentDates(this.a.dates, this.b.dates, withinStory),
    );
    return this.daysMemo;
  }

  /** Two counts of the same kind of thing, compared by their ranges (quantity-relation.ts). */
  get counts() {
    if (this.countsMemo) return this.countsMemo;
    const thing = similarity(this.a, this.b, 'counted', this.weights);
    const counting = this.countings;
    const verdict = relateQuantities(this.a, this.b, thing, () => this.named('counted'), this.check, {
      counting,
      partOfWhole: this.partOfWhole,
    });
    return (this.countsMemo = { thing, verdict });
  }

  /** Whether both claims state counts in one kind of unit. */
  get countsOfOneKind(): boolean {
    return this.a.quantities.some((x) => this.b.quantities.some((y) => x.normal.unitClass === y.normal.unitClass));
  }

  /** How the editors' descriptions of what the two claims count compare (counting.ts), when both have one. */
  get countings(): CountingRelation | undefined {
    const [x, y] = [this.a.counting, this.b.counting];
    if (!x || !y) return undefined;
    return (this.countingsMemo ??= compareCountings(x, y, namesDiffer(x.names, y.names, this.normaliser)));
  }

  /**
   * Whether two counts are of one act: the editors describe one thing counted or a part of it, however the
   * claims word the act ("raised" / "hiked" the rate); one counts a part of a whole it refers back to ("1,200
   * of them are crane drivers", whatever the whole's act); or else, unless the editors describe other things,
   * the claims state the same acts with the same polarity ("50 were not accounted for" counts no one found).
   */
  get countsOneAct(): boolean {
    const described = this.countings === 'same-thing' || this.countings === 'part';
    return (
      this.check.holds('the editors describe one thing counted, or a part of it', described) ||
      this.check.holds('one counts a part of a whole it refers back to', this.partOfWhole) ||
      (!this.check.holds('the editors describe other things counted', this.describedApart) &&
        this.check.holds('both or neither negated', this.a.negated === this.b.negated) &&
        this.acts)
    );
  }

  /**
   * Whether one claim's count refers back to a whole ("1,200 of them are crane drivers") and the other's is
   * not such a part, unless the editors describe counts of other acts or times ("children killed" / "people
   * injured").
   */
  get partOfWhole(): boolean {
    return this.a.partitive !== this.b.partitive && !this.describedApart;
  }

  /** Whether the editors describe counts of other acts or other times (counting.ts). */
  private get describedApart(): boolean {
    return this.countings === 'other-acts' || this.countings === 'other-times';
  }

  /** For explanations: what each editor says is counted, when they name other times. */
  countedTimes(): string {
    return `counts of different occasions: “${this.a.counting!.text}” / “${this.b.counting!.text}”`;
  }

  /** Whether both claims count something, on no different weekdays, and two of their counts compare. */
  countsCompare(): boolean {
    const { a, b, check } = this;
    return (
      check.holds('both claims state a count', a.quantities.length > 0 && b.quantities.length > 0) &&
      !this.daysDiffer &&
      check.holds('two of the counts compare', this.counts.verdict !== undefined)
    );
  }

  /** A word one claim has doing the main act and the other undergoing it (roles.ts swappedRole), if any. */
  get swapped(): string | undefined {
    return swappedRole(claimRoles(this.a.claim), claimRoles(this.b.claim));
  }

  /** For explanations: the word whose role differs, as the first claim writes it. */
  swappedRoles(): string {
    const key = this.swapped!;
    const word = surface(this.a.claim.text, new Set([key]))[0] ?? key;
    return `other participants (“${word}” does the act in one claim and undergoes it in the other)`;
  }

  /** Counts of other things in the two claims (pair-facts.ts countsOfOtherThings), if every count is. */
  get otherThings(): { sameFigure: boolean } | undefined {
    if (this.otherThingsMemo === null) this.otherThingsMemo = countsOfOtherThings(this.a, this.b, this.space);
    return this.otherThingsMemo;
  }

  /** The counts of both claims as written, for explanations: “14 schools” / “14 bridges”. */
  countsWritten(): string {
    const written = (p: Profile) => p.quantities.map((quantity) => `“${quantity.text}”`).join(', ');
    return `${written(this.a)} / ${written(this.b)}`;
  }

  /**
   * Whether the claims' words say the same, with the same polarity, on no different weekdays, and count no
   * different things ("40 protesters" / "200 smugglers" arrested are one subject at most) nor give one kind
   * of count figures no number fits ("40 women" / "120 men" arrested: two facts, whatever their words), nor
   * count some of a whole ("at least 40 of them were minors"), which states less than the whole's count.
   */
  get same(): boolean {
    if (this.sameMemo !== undefined) return this.sameMemo;
    this.sameMemo = !this.daysDiffer && this.sameOnAnyDay;
    return this.sameMemo;
  }

  /** `same`, whatever weekdays or times of day the claims name. */
  get sameOnAnyDay(): boolean {
    if (this.sameOnAnyDayMemo !== undefined) return this.sameOnAnyDayMemo;
    const { a, b, content, check } = this;
    this.sameOnAnyDayMemo =
      check.holds('both or neither negated', a.negated === b.negated) &&
      !check.holds('counts of different things', this.otherThings !== undefined) &&
      !check.holds('counts of one kind no number fits both', disjointCounts(a, b)) &&
      !check.holds('one counts some of a whole the other may state', this.partOfWhole) &&
      ((check.atLeast('shared content keys', content.count, 'sameShared') &&
        check.atLeast('content overlap', content.overlap, 'sameOverlap')) ||
        (check.atLeast('shared content keys', content.count, 'shortSameShared') &&
          check.atLeast('content overlap', content.overlap, 'shortSameOverlap') &&
          check.atLeast('content jaccard', content.jaccard, 'shortSameJaccard')));
    return this.sameOnAnyDayMemo;
  }

  /** The words both claims share in a facet, as the first claim writes them. */
  named(facet: Facet): string {
    const keys = sharedKeys(this.a, this.b, facet, this.space).filter((key) => !key.startsWith('actor:'));
    return surface(this.a.claim.text, new Set(keys)).join(', ') || keys.join(', ');
  }

  withActors(): string {
    const actors = sharedKeys(this.a, this.b, 'actors', this.space).map((key) =>
      this.normaliser.nameOf(key.slice('actor:'.length)),
    );
    return actors.length ? `; shared actors: ${actors.join(', ')}` : '';
  }

  /** For explanations: where each claim says it happened, as it writes it (“Dunmore” / “Calbridge”). */
  places(): string {
    const written = (p: Profile) =>
      p.places.map((keys) => surface(p.claim.text, new Set(keys)).join(' ') || keys.join(' ')).join(', ');
    return `${written(this.a)} / ${written(this.b)}`;
  }

  /** For explanations: the year one claim dates its act to, the other naming none (“in 2019” / no year). */
  years(): string {
    const [dated, other] = this.a.occasionYears.length ? [this.a, this.b] : [this.b, this.a];
    const years = dated.occasionYears.join(', ');
    return `another occasion: “${years}” in one claim, no year in the other (“${other.claim.text}”)`;
  }

  dates(): string {
    const [a, b] = [this.a, this.b].map((p) => p.dates.map(describeDate).join(', '));
    return `different dates or times: ${a} / ${b}`;
  }

  differentActs(): string {
    return describeActs(this.a, this.b, this.space);
  }

  /** For explanations: the role both qualify, each as it writes it (“finance minister” / “interior minister”). */
  qualifiers(): string {
    const { a, b, noun } = otherRoles(this.a, this.b)!;
    const phrase = (p: Profile, qualifier: number | null) =>
      surface(p.claim.text, new Set([qualifier, noun].flatMap((id) => this.space.names[id ?? -1] ?? []))).join(' ');
    return `other people (“${phrase(this.a, a)}” / “${phrase(this.b, b)}”)`;
  }

  /** For explanations: the main act one claim adds, and the other's, its circumstance there. */
  addedAct(): string {
    const [adding, other] = addsMainAct(this.a, this.b) ? [this.a, this.b] : [this.b, this.a];
    const main = (p: Profile) => surface(p.claim.text, new Set([this.space.names[p.predicates[0]!]!]))[0];
    return `one states another act (“${main(adding)}”), the other’s (“${main(other)}”) only as its circumstance`;
  }

  /** A verdict from `a` (the claim compared first); explanations are built only when read. */
  verdict(type: Verdict['type'], method: string, score: number, explain: () => string, from = this.a): Outcome {
    return { verdict: { type, from: from.index, method, score: clamp(score), explain } };
  }
}

/** What a rule decides: a verdict, or why the two claims are apart (no link, and not one subject). */
export interface Outcome {
  verdict?: Verdict;
  apart?: () => string;
}
