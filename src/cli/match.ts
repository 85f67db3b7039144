// `claimtrail match`: sentence pairs read as JSON lines, one verdict a line; with --explain, the rules the
// matcher tried on each pair, in order, the one that fired, and each number against its threshold, in
// words; or, given two claim ids, the same for two claims of a corpus, as its build compares them.
import { compareSentences, explainPair, pairKey } from '../core/graph/match.ts';
import { describeTrace, type RuleTrace } from '../core/graph/trace.ts';
import { sentencePairSchema, type ClaimGraph, type SentenceRelation } from '../core/schema.ts';

type Write = (line: string) => void;

/** A verdict and the trace that led to it, in words. */
function explained(heading: string[], relation: SentenceRelation, trace: readonly RuleTrace[]): string[] {
  const result = `${relation.relation}, score ${relation.score}: ${relation.explanation}`;
  return [...heading, ...describeTrace(trace).map((line) => `  ${line}`), `  result: ${result}`, ''];
}

/** Each line a pair {"a": "…", "b": "…"}; a line that is not one is named on `err` and skipped (exit 1). */
export async function matchLines(lines: AsyncIterable<string>, explain: boolean, out: Write, err: Write) {
  let bad = 0;
  let index = 0;
  for await (const line of lines) {
    index++;
    if (!line.trim()) continue;
    let pair: unknown;
    try {
      pair = JSON.parse(line);
    } catch {
      pair = undefined;
    }
    const parsed = sentencePairSchema.safeParse(pair);
    if (!parsed.success) {
      bad++;
      const expected = 'not a JSON object {"a": "…", "b": "…"} with two sentences; line skipped';
      err(`claimtrail match: stdin:${index}: ${expected}`);
      continue;
    }
    const { a, b } = parsed.data;
    if (!explain) {
      out(JSON.stringify(compareSentences(a, b)));
      continue;
    }
    const trace: RuleTrace[] = [];
    const relation = compareSentences(a, b, trace);
    for (const text of explained([`stdin:${index}`, `  a: ${a}`, `  b: ${b}`], relation, trace)) out(text);
  }
  return bad ? 1 : 0;
}

/** The rules tried on two claims of a corpus, and the link its build made of them, if any. */
export function explainClaims(graph: ClaimGraph, ids: readonly [string, string], out: Write, err: Write): number {
  const unknown = ids.filter((id) => !graph.claims.some((claim) => claim.id === id));
  if (unknown.length || ids[0] === ids[1]) {
    err(`claimtrail match: ${unknown.length ? `no claim "${unknown[0]}" in the corpus` : 'two different claim ids'}`);
    return 1;
  }
  const { relation, trace } = explainPair(graph.claims, graph.sources, ids)!;
  const text = (id: string) => graph.claims.find((claim) => claim.id === id)!.text;
  const link = graph.relations.find((candidate) => pairKey(candidate.from, candidate.to) === pairKey(...ids));
  // The rules are one step: a pair is compared only when proposed as candidates, a related link may be
  // pruned, and arithmetic and editors' links replace what the rules found.
  const built = link
    ? `the build links them: ${link.type} from ${link.from} (${link.origin}, ${link.method}, score ${link.score})`
    : 'the build does not link them (not proposed as candidates, pruned, rejected by an editor, or no rule fired)';
  const heading = ids.map((id) => `${id}: ${text(id)}`);
  for (const line of [...explained(heading, relation, trace), built]) out(line);
  return 0;
}
