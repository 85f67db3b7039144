// dist/data/claims.schema.json: the JSON Schema of claims.json, each field described, published with the
// data so that anyone who reuses it knows what every field means. It is docs/claims.schema.json, which
// `npm run schema` writes from src/core/schema.ts and a unit test holds to it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function GET() {
  const schema = readFileSync(join(process.cwd(), 'docs/claims.schema.json'), 'utf8');
  return new Response(schema, { headers: { 'Content-Type': 'application/schema+json' } });
}
