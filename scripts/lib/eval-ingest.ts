// The ingest measured against hand-annotated text (what `npm run eval:ingest` prints, and the floors
// test in tests/unit/eval-floors.test.ts holds): the sample sources re-ingested from raw/ against
// content/articles/*.mdx, in the raw file's coordinates; the test articles in tests/fixtures/ingest
// against their hand-written expectations; and the claim model drafted (statement, claimant, stance,
// hedges) against the gold of both. `log` receives the explanations --verbose prints.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { parse } from 'yaml';
import { loadCorpusOrThrow } from '../../src/core/content/corpus.ts';
import { claimantOf, draftHedges, draftStance } from '../../src/core/ingest/claim-model.ts';
import type { CleanBlock } from '../../src/core/ingest/clean.ts';
import type { DraftClaim } from '../../src/core/ingest/draft.ts';
import { ingest, type Ingested } from '../../src/core/ingest/ingest.ts';
import { draftStatement } from '../../src/core/ingest/statement.ts';
import { extractArticle, parseArticle } from '../../src/core/content/markers.ts';
import { readRegistry } from '../../src/core/content/registry.ts';
import type { Claim, ClaimAttributes, Hedge, Stance } from '../../src/core/schema.ts';

const root = join(import.meta.dirname, '../..');
/** A claim counts as matched when at least this share of its characters is covered by the other side's claims. */
export const overlap = 0.5;
type Log = (line: string) => void;

const readSampleRegistry = () =>
  readRegistry(new VFile({ value: readFileSync(join(root, 'content/sources.yaml'), 'utf8') }));
const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

type Span = { start: number; end: number };
/** The share of `span` covered by any of `others`. */
function covered(span: Span, others: Span[]): number {
  let count = 0;
  for (let at = span.start; at < span.end; at++)
    if (others.some((other) => other.start <= at && at < other.end)) count++;
  return count / Math.max(1, span.end - span.start);
}
/** The other span overlapping `span` the most. */
function best<T extends Span>(span: Span, others: T[]): T | undefined {
  const shared = (other: Span) => Math.max(0, Math.min(span.end, other.end) - Math.max(span.start, other.start));
  return others.filter((other) => shared(other) > 0).sort((a, b) => shared(b) - shared(a))[0];
}

/**
 * The claim model the site shows for each claim of a draft: what its marker says, else what the
 * corpus loader drafts (as claimModel in src/core/graph/claim-graph.ts does); the claimant by the
 * loader's own rule (claimantOf in src/core/ingest/claim-model.ts).
 */
interface Model {
  statement: string;
  claimant: string | null;
  stance: Stance;
  hedges: Hedge[];
}
function draftedModels(ingested: Ingested, registry: ReturnType<typeof readRegistry>): Map<string, Model> {
  const file = new VFile({ value: ingested.draft.mdx });
  const article = extractArticle(file, parseArticle(file)!);
  const names = new Map(
    [...registry.sources.values(), ...ingested.newSources].map((source) => [source.id, source.name]),
  );
  const publisher = ingested.draft.frontmatter.publisher;
  return new Map(
    article.claims.map((claim) => {
      const block = article.blocks[claim.block]!;
      const chars = Array.from(block.text);
      const words = {
        text: claim.text,
        before: chars.slice(0, claim.offsets.start - block.start).join(''),
        after: chars.slice(claim.offsets.end - block.start).join(''),
      };
      const attributes: ClaimAttributes = claim.attributes;
      const context = { ...words, kind: attributes.kind, by: attributes.by ?? [] };
      const stance = attributes.stance ?? draftStance(context);
      const statement = attributes.statement ?? draftStatement(context, names);
      const hedges = attributes.hedges ?? (attributes.statement ? [] : draftHedges(words));
      return [
        attributes.id,
        { statement, stance, hedges, claimant: claimantOf(stance, publisher, attributes.by ?? []) },
      ];
    }),
  );
}

/**
 * A statement an editor would accept unchanged: one of the gold phrasings, spaces, quote styles and a
 * final full stop aside.
 */
const sameStatement = (a: string, b: string) => {
  const plain = (text: string) =>
    text
      .replace(/\s+/g, ' ')
      .replace(/[“”„"]/g, '"')
      .replace(/[‘’']/g, "'")
      .trim()
      .replace(/\.$/, '');
  return plain(a) === plain(b);
};
const sameHedges = (a: readonly string[], b: readonly string[]) =>
  JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/** The gold of one claim; a field left out is not judged. */
interface Gold {
  statement?: string[];
  claimant?: string | null;
  stance?: Stance;
  hedges?: Hedge[];
}
export const modelFields = ['statement', 'claimant', 'stance', 'hedges'] as const;
/** Per field of the claim model: the claims judged on it, and those drafted right. */
export type ModelScore = Record<(typeof modelFields)[number], { right: number; judged: number }>;
const emptyScore = (): ModelScore => ({
  statement: { right: 0, judged: 0 },
  claimant: { right: 0, judged: 0 },
  stance: { right: 0, judged: 0 },
  hedges: { right: 0, judged: 0 },
});
function scoreModel(score: ModelScore, model: Model | undefined, gold: Gold, label: string, log?: Log): void {
  const checks = {
    statement:
      gold.statement &&
      (() => gold.statement!.some((phrasing) => model !== undefined && sameStatement(model.statement, phrasing))),
    claimant: gold.claimant !== undefined && (() => model?.claimant === gold.claimant),
    stance: gold.stance && (() => model?.stance === gold.stance),
    hedges: gold.hedges && (() => model !== undefined && sameHedges(model.hedges, gold.hedges!)),
  };
  for (const field of modelFields) {
    const check = checks[field];
    if (!check) continue;
    score[field].judged++;
    if (check()) score[field].right++;
    else if (log) {
      const wanted = field === 'statement' ? gold.statement![0] : JSON.stringify(gold[field]);
      const got = field === 'statement' ? model?.statement : JSON.stringify(model?.[field]);
      log(`  ${field.toUpperCase()} ${label}\n    drafted: ${got}\n    gold:    ${wanted}`);
    }
  }
}
const addScore = (total: ModelScore, score: ModelScore) => {
  for (const field of modelFields) {
    total[field].right += score[field].right;
    total[field].judged += score[field].judged;
  }
};

/** Counts for one sample source; `total` sums them over every source. */
export interface SampleCounts {
  /** Hand claims, those found (recall), those matched tightly. */
  hand: number;
  found: number;
  tight: number;
  /** Auto claims, those the hand claims confirm (precision). */
  auto: number;
  correct: number;
  /** Found hand claims with a chain, and those whose first source the ingest names. */
  attributed: number;
  attributedRight: number;
  /** Found hand claims whose kind the ingest drafts. */
  kindsRight: number;
  /** Paragraphs kept that the hand entry lacks, kept twice, and hand paragraphs lost. */
  clutterLeft: number;
  repeatedLeft: number;
  lost: number;
  clutterRemoved: number;
  repeatsDropped: number;
}

export interface SampleEvaluation {
  articles: { slug: string; counts: SampleCounts; model: ModelScore }[];
  total: SampleCounts;
  /** The claim model of the found hand claims, for the fields an editor wrote on the marker. */
  model: ModelScore;
}

/** Both sample sources re-ingested from raw/ and compared with content/articles/*.mdx. */
export function evaluateSample(log?: Log): SampleEvaluation {
  const graph = loadCorpusOrThrow(join(root, 'content'));
  const registry = readSampleRegistry();
  const articles: SampleEvaluation['articles'] = [];
  for (const article of graph.articles) {
    const rawPath = join(root, 'content', article.sourceFile);
    const meta = parse(readFileSync(rawPath.replace(/\.txt$/, '.meta.yaml'), 'utf8')) as { publisher_id: string };
    // The publisher an editor would give on the command line when the file does not state it.
    const { ingested, file } = ingest({
      path: rawPath,
      bytes: readFileSync(rawPath),
      registry,
      sourceFile: article.sourceFile,
      publisher: meta.publisher_id,
    });
    if (!ingested) throw new Error(String(file.messages));
    const auto = ingested.draft.claims.map((claim) => ({ ...claim, ...claim.raw! }));
    const hand = graph.claims
      .filter((claim) => claim.article === article.slug)
      .map((claim) => ({ ...claim, start: claim.anchor.start, end: claim.anchor.end }));

    const found = hand.filter((claim) => covered(claim, auto) >= overlap);
    const correct = auto.filter((claim) => covered(claim, hand) >= overlap);
    // Attribution: for each found hand claim with a chain, the first source of the auto claim covering it most.
    const attributed = found.filter((claim) => claim.attribution.length > 1);
    const attributedRight = attributed.filter((claim) => best(claim, auto)?.by[0] === claim.attribution[1]);
    const kindsRight = found.filter((claim) => best(claim, auto)?.kind === claim.kind);
    // Tight: the best-overlapping auto claim has about the same words (intersection over union ≥ 0.5).
    const tight = hand.filter((claim) => {
      const match = best(claim, auto);
      if (!match) return false;
      const shared = Math.min(claim.end, match.end) - Math.max(claim.start, match.start);
      return shared / (Math.max(claim.end, match.end) - Math.min(claim.start, match.start)) >= 0.5;
    });

    const handBlocks = article.blocks.map((block) => normal(block.text));
    const autoBlocks = ingested.blocks.map((block) => normal(block.text));
    const clutterLeft = autoBlocks.filter((text) => !handBlocks.some((other) => other === text));
    const repeatedLeft = autoBlocks.filter((text, index) => autoBlocks.indexOf(text) !== index);
    const lost = handBlocks.filter((text) => !autoBlocks.includes(text));
    if (log) explain(log, article.slug, hand, auto, clutterLeft, lost);

    // The claim model of each found hand claim, against what the editor wrote on its marker (a field the
    // loader still drafts there is not judged).
    const models = draftedModels(ingested, registry);
    const model = emptyScore();
    log?.(`\n## ${article.slug}: claim model`);
    for (const claim of found) {
      const match = best(claim, auto);
      const written = (field: (typeof modelFields)[number]) => !claim.drafted.includes(field);
      const gold = {
        statement: written('statement') ? [claim.statement] : undefined,
        claimant: written('claimant') && written('stance') ? claim.claimant : undefined,
        stance: written('stance') ? claim.stance : undefined,
        hedges: written('hedges') ? claim.hedges : undefined,
      };
      scoreModel(model, match && models.get(match.id), gold, claim.text.slice(0, 70), log);
    }
    const counts: SampleCounts = {
      hand: hand.length,
      found: found.length,
      tight: tight.length,
      auto: auto.length,
      correct: correct.length,
      attributed: attributed.length,
      attributedRight: attributedRight.length,
      kindsRight: kindsRight.length,
      clutterLeft: clutterLeft.length,
      repeatedLeft: repeatedLeft.length,
      lost: lost.length,
      clutterRemoved: ingested.stats.clutter.length,
      repeatsDropped: ingested.stats.repeated.length,
    };
    articles.push({ slug: article.slug, counts, model });
  }
  const total = Object.fromEntries(
    (Object.keys(articles[0]!.counts) as (keyof SampleCounts)[]).map((key) => [
      key,
      articles.reduce((sum, { counts }) => sum + counts[key], 0),
    ]),
  ) as unknown as SampleCounts;
  const model = emptyScore();
  for (const article of articles) addScore(model, article.model);
  return { articles, total, model };
}

/** What a test article's .expected.yaml says an editor keeps and marks. */
interface Expected {
  title: string | null;
  authors: string[];
  date: string | Date | null;
  paragraphs: string[];
  captions: { text: string }[];
  repeated?: number;
  /** Words an editor marks as a claim, with the chain when it is judged, and the claim model's gold where given. */
  claims?: {
    text: string;
    by?: string[];
    statement?: string[];
    claimant?: string;
    stance?: Stance;
    hedges?: Hedge[];
  }[];
  /** Sentences an editor leaves unmarked. */
  filler?: string[];
  /** The publisher an editor would give on the command line (a press release's issuer). */
  publisher?: string;
}

/** Counts for one test article; `total` sums them (claims counts only over articles that list claims). */
export interface FixtureCounts {
  clutterLeft: number;
  lost: number;
  /** Title, authors and date: 3 judged. */
  meta: number;
  metaRight: number;
  clutterRemoved: number;
  repeatsDropped: number;
  repeatsExpected: number;
  /** Undefined when the expectation lists no claims. */
  claims?: { listed: number; found: number; judged: number; byRight: number; filler: number; fillerTaken: number };
}

/** The claim-model gold of the test articles: development (rules written against it) or held out. */
export type FixtureSet = 'development' | 'held-out';

export interface FixtureEvaluation {
  articles: { name: string; counts: FixtureCounts; model?: { set: FixtureSet; claims: number; score: ModelScore } }[];
  total: Required<FixtureCounts>;
  models: Record<FixtureSet, { claims: number; score: ModelScore }>;
}

const fixtures = join(root, 'tests/fixtures/ingest');
/**
 * The test articles whose claim-model gold the drafting rules were developed on: their figures are
 * "development". Any other test article with gold is held out: its figures are reported apart.
 */
const developmentFixtures = new Set([
  'network-opposition.txt',
  'tv-wildfire.txt',
  'translated-bridge.txt',
  'liveblog-storm.txt',
  'release-water.txt',
  'regional-school.txt',
  'page-hospital.html',
]);

/**
 * The test articles, ingested as the command does (less those whose file name contains one of `skip`,
 * a held-out file not to look at): blocks kept, metadata and, where the expectation lists them,
 * claims and their model, against each hand-written expectation.
 */
export function evaluateFixtures(skip: string[] = [], log?: Log): FixtureEvaluation {
  const registry = readSampleRegistry();
  const articles: FixtureEvaluation['articles'] = [];
  const models: FixtureEvaluation['models'] = {
    development: { claims: 0, score: emptyScore() },
    'held-out': { claims: 0, score: emptyScore() },
  };
  for (const name of readdirSync(fixtures).filter(
    (name) => /\.(txt|html)$/.test(name) && !name.includes('login') && !skip.some((part) => name.includes(part)),
  )) {
    const expected = parse(readFileSync(join(fixtures, name.replace(/\.\w+$/, '.expected.yaml')), 'utf8')) as Expected;
    const path = join(fixtures, name);
    const { ingested, file } = ingest({
      path,
      bytes: readFileSync(path),
      registry,
      sourceFile: `../raw/${name}`,
      publisher: expected.publisher ?? 'Invented Outlet',
    });
    if (!ingested) throw new Error(String(file.messages));
    const wanted = [...expected.paragraphs, ...expected.captions.map((caption) => caption.text)].map(normal);
    const kept = ingested.blocks.map((block: CleanBlock) => normal(block.text));
    const clutterLeft = kept.filter((text) => !wanted.includes(text));
    const lost = wanted.filter((text) => !kept.includes(text));
    const { title, authors, date } = ingested.draft.frontmatter;
    const expectedDate = expected.date instanceof Date ? expected.date.toISOString().slice(0, 10) : expected.date;
    const metaRight = [
      title === expected.title,
      JSON.stringify(authors) === JSON.stringify(expected.authors),
      date === expectedDate,
    ].filter(Boolean).length;

    // A claim's words, in the coordinates of its block: found when auto claims cover half of them.
    const claimsIn = (text: string) => {
      const block = ingested.blocks.findIndex((candidate) => candidate.text.includes(text));
      const start = block === -1 ? 0 : ingested.blocks[block]!.text.indexOf(text);
      const auto = ingested.draft.claims.filter((claim) => claim.block === block);
      const span = { start, end: start + text.length };
      return {
        found: block !== -1 && covered(span, auto) >= overlap,
        best: block === -1 ? undefined : best(span, auto),
      };
    };
    const claimResults = (expected.claims ?? []).map((claim) => ({ claim, ...claimsIn(claim.text) }));
    const found = claimResults.filter((result) => result.found);
    const judged = found.filter((result) => result.claim.by !== undefined);
    const byRight = judged.filter((result) => JSON.stringify(result.best?.by) === JSON.stringify(result.claim.by));
    const fillerTaken = (expected.filler ?? []).filter((text) => claimsIn(text).found);
    const counts: FixtureCounts = {
      clutterLeft: clutterLeft.length,
      lost: lost.length,
      meta: 3,
      metaRight,
      clutterRemoved: ingested.stats.clutter.length,
      repeatsDropped: ingested.stats.repeated.length,
      repeatsExpected: expected.repeated ?? 0,
      claims: expected.claims
        ? {
            listed: claimResults.length,
            found: found.length,
            judged: judged.length,
            byRight: byRight.length,
            filler: expected.filler?.length ?? 0,
            fillerTaken: fillerTaken.length,
          }
        : undefined,
    };
    if (log) {
      log(`\n## ${name}`);
      if (metaRight < 3) log(`META: ${JSON.stringify({ title, authors, date })}`);
      for (const text of clutterLeft) log(`CLUTTER LEFT: ${text}`);
      for (const text of lost) log(`LOST: ${text}`);
      for (const result of claimResults)
        if (!result.found || (result.claim.by && JSON.stringify(result.best?.by) !== JSON.stringify(result.claim.by))) {
          const chains = `${result.best?.by.join('<') ?? '-'} / ${result.claim.by?.join('<') ?? '?'}`;
          log(`${result.found ? 'WRONG BY' : 'MISSED'} ${chains}: ${result.claim.text.slice(0, 80)}`);
        }
      for (const text of fillerTaken) log(`FILLER TAKEN: ${text}`);
    }

    // The claim model drafted for each found claim with gold; `publisher` in the gold is the publisher
    // ingest gave the entry.
    const withGold = found.filter((result) => result.claim.stance !== undefined);
    let model: FixtureEvaluation['articles'][number]['model'];
    if (withGold.length) {
      const drafted = draftedModels(ingested, registry);
      const score = emptyScore();
      const { publisher } = ingested.draft.frontmatter;
      for (const { claim, best: match } of withGold)
        scoreModel(
          score,
          match && drafted.get(match.id),
          { ...claim, claimant: claim.claimant === 'publisher' ? publisher : claim.claimant },
          `${name}: ${claim.text.slice(0, 70)}`,
          log,
        );
      const set = developmentFixtures.has(name) ? 'development' : 'held-out';
      model = { set, claims: withGold.length, score };
      models[set].claims += withGold.length;
      addScore(models[set].score, score);
    }
    articles.push({ name, counts, model });
  }
  const sum = (count: (counts: FixtureCounts) => number) =>
    articles.reduce((total, { counts }) => total + count(counts), 0);
  const claimSum = (key: keyof NonNullable<FixtureCounts['claims']>) => sum((counts) => counts.claims?.[key] ?? 0);
  const total: Required<FixtureCounts> = {
    clutterLeft: sum((counts) => counts.clutterLeft),
    lost: sum((counts) => counts.lost),
    meta: sum((counts) => counts.meta),
    metaRight: sum((counts) => counts.metaRight),
    clutterRemoved: sum((counts) => counts.clutterRemoved),
    repeatsDropped: sum((counts) => counts.repeatsDropped),
    repeatsExpected: sum((counts) => counts.repeatsExpected),
    claims: {
      listed: claimSum('listed'),
      found: claimSum('found'),
      judged: claimSum('judged'),
      byRight: claimSum('byRight'),
      filler: claimSum('filler'),
      fillerTaken: claimSum('fillerTaken'),
    },
  };
  return { articles, total, models };
}

function explain(
  log: Log,
  slug: string,
  hand: (Claim & Span)[],
  auto: (DraftClaim & Span)[],
  clutterLeft: string[],
  lost: string[],
): void {
  log(`\n## ${slug}`);
  for (const claim of hand) {
    const match = best(claim, auto);
    const found = covered(claim, auto) >= overlap ? 'found' : 'MISSED';
    const chains = `${claim.attribution.slice(1).join('<') || '-'} / ${match?.by.join('<') || '-'}`;
    log(`${found} ${claim.kind}/${match?.kind ?? '-'} by ${chains}: ${claim.text.slice(0, 80)}`);
  }
  for (const claim of auto)
    if (covered(claim, hand) < overlap)
      log(`EXTRA ${claim.kind} [${claim.signals.join(',')}]: ${claim.text.slice(0, 80)}`);
  for (const text of clutterLeft) log(`CLUTTER LEFT: ${text}`);
  for (const text of lost) log(`LOST: ${text}`);
}
