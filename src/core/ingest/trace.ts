// What the ingest's rules did to one file, for `claimtrail ingest --explain`: the rule that decided
// each line of cleaning and the rules that found each cue's speaker and chain. A trace is collected
// only when one is passed in (as vfile collects messages): without it, the rules record nothing.
import type { AttributionTrace } from './attribution.ts';
import type { CleanTraceLine } from './clean-state.ts';

export interface IngestTrace {
  clean: CleanTraceLine[];
  attribution: AttributionTrace;
}

export function newIngestTrace(): IngestTrace {
  return { clean: [], attribution: { sentences: [], unnamed: [] } };
}
