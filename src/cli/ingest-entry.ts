// The corpus's entries as `claimtrail ingest` reads them: one entry (as the check reads it), and the
// claim ids the corpus and its ledger already use, which a new claim must not take.
import { join } from 'node:path';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { namesInside, readInside, realLocation } from '../core/content/files.ts';
import { extractArticle, parseArticle, type ExtractedArticle } from '../core/content/markers.ts';
import { maxEntryBytes } from '../core/ingest/read.ts';
import { ledgerFileName } from '../core/publish/ledger.ts';
import { parseYaml } from '../core/content/yaml.ts';

export interface Entry {
  text: string;
  /** Its syntax tree, when it parses and holds only text and markers. */
  tree: Root | undefined;
  article: ExtractedArticle;
  ids: Set<string>;
  /** Why the entry could not be read at all (a folder, a link out of the corpus, too large). */
  problem?: string;
}

/** An entry of the corpus in `contentDir`, read as the check reads it: a plain file inside the corpus. */
export function readEntry(path: string, contentDir: string): Entry {
  const read = readInside(path, [realLocation(contentDir) ?? contentDir], maxEntryBytes);
  const problems = {
    outside: 'is a link that leads out of the corpus',
    missing: 'is gone',
    'not-a-file': 'is not a file',
    unreadable: 'cannot be read',
    'too-large': 'is too large to be an entry',
  };
  const text = read.problem ? '' : read.bytes.toString('utf8');
  const file = new VFile({ path, value: text });
  const tree = parseArticle(file);
  const article: ExtractedArticle = tree
    ? extractArticle(file, tree)
    : {
        frontmatter: undefined,
        frontmatterPlaceOf: () => ({ line: 1, column: 1 }),
        cleanText: '',
        blocks: [],
        claims: [],
        mentions: [],
      };
  const ids = new Set(article.claims.map((claim) => claim.attributes.id));
  return { text, tree, article, ids, problem: read.problem && problems[read.problem] };
}

/** Claim ids used anywhere in the corpus or ever published, which a new claim must not take. */
export function takenIds(contentDir: string): Set<string> {
  const ids = new Set<string>();
  const corpus = realLocation(contentDir) ?? contentDir;
  // Entries the check would not read (links out, folders) hold no ids of this corpus.
  for (const name of namesInside(join(contentDir, 'articles'), corpus, '.mdx'))
    for (const id of readEntry(join(contentDir, 'articles', name), contentDir).ids) ids.add(id);
  const ledger = readInside(join(contentDir, ledgerFileName), [corpus], 5 * 1024 * 1024);
  if (!ledger.problem) {
    const claims = (parseYaml(ledger.bytes.toString('utf8')).value as { claims?: unknown } | null | undefined)?.claims;
    if (claims && typeof claims === 'object') for (const id of Object.keys(claims)) ids.add(id);
  }
  return ids;
}
