// dist/data/claims.json: the whole claim graph, as the core computed it (schema: docs/claims.schema.json),
// handed to the build as a stream of its entries, each made when read, rather than as one string of a
// big corpus's many MB.
import { claimGraphJsonChunks } from '../../core/publish/exports.ts';
import { claimGraph } from '../../site/corpus.ts';

export function GET() {
  const pieces = claimGraphJsonChunks(claimGraph());
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
}
