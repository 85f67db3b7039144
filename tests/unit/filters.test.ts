import { describe, expect, it } from 'vitest';
import { claimFilters } from '../../src/core/publish/filters.ts';

describe('claims index filters', () => {
  it('offer every status and kind, by the ids older links carry (claims.html?status=contested)', () => {
    const options = Object.fromEntries(
      claimFilters.map((filter) => [filter.name, filter.options.map((option) => option.value)]),
    );
    expect(options).toEqual({
      status: ['corroborated', 'single-source', 'contested'],
      kind: ['quantity', 'quote', 'reported', 'event', 'statement'],
    });
  });

  it('call the status filter sourcing, in neutral words: never a verdict, and never the words of one', () => {
    const status = claimFilters.find((filter) => filter.name === 'status')!;
    expect(status.label).toBe('Sourcing');
    expect(status.anyLabel).toBe('Any sourcing');
    expect(status.options).toEqual([
      { value: 'corroborated', label: 'Two or more independent sources' },
      { value: 'single-source', label: 'One source, or none identified' },
      { value: 'contested', label: 'Disputed by another claim' },
    ]);
    for (const option of status.options) expect(option.label).not.toMatch(/corroborat|contested|true|false|verified/i);
  });
});
