// YAML read with positions, so a bad field is reported at its own line and column.
import { LineCounter, parseDocument, isMap, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import type { Point } from '../diagnostics.ts';

/** Where the value at `path` stands; the nearest existing ancestor when the path is missing. */
export type PlaceOf = (path: PropertyKey[]) => Point;

export interface PlacedYaml {
  value: unknown;
  errors: { message: string; place: Point }[];
  placeOf: PlaceOf;
}

/**
 * Aliases expanded per document at most (the yaml library's own default, stated): a few dozen lines of
 * aliases of aliases ("billion laughs") would otherwise expand to gigabytes.
 */
const maxYamlAliases = 100;
const tooDeepMessage = 'nested too deep to read: flatten the lists and maps';
/** The library reports a stack overflow in its own words. */
const tooDeep = (message: string) => /call stack/i.test(message);

/** The library's words for a key a map repeats. */
const repeatedKey = 'Map keys must be unique';

/**
 * Where each map repeats a key it already has (a scalar of the same type and value, as the library
 * compares them): the second and later uses. Nesting past the stack is left for toJS to report.
 */
function repeatedKeys(document: Document): number[] {
  const offsets: number[] = [];
  try {
    visit(document, {
      Map: (_key, map) => {
        const seen = new Set<string>();
        for (const pair of map.items) {
          if (!isScalar(pair.key)) continue;
          const key = `${typeof pair.key.value}:${String(pair.key.value)}`;
          if (seen.has(key)) offsets.push(pair.key.range?.[0] ?? 0);
          seen.add(key);
        }
      },
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  return offsets;
}

/** `lineOffset` shifts lines for YAML embedded in another file (front matter starts on line 2). */
export function parseYaml(text: string, lineOffset = 0): PlacedYaml {
  const lineCounter = new LineCounter();
  // Keys are checked for repeats below, in one pass: the library's own check compares each key with every
  // earlier one, which on a ledger of 100,000 entries took minutes.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const pointAt = (offset: number): Point => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  // Where the stack ran out depends on the stack, not the text: such an error is placed at the start.
  const errors = document.errors.map((error) =>
    tooDeep(error.message)
      ? { message: tooDeepMessage, place: pointAt(0) }
      : { message: error.message.split('\n')[0]!, place: pointAt(error.pos[0]) },
  );
  if (!errors.length)
    for (const offset of repeatedKeys(document)) errors.push({ message: repeatedKey, place: pointAt(offset) });
  let value: unknown;
  if (!errors.length) {
    try {
      value = document.toJS({ maxAliasCount: maxYamlAliases });
    } catch (error) {
      // Building the value is where a hostile document blows up: aliases of aliases, or nesting past the stack.
      if (error instanceof RangeError) errors.push({ message: tooDeepMessage, place: pointAt(0) });
      else if (error instanceof ReferenceError) {
        let firstAlias = 0;
        visit(document, { Alias: (_key, node) => ((firstAlias = node.range?.[0] ?? 0), visit.BREAK) });
        errors.push({
          message: `aliases expand too far (more than ${maxYamlAliases} uses): write the values out`,
          place: pointAt(firstAlias),
        });
      } else throw error;
    }
  }
  return {
    value,
    errors,
    placeOf(path) {
      let node: unknown = document.contents;
      let found = node as Node | null;
      for (const key of path) {
        if (isMap(node)) node = node.items.find((pair) => (pair.key as { value?: unknown })?.value === key)?.value;
        else if (isSeq(node) && typeof key === 'number') node = node.items[key];
        else break;
        if (!node) break;
        found = node as Node;
      }
      return pointAt(found?.range?.[0] ?? 0);
    },
  };
}
