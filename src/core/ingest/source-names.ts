// How attribution compares and finds the names of sources: normalised names, slugs for draft ids,
// which aliases name no one without their context, and an index that finds many names in a text at once.
import { slugify } from '../content/ids.ts';
import type { SourceEntry } from '../schema.ts';

/** A name lower-cased, its apostrophes and spaces made one kind, without a leading "the". */
export function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^the\s+/, '')
    .trim();
}

/** A draft source's id from its name: at least three characters. */
export function slug(name: string): string {
  const id = slugify(name.replace(/['’]s\b/gi, 's'));
  return id.length >= 3 ? id : `source-${id || 'x'}`.replace(/-$/, '');
}

export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Whether an alias names no one in particular without its context: a common noun ("the agency", "the
 * foreign ministry", "one source"), one word after "the" ("the Post", "the Courier") or a person's
 * single name ("Fisher"). Such an alias stands for its source only where the article has named that
 * source in full. A source's own name, and an alias with a number ("the group of 22 nations"), are
 * full names. Case-blind: `alias` may be the registry's lower-cased key.
 */
export function genericAlias(alias: string, source: Pick<SourceEntry, 'name' | 'aliases' | 'type'>): boolean {
  const key = alias.trim().toLowerCase().replace(/\s+/g, ' ');
  if (key === source.name.trim().toLowerCase().replace(/\s+/g, ' ')) return false;
  const aliasWritten = source.aliases.find((other) => other.trim().toLowerCase().replace(/\s+/g, ' ') === key);
  const written = (aliasWritten ?? alias).trim();
  const bare = written.replace(/^(?:the|a|an)\s+/i, '');
  if (/\d/.test(bare)) return false;
  if (!/\p{Lu}/u.test(bare)) return true;
  if (/^(?:the|a|an)\s+\S+$/i.test(written)) return true;
  return source.type === 'person' && !/\s/.test(bare);
}

/** The text lower-cased character for character, so that its offsets stay the text's ("İ" would grow). */
function lowerInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const char of text) {
    const low = char.toLowerCase();
    out += low.length === char.length ? low : char;
  }
  return out;
}

const wordStart = /[\p{L}\p{N}]+/gu;

interface IndexedName {
  name: string;
  bare: string;
  id: string;
  order: number;
}

/**
 * Names (lower-cased, "the …" written or not) found in a text in one pass: each name is filed under
 * its first word, and only the names filed under a word the text has are tried there. A name matches
 * whole words, whatever their case, and without its "the".
 */
export class NameIndex {
  private readonly byFirst = new Map<string, IndexedName[]>();
  private size = 0;

  add(name: string, id: string): void {
    const bare = name.replace(/^the\s+/, '');
    if (bare.length < 2) return;
    const first = /^[\p{L}\p{N}]+/u.exec(bare)?.[0] ?? '';
    const list = this.byFirst.get(first) ?? [];
    list.push({ name, bare, id, order: this.size++ });
    this.byFirst.set(first, list);
  }

  *find(text: string): Generator<IndexedName & { start: number; end: number }> {
    const lower = lowerInPlace(text);
    const at = (start: number, entry: IndexedName) => {
      const end = start + entry.bare.length;
      const inWord = /[\p{L}\p{N}]/u.test(text[start - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '');
      if (inWord || !lower.startsWith(entry.bare, start)) return undefined;
      return { ...entry, start, end };
    };
    // A name that does not start with a letter or digit is looked for everywhere (there are few).
    for (const entry of this.byFirst.get('') ?? [])
      for (let start = lower.indexOf(entry.bare); start !== -1; start = lower.indexOf(entry.bare, start + 1)) {
        const found = at(start, entry);
        if (found) yield found;
      }
    for (const word of lower.matchAll(wordStart))
      for (const entry of this.byFirst.get(word[0]) ?? []) {
        const found = at(word.index, entry);
        if (found) yield found;
      }
  }
}
