// Cleaning scraped text: the article kept, the page's clutter removed, by rules that work on layouts
// they were not written for (tests/fixtures/ingest) as well as on the two sample sources.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { cleanText } from '../../src/core/ingest/clean.ts';
import { statedDate } from '../../src/core/ingest/dates.ts';

const fixtures = join(import.meta.dirname, '../fixtures/ingest');
const root = join(import.meta.dirname, '../..');

interface Expected {
  title: string | null;
  authors: string[];
  date: string | null;
  captions: { text: string; credit: string | null }[];
  paragraphs: string[];
  repeated: number;
}

const read = (path: string) => readFileSync(path, 'utf8');
const rawSliceOf = (raw: string, offsets: ArrayLike<number>, length: number) =>
  raw.slice(offsets[0], offsets[length - 1]! + 1).replace(/\s+/g, ' ');

describe('articles from other outlets (tests/fixtures/ingest)', () => {
  const names = readdirSync(fixtures).filter((name) => name.endsWith('.txt'));
  test.each(names)('%s: keeps what an editor keeps, and only that', (name) => {
    const raw = read(join(fixtures, name));
    const expected = parse(read(join(fixtures, name.replace('.txt', '.expected.yaml')))) as Expected;
    const result = cleanText(raw);
    expect(result.title).toBe(expected.title);
    expect(result.authors).toEqual(expected.authors);
    expect(result.date).toBe(expected.date === null ? null : String(expected.date));
    expect(
      result.blocks.filter((block) => block.type === 'caption').map(({ text, credit }) => ({ text, credit })),
    ).toEqual(expected.captions);
    expect(result.blocks.filter((block) => block.type !== 'caption').map((block) => block.text)).toEqual(
      expected.paragraphs,
    );
    expect(result.repeated).toHaveLength(expected.repeated);
  });

  test.each(names)('%s: every block maps back to its words in the raw file', (name) => {
    const raw = read(join(fixtures, name));
    for (const block of cleanText(raw).blocks)
      expect(rawSliceOf(raw, block.rawOffsets!, block.text.length)).toBe(block.text);
  });
});

describe('the sample sources', () => {
  const scmp = read(join(root, 'raw/scmp-2019-xinjiang-diplomats-invited.txt'));
  const cnn = read(join(root, 'raw/cnn-2019-22-nations-letter.txt'));

  test('SCMP: clutter removed, standfirst and caption kept, fused byline repaired', () => {
    const result = cleanText(scmp);
    expect(result.title).toBe('China invites European diplomats to visit Xinjiang as backlash grows over Muslim camps');
    expect(result.authors).toEqual(['Zhenhua Lu', 'Mimi Lau']);
    expect(result.repaired).toEqual([{ from: 'LuandMimi', to: 'Lu and Mimi' }]);
    expect(result.publisherNames).toContain('SCMP');
    expect(result.clutter.map((line) => line.text).sort()).toEqual(
      [
        '-',
        'Advertisement',
        'Advertisement',
        'Advertisement',
        'Xinjiang',
        'ChinaDiplomacy',
        'Reading Time:3 minutes',
        'Why you can trust SCMP',
        'Zhenhua LuandMimi Lau',
        'Select Voice',
        'Select Speed',
        '1.00x',
      ].sort(),
    );
    expect(result.blocks.map((block) => block.type)).toEqual([
      'list-item',
      'list-item',
      'caption',
      ...Array(6).fill('paragraph'),
    ]);
    expect(result.blocks[2]).toMatchObject({
      text: 'Security personnel patrol near the Id Kah Mosque in Kashgar in Xinjiang.',
      credit: 'AP',
    });
    expect(result.date).toBeNull();
  });

  test('CNN: the eight repeated paragraphs dropped, the first copies kept', () => {
    const result = cleanText(cnn);
    expect(result.blocks).toHaveLength(12);
    expect(result.repeated).toHaveLength(8);
    expect(result.clutter).toEqual([]);
    // The kept copy of a repeated paragraph is the first one in the file.
    const britain = result.blocks.find((block) => block.text.startsWith('Britain, France'))!;
    expect(britain.rawOffsets![0]).toBe(cnn.indexOf('Britain, France'));
  });

  test('the hand-annotated entries keep the same paragraphs', () => {
    for (const [rawName, entry] of [
      ['scmp-2019-xinjiang-diplomats-invited', 'scmp-2019-xinjiang-diplomats-invited'],
      ['cnn-2019-22-nations-letter', 'cnn-2019-22-nations-letter'],
    ]) {
      const blocks = cleanText(read(join(root, `raw/${rawName}.txt`))).blocks;
      const mdx = read(join(root, `content/articles/${entry}.mdx`)).replace(/<[^>]+>/g, '');
      for (const block of blocks) expect(mdx).toContain(block.text.slice(0, 40));
    }
  });
});

describe('single rules', () => {
  const body = 'The committee approved the plan on Tuesday after a long debate among its members.';
  test.each([
    ['Advertisement', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Share this article', 'share-prompt'],
    ['Sign up for our newsletter', 'newsletter-prompt'],
    ['Get our morning briefing delivered to your inbox', 'newsletter-prompt'],
    ['Listen to this article', 'player-control'],
    ['Select Voice', 'player-control'],
    ['0:00 / 3:45', 'player-control'],
    ['4 min read', 'reading-time'],
    ['Reading time: 6 minutes', 'reading-time'],
    ['Why you can trust The Courier', 'trust-badge'],
    ['We use cookies to personalise content. Accept all cookies or manage your settings.', 'cookie-notice'],
    ['© 2019 Example Media Ltd. All rights reserved.', 'copyright'],
    ['Home > World > Asia', 'navigation'],
    ['Skip to main content', 'navigation'],
    ['Published 3 hours ago', 'dateline'],
    ['Read more: Ministers meet in emergency session', 'read-more'],
    ['Follow us on Twitter', 'follow-prompt'],
    ['Advertisement - Scroll to continue', 'advertisement'],
    ['Click here to subscribe', 'call-to-action'],
    ['Download our free app', 'call-to-action'],
    ['This article is more than 2 years old', 'age-notice'],
    ['Leave a comment', 'widget'],
    ['Photo: Getty Images', 'image-credit'],
    ['Written by Jane Okoro', 'byline'],
    ['Skip to key events', 'navigation'],
    ['Load earlier posts', 'navigation'],
    ['Download PDF (312 KB)', 'download-link'],
    ['Please turn on JavaScript to use this feature', 'widget'],
    ['Show key events only', 'widget'],
    ['Was this page helpful?', 'widget'],
    ['Do you have a story for us? Email tips@courier.example', 'contact'],
    ['+44 20 7946 0123', 'contact'],
    ['Lesezeit: 4 Min.', 'reading-time'],
    ['2h ago', 'dateline'],
    ['Updated16:02, 9 OCT 2024', 'dateline'],
    ['Translated from the German by Jane Okoro.', 'credits-line'],
    ['Tags: Health, Transport', 'related-links'],
    ['Read also Nurses walk out across the region', 'read-more'],
    ['Lesen Sie auch: Warum die alte Brücke weg muss', 'read-more'],
    ['This article is offered to you by The Courier. Subscribe from €1 a month.', 'subscribe-prompt'],
    ['Associated Press writer Jim Ohara contributed from Sacramento.', 'credits-line'],
  ])('"%s" is removed as %s', (line, rule) => {
    const result = cleanText(`${body}\n\n${line}\n\n${body.replace('Tuesday', 'Wednesday')}`);
    expect(result.clutter.map((removed) => [removed.text, removed.rule])).toEqual([[line, rule]]);
    expect(result.blocks).toHaveLength(2);
  });

  test.each([
    'Published in 2015, the report found that most of the river had been polluted by the mine.',
    'The company said it would share the data with regulators and publish a summary next week.',
    'Subscribers to the service rose by 12% last year, the company said in its annual report.',
  ])('a sentence that looks like clutter stays: "%s"', (line) => {
    const result = cleanText(`${body}\n\n${line}`);
    expect(result.clutter).toEqual([]);
    expect(result.blocks.map((block) => block.text)).toEqual([body, line]);
  });

  test.each([
    [
      "a release's end mark",
      [
        '###',
        'About the Courier',
        'The Courier is an independent newspaper founded in 1921 and read by 40,000 households every week.',
      ],
      ['end-mark', 'after-end-mark', 'after-end-mark'],
    ],
    [
      'the head of a comment thread',
      [
        'Join the conversation',
        'ValleyReader',
        '2 hours ago',
        'The council has been promising this bridge for twenty years and nothing ever happens here.',
        'Reply',
      ],
      ['comments', 'after-comments', 'after-comments', 'after-comments', 'after-comments'],
    ],
  ])('after %s, nothing is the article, however much it reads like it', (_, lines, rules) => {
    const result = cleanText([body, ...lines].join('\n\n'));
    expect(result.blocks.map((block) => block.text)).toEqual([body]);
    expect(result.clutter.map((line) => line.rule)).toEqual(rules);
  });

  test.each([
    ['nothing', [body, 'Comments', body.replace('Tuesday', 'Friday')]],
    ['a byline and a time', [body, 'Comments (12)', 'By Jane Okoro', '2 hours ago', body.replace('Tuesday', 'Friday')]],
  ])('a "Comments" button with %s after it, not a thread, ends nothing', (_, lines) => {
    const result = cleanText(lines.join('\n\n'));
    expect(result.blocks.map((block) => block.text)).toEqual([body, body.replace('Tuesday', 'Friday')]);
  });

  test.each([
    [
      'a German byline, names fused by "und"',
      'Von Anna SchmidtundPaul Weber',
      ['Anna Schmidt', 'Paul Weber'],
      [{ from: 'SchmidtundPaul', to: 'Schmidt und Paul' }],
    ],
    ['a name fused to its role', 'Jane RoeHealth Reporter', ['Jane Roe'], [{ from: 'RoeHealth', to: 'Roe Health' }]],
    ['remarks fused to the names', 'Jane Roe(now) and John Doe(earlier)', ['Jane Roe', 'John Doe'], []],
    ['the agency after the last name', 'By JANE ROE and TOM LEE Associated Press', ['JANE ROE', 'TOM LEE'], []],
    [
      'a byline sharing its line with a date and a reading time',
      'By Jane Roe | Published on June 21, 2024 at 7:15 a.m. Reading time 3 min.',
      ['Jane Roe'],
      [],
    ],
  ])('byline: %s', (_, line, authors, repaired) => {
    const result = cleanText(`Council approves the new tram line\n\n${line}\n\n${body}`);
    expect(result.authors).toEqual(authors);
    expect(result.repaired).toEqual(repaired);
    expect(result.blocks.map((block) => block.text)).toEqual([body]);
  });

  test.each([
    ['a day.month.year line', '03.11.2025, 18:45 Uhr', '2025-11-03'],
    [
      "a release's dateline in its first paragraph",
      'KESTWICK, U.K., 4 March 2025 – The harbour board today approved a plan to dredge the port.',
      '2025-03-04',
    ],
    [
      'a wire dateline with no date',
      'KESTWICK, Ore. — The harbour board approved a plan to dredge the port on Monday evening.',
      null,
    ],
  ])('date: %s', (_, line, date) => {
    expect(cleanText(`${line}\n\n${body}`).date).toBe(date);
  });

  test('initials alone in the header ("U.S.") are a section label, not the headline\'s place', () => {
    const result = cleanText(`World\nU.S.\nPolitics\n\nCouncil approves the new tram line\n\n${body}`);
    expect(result.title).toBe('Council approves the new tram line');
    expect(result.clutter.map((line) => [line.text, line.rule])).toEqual([
      ['World', 'section-label'],
      ['U.S.', 'section-label'],
      ['Politics', 'section-label'],
    ]);
  });

  test('a pull quote, words of a paragraph above set again, is a repeat', () => {
    const quoted = 'The mayor said: “We cannot keep the bridge open. It is simply not safe,” and closed it on Monday.';
    const result = cleanText([quoted, '“We cannot keep the bridge open.”', body].join('\n\n'));
    expect(result.blocks.map((block) => block.text)).toEqual([quoted, body]);
    expect(result.repeated.map((line) => line.text)).toEqual(['“We cannot keep the bridge open.”']);
  });

  test("the page's own name comes from a trust badge or the copyright line at its foot, not a photo's", () => {
    const result = cleanText(
      `Why you can trust The Courier\n\n${body}\n\n© Jane Roe\n\n${body.replace('Tuesday', 'Friday')}\n\n© 2024 Courier Media Ltd. All rights reserved.`,
    );
    expect(result.publisherNames).toEqual(['The Courier', 'Courier Media']);
  });

  test.each([
    ['Protesters gather in the square. Photo: AP', 'Protesters gather in the square.', 'AP'],
    [
      'Protesters gather in the square. Photograph: Jane Roe/Reuters',
      'Protesters gather in the square.',
      'Jane Roe/Reuters',
    ],
    ['Protesters gather in the square (AP Photo/John Doe)', 'Protesters gather in the square', 'AP Photo/John Doe'],
    ['Protesters gather in the square [File: John Doe/Reuters]', 'Protesters gather in the square', 'John Doe/Reuters'],
    [
      'Protesters gather in the square. John Doe/AFP via Getty Images',
      'Protesters gather in the square.',
      'John Doe/AFP via Getty Images',
    ],
    ['Protesters gather in the square. Foto: Jana Weiss/dpa', 'Protesters gather in the square.', 'Jana Weiss/dpa'],
  ])('caption "%s"', (line, text, credit) => {
    const caption = cleanText(`${body}\n\n${line}`).blocks.find((block) => block.type === 'caption');
    expect(caption).toMatchObject({ text, credit });
  });

  test('near-exact repeats are dropped; a paragraph with another number is not a repeat', () => {
    const long =
      'The ministry said that more than four hundred officials from twelve provinces attended the meeting in the capital on Monday.';
    const copies = [
      long.replace('Monday.', 'Monday'),
      long.replace('in the capital', 'in the national capital'),
      long.slice(0, 80),
    ];
    const other = long.replace('twelve', 'eleven');
    const result = cleanText([long, ...copies, other].join('\n\n'));
    expect(result.repeated.map((line) => line.text)).toEqual(copies);
    expect(result.blocks.map((block) => block.text)).toEqual([long, other]);
  });

  test.each([
    ['Published 21 November 2019', '2019-11-21'],
    ['Nov. 21, 2019 10:15 AM ET', '2019-11-21'],
    ['2019-11-21T08:00:00Z', '2019-11-21'],
    ['3 hours ago', null],
    ['31 February 2019', null],
  ])('statedDate("%s") is %s', (text, date) => {
    expect(statedDate(text)).toBe(date);
  });
});

// Headlines are the article: a short one, one with a kicker or one without a verb is no nav item, a
// link or a tagline when it leads straight into the story; labels and taglines still go.
describe('headlines', () => {
  const story =
    'The council voted on Tuesday to close the old bridge for repairs lasting at least six months, the mayor said.\n\nRepairs will cost about 2 million euros, according to the engineers who inspected the bridge in March.';
  test.each([
    ['a short headline before the byline', 'Storm hits coast\n\nBy Jane Roe', 'Storm hits coast'],
    ['a two-word headline before the story', 'Pope dies', 'Pope dies'],
    ['a short headline before a date line', 'Bridge closed\n\nUpdated 3 hours ago', 'Bridge closed'],
    [
      'a headline with a kicker ("Analysis:")',
      'Analysis: Why the bridge failed\n\nBy Jane Roe',
      'Analysis: Why the bridge failed',
    ],
    ["a live page's headline", 'Live: Storm hits the coast of Valmora', 'Live: Storm hits the coast of Valmora'],
    [
      'a headline without a verb, before the byline',
      'Home truths about the bridge\n\nBy Jane Roe',
      'Home truths about the bridge',
    ],
    ['section labels, then the headline', 'World\nEurope\n\nStorm hits coast\n\nBy Jane Roe', 'Storm hits coast'],
    ['labels only: no headline invented', 'World\n\nLocal News\n\nBy Jane Roe', null],
    ['a link before the story is still a link', 'Related: the bridge\n\nBy Jane Roe', null],
    [
      'a tagline, then a date line, then the headline',
      'Community news from the valley\n\nPosted on 2 October 2021 by Grace Obi\n\nLibrary opening hours cut to three days a week',
      'Library opening hours cut to three days a week',
    ],
  ])('%s', (_, head, title) => {
    const result = cleanText(`${head}\n\n${story}`);
    expect(result.title).toBe(title);
    if (title) expect(result.clutter.map((line) => line.text)).not.toContain(title);
    expect(result.blocks.map((block) => block.text)).toEqual(story.split('\n\n'));
  });

  test('a crosshead a paragraph happens to start with does not make the paragraph a repeat', () => {
    const paragraph =
      'Reaction from the government was swift, with ministers saying on Monday that they would appeal against the ruling.';
    const result = cleanText(`${story}\n\nReaction from the government\n\n${paragraph}`);
    expect(result.blocks.map((block) => block.text)).toEqual([
      ...story.split('\n\n'),
      'Reaction from the government',
      paragraph,
    ]);
    expect(result.repeated).toEqual([]);
  });
});

// Markdown-like tables in a text scrape are the article's data: each row is kept as a paragraph of its
// own, word for word (not dropped as a breadcrumb, not joined to the next line); the rule line under
// the head has no words and goes. A breadcrumb ("Home | News | World") is still navigation.
describe('tables in a text file', () => {
  const lead =
    'The council published new figures on Tuesday showing flood deaths rose for a third year, the mayor said.';
  test.each([
    [
      'rows with bars at both ends',
      '| Year | Deaths | Homes flooded |\n|------|--------|---------------|\n| 2019 | 12 | 1,200 |\n| 2020 | 15 | 2,400 |',
      ['| Year | Deaths | Homes flooded |', '| 2019 | 12 | 1,200 |', '| 2020 | 15 | 2,400 |'],
    ],
    [
      'rows with bars between cells, under a rule line',
      'Year | Deaths\n--- | ---\n2021 | 19\n2022 | 23',
      ['Year | Deaths', '2021 | 19', '2022 | 23'],
    ],
    ['a row without a head', '| Valmora | 12 deaths | 1,200 homes |', ['| Valmora | 12 deaths | 1,200 homes |']],
  ])('%s', (_, table, rows) => {
    const result = cleanText(
      `${lead}\n\n${table}\n\nHome | News | World\n\nThe river rose two metres overnight, officials said.`,
    );
    expect(result.blocks.map((block) => block.text)).toEqual([
      lead,
      ...rows,
      'The river rose two metres overnight, officials said.',
    ]);
    expect(result.clutter.find((line) => line.text === 'Home | News | World')?.rule).toBe('navigation');
  });

  test('rows of a hard-wrapped file are not joined to each other', () => {
    const wrapped = Array.from(
      { length: 6 },
      () => 'The council voted on Tuesday to close the old bridge for repairs lasting',
    ).join('\nat least six months, the mayor said and the engineers agreed with him. ');
    const result = cleanText(
      `${wrapped}\n\n| 2019 | 12 deaths in the northern valley towns of Valmora |\n| 2020 | 15 deaths in the northern valley towns of Valmora |`,
    );
    expect(result.blocks.map((block) => block.text).slice(-2)).toEqual([
      '| 2019 | 12 deaths in the northern valley towns of Valmora |',
      '| 2020 | 15 deaths in the northern valley towns of Valmora |',
    ]);
  });
});

describe('long files', () => {
  test('150,000 long lines (past what Math.max(...lines) takes as arguments) are read', () => {
    const text = `The council voted on Tuesday to close the old bridge for repairs, the mayor said.\n\n${`${'-'.repeat(40)}\n\n`.repeat(150000)}`;
    const result = cleanText(text);
    expect(result.blocks.map((block) => block.text)).toEqual([
      'The council voted on Tuesday to close the old bridge for repairs, the mayor said.',
    ]);
    expect(result.clutter).toHaveLength(150000);
  });

  test('a hard-wrapped paragraph of thousands of lines is one block, mapped back to the raw text', () => {
    const line = 'the council said the bridge would stay closed while engineers inspected it';
    const raw = `The mayor spoke on Tuesday and ${Array.from({ length: 5000 }, () => line).join('\n')}.`;
    const [block] = cleanText(raw).blocks;
    expect(block!.text).toBe(raw.replace(/\n/g, ' '));
    expect(rawSliceOf(raw, block!.rawOffsets!, block!.text.length)).toBe(block!.text);
  });
});

// The near-copy search compares a block only with the earlier blocks an index gives, never with all of
// them; these are the cases the full comparison found, over many blocks that open alike.
describe('repeats among many blocks', () => {
  test('copies are found among a thousand paragraphs that open with the same words', () => {
    const opening = 'The ministry said on Monday that officials from the northern provinces had met';
    const paragraphs = Array.from(
      { length: 1000 },
      (_, index) =>
        `${opening} ${index + 2} times in ${['Orven', 'Vesk', 'Skarn', 'Lund'][index % 4]} to discuss case number ${index * 7 + 3} and its ${index % 5} appeals.`,
    );
    const copies = [
      paragraphs[990]!,
      paragraphs[995]!.replace('appeals.', 'appeals'),
      paragraphs[998]!.slice(0, 110).trim(),
    ];
    const result = cleanText([...paragraphs, ...copies].join('\n\n'));
    expect(result.blocks).toHaveLength(1000);
    expect(result.repeated.map((line) => line.text)).toEqual(copies);
  });
});

// A copyright line names the page's publisher only when it is the page's own: a credit for a theme,
// map data or photos is someone else's.
test.each([
  ['© 2024 The Daily Example. All rights reserved.', [{ name: 'The Daily Example', from: 'copyright line' }]],
  ['© 2002, 2003 Jamie Zawinski', [{ name: 'Jamie Zawinski', from: 'copyright line' }]],
  ['© 2024 Newspaper WordPress Theme by TagDiv', []],
  ['Map data © OpenStreetMap contributors', []],
  ['Photos © Getty Images', []],
])('the copyright line "%s" at the foot of a text', (line, publisherLines) => {
  const story =
    'The council voted on Tuesday to close the old bridge for repairs lasting at least six months, the mayor said.';
  expect(cleanText(`${story}\n\n${line}`).publisherLines).toEqual(publisherLines);
});
