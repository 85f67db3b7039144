// A key written twice in a map is an error at the second one, whatever the map's size or nesting.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/content/yaml.ts';

describe('parseYaml: repeated keys', () => {
  it.each([
    { text: 'a: 1\nb: 2\na: 3\n', places: [{ line: 3, column: 1 }] },
    {
      text: 'x:\n  k: 1\n  k: 2\n  k: 3\n',
      places: [
        { line: 3, column: 3 },
        { line: 4, column: 3 },
      ],
    },
    { text: '{a: 1, a: 2}\n', places: [{ line: 1, column: 8 }] },
    { text: 'one:\n  k: 1\ntwo:\n  k: 1\n', places: [] },
    { text: '1: a number\n"1": a string\n', places: [] },
  ])('$text', ({ text, places }) => {
    const { errors } = parseYaml(text);
    expect(errors).toEqual(places.map((place) => ({ message: 'Map keys must be unique', place })));
  });

  it('finds the one repeat among 50,000 keys, on its line', () => {
    const lines = Array.from({ length: 50_000 }, (_, index) => `id${index}: ${index}`);
    lines.push('id123: again');
    expect(parseYaml(`${lines.join('\n')}\n`).errors).toEqual([
      { message: 'Map keys must be unique', place: { line: 50_001, column: 1 } },
    ]);
  });
});
