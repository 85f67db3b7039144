// Quantities found in plain text: the bounds a checker compares, what is counted, and what is not a count.
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/core/quantities.ts';

type Expected = [text: string, min: number | null, max: number | null, unit: string, counted: string];

describe('findQuantities reads a bound as the words state it', () => {
  it.each<[string, { minExclusive: boolean; maxExclusive: boolean; about: number | null }]>([
    ['more than a million people', { minExclusive: true, maxExclusive: false, about: null }],
    ['over 300 arrests', { minExclusive: true, maxExclusive: false, about: null }],
    ['at least 12 journalists', { minExclusive: false, maxExclusive: false, about: null }],
    ['up to 2 million people', { minExclusive: false, maxExclusive: false, about: null }],
    ['as many as 5,000 people', { minExclusive: false, maxExclusive: false, about: null }],
    ['fewer than 10 cases', { minExclusive: false, maxExclusive: true, about: null }],
    ['nearly 500 people', { minExclusive: false, maxExclusive: true, about: null }],
    ['about 300 protesters', { minExclusive: false, maxExclusive: false, about: 300 }],
    ['an estimated 2 million people', { minExclusive: false, maxExclusive: false, about: null }],
    ['22 nations', { minExclusive: false, maxExclusive: false, about: null }],
  ])('%s', (text, expected) => {
    expect(findQuantities(text)[0]).toMatchObject(expected);
  });
});

describe('findQuantities reads bounds, unit and counted phrase', () => {
  it.each<[string, Expected]>([
    [
      'accused of locking up more than a million mainly Uygur detainees',
      ['more than a million mainly Uygur detainees', 1_000_000, null, 'detainees', 'mainly Uygur detainees'],
    ],
    [
      'experts estimate up to 2 million people have been detained',
      ['up to 2 million people', null, 2_000_000, 'people', 'people'],
    ],
    ['the group of 22 nations urged China', ['22 nations', 22, 22, 'nations', 'nations']],
    [
      'they were among 18 European countries to co-sign the letter',
      ['18 European countries', 18, 18, 'countries', 'European countries'],
    ],
    ['between 1 and 3 million people', ['between 1 and 3 million people', 1_000_000, 3_000_000, 'people', 'people']],
    [
      'from 500,000 to 1 million refugees',
      ['from 500,000 to 1 million refugees', 500_000, 1_000_000, 'refugees', 'refugees'],
    ],
    ['1-2 million detainees', ['1-2 million detainees', 1_000_000, 2_000_000, 'detainees', 'detainees']],
    ['two or three people', ['two or three people', 2, 3, 'people', 'people']],
    ['nearly 500 people', ['nearly 500 people', null, 500, 'people', 'people']],
    ['almost 2,000 soldiers', ['almost 2,000 soldiers', null, 2000, 'soldiers', 'soldiers']],
    ['about 300 protesters', ['about 300 protesters', 270, 330, 'protesters', 'protesters']],
    ['around 40 villages', ['around 40 villages', 36, 44, 'villages', 'villages']],
    ['some 2,000 workers', ['some 2,000 workers', 1800, 2200, 'workers', 'workers']],
    ['at least 12 journalists', ['at least 12 journalists', 12, null, 'journalists', 'journalists']],
    ['at most 4 delegates', ['at most 4 delegates', null, 4, 'delegates', 'delegates']],
    ['fewer than 10 cases', ['fewer than 10 cases', null, 10, 'cases', 'cases']],
    ['over 300 arrests', ['over 300 arrests', 300, null, 'arrests', 'arrests']],
    ['hundreds of people', ['hundreds of people', 200, 999, 'people', 'people']],
    ['thousands of Uighurs', ['thousands of Uighurs', 2000, 9999, 'Uighurs', 'Uighurs']],
    ['tens of thousands of refugees', ['tens of thousands of refugees', 20_000, 99_999, 'refugees', 'refugees']],
    ['a dozen diplomats', ['a dozen diplomats', 12, 12, 'diplomats', 'diplomats']],
    ['two million people', ['two million people', 2_000_000, 2_000_000, 'people', 'people']],
    ['twenty-two nations', ['twenty-two nations', 22, 22, 'nations', 'nations']],
    ['one hundred and twenty people', ['one hundred and twenty people', 120, 120, 'people', 'people']],
    ['1.5m people', ['1.5m people', 1_500_000, 1_500_000, 'people', 'people']],
    ['1,000,000 people', ['1,000,000 people', 1_000_000, 1_000_000, 'people', 'people']],
    ['2000 people marched', ['2000 people', 2000, 2000, 'people', 'people']],
    ['10% of the population', ['10% of the population', 10, 10, 'percent', 'population']],
    ['5 per cent of voters', ['5 per cent of voters', 5, 5, 'percent', 'voters']],
    ['$5 billion in aid', ['$5 billion in aid', 5e9, 5e9, 'dollars', 'aid']],
    ['a loan of US$2bn', ['US$2bn', 2e9, 2e9, 'US dollars', '']],
    ['£3.5bn of debt', ['£3.5bn of debt', 3.5e9, 3.5e9, 'pounds', 'debt']],
    ['the 22-nation letter', ['22-nation', 22, 22, 'nation', 'nation']],
    ['Two people were killed', ['Two people', 2, 2, 'people', 'people']],
  ])('%s', (input, [text, min, max, unit, counted]) => {
    const found = findQuantities(input);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text, min, max, unit, counted });
    expect(input.slice(found[0]!.start, found[0]!.end)).toBe(text);
  });
});

describe('findQuantities leaves out numbers that count nothing', () => {
  it.each([
    ['a year', 'It happened in 2019.'],
    ['a year after a label word', 'since 1949 China has ruled the region'],
    ['a date', 'on March 5, 2019, officials met'],
    ['a date, day first', 'on 5 March 2019'],
    ['a time', 'at 10:30 am the ministry said'],
    ['an ordinal', 'the 21st century'],
    ['a decade', 'in the 1990s'],
    ['a numbered label', 'Article 5 states that'],
    ['a name with a number', 'COVID-19 patients'],
    ['a lone "one"', 'one source said'],
    ['a bare number counting nothing', 'the vote was 12 to nothing'],
    ['a year in a range of years', 'the 2019-20 season'],
    ['an address', 'at 10 Downing Street'],
    ['a time with p.m.', 'at 3 p.m. on Friday'],
    ['a year after "the"', 'the 2008 Olympics'],
  ])('%s: %s', (_what, input) => {
    expect(findQuantities(input)).toEqual([]);
  });
});

describe('findQuantities in running text', () => {
  it('finds each quantity of a sentence, in order, with UTF-16 offsets', () => {
    const text = '“In 2019” — 22 nations 🌍 wrote; 18 European countries signed, and up to 2 million people were held.';
    const found = findQuantities(text);
    expect(found.map((quantity) => text.slice(quantity.start, quantity.end))).toEqual([
      '22 nations',
      '18 European countries',
      'up to 2 million people',
    ]);
    expect(found.map((quantity) => [quantity.min, quantity.max])).toEqual([
      [22, 22],
      [18, 18],
      [null, 2_000_000],
    ]);
  });
});
