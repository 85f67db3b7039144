// A corpus folder (sources.yaml + articles/*.mdx) -> the validated claim graph, or every problem at once.
import { createHash } from 'node:crypto';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { VFile } from 'vfile';
import { CorpusError, fail, hasErrors, type Point } from '../diagnostics.ts';
import { displayPath, namesInside, readInside, realLocation, unreadable } from './files.ts';
import { maxEntryBytes, maxRawBytes } from '../ingest/read.ts';
import { sourceText } from '../publish/source-text.ts';
import { checkEditorialPage, editorialFolder, editorialPages, isEditorialSlug } from './editorial.ts';
import type { EditorialSlug } from './editorial.ts';
import { pairKey } from '../graph/match.ts';
import { ledgerFileName, readLedger, retiredEntries } from '../publish/ledger.ts';
import { checkAgainstLedger } from './ledger-check.ts';
import { extractArticle, parseArticle, type ExtractedArticle } from './markers.ts';
import { readRegistry, type Registry } from './registry.ts';
import { checkSiteImages, readSiteSettings, siteFileName } from './site.ts';
import {
  claimGraphSchema,
  idSchema,
  relationTypes,
  type ClaimGraph,
  type SiteSettings,
} from '../schema.ts';
import {
  buildGraph,
  placeIn,
  rawSourcePath,
  type DeclaredLink,
  type LoadedArticle,
  type Rejection,
} from '../graph/claim-graph.ts';

export interface LoadOptions {
  /** What permanent URLs start with: the base path ("/" by default, "/factcheck/"), after the origin when known. */
  base?: string;
  /** Directory messages name files relative to (the current directory by default). */
  cwd?: string;
  /**
   * Entry texts read in place of what their files hold, by the entry's path (contentDir/articles/<slug>.mdx,
   * absolute): an edit is checked as the corpus would be with it, before it is written.
   */
  replacing?: ReadonlyMap<string, string>;
}

export interface LoadResult {
  graph: ClaimGraph | undefined;
  files: VFile[];
  /** The corpus's ledger file, where new entries are recorded (see ledger.ts). */
  ledgerPath: string;
  /**
   * Each article's source text by slug, when the corpus loaded: what its claims' anchors count in
   * (source-text.ts), which the site publishes beside the annotations.
   */
  texts: Map<string, string>;
  /** The site's settings (site.ts): its site.yaml, or the defaults when it has none. */
  site: SiteSettings;
  /** The editorial pages the corpus writes itself (editorial.ts); the site has built-in text for the others. */
  pages: EditorialSlug[];
}

const publisherTypes = new Set(['outlet', 'news-agency']);

/** The largest YAML file read: far beyond any real one, far within memory. */
const maxYamlBytes = 5 * 1024 * 1024;

export function loadCorpus(contentDir: string, options: LoadOptions = {}): LoadResult {
  const root = resolve(contentDir);
  const cwd = options.cwd ?? process.cwd();
  const base = options.base ?? '/';
  // Files are read only inside the corpus, and raw sources only in its raw/ or the raw/ beside it (the
  // project's, for content/), judged on real paths so no link leads out (docs/security.md).
  const corpus = realLocation(root) ?? root;
  const rawFolders = [join(corpus, 'raw'), join(dirname(corpus), 'raw')];
  const registryFile = readFileOrFail(join(root, 'sources.yaml'), cwd, corpus, maxYamlBytes);
  const registry = readRegistry(registryFile);
  const siteFile = readFileOrFail(join(root, siteFileName), cwd, corpus, maxYamlBytes, { optional: true });
  const site = readSiteSettings(siteFile);
  checkSiteImages(siteFile, site, root);
  const files: VFile[] = [registryFile, siteFile];

  const articlesDir = join(root, 'articles');
  const names = namesInside(articlesDir, corpus, '.mdx');
  if (names.length === 0)
    fail(
      registryFile,
      `no articles: add content entries as ${relative(cwd, articlesDir)}/<slug>.mdx`,
      undefined,
      'no-articles',
    );

  const articles: LoadedArticle[] = [];
  for (const name of names) {
    const path = join(articlesDir, name);
    const file = readFileOrFail(path, cwd, corpus, maxEntryBytes);
    files.push(file);
    if (file.value === undefined) continue;
    file.value = options.replacing?.get(path) ?? file.value;
    const slug = basename(name, '.mdx');
    if (!idSchema.safeParse(slug).success)
      fail(
        file,
        `file name "${name}": a slug is 3 to 64 lowercase letters, digits and single hyphens: rename the file`,
        undefined,
        'slug',
      );
    const tree = parseArticle(file);
    if (!tree) continue;
    const extracted = extractArticle(file, tree);
    const raw = checkFrontmatter(file, extracted, registry, rawFolders);
    checkVerdicts(file, extracted);
    const text = raw === undefined ? undefined : sourceText(raw, rawSourcePath(file, extracted.frontmatter!));
    articles.push({ file, slug, extracted, raw, text });
  }

  // Editorial pages are content too: checked like entries, though nothing else depends on them.
  const pagesDir = join(root, editorialFolder);
  const pages: EditorialSlug[] = [];
  for (const name of namesInside(pagesDir, corpus, '.mdx')) {
    const file = readFileOrFail(join(pagesDir, name), cwd, corpus, maxEntryBytes);
    files.push(file);
    const slug = basename(name, '.mdx');
    const names = editorialPages.map((page) => `${page.slug}.mdx`).join(', ');
    const unknown = `no editorial page is called "${slug}": the pages are ${names}; rename the file`;
    if (!isEditorialSlug(slug)) fail(file, unknown, undefined, 'page-name');
    else if (file.value !== undefined && checkEditorialPage(file)) pages.push(slug);
  }

  const claimPlaces = new Map<string, { file: VFile; place: Point }>();
  for (const { file, extracted } of articles)
    for (const claim of extracted.claims) {
      const first = claimPlaces.get(claim.attributes.id);
      if (first)
        fail(
          file,
          `duplicate claim id "${claim.attributes.id}", first used ` +
            `at ${first.file.path}:${first.place.line}:${first.place.column}: give this claim a new id ` +
            '(npm run new-id)',
          claim.place,
          'duplicate-claim',
        );
      else claimPlaces.set(claim.attributes.id, { file, place: claim.place });
    }

  const relations = new Map<string, DeclaredLink>();
  const rejections = new Map<string, Rejection>();
  for (const { file, extracted } of articles) {
    for (const mention of extracted.mentions)
      if (!registry.isDeclared(mention.source))
        fail(file, unknownSource(mention.source), mention.place, 'unknown-source');
    for (const claim of extracted.claims) {
      for (const id of claim.attributes.by ?? [])
        if (!registry.isDeclared(id))
          fail(file, unknownSource(id), claim.attributePlaces.by ?? claim.place, 'unknown-source');
      for (const type of [...relationTypes, 'unrelated'] as const)
        for (const target of claim.attributes[type] ?? []) {
          const place = claim.attributePlaces[type] ?? claim.place;
          if (target === claim.attributes.id)
            fail(file, `claim "${target}" ${type} itself: link it to another claim`, place, 'relation');
          else if (!claimPlaces.has(target))
            fail(file, `unknown claim "${target}" in ${type}: no claim in the corpus has this id`, place, 'relation');
          else if (type === 'unrelated')
            rejections.set(pairKey(claim.attributes.id, target), {
              from: claim.attributes.id,
              to: target,
              file,
              place,
            });
          else
            addRelation(relations, file, place, {
              type,
              from: claim.attributes.id,
              to: target,
              declaredAt: placeIn(root, file, place),
            });
        }
    }
  }

  for (const [pair, rejection] of rejections) {
    const linked = relations.get(pair);
    if (!linked) continue;
    const where = linked.declaredAt;
    fail(
      rejection.file,
      `claims "${rejection.from}" and "${rejection.to}" are declared both ${linked.type} ` +
        `(at ${where.file}:${where.line}:${where.column}) and unrelated: keep one`,
      rejection.place,
      'relation',
    );
  }

  const ledgerPath = join(root, ledgerFileName);
  const texts = new Map<string, string>();
  if (hasErrors(files)) return { graph: undefined, files, ledgerPath, texts, site: site.settings, pages };
  const ledgerFile = readFileOrFail(ledgerPath, cwd, corpus, maxYamlBytes, { optional: true });
  files.push(ledgerFile);
  const ledger = readLedger(ledgerFile);
  const live = { slugs: new Set(articles.map((article) => article.slug)), claims: new Set(claimPlaces.keys()) };
  const anchors = checkAgainstLedger(articles, live, ledger, ledgerFile);
  const retired = [
    ...retiredEntries(ledger.ledger.articles, (slug) => live.slugs.has(slug), 'article', base, {
      file: ledgerFile,
      placeOf: ledger.placeOf,
    }),
    ...retiredEntries(ledger.ledger.claims, (id) => live.claims.has(id), 'claim', base, {
      file: ledgerFile,
      placeOf: ledger.placeOf,
    }),
  ];
  if (hasErrors(files)) return { graph: undefined, files, ledgerPath, texts, site: site.settings, pages };
  for (const { slug, text } of articles) if (text !== undefined) texts.set(slug, text);
  const graph = buildGraph(
    root,
    registry,
    articles,
    { declared: [...relations.values()], rejected: [...rejections.values()] },
    base,
    { ledger: ledger.ledger, anchors, retired },
  );
  return { graph: claimGraphSchema.parse(graph), files, ledgerPath, texts, site: site.settings, pages };
}

/** loadCorpus for callers that stop on the first problem: throws a CorpusError listing all of them. */
export function loadCorpusOrThrow(contentDir: string, options?: LoadOptions): ClaimGraph {
  return loadSiteOrThrow(contentDir, options).graph;
}

/** What the site build reads from a corpus: its claim graph, settings, own editorial pages and source texts. */
export type SiteContent = Pick<LoadResult, 'site' | 'pages' | 'texts'> & { graph: ClaimGraph };

/** The site build's loadCorpus: a CorpusError listing every problem, when there are any. */
export function loadSiteOrThrow(contentDir: string, options?: LoadOptions): SiteContent {
  const { graph, files, site, pages, texts } = loadCorpus(contentDir, options);
  if (!graph) throw new CorpusError(files);
  return { graph, site, pages, texts };
}

/**
 * A file of the corpus (real path `corpus`), named in messages relative to `cwd` when it lies inside
 * it; its absolute path in data.absolute. Left without a value when it cannot be read, saying why.
 */
function readFileOrFail(path: string, cwd: string, corpus: string, maxBytes: number, { optional = false } = {}): VFile {
  const file = new VFile({ path: displayPath(path, cwd), cwd, data: { absolute: path } });
  const read = readInside(path, [corpus], maxBytes);
  if (read.problem === 'missing') {
    if (!optional)
      fail(file, `missing file: create ${relative(cwd, path)} (see docs/markers.md)`, undefined, 'missing-file');
  } else if (read.problem)
    fail(
      file,
      unreadable(
        read,
        'this file',
        maxBytes,
        'this file is a link that leads out of the corpus folder: put the file itself there',
      ),
      undefined,
      'file',
    );
  else file.value = read.bytes.toString('utf8');
  return file;
}

function unknownSource(id: string): string {
  return `unknown source "${id}": add it to sources.yaml or use an existing id`;
}

/** Checks the front matter's publisher and raw source; returns the raw source's text when it can be read. */
function checkFrontmatter(
  file: VFile,
  extracted: ExtractedArticle,
  registry: Registry,
  rawFolders: string[],
): string | undefined {
  const frontmatter = extracted.frontmatter;
  if (!frontmatter) return undefined;
  const publisher = registry.sources.get(frontmatter.publisher);
  if (!registry.isDeclared(frontmatter.publisher))
    fail(file, unknownSource(frontmatter.publisher), extracted.frontmatterPlaceOf(['publisher']), 'unknown-source');
  else if (publisher && !publisherTypes.has(publisher.type))
    fail(
      file,
      `publisher "${publisher.id}" is a ${publisher.type}: a publisher is an outlet or news-agency`,
      extracted.frontmatterPlaceOf(['publisher']),
      'publisher',
    );
  const place = extracted.frontmatterPlaceOf(['source', 'file']);
  const read = readInside(rawSourcePath(file, frontmatter), rawFolders, maxRawBytes);
  if (read.problem) {
    const what = `raw source ${frontmatter.source.file}`;
    const outside =
      `${what} is not a file in the corpus's raw/ folder or the raw/ folder beside the corpus, reached ` +
      'without links leading out: copy the source there (claimtrail ingest does)';
    const reason =
      read.problem === 'missing'
        ? `${what} not found (the path is relative to this file)`
        : unreadable(read, what, maxRawBytes, outside);
    fail(file, reason, place, 'raw-source');
    return undefined;
  }
  const bytes = read.bytes;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== frontmatter.source.sha256)
    fail(
      file,
      `raw source ${frontmatter.source.file} has sha256 ${sha256}, not the ${frontmatter.source.sha256} ` +
        'recorded: the file changed; check the text against it before updating the hash',
      extracted.frontmatterPlaceOf(['source', 'sha256']),
      'raw-source',
    );
  return bytes.toString('utf8');
}

/** A verdict rates a claim of its own entry, once a day: the page shows the latest as current. */
function checkVerdicts(file: VFile, extracted: ExtractedArticle): void {
  const ids = new Set(extracted.claims.map((claim) => claim.attributes.id));
  const seen = new Set<string>();
  extracted.frontmatter?.verdicts.forEach((verdict, index) => {
    const place = extracted.frontmatterPlaceOf(['verdicts', index, 'claim']);
    if (!ids.has(verdict.claim))
      fail(
        file,
        `verdict on "${verdict.claim}": no claim of this article has that id; a verdict goes in the ` +
          'entry of the article the claim is marked in',
        place,
        'verdict',
      );
    const key = `${verdict.claim} ${verdict.date}`;
    if (seen.has(key))
      fail(
        file,
        `claim "${verdict.claim}" has two verdicts dated ${verdict.date}: keep one, or date the newer one`,
        place,
        'verdict',
      );
    seen.add(key);
  });
}

function addRelation(relations: Map<string, DeclaredLink>, file: VFile, place: Point, relation: DeclaredLink): void {
  const pair = pairKey(relation.from, relation.to);
  const existing = relations.get(pair);
  if (existing && existing.type !== relation.type)
    return fail(
      file,
      `claims "${relation.from}" and "${relation.to}" are linked as both ${existing.type} ` +
        `and ${relation.type}: keep one`,
      place,
      'relation',
    );
  if (!existing) relations.set(pair, relation);
}
