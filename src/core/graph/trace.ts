// Why the matcher related two claims as it did: the rules it tried in order, the one that fired, and each
// number a rule compared with the threshold it was compared against. Collected only when asked for: the
// matcher's own runs use plainChecks, which compare and note nothing.
import { fastFormat } from '../number-format.ts';
import { thresholds, type Threshold } from './thresholds.ts';

/** The comparisons a rule's test makes, each named so that a trace can tell it in words. */
export interface Checks {
  /** Whether `value` is at least the named threshold. */
  atLeast(what: string, value: number, threshold: Threshold): boolean;
  /** Whether `value` is at least a limit computed from options (`limitWhat` says how). */
  reaches(what: string, value: number, limit: number, limitWhat: string): boolean;
  /** A condition that is not a number, as the rule reads it ("one claim is a denial, the other not"). */
  holds(what: string, value: boolean): boolean;
}

export const plainChecks: Checks = {
  atLeast: (_what, value, threshold) => value >= thresholds[threshold],
  reaches: (_what, value, limit) => value >= limit,
  holds: (_what, value) => value,
};

/** One rule as a trace saw it: what it tests, what it compared, and whether it fired. */
export interface RuleTrace {
  rule: string;
  means: string;
  checks: string[];
  fired: boolean;
}

// Three places: overlaps near a threshold (0.398 against 0.4) must not read as equal to it.
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
const formatNumber = fastFormat(numberFormat);

const compared = (what: string, value: number, passed: boolean, limit: string) =>
  `${what} ${formatNumber(value)} ${passed ? 'is at least' : 'is below'} ${limit}`;

/** Checks that note each comparison in the last rule of `trace`. */
export function tracingChecks(trace: RuleTrace[]): Checks {
  const note = (line: string) => trace.at(-1)?.checks.push(line);
  return {
    atLeast(what, value, threshold) {
      const passed = value >= thresholds[threshold];
      note(compared(what, value, passed, `${threshold} (${formatNumber(thresholds[threshold])})`));
      return passed;
    },
    reaches(what, value, limit, limitWhat) {
      const passed = value >= limit;
      note(compared(what, value, passed, `${limitWhat} (${formatNumber(limit)})`));
      return passed;
    },
    holds(what, value) {
      note(`${what}: ${value ? 'yes' : 'no'}`);
      return value;
    },
  };
}

/** A trace in words, a rule a paragraph: "same-statement: fired", then what it compared. */
export function describeTrace(trace: readonly RuleTrace[]): string[] {
  return trace.flatMap((rule) => [
    `${rule.rule}: ${rule.fired ? 'fired' : 'did not fire'} (${rule.means})`,
    ...rule.checks.map((check) => `    ${check}`),
  ]);
}
