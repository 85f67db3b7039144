// Every number the matcher decides by, in one place: the defaults a caller may change (MatchOptions), and
// the thresholds and scores of the rules (relate.ts, quantity-relation.ts, arithmetic.ts). Each was
// set on development data only (CONTRIBUTING.md, the held-out protocol): change one, measure all corpora.
// "Shared keys" counts normalised keys both claims hold; "overlap" is their shared weight over the lighter
// claim's, "jaccard" over both claims' together (profile.ts similarity).

/** What MatchOptions default to. */
export const matchDefaults = {
  /** Candidates compared per claim, best first by shared key weight. */
  maxCandidates: 25,
  /** Postings a claim may visit while collecting candidates; common keys are visited last. */
  postingBudget: 800,
  /** Related links kept per claim, the best first. */
  maxRelated: 10,
  /** Shared evidence a related link needs, in "distinctive words" (a key found in one claim only weighs 1). */
  relatedEvidence: 1.2,
};

export const thresholds = {
  /** Weight of a weak word ("said", "people") relative to a word of its rarity: it counts, but barely. */
  weakWeight: 0.25,

  /** Denial: shared content keys, so that a denial of "it" is not a denial of any claim with one word alike. */
  denialShared: 2,
  /** Denial: overlap, so that what is denied is most of the lighter claim, not a word of it. */
  denialOverlap: 0.4,
  /** Denial score: this much for a denial found, plus denialScoreSlope of the overlap. */
  denialScoreBase: 0.4,
  denialScoreSlope: 0.6,

  /**
   * Negation: a negation is a weaker cue than a denial ("not" qualifies many a clause), so the statements
   * must be near copies: more shared keys, a higher overlap, and a jaccard so that neither says much more.
   */
  negationShared: 3,
  negationOverlap: 0.6,
  negationJaccard: 0.4,
  /** Negation, short form: two shared keys pass only when they are nearly all of both claims. */
  shortNegationShared: 2,
  shortNegationOverlap: 0.8,
  shortNegationJaccard: 0.6,
  /** Negation score: lower than a denial's for the same overlap. */
  negationScoreBase: 0.3,
  negationScoreSlope: 0.6,

  /** Same statement, long form: shared keys and overlap enough for three words or more in common. */
  sameShared: 3,
  sameOverlap: 0.4,
  /** Same statement, short form: two shared keys pass only when they are most of both claims. */
  shortSameShared: 2,
  shortSameOverlap: 0.6,
  shortSameJaccard: 0.3,
  /** Other objects: words each claim has that the other lacks, so that a detail or two is not another object. */
  otherObjectWords: 2,
  /** Refines: the lighter claim is almost all in the heavier one (overlap)... */
  refinesOverlap: 0.8,
  /** ...and the heavier one says much more (its weight over the lighter's), not a word or two more. */
  refinesRatio: 1.8,

  /**
   * Related rather than the same fact (same words or counts, other acts): the score is this share of what
   * the same fact would score, so that such a link ranks below a link on the subject alone of equal overlap.
   */
  otherActScale: 0.5,
  /** Counts of different acts are one subject only with this many shared counted keys, not a figure alone. */
  otherActCountShared: 2,

  /** Same subject: at least this many shared content keys, so that actors alone never make a subject... */
  subjectShared: 1,
  /** ...and a subject overlap, so that the shared evidence (relatedEvidence) is not lost in a long claim. */
  subjectOverlap: 0.15,

  /** Counts: shared keys of what is counted, so that "14 bridges" and "14 bridges" are about one thing... */
  countShared: 2,
  /** ...and their overlap, so that the counted things are mostly the same. */
  countOverlap: 0.3,
  /** Counts of one figure for one kind of unit need only this many shared keys of what is counted. */
  sameFigureShared: 1,
  /** Count score: this much for two counts compared, plus countScoreSlope of the counted overlap. */
  countScoreBase: 0.5,
  countScoreSlope: 0.5,

  /** Round figures ("2,000") allow this share either side, from this size and when a multiple of 100. */
  roundingSlack: 0.05,
  roundingFrom: 1000,

  /**
   * An estimate ("about 40,000", ± approximateSlack) states the same count as a bound around it within this
   * many of its margins ("more than 35,000"), but not as a far one ("as many as 5,000" of "around 800").
   */
  estimateReach: 2,
  /**
   * A figure and an open bound within this share of it state one count, the bound rounding the figure:
   * "214" / "more than 200" (7%), "2.4 billion" / "more than two billion" (17%); not "250" / "more than 100".
   */
  boundReach: 0.2,

  /** Arithmetic: paragraphs apart a part may be from its total, so that a sum is not found by chance. */
  nearbyBlocks: 6,
  /** Arithmetic scores: a total and its parts (refines) and two parts of one total (related). */
  arithmeticTotalScore: 0.9,
  arithmeticPartsScore: 0.7,
} as const;

export type Threshold = keyof typeof thresholds;
