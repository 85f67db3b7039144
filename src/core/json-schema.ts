// The JSON Schema of dist/data/claims.json, generated from the zod schema so the two never drift.
import { z } from 'zod';
import { claimGraphSchema } from './schema.ts';

export function claimGraphJsonSchema(): string {
  const schema = z.toJSONSchema(claimGraphSchema, { io: 'output', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, $id: 'claims.schema.json', title: 'Claimtrail claim graph (dist/data/claims.json)' }, null, 2)}\n`;
}
