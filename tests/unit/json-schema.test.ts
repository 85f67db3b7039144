import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { claimGraphJsonSchema } from '../../src/core/json-schema.ts';

it('docs/claims.schema.json is the schema the code validates with (run npm run schema after changing it)', () => {
  const committed = readFileSync(new URL('../../docs/claims.schema.json', import.meta.url), 'utf8');
  expect(committed).toBe(claimGraphJsonSchema());
});
