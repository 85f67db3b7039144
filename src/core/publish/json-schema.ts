// The JSON Schema of dist/data/claims.json, generated from the zod schema so the two never drift, with
// each field described by the doc comment the schema modules give it: one text, read by people in the code and
// by tools in the schema. The site publishes it beside the data (data/claims.schema.json).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import * as schemas from '../schema.ts';

/** The text of a doc comment's lines ("/** … *\/", or one spread over lines starting with "*"). */
const commentText = (lines: string[]) =>
  lines
    .map((line) => line.replace(/^\s*\/\*\*\s?|^\s*\*\/?\s?|\s*\*\/\s*$/g, '').trim())
    .filter(Boolean)
    .join(' ');

/**
 * The doc comments of the schema modules by schema name: the schema's own (key '') and each of its direct fields',
 * with those of a schema whose fields it spreads. Read line by line: the schemas are written one field per line,
 * each doc comment on the lines just before it, and defines a schema before spreading it.
 */
export function schemaDocs(source: string): Map<string, Map<string, string>> {
  const docs = new Map<string, Map<string, string>>();
  let comment: string[] = [];
  let open = false;
  let current: { fields: Map<string, string>; indent: number | undefined } | undefined;
  for (const line of source.split('\n')) {
    if (open || /^\s*\/\*\*/.test(line)) {
      comment.push(line);
      open = !line.includes('*/');
      continue;
    }
    const declared = /^export const (\w+Schema) = /.exec(line);
    if (declared) {
      current = { fields: new Map(comment.length ? [['', commentText(comment)]] : []), indent: undefined };
      docs.set(declared[1]!, current.fields);
    } else if (current && /^\S/.test(line)) current = undefined;
    // "...sourceEntrySchema.shape": the fields of another schema, described there.
    const spread = /^\s+\.\.\.(\w+Schema)\b/.exec(line);
    if (current && spread)
      for (const [field, text] of docs.get(spread[1]!) ?? []) if (field) current.fields.set(field, text);
    const field = /^(\s+)(?:'([^']+)'|(\w+)): /.exec(line);
    if (current && field) {
      current.indent ??= field[1]!.length;
      if (field[1]!.length === current.indent && comment.length)
        current.fields.set(field[2] ?? field[3]!, commentText(comment));
    }
    if (!/^\s*\/\//.test(line)) comment = [];
  }
  return docs;
}

export function claimGraphJsonSchema(): string {
  // What editors write is described where it is defined; the graph spreads some of it.
  const files = ['../schema/vocabulary.ts', '../schema/content.ts', '../schema.ts'];
  const docs = schemaDocs(files.map((file) => readFileSync(new URL(file, import.meta.url), 'utf8')).join('\n'));
  const named = new Map<unknown, string>(Object.entries(schemas).map(([name, value]) => [value, name]));
  const schema = z.toJSONSchema(schemas.claimGraphSchema, {
    io: 'output',
    target: 'draft-2020-12',
    override({ zodSchema, jsonSchema }) {
      const fields = docs.get(named.get(zodSchema) ?? '');
      if (!fields) return;
      if (fields.has('')) jsonSchema.description = fields.get('');
      // A field's schema may be shared with other fields (an id): describe this use of it, on a copy.
      for (const [field, property] of Object.entries(jsonSchema.properties ?? {}))
        if (fields.has(field) && typeof property === 'object')
          jsonSchema.properties![field] = { ...property, description: fields.get(field) };
    },
  });
  const heading = { $id: 'claims.schema.json', title: 'Claimtrail claim graph (dist/data/claims.json)' };
  return `${JSON.stringify({ ...schema, ...heading }, null, 2)}\n`;
}
