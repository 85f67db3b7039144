// A site of its own: site.yaml names the site, its publisher, language, licence, contact and share
// image; a corpus without it gets the defaults, and a bad setting is refused at its line and column.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/core/content/corpus.ts';
import { defaultSiteSettings, readSiteSettings, shareTags } from '../../src/core/content/site.ts';
import { frontmatter, makeCorpus } from './make-corpus.ts';

const read = (text: string) => {
  const file = new VFile({ path: 'site.yaml', value: text });
  const { settings } = readSiteSettings(file);
  return { settings, messages: file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`) };
};

const defaults = { name: 'Claimtrail', language: 'en' };

describe('site.yaml', () => {
  it.each([
    ['no file', undefined, defaults],
    ['an empty file', '\n', defaults],
    ['a name alone: the rest defaults', 'name: Wire Desk Checks\n', { name: 'Wire Desk Checks', language: 'en' }],
    [
      'every setting',
      `name: Wire Desk Checks
publisher:
  name: Wire Desk
  url: https://wire.example/
  logo: images/logo.png
language: en-GB
licence:
  name: CC BY 4.0
  url: https://creativecommons.org/licenses/by/4.0/
contact: corrections@wire.example
shareImage: images/share.png
`,
      {
        name: 'Wire Desk Checks',
        publisher: { name: 'Wire Desk', url: 'https://wire.example/', logo: 'images/logo.png' },
        language: 'en-GB',
        licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
        contact: 'corrections@wire.example',
        shareImage: 'images/share.png',
      },
    ],
    [
      'a language tag in any case, kept in its canonical one',
      'language: PT-br\n',
      { name: 'Claimtrail', language: 'pt-BR' },
    ],
    [
      'a contact page instead of an address',
      'contact: https://wire.example/contact\n',
      { ...defaults, contact: 'https://wire.example/contact' },
    ],
    [
      'a licence without a web page',
      'licence:\n  name: All rights reserved\n',
      { ...defaults, licence: { name: 'All rights reserved' } },
    ],
  ])('%s', (_, text, expected) => {
    const { settings, messages } = read(text ?? '');
    expect(messages).toEqual([]);
    expect(settings).toEqual(expected);
  });

  it.each([
    [
      'a language that is no BCP 47 tag',
      'name: Wire\nlanguage: english\n',
      ['2:11 site setting language: a language is a BCP 47 tag such as en, en-GB, fr or pt-BR'],
    ],
    [
      'a locale written with an underscore',
      'language: en_GB\n',
      ['1:11 site setting language: a language is a BCP 47 tag such as en, en-GB, fr or pt-BR'],
    ],
    [
      'a publisher URL that would run a script',
      'publisher:\n  name: Wire Desk\n  url: javascript:alert(1)\n',
      ['3:8 site setting publisher.url: publisher.url is a web address, http:// or https://…'],
    ],
    [
      'a licence URL that is no web address',
      'licence:\n  name: CC BY 4.0\n  url: ftp://example.org/licence\n',
      ['3:8 site setting licence.url: licence.url is a web address, http:// or https://…'],
    ],
    [
      'a contact that is neither an address nor a page',
      'contact: the desk\n',
      ['1:10 site setting contact: contact is an e-mail address or a web address (https://…)'],
    ],
    [
      'an unknown setting, named where it stands',
      'name: Wire\ncolour: red\n',
      ['2:9 site setting: unknown field colour'],
    ],
    [
      'a misspelt field of the publisher',
      'publisher:\n  nmae: Wire Desk\n',
      [
        '2:3 site setting publisher.name: give the publisher\'s name ("name: …" under "publisher:")',
        '2:9 site setting publisher: unknown field nmae',
      ],
    ],
    [
      'an image outside the content folder',
      'shareImage: ../share.png\n',
      [
        expect.stringMatching(
          /^1:13 site setting shareImage: give the image's path inside the content folder, such as images\/logo\.png/,
        ),
      ],
    ],
    [
      'an image by absolute path',
      'publisher:\n  name: Wire\n  logo: /etc/logo.png\n',
      [expect.stringMatching(/^3:9 site setting publisher\.logo: give the image's path inside the content folder/)],
    ],
    [
      'a file that is no image',
      'shareImage: images/share.svg\n',
      [expect.stringMatching(/^1:13 site setting shareImage: .*ending \.png, \.jpg, \.jpeg, \.gif, \.webp$/)],
    ],
    ['a name on two lines', 'name: "Wire\\nDesk"\n', ['1:7 site setting name: write it on one line']],
    [
      'a list instead of settings',
      '- name: Wire\n',
      [
        '1:1 site.yaml is a map of settings, one a line ("name: …", "language: en"): see README.md, "A site of its own"',
      ],
    ],
    ['YAML that does not parse', 'name: [Wire\n', [expect.stringMatching(/^\d+:\d+ YAML: /)]],
  ])('refuses %s, at its line and column', (_, text, expected) => {
    const { settings, messages } = read(text);
    expect(messages).toEqual(expected);
    expect(settings).toEqual(defaults);
  });
});

describe('site.yaml in a corpus', () => {
  const article = `${frontmatter()}Diplomats said the talks had failed.\n`;
  const problems = (dir: string) =>
    loadCorpus(dir, { cwd: dir }).files.flatMap((file) =>
      file.messages.map((message) => `${file.path}:${message.line}:${message.column} ${message.reason}`),
    );
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  const jpeg = Buffer.from('ffd8ffe000104a464946', 'hex');

  it('is optional: a corpus without it builds as "Claimtrail", in English', () => {
    const { site, graph } = loadCorpus(makeCorpus({ 'test-article': article }));
    expect(graph).toBeDefined();
    expect(site).toEqual(defaults);
  });

  it('names images that are files of the corpus, of the kind their names say', () => {
    const dir = makeCorpus({ 'test-article': article });
    mkdirSync(join(dir, 'images'));
    writeFileSync(join(dir, 'images/logo.png'), png);
    writeFileSync(join(dir, 'images/share.jpg'), jpeg);
    writeFileSync(
      join(dir, 'site.yaml'),
      'publisher:\n  name: Wire Desk\n  logo: images/logo.png\nshareImage: images/share.jpg\n',
    );
    expect(problems(dir)).toEqual([]);
    expect(loadCorpus(dir).site).toMatchObject({
      publisher: { logo: 'images/logo.png' },
      shareImage: 'images/share.jpg',
    });
  });

  it.each([
    [
      'an image that is not there',
      () => {},
      [
        'site.yaml:3:9 images/logo.png not found: put the image in the content folder (the path is relative to it), or remove it',
      ],
    ],
    [
      'a PNG named .jpg, and an HTML page named .png',
      (dir: string) => {
        writeFileSync(join(dir, 'images/logo.png'), '<!doctype html><script>alert(1)</script>');
        writeFileSync(join(dir, 'images/share.jpg'), png);
      },
      [
        'site.yaml:3:9 images/logo.png is not a PNG image: give a PNG file, or the path of the image meant',
        'site.yaml:4:13 images/share.jpg is not a JPEG image (it is a PNG: name it .png): give a JPEG file, or the path of the image meant',
      ],
    ],
    [
      'an image that is a link leading out of the content folder',
      (dir: string) => {
        const outside = join(tmpdir(), `claimtrail-outside-${process.pid}.png`);
        writeFileSync(outside, png);
        symlinkSync(outside, join(dir, 'images/logo.png'));
      },
      ['site.yaml:3:9 images/logo.png is a link that leads out of the content folder: put the image itself there'],
    ],
  ])('refuses %s, at its setting', (_, arrange, expected) => {
    const dir = makeCorpus({ 'test-article': article });
    mkdirSync(join(dir, 'images'));
    writeFileSync(join(dir, 'images/share.jpg'), jpeg);
    writeFileSync(
      join(dir, 'site.yaml'),
      'publisher:\n  name: Wire Desk\n  logo: images/logo.png\nshareImage: images/share.jpg\n',
    );
    arrange(dir);
    expect(problems(dir)).toEqual(expected);
    expect(loadCorpus(dir).graph).toBeUndefined();
  });
});

describe('what a shared link shows (Open Graph, Twitter card)', () => {
  const claimPage = {
    title: 'Twenty-two countries signed a letter.',
    description: 'Twenty-two countries signed a letter.',
    type: 'article' as const,
    route: 'claims/tw22ab.html',
  };
  const withImage = { ...defaultSiteSettings, name: 'Wire Desk Checks', shareImage: 'images/share.png' };
  const og = (title: string, description: string, type: string, siteName: string) => [
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    { property: 'og:type', content: type },
    { property: 'og:site_name', content: siteName },
  ];

  it.each([
    [
      'a site built without its address: no og:url or og:image, which would need one',
      claimPage,
      withImage,
      '/wire/',
      [
        ...og(
          'Twenty-two countries signed a letter.',
          'Twenty-two countries signed a letter.',
          'article',
          'Wire Desk Checks',
        ),
        { name: 'twitter:card', content: 'summary' },
      ],
    ],
    [
      'a site that knows its address and has a share image: absolute, under its base',
      claimPage,
      withImage,
      'https://factcheck.example.org/wire/',
      [
        ...og(
          'Twenty-two countries signed a letter.',
          'Twenty-two countries signed a letter.',
          'article',
          'Wire Desk Checks',
        ),
        { property: 'og:url', content: 'https://factcheck.example.org/wire/claims/tw22ab.html' },
        { property: 'og:image', content: 'https://factcheck.example.org/wire/media/images/share.png' },
        { name: 'twitter:card', content: 'summary_large_image' },
      ],
    ],
    [
      'a site that knows its address and has no share image: a card without a picture',
      { ...claimPage, type: 'website' as const, route: 'index.html' },
      defaultSiteSettings,
      'https://factcheck.example.org/',
      [
        ...og(
          'Twenty-two countries signed a letter.',
          'Twenty-two countries signed a letter.',
          'website',
          'Claimtrail',
        ),
        { property: 'og:url', content: 'https://factcheck.example.org/index.html' },
        { name: 'twitter:card', content: 'summary' },
      ],
    ],
    [
      'a page without a description: none is made up',
      { ...claimPage, description: undefined },
      defaultSiteSettings,
      '/',
      [
        { property: 'og:title', content: 'Twenty-two countries signed a letter.' },
        { property: 'og:type', content: 'article' },
        { property: 'og:site_name', content: 'Claimtrail' },
        { name: 'twitter:card', content: 'summary' },
      ],
    ],
  ])('%s', (_, page, settings, prefix, expected) => {
    expect(shareTags(page, settings, prefix)).toEqual(expected);
  });
});
