// The matcher's trace (`claimtrail match --explain`): which of its ordered rules decided a pair of
// statements, what each rule before it compared, and the threshold each number was held to.
import { describe, expect, it } from 'vitest';
import { compareSentences, explainPair } from '../../src/core/graph/match.ts';
import type { MatchClaim } from '../../src/core/graph/profile.ts';
import { rules } from '../../src/core/graph/relate.ts';
import { thresholds } from '../../src/core/graph/thresholds.ts';
import type { RuleTrace } from '../../src/core/graph/trace.ts';

const traced = (a: string, b: string) => {
  const trace: RuleTrace[] = [];
  const relation = compareSentences(a, b, trace);
  return { relation, trace, fired: trace.filter((rule) => rule.fired).map((rule) => rule.rule) };
};

describe('the rule that decides a pair', () => {
  it.each([
    [
      'different-names',
      'the same act at another bank',
      'Hackers stole customer data from Alder Bank on Sunday',
      'Hackers stole customer data from Birch Bank on Sunday',
    ],
    [
      'different-places',
      'the same act in two towns no registry names',
      'A fire destroyed a warehouse in Dunmore on Sunday',
      'A fire destroyed a warehouse in Calbridge on Sunday',
    ],
    [
      'different-dates',
      'the same count in another year',
      'In 2019, 22 nations signed the letter',
      'In 2020, 22 nations signed the letter',
    ],
    [
      'another-year',
      'an act dated to a past year, and the story’s own',
      'Police arrested two managers of the ferry company in 2019',
      'Police arrested two managers of the ferry company on Thursday',
    ],
    [
      'same-count',
      'a year that bounds a span, not an occasion: the same count',
      'Police have arrested two managers of the ferry company since 2019',
      'Police have arrested two managers of the ferry company',
    ],
    [
      'same-figure-other-things',
      'one figure counting other things',
      'Fourteen schools in Calbridge were closed after the storm',
      'Fourteen bridges in Calbridge were closed after the storm',
    ],
    [
      'count-of-another-act',
      'the same figure for another act',
      'Four workers were killed in the mine collapse',
      'Four workers were injured in the mine collapse',
    ],
    [
      'same-count',
      'overlapping ranges',
      'More than 300 people were killed in the floods',
      'Up to 500 people died in the floods',
    ],
    [
      'same-count',
      'disjoint exact counts',
      'Police arrested 40 protesters in the capital on Sunday',
      'Police arrested 200 protesters in the capital on Sunday',
    ],
    [
      'denial',
      'a denial',
      'The ministry denies that journalists were detained at the border',
      'Journalists were detained at the border, rights groups say',
    ],
    [
      'negation',
      'a negation',
      'The government did not approve the new dam project',
      'The government approved the new dam project',
    ],
    [
      'negation',
      'a short negation, its two words all the other says',
      'The minister did not resign',
      'The minister resigned on Friday',
    ],
    [
      'another-time',
      'the same act, done and to come',
      'The Selby Bridge was last inspected by engineers in the spring',
      'Engineers will inspect the Selby Bridge in the spring',
    ],
    [
      'other-roles',
      'other people, named by their roles',
      'The finance minister invited bank chiefs to talks in the capital',
      'The interior minister invited police chiefs to talks in the capital',
    ],
    [
      'other-roles',
      'two offices each held by one person',
      'The mayor closed the Selby Bridge to lorries on Monday',
      'The governor closed the Selby Bridge to lorries on Monday',
    ],
    [
      'swapped-roles',
      'the same act, who does it and who undergoes it exchanged',
      'The army attacked the rebels in the north',
      'The rebels attacked the army in the north',
    ],
    [
      'same-words-another-act',
      'the same subject, another act',
      'Police detained the mine manager in the capital',
      'The mine manager was released on bail in the capital',
    ],
    [
      'another-main-act',
      'one states another act, with the other’s as its circumstance',
      'The Selby Bridge was closed on Monday after cracks were found in its supports',
      'Inspectors found cracks in the supports of the Selby Bridge',
    ],
    [
      'another-main-act',
      'the same, the claim with the circumstance second',
      'Oil was leaking from the wreck of the Mira ferry',
      'The harbour was shut to fishing boats while oil was leaking from the Mira ferry wreck',
    ],
    [
      'other-objects',
      'one minister, one act, two things ordered',
      'Transport Minister Lior Havendahl ordered a review of ferry fares',
      'Transport Minister Lior Havendahl ordered an independent inquiry into the sinking',
    ],
    [
      'one-states-more',
      'one claim states much more',
      'The minister resigned over the contract scandal',
      'The minister resigned over the contract scandal after weeks of protests by students and lawmakers in the capital',
    ],
    [
      'same-statement',
      'the same statement reworded',
      'The minister resigned on Tuesday after the corruption scandal',
      'After the corruption scandal, the minister resigned',
    ],
    [
      'same-subject',
      'the same subject, another fact',
      'The dam project will displace farmers along the river',
      'Engineers warned that the dam project could fail in an earthquake',
    ],
  ])('%s: %s', (rule, _what, a, b) => {
    const { relation, trace, fired } = traced(a, b);
    expect(fired, relation.explanation).toEqual([rule]);
    // Every rule before it was tried, in the table's order, and none after it.
    const order = rules.map((each) => each.name);
    expect(trace.map((each) => each.rule)).toEqual(order.slice(0, order.indexOf(rule) + 1));
    // Asking for a trace changes nothing in what is found.
    expect(relation).toEqual(compareSentences(a, b));
  });

  it.each([
    // The bridge undergoes the closing in both: what each adds is a detail, not another thing closed.
    [
      'The Harwick Bridge in Calbridge was closed to all traffic on Tuesday',
      'The Harwick Bridge was closed on Tuesday after cracks were found in its cables',
    ],
    ['Police arrested Ahmed Khan in Lahore', 'Police arrested Ahmed Khan on charges of fraud'],
  ])('keeps one act told with a detail each as one fact: “%s” / “%s”', (a, b) => {
    expect(traced(a, b).relation.relation).toBe('agrees');
  });

  it('tries every rule and fires none for two sentences with nothing in common', () => {
    const ferry = 'The ferry service resumes on Monday.';
    const { relation, trace, fired } = traced(ferry, 'Wheat prices fell for a third week.');
    expect(relation.relation).toBe('none');
    expect(fired).toEqual([]);
    expect(trace.map((rule) => rule.rule)).toEqual(rules.map((rule) => rule.name));
  });
});

describe('a year in one claim only', () => {
  const claim = (id: string, text: string, claimedAt: string | null): MatchClaim => ({
    id,
    article: id,
    text,
    attribution: [],
    quantity: null,
    claimedAt,
  });
  /** The rule that decides a dated claim and an undated one claimed on `claimedAt`. */
  const decided = (
    claimedAt: string | null,
    dated = 'The agency recalled every batch of the drug in 2022',
    undated = 'The agency recalled every batch of the drug',
  ) =>
    explainPair([claim('a', dated, null), claim('b', undated, claimedAt)], [], ['a', 'b'])!.trace.find(
      (rule) => rule.fired,
    )?.rule;

  it('keeps apart an undated claim not claimed in that year, or of unknown date', () => {
    expect(decided(null)).toBe('another-year');
    expect(decided('2024-05-02')).toBe('another-year');
  });

  it('does not, when the undated claim was claimed in that year', () => {
    expect(decided('2022-05-02')).toBe('same-statement');
  });

  it.each([
    [
      'a year in an aside about what the claim names',
      'The bridge, built in 1965, collapsed on Tuesday',
      'The bridge collapsed on Tuesday',
    ],
    [
      'a figure, not a year',
      'Some 2000 protesters marched through the capital',
      'Protesters marched through the capital on Sunday',
    ],
  ])('does not, for %s', (_, a, b) => {
    expect(traced(a, b).fired).not.toContain('another-year');
  });

  it.each([
    [
      'an aside’s year is no date of the act',
      'The minister, elected in 2019, resigned on Monday',
      'The minister resigned in 2019',
    ],
    [
      '"last year" in an aside dates nothing',
      'Police arrested two managers of the firm in 2019',
      'Police, who were criticised last year, arrested two managers of the firm on Thursday',
    ],
  ])('keeps apart when %s', (_, a, b) => {
    expect(traced(a, b).fired).toEqual(['another-year']);
  });

  it('reads "last year" as the year before the claim was made', () => {
    const decide = (claimedAt: string | null) =>
      decided(claimedAt, 'The company laid off 500 workers in 2023', 'The company laid off 500 workers last year');
    expect(decide('2024-03-01')).not.toBe('another-year');
    expect(decide('2026-03-01')).toBe('another-year');
    expect(decide(null)).toBe('another-year');
  });
});

describe('what a rule compared', () => {
  it('names the threshold each number was held to, with its value', () => {
    const { trace } = traced(
      'The ministry denies that journalists were detained at the border',
      'Journalists were detained at the border, rights groups say',
    );
    const denial = trace.find((rule) => rule.rule === 'denial')!;
    const overlap = new RegExp(`^content overlap [\\d.]+ is at least denialOverlap \\(${thresholds.denialOverlap}\\)$`);
    expect(denial.checks).toContainEqual(expect.stringMatching(overlap));
    expect(denial.checks).toContainEqual('one claim is a denial, the other not: yes');
  });

  it('says which comparison stopped a rule that did not fire', () => {
    // One word in common: the same-subject rule needs more shared evidence than that.
    const { trace } = traced('Troops were deployed to the border', 'Farmers crossed the border to sell grain');
    const subject = trace.at(-1)!;
    expect(subject).toMatchObject({ rule: 'same-subject', fired: false });
    expect(subject.checks.at(-1)).toMatch(/ is below /);
  });

  it('reads a count rule’s figures against the count thresholds', () => {
    const { trace } = traced('More than 300 people were killed in the floods', 'Up to 500 people died in the floods');
    const checks = trace.flatMap((rule) => rule.checks);
    expect(checks).toContainEqual(expect.stringMatching(/^counted overlap [\d.]+ is at least countOverlap \(0\.3\)$/));
  });
});
