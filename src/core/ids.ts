// Fresh claim ids: random, so an id never depends on words an editor may change.
import { randomBytes } from 'node:crypto';

// No 0/o, 1/l: ids are read aloud and typed from print.
const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';

export function newId(length = 6): string {
  const bytes = randomBytes(length);
  let id = alphabet[bytes[0]! % 24]!; // a letter first
  for (const byte of bytes.subarray(1)) id += alphabet[byte % alphabet.length];
  return id;
}
