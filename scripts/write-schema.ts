// npm run schema: rewrites docs/claims.schema.json from the zod schema in src/core/schema.ts.
import { writeFileSync } from 'node:fs';
import { claimGraphJsonSchema } from '../src/core/publish/json-schema.ts';

const path = new URL('../docs/claims.schema.json', import.meta.url);
writeFileSync(path, claimGraphJsonSchema());
console.log('wrote docs/claims.schema.json');
