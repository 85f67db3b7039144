// The ledger (ledger.yaml in the corpus): every claim id and article slug ever published, with the
// words each claim was published with and where they stand in the raw source. It is what keeps cited
// URLs working and pointing at the same words: a published id may not disappear unless the editor
// marks it withdrawn or merged, may never be reused, and its anchor must still match the source.
import { existsSync, readFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import { isMap, isPair, isScalar, Pair, parseDocument, type Document, type YAMLMap } from 'yaml';
import { fail, failZodIssues } from '../diagnostics.ts';
import { writeAtomically, WriteError } from '../content/files.ts';
import {
  ledgerSchema,
  type ClaimGraph,
  type Ledger,
  type LedgerArticle,
  type LedgerClaim,
  type Retired,
} from '../schema.ts';
import { pageRoute, permanentUrl } from './urls.ts';
import { parseYaml, type PlaceOf } from '../content/yaml.ts';

export const ledgerFileName = 'ledger.yaml';

const header = `# Every claim and article this site has published. The build adds new ones; edit an entry only to
# retire it, never delete one: a published URL must keep working.
#   withdrawn: { date: YYYY-MM-DD, reason: "..." }          the page stays as a tombstone
#   merged: { into: <id or slug>, date: YYYY-MM-DD, reason: "..." }   the page points to the survivor
`;

export interface LedgerRead {
  ledger: Ledger;
  placeOf: PlaceOf;
}

/** Reads the ledger in `file`; a corpus that has never been built has none yet, which is no error. */
export function readLedger(file: VFile): LedgerRead {
  const empty: LedgerRead = {
    ledger: { articles: lookup({}), claims: lookup({}) },
    placeOf: () => ({ line: 1, column: 1 }),
  };
  if (file.value === undefined || String(file.value).trim() === '') return empty;
  const parsed = parseYaml(String(file.value));
  for (const error of parsed.errors) fail(file, `YAML: ${error.message}`, error.place, 'ledger');
  if (parsed.errors.length) return empty;
  const result = ledgerSchema.safeParse(parsed.value ?? {});
  if (!result.success) {
    failZodIssues(file, result.error, parsed.placeOf, 'ledger', 'ledger');
    return empty;
  }
  return {
    ledger: { articles: lookup(result.data.articles), claims: lookup(result.data.claims) },
    placeOf: parsed.placeOf,
  };
}

/** Entries looked up by ids an author chooses: with no prototype, "constructor" finds no entry. */
function lookup<Entry>(entries: Record<string, Entry>): Record<string, Entry> {
  return Object.assign(Object.create(null) as Record<string, Entry>, entries);
}

type Retirement = NonNullable<LedgerClaim['withdrawn']> | NonNullable<LedgerClaim['merged']>;

/**
 * The retired entries of one kind, each merger followed to the live entry it ends at. Reports a
 * merger into an unknown or withdrawn entry, or a circle of mergers, at its place in the ledger.
 */
export function retiredEntries<Entry extends LedgerClaim | LedgerArticle>(
  entries: Record<string, Entry>,
  isLive: (id: string) => boolean,
  type: Retired['type'],
  base: string,
  ledger: { file: VFile; placeOf: PlaceOf },
): Retired[] {
  const group = type === 'claim' ? 'claims' : 'articles';
  const retired: Retired[] = [];
  for (const [id, entry] of Object.entries(entries)) {
    const retirement: Retirement | undefined = entry.withdrawn ?? entry.merged;
    if (!retirement) continue;
    let into: string | null = null;
    if (entry.merged) {
      const seen = new Set([id]);
      let next = entry.merged.into;
      while (!isLive(next) && entries[next]?.merged && !seen.has(next)) {
        seen.add(next);
        next = entries[next]!.merged!.into;
      }
      if (!isLive(next)) {
        const why = seen.has(next)
          ? 'mergers that go round in a circle'
          : entries[next]?.withdrawn
            ? `"${next}", which is withdrawn`
            : `"${next}", which is not a published ${type}`;
        fail(
          ledger.file,
          `${type} "${id}" is merged into ${why}: merge it into a live ${type}, or withdraw it`,
          ledger.placeOf([group, id, 'merged', 'into']),
          'ledger',
        );
        continue;
      }
      into = next;
    }
    retired.push({
      type,
      id,
      url: permanentUrl(pageRoute(type, id), base),
      status: entry.withdrawn ? 'withdrawn' : 'merged',
      date: retirement.date,
      reason: retirement.reason,
      into,
      label: 'words' in entry ? entry.words : entry.label,
      article: 'article' in entry ? entry.article : null,
      published: entry.published,
    });
  }
  return retired;
}

/** What a build publishes for the first time: the graph's claims and articles the ledger lacks. */
export function newLedgerEntries(graph: ClaimGraph, today: string): Ledger {
  const ledger: Ledger = { articles: {}, claims: {} };
  for (const article of graph.articles)
    if (!article.published) ledger.articles[article.slug] = { published: today, label: article.label };
  for (const claim of graph.claims)
    if (!claim.published)
      ledger.claims[claim.id] = { article: claim.article, published: today, words: claim.text, anchor: claim.anchor };
  return ledger;
}

/**
 * The graph as the site shows it once built: what the ledger does not hold yet dated `day`, the day
 * the build then records for it (newLedgerEntries), so a page never shows a date the ledger lacks.
 */
export function publishedOn(graph: ClaimGraph, day: string): ClaimGraph {
  return {
    ...graph,
    articles: graph.articles.map((article) => (article.published ? article : { ...article, published: day })),
    claims: graph.claims.map((claim) => (claim.published ? claim : { ...claim, published: day })),
  };
}

/**
 * Adds entries to the ledger file, keeping everything an editor wrote in it; written atomically.
 * An id the file already holds is left as it is (another build may have recorded it, or an editor
 * retired it, since `additions` were computed). Returns how many of each were added.
 */
export function recordInLedger(path: string, additions: Ledger): { articles: number; claims: number } {
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const document = parseDocument(existing ?? '');
  if (document.errors.length)
    throw new WriteError(
      `${path} does not read as YAML (${document.errors[0]!.message.split('\n')[0]}): nothing was ` +
        'recorded; fix it and build again',
    );
  const added = {
    articles: addEntries(document, 'articles', additions.articles),
    claims: addEntries(document, 'claims', additions.claims),
  };
  if (added.articles + added.claims === 0) return added;
  const text = document.toString({ lineWidth: 0 });
  writeAtomically(path, existing === undefined ? header + text : text);
  return added;
}

/**
 * Adds each entry the group lacks, at its end, as `setIn` would; returns how many. Once the group is a
 * map in the document, its keys are looked up in a set: the library finds a key by reading the whole
 * map, which made recording 20,000 new claims take seconds and grew with the square of the claims.
 */
function addEntries(document: Document, group: 'articles' | 'claims', entries: Record<string, unknown>): number {
  let map: YAMLMap | undefined;
  // Keys as the library compares them: a scalar's value, strictly equal to the id.
  let present = new Set<unknown>();
  const findMap = () => {
    const node = document.get(group, true);
    if (!isMap(node)) return;
    map = node;
    present = new Set(map.items.filter(isPair).map((pair) => (isScalar(pair.key) ? pair.key.value : pair.key)));
  };
  findMap();
  let added = 0;
  for (const [id, entry] of Object.entries(entries)) {
    if (map) {
      if (present.has(id)) continue;
      map.items.push(new Pair(id, entry));
      present.add(id);
    } else {
      // Until the group is a map (a new ledger has none), the library makes it, or refuses what is not one.
      if (document.hasIn([group, id])) continue;
      document.setIn([group, id], entry);
      findMap();
    }
    added++;
  }
  return added;
}
