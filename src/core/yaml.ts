// YAML read with positions, so a bad field is reported at its own line and column.
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { Point } from './diagnostics.ts';

export interface PlacedYaml {
  value: unknown;
  errors: { message: string; place: Point }[];
  /** Where the value at `path` stands; the nearest existing ancestor when the path is missing. */
  placeOf(path: PropertyKey[]): Point;
}

/** `lineOffset` shifts lines for YAML embedded in another file (front matter starts on line 2). */
export function parseYaml(text: string, lineOffset = 0): PlacedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pointAt = (offset: number): Point => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  return {
    value: document.errors.length ? undefined : document.toJS(),
    errors: document.errors.map((error) => ({ message: error.message.split('\n')[0]!, place: pointAt(error.pos[0]) })),
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
