import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { citeClaim, claimCslItem, longDate, mlaWorksCited, passageLink, type CslItem } from '../../src/core/citation.ts';
import { loadCorpusOrThrow } from '../../src/core/corpus.ts';
import type { Claim } from '../../src/core/schema.ts';

const graph = loadCorpusOrThrow('tests/fixtures/minimal-corpus', { base: 'https://factcheck.example.org/xinjiang/' });
const loaded = graph.claims.find((candidate) => candidate.id === 'tw22ab')!;
// The statement is editorial, so it is worded here apart from the exact words, to tell them apart.
const claim: Claim = { ...loaded, statement: 'Twenty-two countries signed a joint letter on Wednesday.', stance: 'asserts', claimant: 'wire-agency', attribution: ['wire-agency'] };
const article = graph.articles.find((candidate) => candidate.slug === claim.article)!;
const sourceNames = new Map([
  ...graph.sources.map((source) => [source.id, source.name] as const),
  ['unnamed-accusers', 'Unnamed accusers'],
  ['reuters', 'Reuters'],
  ['diplomatic-sources', 'Diplomatic sources'],
]);
const cited = citeClaim(claim, article, sourceNames, 'Xinjiang Claims');
const words = 'Twenty-two countries signed a letter on Wednesday';

describe('cite this claim', () => {
  it('every form carries the permanent URL, the statement and the exact words', () => {
    expect(claim.text).toBe(words);
    // BibTeX braces capitals ({Twenty}) to keep their case; it is read back whole below.
    for (const form of [cited.plain, cited.apa, cited.mla, cited.cslJson]) {
      expect(form).toContain('https://factcheck.example.org/xinjiang/claims/tw22ab.html');
      expect(form).toContain('Twenty-two countries signed a joint letter on Wednesday.');
      expect(form).toMatch(/[“‘]Twenty-two countries signed a letter on Wednesday/);
    }
  });

  it('CSL-JSON is a list of one record titled by the statement, the exact words in its note, dated the day the ledger published the claim', () => {
    const [record] = JSON.parse(cited.cslJson) as CslItem[];
    expect(record).toEqual({
      id: 'tw22ab',
      'citation-key': 'xinjiang_claims_tw22ab',
      type: 'webpage',
      title: 'Twenty-two countries signed a joint letter on Wednesday.',
      note: `Example Wire Agency, in its own voice: “${words}”`,
      'container-title': 'Xinjiang Claims',
      URL: claim.url,
      issued: { 'date-parts': [[2026, 11, 21]] },
    });
  });

  it('APA gives the statement, then the exact words in quotes, the date as (year, Month day) and the site; without a date it says n.d.', () => {
    expect(cited.apa).toBe(`Twenty-two countries signed a joint letter on Wednesday. “${words}.” (2026, November 21). Xinjiang Claims. https://factcheck.example.org/xinjiang/claims/tw22ab.html`);
    const undated = citeClaim({ ...claim, published: null }, article, sourceNames, 'Xinjiang Claims');
    expect(undated.apa).toContain('(n.d.)');
    expect(undated.mla).not.toMatch(/\d{4}, https/);
  });

  it('MLA gives the statement, then the exact words in single quotes inside the title', () => {
    expect(cited.mla).toBe(`“Twenty-two countries signed a joint letter on Wednesday. ‘${words}.’” Xinjiang Claims, 21 Nov. 2026, https://factcheck.example.org/xinjiang/claims/tw22ab.html.`);
  });

  it('BibTeX reads back, through a BibTeX parser, as the same record: the statement as title, the words in the note', () => {
    const [entry] = new Cite(cited.bibtex).data as Record<string, unknown>[];
    expect(entry).toMatchObject({ URL: claim.url, title: claim.statement, note: `Example Wire Agency, in its own voice: “${words}”` });
    expect(cited.bibtex).toMatch(/^@misc\{xinjiang_claims_tw22ab,/);
  });

  it('the plain citation gives the statement, the exact words, who claims it and where', () => {
    expect(cited.plain).toBe(
      `Twenty-two countries signed a joint letter on Wednesday. “${words}” (Example Wire Agency, in its own voice; in A one-line wire report). Xinjiang Claims, claim tw22ab, first published 21 November 2026. https://factcheck.example.org/xinjiang/claims/tw22ab.html`,
    );
  });

  it.each([
    ['a reported allegation names its accuser, as reported by the publisher', { stance: 'reports-allegation', claimant: 'unnamed-accusers', attribution: ['wire-agency', 'unnamed-accusers'] }, 'Unnamed accusers, as reported by Example Wire Agency'],
    ['a chain names the claimant, then whom it came through, back to the publisher', { stance: 'reports', claimant: 'diplomatic-sources', attribution: ['wire-agency', 'reuters', 'diplomatic-sources'] }, 'Diplomatic sources, via Reuters, as reported by Example Wire Agency'],
    ['an unknown claimant is not invented', { stance: 'reports-allegation', claimant: null, attribution: ['wire-agency'] }, 'An unidentified source, as reported by Example Wire Agency'],
  ] satisfies [string, Partial<Claim>, string][])('%s', (_name, model, who) => {
    const relayed = citeClaim({ ...claim, ...model }, article, sourceNames, 'Xinjiang Claims');
    expect(relayed.plain).toContain(`“${words}” (${who}; in A one-line wire report)`);
    const [record] = JSON.parse(relayed.cslJson) as CslItem[];
    expect(record!.note).toBe(`${who}: “${words}”`);
    expect(record!.title).toBe(claim.statement);
  });
});

describe('MLA works-cited entries', () => {
  const item = (title: string, date?: [number, number, number]): CslItem => ({
    ...claimCslItem({ ...claim, published: null }, sourceNames, 'Claimtrail'),
    title,
    URL: 'https://example.org/claims/abc123.html',
    ...(date ? { issued: { 'date-parts': [date] } } : {}),
  });
  it.each([
    ['the quoted words turn single, the period goes inside them', item('Nations signed a letter. “Words here”', [2026, 9, 3]), '“Nations signed a letter. ‘Words here.’” Claimtrail, 3 Sept. 2026, https://example.org/claims/abc123.html.'],
    ['a title ending a question keeps its mark', item('Who signed the letter? “Who signed?”', [2026, 5, 30]), '“Who signed the letter? ‘Who signed?’” Claimtrail, 30 May 2026, https://example.org/claims/abc123.html.'],
    ['no date: container then URL', item('Nations signed. “Words”'), '“Nations signed. ‘Words.’” Claimtrail, https://example.org/claims/abc123.html.'],
    ['a title without quotes', item('Plain title', [2019, 12, 1]), '“Plain title.” Claimtrail, 1 Dec. 2019, https://example.org/claims/abc123.html.'],
  ])('%s', (_name, record, expected) => {
    expect(mlaWorksCited(record)).toBe(expected);
  });
});

describe('links to the passage in the original article (Text Fragments)', () => {
  it.each([
    ['a short claim is quoted whole; hyphens are escaped', 'https://wire.example/a', 'Twenty-two countries signed', 'https://wire.example/a#:~:text=Twenty%2Dtwo%20countries%20signed'],
    ['a long claim is named by its first and last four words', 'https://wire.example/a', 'one two three four five six seven eight nine', 'https://wire.example/a#:~:text=one%20two%20three%20four,six%20seven%20eight%20nine'],
    ['commas, ampersands and line breaks in the words', 'https://wire.example/a', 'Britain, France\nand Germany & co', 'https://wire.example/a#:~:text=Britain%2C%20France%20and%20Germany%20%26%20co'],
    ['a fragment already on the URL is replaced', 'https://wire.example/a?x=1#top', 'the letter', 'https://wire.example/a?x=1#:~:text=the%20letter'],
  ])('%s', (_name, url, words, expected) => {
    expect(passageLink(url, words)).toBe(expected);
  });
});

it.each([
  ['2026-11-21', '21 November 2026'],
  ['2019-03-01', '1 March 2019'],
])('longDate(%s) is %s in any time zone', (iso, expected) => {
  expect(longDate(iso)).toBe(expected);
});
