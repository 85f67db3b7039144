// feed.xml: RSS 2.0 (https://www.rssboard.org/rss-specification) of newly published claims and
// verdicts, newest first. Checked against the specification's rules by name, on the XML as written.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadCorpusOrThrow } from '../../src/core/corpus.ts';
import { feedItems, feedLength, feedXml } from '../../src/core/feed.ts';
import type { Claim, ClaimGraph, SiteSettings } from '../../src/core/schema.ts';
import { defaultSiteSettings } from '../../src/core/site.ts';

const graph = loadCorpusOrThrow('tests/fixtures/minimal-corpus');
const prefix = 'https://factcheck.example.org/wire/';
const read = async (corpus: ClaimGraph, site: SiteSettings = defaultSiteSettings) => {
  const xml = await feedXml(corpus, prefix, site);
  return { xml, rss: new XMLParser({ ignoreAttributes: false }).parse(xml).rss };
};
const asList = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

describe('the feed of new claims and verdicts', () => {
  it('is well-formed RSS 2.0 with the required channel elements (title, link, description)', async () => {
    const { xml, rss } = await read(graph);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel).toMatchObject({ title: expect.any(String), link: prefix, description: expect.any(String) });
  });

  it('has an item for the published claim (its ledger day) and one per verdict (their days), newest first', async () => {
    const { rss } = await read(graph);
    const items = asList(rss.channel.item) as { title: string; link: string; pubDate: string; guid: { '#text': string } }[];
    expect(items.map((item) => [item.pubDate, item.link])).toEqual([
      ['Sat, 21 Nov 2026 00:00:00 GMT', `${prefix}claims/tw22ab.html`],
      ['Fri, 20 Nov 2026 00:00:00 GMT', `${prefix}claims/tw22ab.html#verdict`],
      ['Thu, 19 Nov 2026 00:00:00 GMT', `${prefix}claims/tw22ab.html#verdict`],
    ]);
    expect(items[0]!.title).toBe('Twenty-two countries signed a letter on Wednesday.');
    expect(items[1]!.title).toBe("Editor's verdict: True. Twenty-two countries signed a letter on Wednesday.");
    // Every item has an id of its own (guid), even two verdicts on one page.
    expect(new Set(items.map((item) => item.guid['#text'])).size).toBe(items.length);
    // Every link is absolute, under the site's address.
    for (const item of items) expect(item.link.startsWith(prefix)).toBe(true);
  });

  it('leaves out a claim the ledger does not date, rather than guess its day', () => {
    const [claim] = graph.claims;
    const undated: Claim = { ...claim!, published: null, verdicts: [] };
    expect(feedItems({ ...graph, claims: [undated] }, prefix)).toEqual([]);
  });

  it(`carries the newest ${feedLength} items only`, () => {
    const [claim] = graph.claims;
    const many = Array.from({ length: 80 }, (_, index): Claim => ({ ...claim!, id: `m${String(index).padStart(5, '0')}`, verdicts: [], published: `2026-01-${String((index % 28) + 1).padStart(2, '0')}` }));
    const items = feedItems({ ...graph, claims: many }, prefix);
    expect(items).toHaveLength(feedLength);
    expect(items[0]!.pubDate).toEqual(new Date('2026-01-28T00:00:00Z'));
  });

  it.each([
    ['a site without settings', defaultSiteSettings, { title: 'Claimtrail: newly published claims and verdicts', language: 'en' }],
    [
      'a site with its own name, language and licence',
      { name: 'Wire Desk & Co', language: 'en-GB', licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } },
      { title: 'Wire Desk & Co: newly published claims and verdicts', language: 'en-GB', copyright: 'Texts: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)' },
    ],
  ])('is named, in its language and under its licence, as the settings of %s say', async (_, site, expected) => {
    const { xml, rss } = await read(graph, site);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(rss.channel).toMatchObject(expected);
    if (!site.licence) expect(rss.channel.copyright).toBeUndefined();
  });

  it('escapes markup in claim words: it stays text', async () => {
    const [claim] = graph.claims;
    const hostile: Claim = { ...claim!, statement: '<script>alert(1)</script> & "more"', verdicts: [] };
    const { xml, rss } = await read({ ...graph, claims: [hostile] });
    expect(xml).not.toContain('<script>');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(asList(rss.channel.item)[0]).toMatchObject({ title: '<script>alert(1)</script> & "more"' });
  });
});
