// A raw file's bytes -> its text, or an error naming the file and what is wrong with it. Nothing is
// guessed: a file that is not plainly text in a known encoding is refused rather than half-read.
import { VFile } from 'vfile';
import { fail } from '../diagnostics.ts';
import { detectFormat, type RawFormat } from '../publish/source-text.ts';

/** Larger than any article; a bigger file is a dump or a mistake, not a story. */
export const maxRawBytes = 10 * 1024 * 1024;

/**
 * The largest entry (articles/<slug>.mdx) the check reads and ingest writes: far beyond any real
 * article's, and small enough that its claim pages build in bounded memory.
 */
export const maxEntryBytes = 2 * 1024 * 1024;

export interface RawText {
  /** The decoded text, without a byte order mark: every offset the ingest reports counts in it. */
  text: string;
  format: RawFormat;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
}

/**
 * Decodes a raw file. Problems become one fatal message on the returned file (named by `path`);
 * `raw` is set only when the file can be read.
 */
export function readRaw(bytes: Uint8Array, path: string): { file: VFile; raw?: RawText } {
  const file = new VFile({ path });
  const refuse = (reason: string, ruleId: string) => {
    fail(file, reason, undefined, ruleId);
    return { file };
  };
  if (bytes.length === 0) return refuse('the file is empty: there is no article to ingest', 'empty');
  if (bytes.length > maxRawBytes)
    return refuse(
      `the file is ${megabytes(bytes.length)} MB; an article file is at most ${megabytes(maxRawBytes)} ` +
        'MB: is this the right file?',
      'too-large',
    );

  const decoded = decode(bytes);
  if (!decoded) {
    if (bytes.includes(0)) return refuse('the file is binary (it holds NUL bytes), not text or HTML', 'binary');
    return refuse(
      'the file is not valid UTF-8 text: convert it to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8) and ingest it again',
      'encoding',
    );
  }
  const { text, encoding } = decoded;
  // Control characters other than tab, line feed, form feed and carriage return do not occur in text.
  // eslint-disable-next-line no-control-regex -- control characters are what this counts
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls > 0 && (controls > 8 || controls / text.length > 0.001))
    return refuse('the file is binary (it holds control characters), not text or HTML', 'binary');
  if (!/[\p{L}\p{N}]/u.test(text)) return refuse('the file holds no words: there is no article to ingest', 'empty');
  return { file, raw: { text, format: detectFormat(path, text), encoding } };
}

function decode(bytes: Uint8Array): { text: string; encoding: RawText['encoding'] } | undefined {
  const boms = [
    { bom: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
    { bom: [0xff, 0xfe], encoding: 'utf-16le' },
    { bom: [0xfe, 0xff], encoding: 'utf-16be' },
  ] as const;
  const marked = boms.find(({ bom }) => bom.every((byte, index) => bytes[index] === byte));
  const encoding = marked?.encoding ?? 'utf-8';
  if (!marked && bytes.includes(0)) return undefined;
  try {
    // fatal: a malformed sequence is an error, never a silent U+FFFD in the article's words.
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding };
  } catch {
    return undefined;
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1);
}
