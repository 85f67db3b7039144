// Measures the ingest against the hand-annotated entries: re-ingests both sample sources from raw/
// and compares, in the raw file's coordinates, with content/articles/*.mdx. Also checks the test
// articles in tests/fixtures/ingest against their hand-written expectations, and the claim model it
// drafts (statement, claimant, stance, hedges) against the gold of both. Prints tables.
//   npm exec -- node scripts/eval-ingest.ts [--verbose] [--skip NAME…]
// --skip leaves out the test articles whose file name contains NAME (a held-out file not to look at).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { parse } from 'yaml';
import { loadCorpusOrThrow } from '../src/core/corpus.ts';
import { draftHedges, draftStance } from '../src/core/ingest/claim-model.ts';
import { draftStatement } from '../src/core/ingest/statement.ts';
import type { CleanBlock } from '../src/core/ingest/clean.ts';
import type { DraftClaim } from '../src/core/ingest/draft.ts';
import { ingest, type Ingested } from '../src/core/ingest/ingest.ts';
import { extractArticle, parseArticle } from '../src/core/markers.ts';
import { readRegistry } from '../src/core/registry.ts';
import type { Claim, ClaimAttributes, Hedge, Stance } from '../src/core/schema.ts';

const root = new URL('..', import.meta.url).pathname;
/** A claim counts as matched when at least this share of its characters is covered by the other side's claims. */
const overlap = 0.5;

const graph = loadCorpusOrThrow(join(root, 'content'));
const registry = readRegistry(new VFile({ value: readFileSync(join(root, 'content/sources.yaml'), 'utf8') }));
const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const verbose = process.argv.includes('--verbose');
const skipped = process.argv.flatMap((arg, index) => (process.argv[index - 1] === '--skip' ? [arg] : []));

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
 * corpus loader drafts (the rule of claimModel in src/core/corpus.ts, repeated here): the claimant is
 * the publisher for `asserts`, else the end of the chain, else unknown.
 */
interface Model {
  statement: string;
  claimant: string | null;
  stance: Stance;
  hedges: Hedge[];
}
function draftedModels(ingested: Ingested): Map<string, Model> {
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
        { statement, stance, hedges, claimant: stance === 'asserts' ? publisher : (attributes.by?.at(-1) ?? null) },
      ];
    }),
  );
}

/**
 * A statement an editor would accept unchanged: one of the gold
 * phrasings, spaces, quote styles and a final full stop aside.
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
const modelFields = ['statement', 'claimant', 'stance', 'hedges'] as const;
type ModelScore = Record<(typeof modelFields)[number], { right: number; judged: number }>;
const emptyScore = (): ModelScore => ({
  statement: { right: 0, judged: 0 },
  claimant: { right: 0, judged: 0 },
  stance: { right: 0, judged: 0 },
  hedges: { right: 0, judged: 0 },
});
function scoreModel(score: ModelScore, model: Model | undefined, gold: Gold, label: string): void {
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
    else if (verbose) {
      const wanted = field === 'statement' ? gold.statement![0] : JSON.stringify(gold[field]);
      const got = field === 'statement' ? model?.statement : JSON.stringify(model?.[field]);
      console.log(`  ${field.toUpperCase()} ${label}\n    drafted: ${got}\n    gold:    ${wanted}`);
    }
  }
}
const scoreCells = (score: ModelScore) => modelFields.map((field) => `${score[field].right}/${score[field].judged}`);
const addScore = (total: ModelScore, score: ModelScore) => {
  for (const field of modelFields) {
    total[field].right += score[field].right;
    total[field].judged += score[field].judged;
  }
};

const rows: string[][] = [];
const sampleModelRows: string[][] = [];
const sampleModelTotal = emptyScore();
let sampleModelFound = 0;
const totals = {
  hand: 0,
  found: 0,
  tight: 0,
  auto: 0,
  correct: 0,
  attributed: 0,
  attributedRight: 0,
  kinds: 0,
  kindsRight: 0,
  clutterLeft: 0,
  repeatedLeft: 0,
  lost: 0,
};
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

  rows.push([
    article.slug,
    `${found.length}/${hand.length}`,
    `${tight.length}/${hand.length}`,
    `${correct.length}/${auto.length}`,
    `${attributedRight.length}/${attributed.length}`,
    `${kindsRight.length}/${found.length}`,
    String(clutterLeft.length),
    String(repeatedLeft.length),
    String(lost.length),
    String(ingested.stats.clutter.length),
    String(ingested.stats.repeated.length),
  ]);
  totals.hand += hand.length;
  totals.found += found.length;
  totals.tight += tight.length;
  totals.auto += auto.length;
  totals.correct += correct.length;
  totals.attributed += attributed.length;
  totals.attributedRight += attributedRight.length;
  totals.kinds += found.length;
  totals.kindsRight += kindsRight.length;
  totals.clutterLeft += clutterLeft.length;
  totals.repeatedLeft += repeatedLeft.length;
  totals.lost += lost.length;
  if (verbose) explain(article.slug, hand, auto, clutterLeft, lost);

  // The claim model of each found hand claim, against what the editor wrote on its marker (a field the
  // loader still drafts there is not judged).
  const models = draftedModels(ingested);
  const score = emptyScore();
  if (verbose) console.log(`\n## ${article.slug}: claim model`);
  for (const claim of found) {
    const match = best(claim, auto);
    const written = (field: (typeof modelFields)[number]) => !claim.drafted.includes(field);
    scoreModel(
      score,
      match && models.get(match.id),
      {
        statement: written('statement') ? [claim.statement] : undefined,
        claimant: written('claimant') && written('stance') ? claim.claimant : undefined,
        stance: written('stance') ? claim.stance : undefined,
        hedges: written('hedges') ? claim.hedges : undefined,
      },
      claim.text.slice(0, 70),
    );
  }
  sampleModelRows.push([article.slug, String(found.length), ...scoreCells(score)]);
  addScore(sampleModelTotal, score);
  sampleModelFound += found.length;
}
const percent = (part: number, whole: number) => `${whole ? Math.round((100 * part) / whole) : 100}%`;
rows.push([
  'total',
  `${totals.found}/${totals.hand} (${percent(totals.found, totals.hand)})`,
  `${totals.tight}/${totals.hand} (${percent(totals.tight, totals.hand)})`,
  `${totals.correct}/${totals.auto} (${percent(totals.correct, totals.auto)})`,
  `${totals.attributedRight}/${totals.attributed} (${percent(totals.attributedRight, totals.attributed)})`,
  `${totals.kindsRight}/${totals.kinds} (${percent(totals.kindsRight, totals.kinds)})`,
  String(totals.clutterLeft),
  String(totals.repeatedLeft),
  String(totals.lost),
  '',
  '',
]);

console.log('Sample sources, re-ingested from raw/ and compared with content/articles/*.mdx\n');
console.log(
  `A hand claim is found when auto claims cover at least ${overlap * 100}% of its characters in the raw file (recall);`,
);
console.log(
  `an auto claim is correct when hand claims cover at least ${overlap * 100}% of its characters (precision).`,
);
console.log(
  "Tight recall: the hand claim's best-overlapping auto claim has about the same words (intersection " +
    'over union ≥ 50%).',
);
console.log(
  'Attribution: a found hand claim with a chain, whose best-overlapping auto claim names the same first source.',
);
console.log('Kind: a found hand claim whose best-overlapping auto claim has the same kind.');
console.log(
  'Clutter left: kept paragraphs the hand entry does not have; lost: hand paragraphs the ingest does not keep.\n',
);
table(
  [
    'article',
    'recall',
    'tight recall',
    'precision',
    'attribution',
    'kind',
    'clutter left',
    'repeats left',
    'paragraphs lost',
    'clutter removed',
    'repeats dropped',
  ],
  rows,
);

// The test articles, ingested as the command does: blocks kept, metadata and (where the expectation
// lists them) claims, against each hand-written expectation.
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
const modelRows: string[][] = [];
const modelTotals = { development: { found: 0, score: emptyScore() }, 'held-out': { found: 0, score: emptyScore() } };
const fixtureRows: string[][] = [];
const fixtureTotals = {
  clutterLeft: 0,
  lost: 0,
  meta: 0,
  metaRight: 0,
  claims: 0,
  found: 0,
  judged: 0,
  byRight: 0,
  filler: 0,
  fillerTaken: 0,
};
for (const name of readdirSync(fixtures).filter(
  (name) => /\.(txt|html)$/.test(name) && !name.includes('login') && !skipped.some((skip) => name.includes(skip)),
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
    return { found: block !== -1 && covered(span, auto) >= overlap, best: block === -1 ? undefined : best(span, auto) };
  };
  const claimResults = (expected.claims ?? []).map((claim) => ({ claim, ...claimsIn(claim.text) }));
  const found = claimResults.filter((result) => result.found);
  const judged = found.filter((result) => result.claim.by !== undefined);
  const byRight = judged.filter((result) => JSON.stringify(result.best?.by) === JSON.stringify(result.claim.by));
  const fillerTaken = (expected.filler ?? []).filter((text) => claimsIn(text).found);
  const claimCells = expected.claims
    ? [
        `${found.length}/${claimResults.length}`,
        `${byRight.length}/${judged.length}`,
        `${fillerTaken.length}/${expected.filler?.length ?? 0}`,
      ]
    : ['-', '-', '-'];
  fixtureRows.push([
    name,
    String(clutterLeft.length),
    String(lost.length),
    `${metaRight}/3`,
    String(ingested.stats.clutter.length),
    `${ingested.stats.repeated.length}/${expected.repeated ?? 0}`,
    ...claimCells,
  ]);
  Object.assign(fixtureTotals, {
    clutterLeft: fixtureTotals.clutterLeft + clutterLeft.length,
    lost: fixtureTotals.lost + lost.length,
    meta: fixtureTotals.meta + 3,
    metaRight: fixtureTotals.metaRight + metaRight,
    claims: fixtureTotals.claims + claimResults.length,
    found: fixtureTotals.found + found.length,
    judged: fixtureTotals.judged + judged.length,
    byRight: fixtureTotals.byRight + byRight.length,
    filler: fixtureTotals.filler + (expected.filler?.length ?? 0),
    fillerTaken: fixtureTotals.fillerTaken + fillerTaken.length,
  });
  if (verbose) {
    console.log(`\n## ${name}`);
    if (metaRight < 3) console.log(`META: ${JSON.stringify({ title, authors, date })}`);
    for (const text of clutterLeft) console.log(`CLUTTER LEFT: ${text}`);
    for (const text of lost) console.log(`LOST: ${text}`);
    for (const result of claimResults)
      if (!result.found || (result.claim.by && JSON.stringify(result.best?.by) !== JSON.stringify(result.claim.by)))
        console.log(
          `${result.found ? 'WRONG BY' : 'MISSED'} ${result.best?.by.join('<') ?? '-'} ` +
            `/ ${result.claim.by?.join('<') ?? '?'}: ${result.claim.text.slice(0, 80)}`,
        );
    for (const text of fillerTaken) console.log(`FILLER TAKEN: ${text}`);
  }

  // The claim model drafted for each found claim with gold;
  // `publisher` in the gold is the publisher ingest gave the entry.
  const withGold = found.filter((result) => result.claim.stance !== undefined);
  if (withGold.length) {
    const models = draftedModels(ingested);
    const score = emptyScore();
    const { publisher } = ingested.draft.frontmatter;
    for (const { claim, best: match } of withGold)
      scoreModel(
        score,
        match && models.get(match.id),
        { ...claim, claimant: claim.claimant === 'publisher' ? publisher : claim.claimant },
        `${name}: ${claim.text.slice(0, 70)}`,
      );
    const set = developmentFixtures.has(name) ? 'development' : 'held-out';
    modelRows.push([name, set, String(withGold.length), ...scoreCells(score)]);
    modelTotals[set].found += withGold.length;
    addScore(modelTotals[set].score, score);
  }
}
fixtureRows.push([
  'total',
  String(fixtureTotals.clutterLeft),
  String(fixtureTotals.lost),
  `${fixtureTotals.metaRight}/${fixtureTotals.meta}`,
  '',
  '',
  `${fixtureTotals.found}/${fixtureTotals.claims}`,
  `${fixtureTotals.byRight}/${fixtureTotals.judged}`,
  `${fixtureTotals.fillerTaken}/${fixtureTotals.filler}`,
]);
console.log(
  '\nTest articles from other outlets (tests/fixtures/ingest), ingested as the command does, against ' +
    'their .expected.yaml',
);
console.log(
  'Metadata: title, authors and date right. Claims (where the expectation lists them): found; chain ' +
    'right, of those judged; filler taken.\n',
);
table(
  [
    'article',
    'clutter left',
    'paragraphs lost',
    'metadata',
    'clutter removed',
    'repeats dropped/expected',
    'claims found',
    'chain right',
    'filler taken',
  ],
  fixtureRows,
);

const scoreTotalCells = (score: ModelScore) =>
  modelFields.map(
    (field) => `${score[field].right}/${score[field].judged} (${percent(score[field].right, score[field].judged)})`,
  );
for (const set of ['development', 'held-out'] as const)
  if (modelTotals[set].found)
    modelRows.push([`total, ${set}`, set, String(modelTotals[set].found), ...scoreTotalCells(modelTotals[set].score)]);
console.log(
  '\nClaim model, for the claims found: the statement, claimant, stance and hedges the site shows (the ' +
    "marker's, else the",
);
console.log(
  "loader's draft), against the gold. Statement: equal to one of the gold phrasings (spaces, quote " +
    'styles and a final full',
);
console.log(
  'stop aside), so an editor accepts it unchanged. Claimant: the end of the chain, or the publisher for its own voice.',
);
console.log(
  'Hedges: exactly the gold set. Development: fixtures the rules were written against; held-out: any others.\n',
);
console.log('Test articles (tests/fixtures/ingest, `claims:` with gold):\n');
table(['article', 'set', 'claims', 'statement accepted', 'claimant right', 'stance right', 'hedges exact'], modelRows);
console.log('\nSample sources (content/articles, development), for the fields an editor wrote on the marker:\n');
sampleModelRows.push(['total', String(sampleModelFound), ...scoreTotalCells(sampleModelTotal)]);
table(['article', 'claims', 'statement accepted', 'claimant right', 'stance right', 'hedges exact'], sampleModelRows);

function table(header: string[], body: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(
    [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...body.map(line)].join('\n'),
  );
}

function explain(
  slug: string,
  hand: (Claim & Span)[],
  auto: (DraftClaim & Span)[],
  clutterLeft: string[],
  lost: string[],
): void {
  console.log(`\n## ${slug}`);
  for (const claim of hand) {
    const match = best(claim, auto);
    console.log(
      `${covered(claim, auto) >= overlap ? 'found' : 'MISSED'} ${claim.kind}/${match?.kind ?? '-'} ` +
        `by ${claim.attribution.slice(1).join('<') || '-'} ` +
        `/ ${match?.by.join('<') || '-'}: ${claim.text.slice(0, 80)}`,
    );
  }
  for (const claim of auto)
    if (covered(claim, hand) < overlap)
      console.log(`EXTRA ${claim.kind} [${claim.signals.join(',')}]: ${claim.text.slice(0, 80)}`);
  for (const text of clutterLeft) console.log(`CLUTTER LEFT: ${text}`);
  for (const text of lost) console.log(`LOST: ${text}`);
}
