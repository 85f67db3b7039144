// `claimtrail ingest --explain`: each file ingested with a trace, and what the rules did printed
// (src/core/ingest/explain.ts) instead of anything written.
import { basename, join } from 'node:path';
import { report } from '../core/diagnostics.ts';
import { displayPath } from '../core/content/files.ts';
import { explainIngest } from '../core/ingest/explain.ts';
import { ingest } from '../core/ingest/ingest.ts';
import { newIngestTrace } from '../core/ingest/trace.ts';
import type { IngestRequest } from './ingest.ts';
import { readInput, readRegistryFile } from './ingest-input.ts';

/**
 * `--explain`: ingests the file as ingestOne does, with a trace, and prints what the rules did (which
 * rule dropped each line, why each claim is check-worthy, which rules chose its claimant) instead of
 * writing anything: the entry, the raw copy and sources.yaml are left as they are.
 */
export function explainOne(
  path: string,
  request: IngestRequest,
  say: (line: string) => void,
  warn: (line: string) => void,
): 'explained' | 'not ingested' {
  const shown = displayPath(path, request.cwd);
  const stop = (reason: string): 'not ingested' => {
    warn(`claimtrail ingest: ${shown}: ${reason}`);
    return 'not ingested';
  };
  const bytes = readInput(path);
  if (typeof bytes === 'string') return stop(bytes);
  const registryRead = readRegistryFile(join(request.contentDir, 'sources.yaml'), request.cwd);
  if ('problem' in registryRead) {
    if (registryRead.report) warn(registryRead.report);
    return stop(registryRead.problem);
  }
  const trace = newIngestTrace();
  const { publisher, url, date, title } = request;
  const { registry } = registryRead;
  const sourceFile = basename(path);
  const { file, ingested } = ingest({ path: shown, bytes, registry, sourceFile, publisher, url, date, title, trace });
  if (!ingested) {
    warn(report([file]));
    return stop('not ingested');
  }
  say(`${shown}: explained (--explain writes nothing)`);
  const stated = ingested.publisher;
  const from = stated.from === '--publisher' ? 'as given' : `"${stated.name}", from the page's ${stated.from}`;
  say(`  publisher: ${stated.id} (${from})`);
  for (const line of explainIngest(ingested, trace)) say(`  ${line}`);
  const drafts = ingested.newSources.filter((source) => !registry.sources.has(source.id)).map((source) => source.id);
  say(`  sources it would add to sources.yaml as drafts: ${drafts.length ? drafts.join(', ') : 'none'}`);
  return 'explained';
}
