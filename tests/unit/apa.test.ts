// The APA reference is composed by the project (src/core/publish/apa.ts), not rendered by citeproc: each
// case here is rendered by citeproc-js too, through citation-js with its bundled APA style as the site
// did before, and the two must be the same text, byte for byte. tests/unit/apa-corpora.test.ts does the
// same for every claim of every corpus the project holds.
import { describe, expect, it } from 'vitest';
import { citeClaim } from '../../src/core/publish/citation.ts';
import { loadCorpusOrThrow } from '../../src/core/content/corpus.ts';
import type { Claim } from '../../src/core/schema.ts';
import { citeprocApa } from './citeproc-apa.ts';

const graph = loadCorpusOrThrow('tests/fixtures/minimal-corpus', { base: 'https://factcheck.example.org/xinjiang/' });
const base = graph.claims[0]!;
const article = graph.articles.find((candidate) => candidate.slug === base.article)!;
const names = new Map([
  ['wire', 'Example Wire Agency'],
  ['via', 'Reuters'],
  ['speaker', 'Diplomatic sources'],
]);
const plain = {
  statement: 'Twenty-two countries signed a joint letter on Wednesday.',
  text: 'Twenty-two countries signed a letter on Wednesday',
  stance: 'asserts',
  claimant: 'wire',
  attribution: ['wire'],
} satisfies Partial<Claim>;

type Case = [name: string, claim: Partial<Claim>, sourceNames?: Record<string, string>, siteName?: string];

const cases: Case[] = [
  ['a dated claim: (year, Month day), the site, the permanent URL', {}],
  ['an undated claim: (n.d.), and "Retrieved" before the URL; no day is guessed', { published: null }],
  ['a statement with a colon takes a capital after it', { statement: 'UN rights chief: the camps must close.' }],
  ['a statement that asks', { statement: 'Did twenty-two countries sign the letter?' }],
  ['a statement in quotation marks', { statement: '“The camps are vocational centres,” he said.' }],
  ['a statement ending in a straight quotation mark', { statement: 'He called the camps "vocational centres."' }],
  ['a quotation inside a quotation', { statement: 'She said “they call them ‘schools’ now”.' }],
  ['quotations in the words, straight and curly', { text: 'they are "vocational centres" and “schools”' }],
  ['single quotations in the words', { text: "he called them 'schools' and ‘camps’" }],
  // A straight mark right after an opening one opens too (citeproc's "forced space").
  ['a straight single quotation opening the words', { text: "'schools' they said" }],
  ['a straight single mark opening the words, unpaired', { text: "'tis unpaired" }],
  ['a straight single quotation opening the statement', { statement: "'Schools' is what officials call them." }],
  ['straight marks right after curly and bracketed ones', { text: "('a') “'b' c” ‘\"d\" e’" }],
  ['an unpaired opening mark in the words', { text: 'the camps are “vocational' }],
  ['an unpaired closing mark in the words', { text: 'centres,” he said' }],
  ['an unpaired straight mark', { text: 'shouldn’t be "exploited' }],
  ['apostrophes: curly, straight, elided', { text: "it's the '90s, rock 'n' roll, the nations’ letter" }],
  [
    'markup-like characters in the words',
    { text: 'a <i>letter</i> & <b>bold</b> <script>x</script> &amp; <sup>2</sup>' },
  ],
  ['markup in a span', { text: 'the <span class="nocase">UN</span> <sc>Letter</sc>' }],
  ['a space before punctuation and guillemets', { text: 'Was it signed ? « Yes » : no ; wow !' }],
  ['non-Latin words', { statement: 'Ουρουμτσί: Το Πεκίνο απάντησε.', text: '新疆的“职业技能教育培训中心” и ‘лагеря’' }],
  ['Arabic and Hebrew words with apostrophes', { text: 'قال’ المسؤول and שלום’ עולם' }],
  [
    'a claimant with a non-Latin name',
    { stance: 'reports', claimant: 'speaker', attribution: ['wire', 'speaker'] },
    { speaker: '王毅' },
  ],
  [
    'a claimant named with markup and quotation marks',
    { stance: 'quotes', claimant: 'speaker', attribution: ['wire', 'speaker'] },
    { speaker: 'The "Post" <i>Desk</i>' },
  ],
  [
    'a long chain of sources, each named',
    { stance: 'reports', claimant: 'speaker', attribution: ['wire', 'a', 'b', 'c', 'd', 'speaker'] },
    { a: 'Reuters', b: 'AFP', c: 'A local paper', d: 'Xinhua', speaker: 'Officials' },
  ],
  ['an unidentified claimant is not named', { stance: 'reports-allegation', claimant: null, attribution: ['wire'] }],
  [
    'an outlet claiming in its own voice',
    { stance: 'asserts', claimant: 'wire', attribution: ['wire'] },
    { wire: 'The Outlet’s Desk' },
  ],
  ['a site name in lower case takes title case, small words kept', {}, {}, 'the claims of the world and more'],
  ['a site name that already holds capitals keeps them', {}, {}, 'iPhone news from the UN'],
  ['a site name ending a sentence takes no second full stop', { published: null }, {}, 'Facts, Checked!'],
  ['a site name ending in a quotation: the full stop goes inside', {}, {}, 'The “Desk”'],
  ['a site name ending in a straight-quoted word', { published: null }, {}, "Checks 'n' the 'Desk'"],
  ['a site name ending in a comma or an ellipsis keeps it', {}, {}, 'Checks, Etc…'],
  ['a site name that opens with punctuation', {}, {}, '...and More'],
  ['a site name with markup and a script', { published: null }, {}, "Courier checks <img src=x onerror=alert('site')>"],
  ['a site name in another script', {}, {}, 'Проверка фактов: новости'],
  ['a site name that is only markup leaves its part out', {}, {}, '<sup></sup>'],
  ['a date early in the year', { published: '2019-01-02' }],
];

describe('the APA reference is citeproc’s, byte for byte', () => {
  it.each(cases)('%s', (_name, model, sourceNames = {}, siteName = 'Xinjiang Claims') => {
    const claim: Claim = { ...base, ...plain, ...model };
    const named = new Map([...names, ...Object.entries(sourceNames)]);
    const expected = citeprocApa(claim, named, siteName);
    expect(citeClaim(claim, article, named, siteName).apa).toBe(expected);
  });

  it.each([
    ['under a sub-path, with no host', '/factcheck/'],
    ['at the host root, with no host', '/'],
    ['under a host', 'https://checks.example/deep/path/'],
  ])('the permanent URL as the build writes it: %s', (_name, urlBase) => {
    const [claim] = loadCorpusOrThrow('tests/fixtures/minimal-corpus', { base: urlBase }).claims;
    expect(citeClaim(claim!, article, names, 'Checks').apa).toBe(citeprocApa(claim!, names, 'Checks'));
  });
});
