import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { claimGraphJsonSchema } from '../../src/core/publish/json-schema.ts';

it('docs/claims.schema.json is the schema the code validates with (run npm run schema after changing it)', () => {
  const committed = readFileSync(new URL('../../docs/claims.schema.json', import.meta.url), 'utf8');
  expect(committed).toBe(claimGraphJsonSchema());
});

it('describes every field a reuser of claims.json meets, from the doc comments of src/core/schema.ts', () => {
  const schema = JSON.parse(claimGraphJsonSchema());
  expect(schema.description).toMatch(/claim graph/);
  const undescribed: string[] = [];
  for (const [collection, property] of Object.entries<{
    description?: string;
    items: { properties: Record<string, { description?: string }> };
  }>(schema.properties)) {
    if (!property.description) undescribed.push(collection);
    for (const [field, value] of Object.entries(property.items?.properties ?? {}))
      if (!value.description) undescribed.push(`${collection}[].${field}`);
  }
  expect(undescribed).toEqual([]);
  // A field's schema shared by others (an id) carries each field's own description.
  const claim = schema.properties.claims.items.properties;
  expect(claim.id.description).toMatch(/claim's permanent id/);
  expect(claim.article.description).toMatch(/article it stands in/);
});
