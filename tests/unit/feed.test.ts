// feed.xml: RSS 2.0 (https://www.rssboard.org/rss-specification) of newly published claims and
// verdicts, newest first. Checked against the specification's rules by name, on the XML as written.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadCorpusOrThrow } from '../../src/core/content/corpus.ts';
import { feedItems, feedLength, feedXml } from '../../src/core/publish/feed.ts';
import type { Claim, ClaimGraph, SiteSettings } from '../../src/core/schema.ts';
import { defaultSiteSettings } from '../../src/core/content/site.ts';

const graph = loadCorpusOrThrow('tests/fixtures/minimal-corpus');
const prefix = 'https://factcheck.example.org/wire/';
const read = async (corpus: ClaimGraph, site: SiteSettings = defaultSiteSettings) => {
  const xml = await feedXml(corpus, prefix, site);
  return { xml, rss: new XMLParser({ ignoreAttributes: false }).parse(xml).rss };
};
const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

// RSS 2.0 has no official schema: its rules, from the specification (rssboard.org/rss-specification),
// each checked by name. A feed's violations are listed as "rule: what".
const channelElements = [
  'title',
  'link',
  'description',
  'language',
  'copyright',
  'managingEditor',
  'webMaster',
  'pubDate',
  'lastBuildDate',
  'category',
  'generator',
  'docs',
  'cloud',
  'ttl',
  'image',
  'rating',
  'textInput',
  'skipHours',
  'skipDays',
  'item',
];
const itemElements = [
  'title',
  'link',
  'description',
  'author',
  'category',
  'comments',
  'enclosure',
  'guid',
  'pubDate',
  'source',
];
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// RFC 822 section 5 date-time, with the four-digit year RSS prefers: [day ","] date time zone.
const rfc822 = new RegExp(
  `^(?:(${weekdays.join('|')}), )?(\\d{1,2}) (${months.join('|')}) (\\d{4}|\\d{2}) ` +
    '([01]\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))? (?:UT|GMT|[ECMP][SD]T|[A-IK-Z]|[+-]\\d{4})$',
);
const isWebAddress = (text: unknown) =>
  typeof text === 'string' && URL.canParse(text) && /^https?:$/.test(new URL(text).protocol);

type Element = Record<string, unknown>;
function rssViolations(xml: string): string[] {
  const violations: string[] = [];
  const fail = (rule: string, what: string) => violations.push(`${rule}: ${what}`);
  if (XMLValidator.validate(xml) !== true) return ['well-formed XML: the feed is not'];
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'channel' });
  const { rss } = parser.parse(xml) as { rss?: Element };
  if (!rss || rss['@_version'] !== '2.0') fail('rss element', 'the root is <rss version="2.0">');
  const channels = (rss?.channel ?? []) as Element[];
  if (channels.length !== 1) return [...violations, `rss element: one <channel>, not ${channels.length}`];
  const [channel] = channels as [Element];
  const date = (where: string, value: unknown) => {
    const rule = 'dates are RFC 822 date-times';
    const match = typeof value === 'string' ? rfc822.exec(value) : null;
    if (!match) return fail(rule, `${where} "${String(value)}"`);
    const [, weekday, day, month, year] = match;
    const parsed = new Date(Date.UTC(Number(year), months.indexOf(month!), Number(day)));
    if (parsed.getUTCDate() !== Number(day)) fail(rule, `${where} "${match[0]}" is no day`);
    else if (weekday && weekdays[parsed.getUTCDay()] !== weekday)
      fail(rule, `${where} "${match[0]}" is not a ${weekday}`);
  };
  const extension = (where: string, element: Element, allowed: string[]) => {
    for (const name of Object.keys(element).filter((key) => !key.startsWith('@_') && key !== '#text'))
      if (!allowed.includes(name) && !name.includes(':'))
        fail('extending RSS: an element the specification does not define is in a namespace', `<${name}> in ${where}`);
  };
  for (const required of ['title', 'link', 'description'])
    if (typeof channel[required] !== 'string' || !channel[required])
      fail('required channel elements: title, link and description', `<${required}> missing or empty`);
  if (channel.link && !isWebAddress(channel.link))
    fail('channel link is the URL of the website', JSON.stringify(channel.link));
  for (const name of ['pubDate', 'lastBuildDate']) if (name in channel) date(`channel ${name}`, channel[name]);
  extension('channel', channel, channelElements);
  const guids = new Set<string>();
  for (const [index, item] of ((channel.item ?? []) as Element[]).entries()) {
    const where = `item ${index + 1}`;
    if (!item.title && !item.description) fail('an item has at least one of title or description', where);
    if ('link' in item && !isWebAddress(item.link))
      fail('item link is the URL of the item', `${where}: ${String(item.link)}`);
    if ('pubDate' in item) date(`${where} pubDate`, item.pubDate);
    extension(where, item, itemElements);
    if (!('guid' in item)) continue;
    const guid = typeof item.guid === 'object' ? (item.guid as Element) : { '#text': item.guid };
    const permaLink = guid['@_isPermaLink'] ?? 'true';
    const id = String(guid['#text']);
    if (permaLink !== 'true' && permaLink !== 'false')
      fail('guid isPermaLink is "true" or "false"', `${where}: ${JSON.stringify(permaLink)}`);
    // isPermaLink is true unless it says false: the guid is then a URL a browser opens.
    if (permaLink === 'true' && !isWebAddress(id)) fail('a permalink guid is the URL of the item', `${where}: ${id}`);
    if (guids.has(id)) fail('a guid identifies its item uniquely', `${where}: ${id}`);
    guids.add(id);
  }
  return violations;
}

describe('the feed follows the RSS 2.0 specification', () => {
  it.each([
    ['the test corpus (a claim and two verdicts on it)', graph],
    ['the sample corpus', loadCorpusOrThrow('content')],
  ])('%s', async (_name, corpus) => {
    const { xml, rss } = await read(corpus);
    expect(asList(rss.channel.item).length).toBeGreaterThan(0);
    expect(rssViolations(xml)).toEqual([]);
  });

  it.each([
    [
      'a date that is not RFC 822',
      ['Sat, 21 Nov 2026 00:00:00 GMT', '2026-11-21T00:00:00Z'],
      'dates are RFC 822 date-times: item 1 pubDate "2026-11-21T00:00:00Z"',
    ],
    [
      "a weekday that is not the date's",
      ['Sat, 21 Nov 2026', 'Mon, 21 Nov 2026'],
      'dates are RFC 822 date-times: item 1 pubDate "Mon, 21 Nov 2026 00:00:00 GMT" is not a Mon',
    ],
    [
      'a permalink guid that is no URL',
      [/isPermaLink="false">[^<]*/, 'isPermaLink="true">verdict-1'],
      'a permalink guid is the URL of the item: item 2: verdict-1',
    ],
    [
      'a channel without its description',
      [/<description>[^<]*<\/description>/, ''],
      'required channel elements: title, link and description: <description> missing or empty',
    ],
    [
      'an item with neither title nor description',
      [/<item><title>[^<]*<\/title>(.*?)<description>[^<]*<\/description>/, '<item>$1'],
      'an item has at least one of title or description: item 1',
    ],
    [
      'an element RSS does not define, outside a namespace',
      ['<item>', '<item><rating>5</rating>'],
      'extending RSS: an element the specification does not define is in a namespace: <rating> in item 1',
    ],
  ] satisfies [string, [string | RegExp, string], string][])('the rules catch %s', async (_name, [from, to], rule) => {
    const { xml } = await read(graph);
    expect(rssViolations(xml.replace(from, to))).toContain(rule);
  });
});

describe('the feed of new claims and verdicts', () => {
  it('is well-formed RSS 2.0 with the required channel elements (title, link, description)', async () => {
    const { xml, rss } = await read(graph);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel).toMatchObject({ title: expect.any(String), link: prefix, description: expect.any(String) });
  });

  it('has an item for the published claim (its ledger day) and one per verdict (their days), newest first', async () => {
    const { rss } = await read(graph);
    const items = asList(rss.channel.item) as {
      title: string;
      link: string;
      pubDate: string;
      guid: { '#text': string };
    }[];
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

  it('says when no editor has reviewed a claim it announces, and only then', () => {
    const claim = graph.claims.find((entry) => entry.published)!;
    const withReview = (review: ClaimGraph['articles'][number]['review']) =>
      feedItems(
        {
          ...graph,
          claims: [{ ...claim, verdicts: [] }],
          articles: graph.articles.map((article) => ({ ...article, review })),
        },
        prefix,
      )[0]!.description;
    expect(withReview('auto')).toMatch(/Annotated automatically; not yet reviewed by an editor\.$/);
    expect(withReview('reviewed')).not.toMatch(/reviewed by an editor/);
  });

  it('leaves out a claim the ledger does not date, rather than guess its day', () => {
    const [claim] = graph.claims;
    const undated: Claim = { ...claim!, published: null, verdicts: [] };
    expect(feedItems({ ...graph, claims: [undated] }, prefix)).toEqual([]);
  });

  it(`carries the newest ${feedLength} items only`, () => {
    const [claim] = graph.claims;
    const many = Array.from({ length: 80 }, (_, index): Claim => ({
      ...claim!,
      id: `m${String(index).padStart(5, '0')}`,
      verdicts: [],
      published: `2026-01-${String((index % 28) + 1).padStart(2, '0')}`,
    }));
    const items = feedItems({ ...graph, claims: many }, prefix);
    expect(items).toHaveLength(feedLength);
    expect(items[0]!.pubDate).toEqual(new Date('2026-01-28T00:00:00Z'));
  });

  it.each([
    [
      'a site without settings',
      defaultSiteSettings,
      { title: 'Claimtrail: newly published claims and verdicts', language: 'en' },
    ],
    [
      'a site with its own name, language and licence',
      {
        name: 'Wire Desk & Co',
        language: 'en-GB',
        licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      },
      {
        title: 'Wire Desk & Co: newly published claims and verdicts',
        language: 'en-GB',
        copyright: 'Texts: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
      },
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
