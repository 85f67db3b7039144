import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  citeClaim,
  claimCslItem,
  longDate,
  mlaWorksCited,
  passageLink,
  type CslItem,
} from '../../src/core/publish/citation.ts';
import { loadCorpusOrThrow } from '../../src/core/content/corpus.ts';
import type { Claim } from '../../src/core/schema.ts';

const graph = loadCorpusOrThrow('tests/fixtures/minimal-corpus', { base: 'https://factcheck.example.org/xinjiang/' });
const loaded = graph.claims.find((candidate) => candidate.id === 'tw22ab')!;
// The statement is editorial, so it is worded here apart from the exact words, to tell them apart.
const claim: Claim = {
  ...loaded,
  statement: 'Twenty-two countries signed a joint letter on Wednesday.',
  stance: 'asserts',
  claimant: 'wire-agency',
  attribution: ['wire-agency'],
};
const article = graph.articles.find((candidate) => candidate.slug === claim.article)!;
const sourceNames = new Map([
  ...graph.sources.map((source) => [source.id, source.name] as const),
  ['unnamed-accusers', 'Unnamed accusers'],
  ['reuters', 'Reuters'],
  ['diplomatic-sources', 'Diplomatic sources'],
]);
const cited = citeClaim(claim, article, sourceNames, 'Xinjiang Claims');
const words = 'Twenty-two countries signed a letter on Wednesday';
const url = 'https://factcheck.example.org/xinjiang/claims/tw22ab.html';
const ownVoice = 'Example Wire Agency, in its own voice';

describe('cite this claim', () => {
  it('every form carries the permanent URL, the statement, the exact words and who claims them', () => {
    expect(claim.text).toBe(words);
    // BibTeX braces capitalised words ({Wednesday.}) to keep their case; it is read back whole below.
    for (const form of [cited.plain, cited.apa, cited.mla, cited.cslJson]) {
      expect(form).toContain(url);
      expect(form).toContain('Twenty-two countries signed a joint letter on Wednesday.');
      expect(form).toMatch(/[“‘]Twenty-two countries signed a letter on Wednesday/);
    }
    for (const form of [cited.plain, cited.apa, cited.mla, cited.cslJson, cited.bibtex])
      expect(form).toContain(ownVoice);
  });

  it('CSL-JSON is one record titled by the statement, the exact words in its note, dated by the ledger', () => {
    const [record] = JSON.parse(cited.cslJson) as CslItem[];
    expect(record).toEqual({
      id: 'tw22ab',
      'citation-key': 'xinjiang_claims_tw22ab',
      type: 'webpage',
      title: 'Twenty-two countries signed a joint letter on Wednesday.',
      note: `${ownVoice}: “${words}”`,
      'container-title': 'Xinjiang Claims',
      URL: claim.url,
      issued: { 'date-parts': [[2026, 11, 21]] },
    });
  });

  it('APA: the statement, the exact words in quotes, who claims them in brackets, (year, Month day), the site', () => {
    const statement = 'Twenty-two countries signed a joint letter on Wednesday.';
    const dated = '(2026, November 21). Xinjiang Claims.';
    expect(cited.apa).toBe(`${statement} “${words}” [Claim by ${ownVoice}]. ${dated} ${url}`);
    const undated = citeClaim({ ...claim, published: null }, article, sourceNames, 'Xinjiang Claims');
    expect(undated.apa).toContain('(n.d.)');
    expect(undated.mla).not.toMatch(/\d{4}, https/);
  });

  it('MLA: the statement, then the exact words in single quotes inside the title, then who claims them', () => {
    const statement = 'Twenty-two countries signed a joint letter on Wednesday.';
    expect(cited.mla).toBe(`“${statement} ‘${words}.’” Claim by ${ownVoice}. Xinjiang Claims, 21 Nov. 2026, ${url}.`);
  });

  it('BibTeX reads back, through citation-js, as the record: the statement as title, the words in the note', () => {
    const [entry] = new Cite(cited.bibtex).data as Record<string, unknown>[];
    const note = `${ownVoice}: “${words}”`;
    const issued = { 'date-parts': [[2026, 11, 21]] };
    expect(entry).toMatchObject({ URL: claim.url, title: claim.statement, note, issued });
  });

  it('the plain citation gives the statement, the exact words, who claims it and where', () => {
    expect(cited.plain).toBe(
      `Twenty-two countries signed a joint letter on Wednesday. “${words}” (Example Wire Agency, in its own voice; in A one-line wire report). Xinjiang Claims, claim tw22ab, first published 21 November 2026. https://factcheck.example.org/xinjiang/claims/tw22ab.html`,
    );
  });

  it.each([
    [
      'a reported allegation names its accuser, as reported by the publisher',
      { stance: 'reports-allegation', claimant: 'unnamed-accusers', attribution: ['wire-agency', 'unnamed-accusers'] },
      'Unnamed accusers, as reported by Example Wire Agency',
    ],
    [
      'a chain names the claimant, then whom it came through, back to the publisher',
      {
        stance: 'reports',
        claimant: 'diplomatic-sources',
        attribution: ['wire-agency', 'reuters', 'diplomatic-sources'],
      },
      'Diplomatic sources, via Reuters, as reported by Example Wire Agency',
    ],
    [
      'an unknown claimant is not invented',
      { stance: 'reports-allegation', claimant: null, attribution: ['wire-agency'] },
      'An unidentified source, as reported by Example Wire Agency',
    ],
  ] satisfies [string, Partial<Claim>, string][])('%s', (_name, model, who) => {
    const relayed = citeClaim({ ...claim, ...model }, article, sourceNames, 'Xinjiang Claims');
    expect(relayed.plain).toContain(`“${words}” (${who}; in A one-line wire report)`);
    const [record] = JSON.parse(relayed.cslJson) as CslItem[];
    expect(record!.note).toBe(`${who}: “${words}”`);
    expect(record!.title).toBe(claim.statement);
  });
});

describe('MLA works-cited entries', () => {
  const item = (statement: string, date?: [number, number, number]): CslItem => ({
    ...claimCslItem({ ...claim, published: null }, sourceNames, 'Claimtrail'),
    title: statement,
    URL: 'https://example.org/claims/abc123.html',
    ...(date ? { issued: { 'date-parts': [date] } } : {}),
  });
  const end = 'Claim by Officials, as reported by Reuters. Claimtrail';
  const at = 'https://example.org/claims/abc123.html.';
  it.each([
    [
      'the quoted words turn single, the period goes inside them',
      item('Nations signed a letter.', [2026, 9, 3]),
      'Words here',
      `“Nations signed a letter. ‘Words here.’” ${end}, 3 Sept. 2026, ${at}`,
    ],
    [
      'words ending a question keep their mark, and take no period',
      item('Who signed the letter?', [2026, 5, 30]),
      'Who signed?',
      `“Who signed the letter? ‘Who signed?’” ${end}, 30 May 2026, ${at}`,
    ],
    ['no date: container then URL', item('Nations signed.'), 'Words', `“Nations signed. ‘Words.’” ${end}, ${at}`],
    [
      'words that end a sentence take no second period',
      item('Nations signed.'),
      'They signed.',
      `“Nations signed. ‘They signed.’” ${end}, ${at}`,
    ],
    // A quotation inside the words, in straight or curly marks, turns double inside their single marks,
    // and the period goes inside all of them: never ”.’” or .”.’”.
    [
      'a quotation ending the words, straight marks',
      item('He denied it.'),
      'the camps are "vocational centres"',
      `“He denied it. ‘the camps are “vocational centres.”’” ${end}, ${at}`,
    ],
    [
      'a quotation ending a sentence in the words',
      item('He denied it.'),
      'he said “it is false.”',
      `“He denied it. ‘he said “it is false.”’” ${end}, ${at}`,
    ],
    [
      'a quotation inside the statement turns single',
      item('So-called “centres” hold a million.'),
      'Words',
      `“So-called ‘centres’ hold a million. ‘Words.’” ${end}, ${at}`,
    ],
    // Words cut from inside a quotation: the unpaired mark pairs with nothing, and is written straight.
    [
      'an unpaired opening mark',
      item('He denied it.'),
      'the camps are “vocational',
      `“He denied it. ‘the camps are "vocational.’” ${end}, ${at}`,
    ],
    [
      'an unpaired closing mark',
      item('He denied it.'),
      'centres,” he said',
      `“He denied it. ‘centres," he said.’” ${end}, ${at}`,
    ],
    [
      'an apostrophe is no quotation mark',
      item('Nations signed.'),
      'the nations’',
      `“Nations signed. ‘the nations’.’” ${end}, ${at}`,
    ],
  ])('%s', (_name, record, claimWords, expected) => {
    expect(mlaWorksCited(record, claimWords, 'Officials, as reported by Reuters')).toBe(expected);
  });

  it('an unidentified claimant reads mid-sentence', () => {
    const unidentified = 'An unidentified source, as reported by Reuters';
    expect(mlaWorksCited(item('Nations signed.'), 'Words', unidentified)).toContain(
      ' Claim by an unidentified source, as reported by Reuters. ',
    );
  });
});

describe('APA references', () => {
  const apa = (statement: string, text: string) =>
    citeClaim({ ...claim, statement, text }, article, sourceNames, 'Claimtrail').apa;
  const tail = `[Claim by ${ownVoice}]. (2026, November 21). Claimtrail. ${url}`;
  it.each([
    [
      'a colon in the statement is followed by a capital (sentence case)',
      'UN rights chief: the camps must close.',
      'the camps',
      `UN rights chief: The camps must close. “the camps” ${tail}`,
    ],
    [
      'a colon in the exact words changes nothing: they are quoted as printed',
      'Officials spoke.',
      'he said: the camps',
      `Officials spoke. “he said: the camps” ${tail}`,
    ],
    [
      'straight quotes in the words are paired, and drawn single inside the double',
      'He denied it.',
      'they are "vocational centres"',
      `He denied it. “they are ‘vocational centres’” ${tail}`,
    ],
    [
      'curly quotes likewise',
      'He denied it.',
      'they are “vocational centres”',
      `He denied it. “they are ‘vocational centres’” ${tail}`,
    ],
    [
      'an unpaired closing mark stays inside the quotation, straight',
      'He denied it.',
      'it is false.” he said',
      `He denied it. “it is false." he said” ${tail}`,
    ],
    [
      'an unpaired opening mark likewise',
      'He denied it.',
      'they are “vocational',
      `He denied it. “they are "vocational” ${tail}`,
    ],
  ])('%s', (_name, statement, text, expected) => {
    expect(apa(statement, text)).toBe(expected);
  });
});

describe('BibTeX, read by a parser other than the one that wrote it', () => {
  const read = (bibtex: string) => {
    // Sentence-casing off: the fields are compared as written.
    const library = parseBibtex(bibtex, { english: false });
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    return library.entries[0]!;
  };

  it('an entry with its key, the site, the day as biblatex and BibTeX read it, the URL, who claims the words', () => {
    const entry = read(cited.bibtex);
    expect(entry.type).toBe('misc');
    expect(entry.key).toBe('xinjiang_claims_tw22ab');
    expect(entry.fields).toEqual({
      title: 'Twenty-two countries signed a joint letter on Wednesday.',
      howpublished: 'Xinjiang Claims',
      date: '2026-11-21',
      year: '2026',
      month: '11',
      url,
      note: `${ownVoice}: “${words}”`,
    });
    // The month is BibTeX's own macro, not a string a style cannot read.
    expect(cited.bibtex).toMatch(/^ {2}month = nov,$/m);
  });

  it('an undated claim has no date fields, and none is guessed', () => {
    const entry = read(citeClaim({ ...claim, published: null }, article, sourceNames, 'Xinjiang Claims').bibtex);
    expect(Object.keys(entry.fields).sort()).toEqual(['howpublished', 'note', 'title', 'url']);
  });

  it("a capitalised word in the statement keeps its capital where titles are sentence-cased (Zotero's import)", () => {
    const statement = 'China invited European diplomats to Xinjiang, the UN said. Officials: “No” to access.';
    const bibtex = citeClaim({ ...claim, statement }, article, sourceNames, 'Xinjiang Claims').bibtex;
    expect(parseBibtex(bibtex).entries[0]!.fields.title).toBe(statement);
    const braced = 'China invited {European} diplomats to {Xinjiang,} the {UN} said. {Officials:} {“No”} to access.';
    expect(bibtex).toContain(`title = {${braced}},`);
  });

  it("LaTeX's special characters in the statement, the words and the site name read back as text", () => {
    const special = 'Costs rose 50% & {more}: $5 for #1, a_b ~ ^ \\ end.';
    const specialClaim = { ...claim, statement: special, text: `${special} “q”` };
    const { bibtex } = citeClaim(specialClaim, article, sourceNames, 'Facts & Figures #1');
    const entry = read(bibtex);
    expect(entry.fields.title).toBe(special);
    expect(entry.fields.howpublished).toBe('Facts & Figures #1');
    expect(entry.fields.note).toBe(`${ownVoice}: “${special} ‘q’”`);
    expect(entry.key).toBe('facts_figures_1_tw22ab');
  });
});

describe('CSL-JSON, checked against the CSL data schema (csl-data.json, v1.0.2)', () => {
  const schema = JSON.parse(readFileSync(new URL('../vendor/csl/csl-data.json', import.meta.url), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  it.each([
    ['a dated claim', cited.cslJson],
    ['an undated claim', citeClaim({ ...claim, published: null }, article, sourceNames, 'Xinjiang Claims').cslJson],
  ])('%s is valid CSL data', (_name, json) => {
    const valid = validate(JSON.parse(json));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
  it('the schema rejects what CSL does not define (it can fail)', () => {
    const [record] = JSON.parse(cited.cslJson) as CslItem[];
    expect(validate([{ ...record, author: 'Claimtrail' }])).toBe(false);
    expect(validate([{ ...record, issued: { 'date-parts': [['2026', 11, 21, 9]] } }])).toBe(false);
  });
});

describe('links to the passage in the original article (Text Fragments)', () => {
  it.each([
    [
      'a short claim is quoted whole; hyphens are escaped',
      'https://wire.example/a',
      'Twenty-two countries signed',
      'https://wire.example/a#:~:text=Twenty%2Dtwo%20countries%20signed',
    ],
    [
      'a long claim is named by its first and last four words',
      'https://wire.example/a',
      'one two three four five six seven eight nine',
      'https://wire.example/a#:~:text=one%20two%20three%20four,six%20seven%20eight%20nine',
    ],
    [
      'commas, ampersands and line breaks in the words',
      'https://wire.example/a',
      'Britain, France\nand Germany & co',
      'https://wire.example/a#:~:text=Britain%2C%20France%20and%20Germany%20%26%20co',
    ],
    [
      'a fragment already on the URL is replaced',
      'https://wire.example/a?x=1#top',
      'the letter',
      'https://wire.example/a?x=1#:~:text=the%20letter',
    ],
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
