// A named rule for the ordered rule tables of ingest and the matcher (ingest/clean-rules.ts,
// ingest/reference-rules.ts, graph/quantity-relation.ts): a test that finds something, or nothing when
// the rule does not apply, and an action on what it found. The tables try their rules in order; the
// name of the rule that decided is what `--explain` prints.

/** A rule with a name a trace can print; `apply` gives undefined when its test finds nothing. */
export interface NamedRule<Args extends unknown[], Result> {
  name: string;
  apply(...args: Args): Result | undefined;
}

/**
 * The builder of one table's rules, for what its rules read (`Args`) and what their actions give
 * (`Result`): a rule from a test (what it finds, undefined when it does not apply) and what to do with
 * what it found.
 */
export function ruleBuilder<Args extends unknown[], Result>() {
  return <Found>(
    name: string,
    test: (...args: Args) => Found | undefined,
    action: (found: Found, ...args: Args) => Result,
  ): NamedRule<Args, Result> => ({
    name,
    apply(...args) {
      const found = test(...args);
      return found === undefined ? undefined : action(found, ...args);
    },
  });
}

/** A test's answer as a rule reads it: something found, or nothing. */
export const yes = (value: boolean) => (value ? true : undefined);
