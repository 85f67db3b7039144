// dist/data/claims.json: the whole claim graph, as the core computed it (schema: docs/claims.schema.json).
import { claimGraph } from '../../site/corpus.ts';

export function GET() {
  return new Response(`${JSON.stringify(claimGraph(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
}
