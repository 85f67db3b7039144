// Work computed once per object and kept only as long as the object lives: a build's claim graph is
// read by every page, and in `astro dev` each edit makes a new graph whose results replace the old.

/** `compute`, remembered for each key it was called with (held weakly: a forgotten key frees its value). */
export function oncePer<Key extends object, Value>(compute: (key: Key) => Value): (key: Key) => Value {
  const values = new WeakMap<Key, Value>();
  return (key) => {
    if (values.has(key)) return values.get(key)!;
    const value = compute(key);
    values.set(key, value);
    return value;
  };
}
