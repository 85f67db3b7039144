// dist/data/claims.json: the whole claim graph, as the core computed it (schema: docs/claims.schema.json).
import { claimGraphJson } from '../../core/publish/exports.ts';
import { claimGraph } from '../../site/corpus.ts';

export function GET() {
  return new Response(claimGraphJson(claimGraph()), { headers: { 'Content-Type': 'application/json' } });
}
