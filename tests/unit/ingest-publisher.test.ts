// A saved page's publisher, from what the page itself states (og:site_name, JSON-LD publisher.name of
// its article, application-name, a publisher meta tag, a copyright line), recorded with where it came
// from; never guessed from the URL or the title; without one, the clear refusal. And what a page holds
// that is not the article: script text, too deep a nesting.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { readHtml } from '../../src/core/ingest/html.ts';
import { nestingDepth, maxHtmlDepth } from '../../src/core/ingest/html-depth.ts';
import { ingest } from '../../src/core/ingest/ingest.ts';
import { readRegistry } from '../../src/core/content/registry.ts';

const root = join(import.meta.dirname, '../..');
const registry = readRegistry(new VFile({ value: readFileSync(join(root, 'content/sources.yaml'), 'utf8') }));

const story =
  '<p>The council voted on Tuesday to close the old bridge for repairs lasting at least six months, the mayor said.</p><p>Repairs will cost about 2 million euros, according to the engineers who inspected the bridge in March.</p>';
const page = (head: string, foot = '', body = story) =>
  `<!doctype html><html><head><title>Bridge to close - The Title Times</title>${head}</head><body><header><a href="/">Home</a></header><article><h1>Old bridge to close for repairs</h1>${body}</article>${foot}</body></html>`;
const ingestPage = (html: string, publisher?: string) =>
  ingest({
    path: 'page.html',
    bytes: new TextEncoder().encode(html),
    registry,
    sourceFile: '../raw/page.html',
    publisher,
  });

describe('the publisher a page states', () => {
  test.each([
    [
      'og:site_name',
      page('<meta property="og:site_name" content="The Daily Example">'),
      'the-daily-example',
      'The Daily Example',
      'og:site_name',
    ],
    [
      'JSON-LD publisher.name of a NewsArticle',
      page(
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x","publisher":{"@type":"Organization","name":"Valley Courier"}}</script>',
      ),
      'valley-courier',
      'Valley Courier',
      'json-ld publisher.name',
    ],
    [
      'JSON-LD publisher given by @id in an @graph',
      page(
        '<script type="application/ld+json">{"@graph":[{"@type":"Article","publisher":{"@id":"#org"}},{"@type":"Organization","@id":"#org","name":"Graph Times"}]}</script>',
      ),
      'graph-times',
      'Graph Times',
      'json-ld publisher.name',
    ],
    [
      'JSON-LD before og:site_name',
      page(
        '<meta property="og:site_name" content="Site Name"><script type="application/ld+json">[{"@type":"BlogPosting","publisher":{"name":"Posting Press"}}]</script>',
      ),
      'posting-press',
      'Posting Press',
      'json-ld publisher.name',
    ],
    [
      'a publisher meta tag',
      page('<meta name="publisher" content="Harbour Herald">'),
      'harbour-herald',
      'Harbour Herald',
      'meta publisher',
    ],
    [
      'application-name',
      page('<meta name="application-name" content="Kestrel News">'),
      'kestrel-news',
      'Kestrel News',
      'application-name',
    ],
    [
      'a copyright line in the footer',
      page('', '<footer><p>© 2024 The Daily Example. All rights reserved.</p></footer>'),
      'the-daily-example',
      'The Daily Example',
      'copyright line',
    ],
    [
      '"Copyright (c) year, holder, Inc."',
      page('', '<footer>Copyright (c) 2015, Eklektix, Inc.</footer>'),
      'eklektix',
      'Eklektix',
      'copyright line',
    ],
    [
      'a copyright line with more after a dash',
      page('', '<div>© 2012 Nicolas Perriault — <a href="/t">Tweet at me</a></div>'),
      'nicolas-perriault',
      'Nicolas Perriault',
      'copyright line',
    ],
    [
      "the footer's copyright line, not an agency's credit at the end of the story",
      page(
        '',
        '<footer>Copyright © 2015 Salon Media Group, Inc. Reproduction of material is prohibited.</footer>',
        `${story}<p>Copyright © 2015 The Associated Press. All rights reserved.</p>`,
      ),
      'salon-media-group',
      'Salon Media Group',
      'copyright line',
    ],
    [
      'a copyright meta tag',
      page('<meta http-equiv="copyright" content="Copyright Ann Woodlief">'),
      'ann-woodlief',
      'Ann Woodlief',
      'copyright line',
    ],
    [
      'a name the registry knows',
      page('<meta property="og:site_name" content="South China Morning Post">'),
      'scmp',
      'South China Morning Post',
      'og:site_name',
    ],
  ])('%s', (_, html, id, name, from) => {
    const { file, ingested } = ingestPage(html);
    expect(file.messages).toEqual([]);
    expect(ingested!.publisher).toEqual({ id, name, from });
    expect(ingested!.draft.frontmatter.publisher).toBe(id);
  });

  test('the publisher given on the command line wins, and says so', () => {
    const { ingested } = ingestPage(page('<meta property="og:site_name" content="The Daily Example">'), 'cnn');
    expect(ingested!.publisher).toEqual({ id: 'cnn', name: 'cnn', from: '--publisher' });
  });

  test.each([
    [
      'nothing stated: the title and the URL are no publisher',
      page(
        '<link rel="canonical" href="https://www.dailyexample.com/bridge"><meta property="og:url" content="https://www.dailyexample.com/bridge">',
      ),
    ],
    [
      'an og:site_name that is an address or markup',
      page(
        '<meta property="og:site_name" content="https://www.dailyexample.com"><meta name="application-name" content="<script>x</script>">',
      ),
    ],
    [
      '"copyright" in a sentence of the story',
      page('', '', `${story}<p>The copyright law was changed in 2019, the minister said.</p>`),
    ],
    [
      "credit lines for others' work: map data, photos, the site's theme",
      page(
        '',
        '<footer><p>Map data © OpenStreetMap contributors</p><p>Photos © Getty Images</p><p>© 2024 Newspaper WordPress Theme by TagDiv</p></footer>',
      ),
    ],
    [
      'a JSON-LD publisher of something other than an article, or unreadable JSON-LD',
      page(
        '<script type="application/ld+json">{"@type":"Product","publisher":{"name":"Shop"}}</script><script type="application/ld+json">{"@type":"NewsArticle","publisher":</script>',
      ),
    ],
  ])('%s: the clear refusal', (_, html) => {
    const { file, ingested } = ingestPage(html);
    expect(ingested).toBeUndefined();
    expect(file.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      ['publisher', expect.stringMatching(/does not say who published it.*give it with --publisher/)],
    ]);
  });

  test('a page that names itself with a registry\'s generic alias ("The Post") is no registry source, and its draft takes a name of its own', () => {
    const { ingested } = ingestPage(page('<meta property="og:site_name" content="The Post">'));
    expect(ingested!.publisher).toMatchObject({ id: 'the-post', from: 'og:site_name' });
    expect(ingested!.newSources[0]).toMatchObject({ id: 'the-post', name: 'The Post (publisher)', type: 'outlet' });
  });
});

describe('what is not the article', () => {
  test.each([
    [
      'a script inside a paragraph',
      "<p>The mayor said.<script>alert('body')</script> More rain is expected.</p>",
      'The mayor said. More rain is expected.',
    ],
    [
      'a style inside a paragraph',
      '<p>The river rose <style>.x{color:red}</style>two metres overnight.</p>',
      'The river rose two metres overnight.',
    ],
    [
      'a noscript and a template inside a paragraph',
      '<p>Officials <noscript>Enable JavaScript</noscript>confirmed the figures<template><b>hidden</b></template> on Monday.</p>',
      'Officials confirmed the figures on Monday.',
    ],
  ])('%s: its text never becomes article text', (_, body, text) => {
    const article = readHtml(page('', '', `${story}${body}`))!;
    expect(article.units.map((unit) => unit.text)).toContain(text);
    expect(article.units.map((unit) => unit.text).join(' ')).not.toMatch(/alert|color:red|Enable JavaScript|hidden/);
    // Found in the page's text, so its claims can be anchored.
    expect(article.units.find((unit) => unit.text === text)!.located).toBe(true);
  });

  test.each([
    ['5,000 nested divs', `${'<div>'.repeat(5000)}<p>The council voted to close the bridge for six months.</p>`, 5000],
    ['nested inline elements never closed', `${'<b><i>'.repeat(3000)}The council voted to close the bridge.`, 6000],
  ])('%s: refused with a message, before anything walks the tree', (_, body, depth) => {
    expect(nestingDepth(body)).toBeGreaterThan(maxHtmlDepth);
    expect(nestingDepth(body)).toBeLessThanOrEqual(depth);
    const { file, ingested } = ingestPage(page('<meta property="og:site_name" content="The Daily Example">', '', body));
    expect(ingested).toBeUndefined();
    expect(file.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      ['too-deep', expect.stringMatching(/nests its elements more than 400 levels deep.*save the article as text/)],
    ]);
  });

  test.each([
    ['a list whose items are never closed', `<ul>${'<li>item '.repeat(3000)}</ul>`, 2],
    ['paragraphs never closed, before a div', '<p>a<p>b<div>c</div>'.repeat(1000), 1],
    [
      'tags inside a script, a comment and a style',
      `<script>${'<div>'.repeat(1000)}</script><!--${'<div>'.repeat(1000)}--><style>${'<b>'.repeat(1000)}</style>`,
      0,
    ],
    ['"<" never closed by ">"', '<a <a <a '.repeat(1000), 0],
  ])('nestingDepth: %s', (_, html, depth) => {
    expect(nestingDepth(html)).toBe(depth);
  });
});
