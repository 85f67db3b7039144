// A seeded pseudo-random generator for benchmarks and property tests: the same seed gives the same
// corpus or cases on every run and machine, so a figure or a failure can be reproduced.

/** mulberry32: a small, fast 32-bit PRNG; returns numbers in [0, 1). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
