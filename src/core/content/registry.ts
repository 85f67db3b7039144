// content/sources.yaml -> validated source entries.
import type { VFile } from 'vfile';
import { fail, failZodIssues } from '../diagnostics.ts';
import { sourceEntrySchema, type SourceEntry } from '../schema.ts';
import { parseYaml } from './yaml.ts';

export interface Registry {
  sources: Map<string, SourceEntry>;
  /** Lower-cased name or alias -> source id. */
  byAlias: Map<string, string>;
  /**
   * Whether an id is declared, valid or not. When the file cannot be read as a list, every id counts
   * as declared: its own error is the one to fix, not a cascade of "unknown source" elsewhere.
   */
  isDeclared(id: string): boolean;
}

export function readRegistry(file: VFile): Registry {
  const sources = new Map<string, SourceEntry>();
  const byAlias = new Map<string, string>();
  const unreadable = { sources, byAlias, isDeclared: () => true };
  // A file that could not be read (missing, too large…) has its one message already; no second about its shape.
  if (file.value === undefined) return unreadable;
  const yaml = parseYaml(String(file));
  for (const error of yaml.errors) fail(file, `YAML: ${error.message}`, error.place, 'yaml');
  if (yaml.errors.length) return unreadable;
  if (!Array.isArray(yaml.value)) {
    fail(
      file,
      'sources.yaml must be a list of sources (each line starting with "- id: …")',
      undefined,
      'registry-shape',
    );
    return unreadable;
  }

  yaml.value.forEach((raw, index) => {
    const parsed = sourceEntrySchema.safeParse(raw);
    if (!parsed.success) {
      failZodIssues(file, parsed.error, (path) => yaml.placeOf([index, ...path]), 'source-field', 'source');
      return;
    }
    const source = parsed.data;
    if (sources.has(source.id)) {
      fail(
        file,
        `duplicate source id "${source.id}": each id names one source`,
        yaml.placeOf([index, 'id']),
        'duplicate-source',
      );
      return;
    }
    sources.set(source.id, source);
    for (const [aliasIndex, alias] of [source.name, ...source.aliases].entries()) {
      const key = alias.toLowerCase();
      const owner = byAlias.get(key);
      if (owner && owner !== source.id)
        fail(
          file,
          `alias "${alias}" of "${source.id}" already names "${owner}": an alias belongs to one source`,
          yaml.placeOf(aliasIndex === 0 ? [index, 'name'] : [index, 'aliases', aliasIndex - 1]),
          'duplicate-alias',
        );
      else byAlias.set(key, source.id);
    }
  });

  const declared = new Set(yaml.value.map((raw) => (raw as { id?: unknown })?.id));
  const isDeclared = (id: string) => declared.has(id);
  yaml.value.forEach((raw, index) => {
    const source = sources.get((raw as { id?: string })?.id ?? '');
    if (!source) return;
    if (source.affiliation && !isDeclared(source.affiliation))
      fail(
        file,
        `unknown source "${source.affiliation}" in affiliation of "${source.id}": add it to sources.yaml`,
        yaml.placeOf([index, 'affiliation']),
        'unknown-source',
      );
    source.related.forEach((id, relatedIndex) => {
      if (!isDeclared(id))
        fail(
          file,
          `unknown source "${id}" in related of "${source.id}": add it to sources.yaml`,
          yaml.placeOf([index, 'related', relatedIndex]),
          'unknown-source',
        );
    });
  });
  return { sources, byAlias, isDeclared };
}

/**
 * The organisation a source belongs to, followed up through `affiliation` (a ministry to its
 * government): what counts as one origin, and one actor, however the text names it.
 */
export function affiliationRoot(
  id: string,
  sources: ReadonlyMap<string, { affiliation?: string | undefined }>,
): string {
  const seen = new Set<string>();
  let current = id;
  while (!seen.has(current)) {
    seen.add(current);
    const next = sources.get(current)?.affiliation;
    if (!next || !sources.has(next)) break;
    current = next;
  }
  return current;
}
