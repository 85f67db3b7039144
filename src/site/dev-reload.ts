// In `astro dev`, an edit to any file of the corpus reaches every page without a restart: the claim
// graph is read again and the collections built from it (content.config.ts) are filled anew. While
// the corpus has problems those collections are empty, the terminal lists the problems, and every
// page, as it reads the corpus (corpus.ts), shows them in Astro's error overlay instead of what the
// corpus said before the edit. Nothing is written: the ledger is only ever recorded by `claimtrail build`.
import { dirname, isAbsolute, join, relative } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { corpusDir, forgetCorpus } from './corpus.ts';

type Watcher = NonNullable<LoaderContext['watcher']>;

// The corpus folder, and the raw/ folder beside it, where its raw sources may also be (core/content/corpus.ts).
const corpusFolders = [corpusDir, join(dirname(corpusDir), 'raw')];
const fileEvents = new Set(['add', 'change', 'unlink']);
const reported = new WeakSet<object>();

function isInside(folder: string, path: string): boolean {
  const below = relative(folder, path);
  return below !== '' && !below.startsWith('..') && !isAbsolute(below);
}

/**
 * Fills a collection from the claim graph now and after each change to a corpus file; `empty` clears
 * it while the corpus has problems. Every collection's listener forgets the corpus before any refills
 * (the watcher calls them one after another, and each refill waits for a microtask), so the corpus is
 * read once per change, not once per collection.
 */
export function followCorpus(
  { watcher, logger }: { watcher: Watcher; logger: LoaderContext['logger'] },
  fill: () => void,
  empty: () => void,
): void {
  const refill = () => {
    try {
      fill();
    } catch (error) {
      empty();
      // One report per load of the corpus, though each collection meets the same problems.
      if (!(error instanceof Error)) throw error;
      if (!reported.has(error)) logger.error(error.message);
      reported.add(error);
    }
  };
  watcher.add(corpusFolders);
  watcher.on('all', (event: string, path: string) => {
    if (!fileEvents.has(event) || !corpusFolders.some((folder) => isInside(folder, path))) return;
    forgetCorpus();
    queueMicrotask(refill);
  });
  refill();
}
