// `claimtrail ingest --explain`: what the ingest's rules did to one file, in words. Cleaning: each line
// dropped and the rule that dropped it, and the headline. Each claim drafted: why it is check-worthy
// (the detection signals and their weights) and which rules chose its claimant and chain.
import type { CueTrace } from './attribution.ts';
import { threshold, weights } from './detect.ts';
import type { DraftClaim } from './draft.ts';
import type { Ingested } from './ingest.ts';
import type { IngestTrace } from './trace.ts';

/** The explanation's lines, for the file ingested as `ingested` with `trace` collected. */
export function explainIngest(ingested: Ingested, trace: IngestTrace): string[] {
  return [...explainCleaning(ingested, trace), ...explainClaims(ingested, trace)];
}

function explainCleaning({ stats }: Ingested, trace: IngestTrace): string[] {
  const dropped = trace.clean.filter((line) => line.outcome.startsWith('dropped: '));
  const kept = trace.clean.length - dropped.length;
  const lines = [`cleaning: ${trace.clean.length} lines read, ${dropped.length} dropped, ${kept} kept`];
  for (const line of trace.clean) {
    if (line.outcome === 'headline') lines.push(`  headline (rule ${line.rule}): ${quote(line.text)}`);
    else if (line.outcome.startsWith('dropped: ')) {
      const why = line.outcome.slice('dropped: '.length);
      lines.push(`  dropped as ${why} (rule ${line.rule}): ${quote(line.text)}`);
    }
  }
  for (const line of stats.repeated) lines.push(`  dropped as ${line.rule} (the page repeats it): ${quote(line.text)}`);
  return lines;
}

function explainClaims({ draft }: Ingested, trace: IngestTrace): string[] {
  const lines = [`claims drafted: ${draft.claims.length}`];
  const { sentences, unnamed } = trace.attribution;
  // Claims come in reading order, as the sentences were read: each is looked for from the last one's sentence on.
  let at = 0;
  draft.claims.forEach((claim, index) => {
    const found = sentences.findIndex((read, position) => position >= at && read.sentence.includes(claim.text));
    if (found !== -1) at = found;
    lines.push(`  ${index + 1}. ${claim.kind}: ${quote(claim.text)}`);
    lines.push(`     ${whyTaken(claim)}`);
    const read = found === -1 ? { sentence: claim.text, cues: [] } : sentences[found]!;
    lines.push(...attributionLines(claim, read.sentence, read.cues, unnamed));
  });
  return lines;
}

/**
 * Why the claim was taken: a quotation with a speaker is; another claim's sentence scored at least the
 * threshold by the rules' signals ("quantity +0.5, attribution-cue +0.3"), or the learned model said yes.
 */
function whyTaken(claim: DraftClaim): string {
  const signals = claim.signals
    .filter((signal) => signal !== 'learned')
    .map((signal) => {
      const weight = weights[signal];
      return weight === undefined ? signal : `${signal} ${weight >= 0 ? '+' : ''}${weight}`;
    })
    .join(', ');
  const learned = claim.signals.includes('learned');
  if (claim.kind === 'quote') return `taken: a quotation with a speaker (signals ${signals || 'none'})`;
  const agrees = learned ? '; the learned model agrees' : '';
  const { score } = claim;
  if (score >= threshold) return `check-worthy by the rules: score ${score} (${threshold} needed): ${signals}${agrees}`;
  return `check-worthy by the learned model (the rules' score ${score} is under ${threshold}: ${signals || 'none'})`;
}

/**
 * Which cue gave the claim its claimant, as draft.ts chose it: a quotation's is the sentence's first
 * attribution; another claim's a cue inside its words, else the last one before them (attributionFor).
 * Then the rules that found that cue's chain.
 */
function attributionLines(claim: DraftClaim, sentence: string, cues: CueTrace[], unnamed: string[]): string[] {
  const by = claim.by.join(' < ');
  const start = sentence.indexOf(claim.text);
  const end = start + claim.text.length;
  const attributed = cues.filter((cue) => cue.chain.length);
  const chosen =
    claim.kind === 'quote'
      ? attributed[0]
      : (attributed.find((cue) => cue.start >= start && cue.end <= end) ??
        attributed.filter((cue) => cue.end <= start).at(-1));
  const said = (cue: CueTrace) =>
    `"${cue.cue}" -> ${cue.chain.length ? cue.chain.join(' < ') : 'no source'} (rules ${cue.rules.join(', ')})`;
  if (claim.by.length === 1 && unnamed.includes(claim.by[0]!))
    return [`     claimant: ${by}, unnamed: the words accuse or criticise without naming who (claim-model.ts)`];
  if (chosen && chosen.chain.join(' < ') === by && claim.by.length)
    return [`     claimant: ${by}, by the cue ${said(chosen)}`];
  const read = cues.map((cue) => `     cue ${said(cue)}`);
  const publisher = `     claimant: the publisher (no cue in or before its words names another speaker)`;
  if (!claim.by.length) return [publisher, ...read];
  // A quotation with no cue of its own continues the speaker of the quotation before it.
  return [`     claimant: ${by}, the speaker of the quotation before (its own sentence names none)`, ...read];
}

/** A line's words in quotation marks, cut to a readable length. */
function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return `“${line.length > 100 ? `${line.slice(0, 99)}…` : line}”`;
}
