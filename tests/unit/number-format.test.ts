import { describe, expect, it } from 'vitest';
import { fastFormat } from '../../src/core/number-format.ts';

describe('fastFormat', () => {
  const formats = [
    new Intl.NumberFormat('en-US'),
    new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
    new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }),
  ];
  const values = [
    0,
    -0,
    1,
    -1,
    7,
    12,
    999,
    1000,
    -1000,
    1001,
    12345,
    123456,
    1234567,
    -9876543210,
    2 ** 53 - 1,
    -(2 ** 53 - 1),
    2 ** 53,
    1e21,
    0.5,
    1.005,
    2.675,
    -3.14159,
    1234.5678,
    NaN,
    Infinity,
    -Infinity,
  ];
  // A spread of whole numbers of every length.
  for (let value = 1; value < 1e15; value = Math.floor(value * 1.37) + 3) values.push(value, -value);

  it('writes every number as Intl.NumberFormat does', () => {
    for (const format of formats) {
      const fast = fastFormat(format);
      for (const value of values) expect(fast(value), String(value)).toBe(format.format(value));
    }
  });
});
