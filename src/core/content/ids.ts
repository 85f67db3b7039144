// Fresh claim ids: random, so an id never depends on words an editor may change. Slugs for names.
import { randomBytes } from 'node:crypto';

// No 0/o, 1/l: ids are read aloud and typed from print.
const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';

export function newId(length = 6): string {
  const bytes = randomBytes(length);
  let id = alphabet[bytes[0]! % 24]!; // a letter first
  for (const byte of bytes.subarray(1)) id += alphabet[byte % alphabet.length];
  return id;
}

/** Words -> an id: ASCII lowercase letters and digits joined by single hyphens, at most `max` long. */
export function slugify(words: string, max = 60): string {
  return words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}
