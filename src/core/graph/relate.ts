// The relation between two profiled claims: apart (other names or dates), a conflict (denial, negation,
// disjoint counts), the same fact (agrees, or refines when one states more), or the same subject
// (related), each with a score and an explanation a reader can check. The rules are tried in the order of
// the table below and the first whose test passes decides; a trace (trace.ts) records which.
import { onceOnlyActs } from '../lexicon/verbs.ts';
import type { Normaliser } from './normalise.ts';
import { Pair, type Outcome } from './pair.ts';
import { differentPlaces } from './places.ts';
import { isBareDenial } from './bare-denials.ts';
import {
  addsMainAct,
  describeNames,
  differentDates,
  differentNames,
  earlierOccasionIn,
  otherObjects,
  otherRoles,
  shareAName,
  supportsMainAct,
  withinStory,
  yearOnlyIn,
} from './pair-facts.ts';
import { surface, type Keyspace, type Profile, type Similarity, type Weights } from './profile.ts';
import { thresholds as t } from './thresholds.ts';
import { plainChecks, tracingChecks, type RuleTrace } from './trace.ts';
import type { Verdict } from './verdict.ts';
import { stem } from './words.ts';

const onceOnly = new Set(onceOnlyActs.map(stem));

/** Whether the claims name different weekdays, unnoted: for explanations, built after a trace ends. */
const weekdaysDiffer = (p: Pair) => differentDates(p.a.dates, p.b.dates, withinStory);

interface Rule {
  name: string;
  /** What the rule finds, in words, for traces. */
  means: string;
  test: (pair: Pair) => boolean;
  action: (pair: Pair) => Outcome;
}

/** The rules in the order they are tried: the first whose test passes decides. */
export const rules: readonly Rule[] = [
  {
    // First: claims about other places or actors are different facts however alike (another minister's
    // invitation, a breach at another bank), and not one subject either.
    name: 'different-names',
    means: 'they name comparable people, bodies or places, none the same: apart',
    test: (p) => p.check.holds('comparable names, none the same', differentNames(p.a, p.b, p.normaliser)),
    action: (p) => ({
      apart: () => `different names: ${describeNames(p.a, p.normaliser)} / ${describeNames(p.b, p.normaliser)}`,
    }),
  },
  {
    // With the names: the same act in two places no registry knows ("a warehouse burned in Dunmore" / "in
    // Calbridge") is two facts, and not one subject either.
    name: 'different-places',
    means: 'they say where, each a place the other does not name: apart',
    test: (p) => p.check.holds('places, neither named with the other', differentPlaces(p.a, p.b)),
    action: (p) => ({ apart: () => `different places: ${p.places()}` }),
  },
  {
    // With the names: a count in 2019 and one in 2020, or a fire in another month, are not one fact or subject.
    name: 'different-dates',
    means: 'they name years or months, none the same: apart',
    test: (p) => p.check.holds('other years or months', differentDates(p.a.dates, p.b.dates, ['year', 'month'])),
    action: (p) => ({ apart: () => p.dates() }),
  },
  {
    // With the dates: an act dated to a year, and one of the story's own, undated ("the agency recalled a
    // batch in 2022" / "the agency ordered the recall on Tuesday"): two occasions, not one fact or subject.
    name: 'another-year',
    means: 'one says it happened in a year, the other names none and was not claimed in it: apart',
    test: (p) => p.check.holds('a year in one claim only', yearOnlyIn(p.a, p.b) || yearOnlyIn(p.b, p.a)),
    action: (p) => ({ apart: () => p.years() }),
  },
  {
    // With the dates: what the editors say is counted names other times ("birds culled in the 2019
    // outbreak" / "in the current outbreak", "the rate in 2008" / "after Thursday's decision"): counts of
    // two occasions, however alike their words and figures, are not one fact or subject.
    name: 'counts-of-other-occasions',
    means: 'the editors say the counts are of different times: apart',
    test: (p) => p.check.holds('what is counted, at other times', p.countings === 'other-times'),
    action: (p) => ({ apart: () => p.countedTimes() }),
  },
  {
    // With the names and dates: "14 schools" and "14 bridges" closed, "40 protesters" and "40 smugglers"
    // arrested share a figure and words, not a fact or a subject.
    name: 'same-figure-other-things',
    means: 'one figure counting different things: apart',
    test: (p) => p.check.holds('one figure of different things', p.otherThings?.sameFigure === true),
    action: (p) => ({ apart: () => `the same figure of different things: ${p.countsWritten()}` }),
  },
  {
    // Before the word rules: a count of those killed and one of those injured are two counts, however alike
    // their words; but two counts alike in figure only ("14 bridges" rated poor, "14 bridges" closed) are
    // not one subject for it.
    name: 'count-of-another-act',
    means: 'two counts of one kind of thing, of different acts: related',
    test: (p) =>
      p.countsCompare() &&
      !p.countsOneAct &&
      p.check.holds('no editor says what both count', p.countings === undefined) &&
      p.check.atLeast('shared counted keys', p.counts.thing.count, 'otherActCountShared'),
    action: (p) => {
      const counts = p.counts.verdict!;
      const explain = () => `same kind of count, ${p.differentActs()}: ${p.named('counted')}${p.withActors()}`;
      return p.verdict('related', 'shared-subject', t.otherActScale * counts.score, explain);
    },
  },
  {
    // Two counts of the same act compare by their ranges: agree, refine, or conflict (quantity-relation.ts).
    // Before the word rules: "more than 300 killed" and "up to 500 died" agree by their figures, and
    // "40 arrested" and "200 arrested" conflict, however alike their words.
    name: 'same-count',
    means: 'two counts of one kind of thing and one act, compared by their ranges',
    test: (p) => p.countsCompare() && p.countsOneAct,
    action: (p) => {
      const counts = p.counts.verdict!;
      return { verdict: { ...counts, explain: () => counts.explain() + p.withActors() } };
    },
  },
  {
    // A denial of the same proposition: the words of what is denied, its verb among them, are in the other
    // claim ("denied it ignored warnings" does not deny "inspectors warned"). A claim that itself negates
    // it says what the denial says ("denied any wrongdoing" / "had done nothing wrong"). Before the
    // statement rules, which would call the two the same statement.
    name: 'denial',
    means: 'one claim denies what the other states: conflicts',
    test: ({ a, b, content, check }) => {
      const [denying, denied] = a.denial ? [a, b] : [b, a];
      return (
        check.holds('one claim is a denial, the other not', a.denial !== b.denial) &&
        check.holds('the other is not negated', !denied.negated) &&
        // "denied the allegations" names nothing it denies: bare-denials.ts links it by the claim it answers.
        check.holds('the denial says what it denies', !isBareDenial(denying)) &&
        check.atLeast('shared content keys', content.count, 'denialShared') &&
        check.atLeast('content overlap', content.overlap, 'denialOverlap') &&
        check.holds(
          'what the denial says happens, not its circumstance, is in the other',
          supportsMainAct(denying, denied),
        )
      );
    },
    action: (p) => {
      const denying = p.a.denial ? p.a : p.b;
      const explain = () =>
        `denial found (“${denying.cue}”) of what the other states: ${p.named('subject')}${p.withActors()}`;
      return p.verdict('conflicts', 'negation', t.denialScoreBase + t.denialScoreSlope * p.content.overlap, explain);
    },
  },
  {
    // A negation conflicts only with a near copy of itself; after the denial, a surer cue.
    name: 'negation',
    means: 'one of two otherwise matching statements is negated: conflicts',
    // A short claim ("the minister did not resign" / "the minister resigned on Friday") has fewer keys to share:
    // two pass when they are nearly all of both claims, as for the same statement's short form.
    test: (p) =>
      p.check.holds('one claim is negated, the other not', p.a.negated !== p.b.negated) &&
      // "50 passengers were not accounted for" / "250 were accounted for": two counts, not one denied.
      !p.check.holds('both count one kind of thing', p.countsOfOneKind) &&
      ((p.check.atLeast('shared content keys', p.content.count, 'negationShared') &&
        p.check.atLeast('content overlap', p.content.overlap, 'negationOverlap') &&
        p.check.atLeast('content jaccard', p.content.jaccard, 'negationJaccard')) ||
        (p.check.atLeast('shared content keys', p.content.count, 'shortNegationShared') &&
          p.check.atLeast('content overlap', p.content.overlap, 'shortNegationOverlap') &&
          p.check.atLeast('content jaccard', p.content.jaccard, 'shortNegationJaccard'))) &&
      p.acts,
    action: (p) => {
      const negating = p.a.negated ? p.a : p.b;
      const shared = () => `${p.named('subject')}${p.withActors()}`;
      const explain = () =>
        `negation found (“${negating.cue}”) in one of two otherwise matching statements: ${shared()}`;
      return p.verdict(
        'conflicts',
        'negation',
        t.negationScoreBase + t.negationScoreSlope * p.content.overlap,
        explain,
      );
    },
  },
  {
    // "Education Minister Dana Orlec resigned on Thursday" / "… stepped down Friday": an act that happens
    // once to one named person or thing, told on two days, is one fact the claims date differently.
    name: 'another-day',
    means: 'the same act, which happens once, to one named person or thing, on different days: conflicts',
    test: (p) =>
      p.daysDiffer &&
      p.check.holds('an act that happens once', onceOnly.has(p.space.names[p.a.acts[0] ?? -1] ?? '')) &&
      p.check.holds('the same main act', p.a.acts[0] === p.b.acts[0]) &&
      p.check.holds('a name in common', shareAName(p.a, p.b, p.normaliser)) &&
      p.sameOnAnyDay,
    action: (p) => {
      const explain = () => `the same act on different days: ${p.named('subject')}${p.withActors()} (${p.dates()})`;
      return p.verdict(
        'conflicts',
        'another-day',
        t.negationScoreBase + t.negationScoreSlope * p.content.overlap,
        explain,
      );
    },
  },
  {
    // The same act, one claim saying it happened and the other that it will ("the bridge was last inspected
    // in 2018" / "engineers will inspect the bridge"): two events of one subject. Before the rules that
    // would call them one fact.
    name: 'another-time',
    means: 'the same words and act, one past and the other to come: related',
    test: (p) =>
      p.same &&
      p.check.holds('the same main act', p.a.acts[0] !== undefined && p.a.acts[0] === p.b.acts[0]) &&
      p.check.holds('one past, the other to come', [p.a.time, p.b.time].sort().join(' ') === 'future past'),
    action: (p) => {
      const [past, future] = p.a.time === 'past' ? [p.a, p.b] : [p.b, p.a];
      const main = (q: Profile) => surface(q.claim.text, new Set([p.space.names[q.predicates[0]!]!]))[0];
      const explain = () =>
        `same subject, one says it happened (“${main(past)}”), the other that it will (“${main(future)}”): ` +
        `${p.named('subject')}${p.withActors()}`;
      return p.verdict('related', 'shared-subject', t.otherActScale * p.content.overlap, explain);
    },
  },
  {
    // "The previous rise, in June, took the rate to 4.25 per cent" / "raised interest rates again on
    // Thursday": one tells of an earlier occasion of the act the other reports, so they share a subject only.
    name: 'earlier-occasion',
    means: 'the same words, one of an earlier occasion of the other’s act ("the previous rise"): related',
    test: (p) =>
      p.same &&
      p.check.holds(
        'one tells of an earlier occasion of what the other reports',
        (earlierOccasionIn(p.a, p.b, p.space) ?? earlierOccasionIn(p.b, p.a, p.space)) !== undefined,
      ),
    action: (p) => {
      const earlier = earlierOccasionIn(p.a, p.b, p.space) ?? earlierOccasionIn(p.b, p.a, p.space);
      const explain = () =>
        `same subject, one of an earlier occasion (“${earlier}”): ${p.named('subject')}${p.withActors()}`;
      return p.verdict('related', 'shared-subject', t.otherActScale * p.content.overlap, explain);
    },
  },
  {
    // Much in common but a role qualified two ways ("the finance minister invited bank chiefs" / "the
    // interior minister invited police chiefs"): other people, so the same subject, not the same fact.
    // Before the rules that would call them one fact.
    name: 'other-roles',
    means: 'the same words, but a role both qualify each its own way (other people): related',
    test: (p) => p.same && p.check.holds('a role qualified two ways', otherRoles(p.a, p.b) !== undefined),
    action: (p) => {
      const explain = () => `same subject, ${p.qualifiers()}: ${p.named('subject')}${p.withActors()}`;
      return p.verdict('related', 'shared-subject', t.otherActScale * p.content.overlap, explain);
    },
  },
  {
    // The same act, but one claim's doer is the other's undergoer ("the army attacked the rebels" / "the
    // rebels attacked the army", "the bank fined its chief" / "the regulator fined the bank"): other
    // participants, so the same subject, not the same fact. Before the rules that would call them one fact.
    name: 'swapped-roles',
    means: 'the same words and act, but who does it in one undergoes it in the other: related',
    test: (p) =>
      p.same && p.acts && p.check.holds('a doer of one undergoes the act in the other', p.swapped !== undefined),
    action: (p) => {
      const explain = () => `same subject, ${p.swappedRoles()}: ${p.named('subject')}${p.withActors()}`;
      return p.verdict('related', 'shared-subject', t.otherActScale * p.content.overlap, explain);
    },
  },
  {
    // Much in common but different acts ("police detained the manager", "the manager was released"): the
    // same subject, not the same fact. Before the two rules that would call it one fact.
    name: 'same-words-another-act',
    means: 'the same words of different acts: related',
    test: (p) => p.same && !p.acts,
    action: (p) => {
      const explain = () => `same subject, ${p.differentActs()}: ${p.named('subject')}${p.withActors()}`;
      return p.verdict('related', 'shared-subject', t.otherActScale * p.content.overlap, explain);
    },
  },
  {
    // The same words, but one claim's main act is a fact the other does not state, and what the other says
    // happens is its circumstance ("the bridge was closed after cracks were found" / "engineers found
    // cracks"): one subject, two facts. Before the rules that would call them one fact.
    name: 'another-main-act',
    means: 'the same words, but one states another act, with the other’s as its circumstance: related',
    test: (p) =>
      p.same &&
      (p.check.holds('the first states another act, the second’s as its circumstance', addsMainAct(p.a, p.b)) ||
        p.check.holds('the second states another act, the first’s as its circumstance', addsMainAct(p.b, p.a))),
    action: (p) => {
      const explain = () => `same subject, ${p.addedAct()}: ${p.named('subject')}${p.withActors()}`;
      return p.verdict('related', 'shared-subject', t.otherActScale * p.content.overlap, explain);
    },
  },
  {
    // The same doer and act but what it is done to ("Minister Havendahl ordered a review of ferry fares" /
    // "Minister Havendahl ordered an inquiry into the sinking"): two acts of one person, not one fact. Before
    // the rules that would call them one fact.
    name: 'other-objects',
    means: 'only who acts and the act in common, each with its own object: related',
    test: (p) =>
      p.same && p.check.holds('only the doer and the act shared', otherObjects(p.a, p.b, p.space, t.otherObjectWords)),
    action: (p) => {
      const explain = () => `same subject, each its own object: ${p.named('subject')}${p.withActors()}`;
      return p.verdict('related', 'shared-subject', t.otherActScale * p.content.overlap, explain);
    },
  },
  {
    // The same fact, one claim stating much more of it: before same-statement, which it narrows. Who says it
    // is not more of the fact: "engineers warned the dam could collapse" states what "the dam could collapse"
    // does, so the claimed words, without a reporting frame, must say more too.
    name: 'one-states-more',
    means: 'the same fact, one claim stating much more: refines, from the narrower',
    test: (p) =>
      p.same &&
      p.check.atLeast('content overlap', p.content.overlap, 'refinesOverlap') &&
      p.check.atLeast('weight of the heavier claim over the lighter', p.content.ratio, 'refinesRatio') &&
      p.check.atLeast('the same, without reporting frames', p.claimed.ratio, 'refinesRatio'),
    action: (p) => {
      const narrow = p.content.heavier === 'a' ? p.a : p.b;
      const explain = () => `one states more of the same: ${p.named('subject')}${p.withActors()}`;
      return p.verdict('refines', 'lexical', p.content.overlap, explain, narrow);
    },
  },
  {
    // The same fact in other words, once the rules that would make it a conflict, another act or a
    // narrower statement have not fired.
    name: 'same-statement',
    means: 'the same fact: agrees',
    test: (p) => p.same,
    action: (p) => {
      const explain = () => `same statement: ${p.named('subject')}${p.withActors()}`;
      return p.verdict('agrees', 'lexical', p.content.overlap, explain);
    },
  },
  {
    // Last, the weakest link: the same subject, counting what is said and who is named or cited: about
    // two distinctive keys in common, one of them a word, and not lost in either claim.
    name: 'same-subject',
    means: 'the same subject: related',
    test: ({ content, subject, weights, check }) =>
      check.atLeast('shared content keys', content.count, 'subjectShared') &&
      check.reaches(
        'shared subject weight',
        subject.weight,
        weights.relatedEvidence * weights.unique,
        `relatedEvidence ${weights.relatedEvidence} × the weight of a key in one claim only`,
      ) &&
      check.atLeast('subject overlap', subject.overlap, 'subjectOverlap'),
    action: (p) => {
      const explain = () =>
        `same subject: ${p.named('subject')}${p.withActors()}${weekdaysDiffer(p) ? ` (${p.dates()})` : ''}`;
      return p.verdict('related', 'shared-subject', p.subject.overlap, explain);
    },
  },
];

/**
 * The relation between two profiled claims, if any, and how much they share, for callers that report it;
 * `apart` says why two claims that may share words are not linked at all. A `trace`, when given, receives
 * each rule tried, what it compared and whether it fired.
 */
export function relate(
  a: Profile,
  b: Profile,
  weights: Weights,
  normaliser: Normaliser,
  space: Keyspace,
  trace?: RuleTrace[],
): { verdict: Verdict | undefined; subject: Similarity; apart?: () => string } {
  const pair = new Pair(a, b, weights, normaliser, space, trace ? tracingChecks(trace) : plainChecks);
  for (const rule of rules) {
    trace?.push({ rule: rule.name, means: rule.means, checks: [], fired: false });
    if (!rule.test(pair)) continue;
    if (trace) trace.at(-1)!.fired = true;
    const { verdict, apart } = rule.action(pair);
    return { verdict, subject: pair.subject, ...(apart ? { apart } : {}) };
  }
  return { verdict: undefined, subject: pair.subject };
}
