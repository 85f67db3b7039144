// Article text is written by the people being checked: the build shows it as text, and no word of it
// becomes a link. GitHub Flavored Markdown would link bare addresses ("www.…", "https://…", e-mail),
// nested inside the claim's own link when a claim's words hold one; the site's Markdown processor
// (astro.config.mjs) has it off. The entries are compiled here as the build compiles them.
import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';

async function compile(processor: NonNullable<NonNullable<typeof config.markdown>['processor']>, body: string) {
  const renderer = await processor.createMdxRenderer!({}, { optimize: false });
  return (await renderer.process(body, 'entry.mdx', {})).code;
}

const entries = [
  ["a web address in a claim's words", '<Claim id="ad01aa">Results are at www.health.example.gov today</Claim>.'],
  ["an http(s) address in a claim's words", '<Claim id="ad01aa">See https://health.example.gov/faq for more</Claim>.'],
  ["an e-mail address in a claim's words", '<Claim id="ad01aa">Write to press@health.example.gov today</Claim>.'],
  ['addresses in the article text', 'Ask press@health.example.gov or see https://health.example.gov/faq, it said.'],
  ['an address in a source mention', 'The <Source id="health">www.health.example.gov</Source> site said so.'],
  ['an address in a caption', '<Caption credit="Ilse Courier">Results at www.health.example.gov</Caption>'],
];

describe('no word of an article becomes a link', () => {
  it.each(entries)('%s', async (_name, body) => {
    const code = await compile(config.markdown!.processor!, `${body}\n`);
    // Compiled MDX names an HTML link as `_components.a`, with its address as `href`.
    expect(code).not.toMatch(/_components\.a\b|href/);
    expect(code).toContain('health.example.gov');
  });

  it('GitHub Flavored Markdown would have linked them (what the setting prevents)', async () => {
    const withGfm = satteri({ features: { smartPunctuation: false, gfm: true } });
    for (const [, body] of entries.slice(0, 4)) expect(await compile(withGfm, `${body}\n`)).toMatch(/_components\.a\b/);
  });
});
