// Reading a raw file: text in a known encoding is read; anything else is refused with a message that
// names the file and says what is wrong, before anything is written.
import { describe, expect, test } from 'vitest';
import { maxRawBytes, readRaw } from '../../src/core/ingest/read.ts';
import { detectFormat } from '../../src/core/publish/source-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const article = 'The council voted on Tuesday to close the bridge.\n';

describe('readRaw', () => {
  test.each([
    ['UTF-8', utf8(article), 'utf-8'],
    ['UTF-8 with a byte order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(article)]), 'utf-8'],
    [
      'UTF-16LE with a byte order mark',
      new Uint8Array([0xff, 0xfe, ...Array.from(article).flatMap((char) => [char.charCodeAt(0), 0])]),
      'utf-16le',
    ],
    [
      'UTF-16BE with a byte order mark',
      new Uint8Array([0xfe, 0xff, ...Array.from(article).flatMap((char) => [0, char.charCodeAt(0)])]),
      'utf-16be',
    ],
  ])('reads %s, without the mark', (_, bytes, encoding) => {
    const { file, raw } = readRaw(bytes, 'raw/article.txt');
    expect(file.messages).toEqual([]);
    expect(raw).toEqual({ text: article, format: 'text', encoding });
  });

  test.each([
    ['an empty file', new Uint8Array(), /empty/],
    ['a file of spaces', utf8(' \n\n \t'), /no words/],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binary/],
    ['text with NUL bytes', utf8('abc\u0000def\u0000ghi'), /binary/],
    ['Latin-1 text', new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' au lait, said the owner.')]), /not valid UTF-8/],
    ['a file over 10 MB', new Uint8Array(maxRawBytes + 1).fill(0x61), /10 MB/],
  ])('refuses %s, naming the file', (_, bytes, reason) => {
    const { file, raw } = readRaw(bytes, 'raw/bad.txt');
    expect(raw).toBeUndefined();
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]!.fatal).toBe(true);
    expect(file.messages[0]!.reason).toMatch(reason);
    expect(String(file.messages[0])).toMatch(/^raw\/bad\.txt:1:1/);
  });

  test('a file of exactly 10 MB is read', () => {
    expect(readRaw(new Uint8Array(maxRawBytes).fill(0x61), 'big.txt').raw?.text).toHaveLength(maxRawBytes);
  });
});

describe('detectFormat', () => {
  test.each([
    ['page.html', 'whatever', 'html'],
    ['page.HTM', 'whatever', 'html'],
    ['saved.txt', '<!DOCTYPE html><html><body><p>Hi</p></body></html>', 'html'],
    ['noext', '  <html lang="en"><p>x</p></html>', 'html'],
    ['fragment.txt', '<div><p>One.</p><p>Two.</p><p>Three.</p></div>', 'html'],
    ['story.txt', 'A story that mentions <b> once, and a < sign.', 'text'],
  ])('%s is %s', (path, text, format) => {
    expect(detectFormat(path, text)).toBe(format);
  });
});
