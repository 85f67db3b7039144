// The trace `claimtrail ingest --explain` prints: which rule decided each line of cleaning, and which
// rules found each cue's speaker and chain. The rule names are the tables' (clean-rules.ts,
// cue-rules.ts, reference-rules.ts); collecting the trace changes nothing the ingest makes.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { filesUnder } from '../../src/cli/bundle.ts';
import { runIngest } from '../../src/cli/ingest.ts';
import { describe, expect, test } from 'vitest';
import { Attributor, type AttributionTrace } from '../../src/core/ingest/attribution.ts';
import { cleanText } from '../../src/core/ingest/clean.ts';
import type { CleanTraceLine } from '../../src/core/ingest/clean-state.ts';
import { explainIngest } from '../../src/core/ingest/explain.ts';
import { ingest } from '../../src/core/ingest/ingest.ts';
import { newIngestTrace } from '../../src/core/ingest/trace.ts';
import { registry } from './attribution-registry.ts';

/** Each cue of the last sentence, after reading the ones before it: the cue, the rules that fired, the chain. */
function cueRules(...sentences: string[]): [string, string[], string[]][] {
  const trace: AttributionTrace = { sentences: [], unnamed: [] };
  const attributor = new Attributor(registry, 'courier', trace);
  for (const sentence of sentences) attributor.attribute(sentence);
  return trace.sentences.at(-1)!.cues.map((cue) => [cue.cue, cue.rules, cue.chain]);
}

describe('attribution trace: a sentence -> the rules that fired for each cue', () => {
  const fired = (cue: string, rules: string[], chain: string[]) => [cue, rules, chain];
  test.each([
    [
      'a speaker before "said", by its registry name',
      ['Arland has invited envoys.', 'The foreign ministry said the visit was planned.'],
      [fired('said', ['speaker-before-cue', 'registry-name'], ['foreign-ministry'])],
    ],
    [
      '"according to": the source after the cue',
      ['According to the US State Department, up to 2 million people have been held.'],
      [fired('According to', ['source-after-cue', 'registry-name'], ['state-department'])],
    ],
    [
      'citing: the citing cue names no speaker; the reporter then cites the source',
      ['Citing diplomatic sources, the Reuters news agency reported that the envoys had been invited.'],
      [
        fired('Citing', ['citing-cue-names-no-speaker'], []),
        fired('reported', ['speaker-before-cue', 'registry-name', 'cites-a-source'], ['reuters', 'diplomatic-sources']),
      ],
    ],
    [
      '"he": the last person',
      ['"The statement is important," said John Fisher.', 'He said pressure would grow.'],
      [fired('said', ['speaker-before-cue', 'pronoun'], ['john-fisher'])],
    ],
    [
      'an inverted cue: nothing names a speaker before it, so the name after it does',
      ['"The statement is important," said John Fisher.'],
      [fired('said', ['speaker-before-cue', 'not-a-name', 'inverted-cue', 'registry-name'], ['john-fisher'])],
    ],
    [
      'a passive names no one',
      ['No injuries have been reported.'],
      [fired('reported', ['speaker-before-cue', 'passive-names-no-one'], [])],
    ],
    [
      "a participle after a comma continues the clause's speaker",
      ['Arland has invited envoys.', 'The foreign ministry confirmed the invitation, saying the envoys were welcome.'],
      [
        fired('confirmed', ['speaker-before-cue', 'registry-name'], ['foreign-ministry']),
        fired('saying', ['participle-continues-speaker'], ['foreign-ministry']),
      ],
    ],
    [
      '"in a statement": the speaker after the comma, who is then the speaker "the foreign ministry" names',
      ['Arland has invited envoys.', 'In a statement, the foreign ministry confirmed the invitation.'],
      [
        fired('In a statement', ['statement-then-speaker', 'registry-name'], ['foreign-ministry']),
        fired('confirmed', ['speaker-before-cue', 'earlier-speaker-by-common-noun'], ['foreign-ministry']),
      ],
    ],
    [
      'a name before its role',
      ["Ines Calder, the party's spokeswoman, said the vote was rigged."],
      [fired('said', ['speaker-before-cue', 'name-before-role', 'new-draft'], ['ines-calder'])],
    ],
    [
      'a role, then the name, after an inverted cue',
      ['"We have no staff," said the clinic\'s director, Dr. Hana Vos.'],
      [
        fired(
          'said',
          ['speaker-before-cue', 'not-a-name', 'inverted-cue', 'name-after-role', 'new-draft'],
          ['hana-vos'],
        ),
      ],
    ],
    [
      "a statement is its issuer's",
      ['A police statement said the leader was held.'],
      [fired('said', ['speaker-before-cue', 'issuer-of-document', 'new-draft'], ['police'])],
    ],
    [
      '"the statement" is whoever issued one',
      [
        'Arland has invited envoys.',
        'In a statement, the foreign ministry confirmed it.',
        '"Seeing is believing," the statement said.',
      ],
      [fired('said', ['speaker-before-cue', 'document-of-speaker'], ['foreign-ministry'])],
    ],
    [
      'what it is, then its name',
      ['About 9,000 homes lost power, according to the grid operator Valtra.'],
      [fired('according to', ['source-after-cue', 'description-then-name', 'new-draft'], ['valtra'])],
    ],
    [
      '"the agency" is the agency the article named in full before',
      ['Nurses accused the regional health agency of neglect.', 'The agency said the ward would reopen.'],
      [fired('said', ['speaker-before-cue', 'named-in-full-before', 'new-draft'], ['regional-health-agency'])],
    ],
    [
      'told an outlet: the outlet reports what its source told it',
      ['Diplomatic sources spoke to Reuters.', 'One source told Reuters the talks had begun.'],
      [fired('told', ['speaker-before-cue', 'registry-name', 'told-an-outlet'], ['reuters', 'diplomatic-sources'])],
    ],
    [
      'words the registry gives a source the article has not named are a draft of their own',
      ['One source told the Courier the talks had begun.'],
      [fired('told', ['speaker-before-cue', 'new-draft'], ['one-source'])],
    ],
    [
      'words the registry lacks become a draft, once judged source-like',
      ['About 2,400 homes were evacuated, county officials said.'],
      [fired('said', ['speaker-before-cue', 'new-draft'], ['county-officials'])],
    ],
  ])('%s', (_, sentences, expected) => {
    expect(cueRules(...sentences)).toEqual(expected);
  });
});

describe('cleaning trace: each line -> the rule that decided it, and what it did', () => {
  const story =
    'The council closed the coastal road on Tuesday after the storm washed away part of the sea wall, officials said.';
  test.each([
    [
      'a header (section label, headline, byline) before the story, then a list of links',
      [
        'World',
        'Storm closes coastal road for a week',
        'By Jane Doe',
        'Advertisement',
        story,
        'Related',
        'Another story headline here',
      ],
      [
        ['header-label', 'dropped: section-label'],
        ['headline', 'headline'],
        ['byline', 'dropped: byline'],
        ['clutter', 'dropped: advertisement'],
        ['paragraph', 'paragraph'],
        ['related-heading', 'dropped: related-links'],
        ['related-link', 'dropped: related-links'],
      ],
    ],
    [
      "a caption label, its caption, and a release's end mark",
      [story, 'Image caption', 'Waves over the sea wall on Monday', '###', 'About the council: it runs the county.'],
      [
        ['paragraph', 'paragraph'],
        ['image-caption-label', 'dropped: image-label'],
        ['caption-after-label', 'caption'],
        ['end-mark', 'dropped: end-mark'],
        ['after-the-end', 'dropped: after-end-mark'],
      ],
    ],
  ])('%s', (_, lines, expected) => {
    const trace: CleanTraceLine[] = [];
    cleanText(lines.join('\n\n'), trace);
    expect(trace.map((line) => [line.rule, line.outcome])).toEqual(expected);
    expect(trace.map((line) => line.text)).toEqual(lines);
  });
});

describe('a trace collected', () => {
  const bytes = readFileSync('raw/scmp-2019-xinjiang-diplomats-invited.txt');
  const options = { path: 'raw/scmp.txt', bytes, registry, sourceFile: '../raw/scmp.txt' };
  const counter = () => {
    let n = 0;
    return () => `c${++n}`;
  };

  test('changes nothing the ingest makes', () => {
    const plain = ingest({ ...options, newId: counter() }).ingested!;
    const traced = ingest({ ...options, newId: counter(), trace: newIngestTrace() }).ingested!;
    expect(traced.draft.mdx).toBe(plain.draft.mdx);
    expect(traced.newSources).toEqual(plain.newSources);
  });

  test("is told in words: lines dropped by rule, each claim's reasons, the rules that chose its claimant", () => {
    const trace = newIngestTrace();
    const lines = explainIngest(ingest({ ...options, newId: counter(), trace }).ingested!, trace);
    expect(lines).toContain('  dropped as reading-time (rule clutter): “Reading Time:3 minutes”');
    expect(lines).toContain('  dropped as byline (rule names-only-byline): “Zhenhua LuandMimi Lau”');
    expect(lines).toContain(
      '  headline (rule headline): ' +
        '“China invites European diplomats to visit Xinjiang as backlash grows over Muslim camps”',
    );
    const count = lines.find((line) => line.startsWith('claims drafted'))!;
    const drafted = Number(/^claims drafted: (\d+)$/.exec(count)![1]);
    expect(lines.filter((line) => /^ {2}\d+\. /.test(line))).toHaveLength(drafted);
    expect(lines).toContain(
      '     claimant: reuters < diplomatic-sources, by the cue "reported" -> reuters < diplomatic-sources ' +
        '(rules speaker-before-cue, registry-name, cites-a-source)',
    );
    const byRules = /^ {5}check-worthy by the rules: score [\d.]+ \(0\.4 needed\): quantity \+0\.5/;
    expect(lines.some((line) => byRules.test(line))).toBe(true);
  });
});

describe('claimtrail ingest --explain (runIngest, as main calls it)', () => {
  const scmp = resolve('raw/scmp-2019-xinjiang-diplomats-invited.txt');
  const login = resolve('tests/fixtures/ingest/page-login.html');
  test.each([
    [
      'one article: what the rules did, and nothing written',
      [scmp],
      0,
      [
        /^raw\/scmp-2019-xinjiang-diplomats-invited\.txt: explained \(--explain writes nothing\)$/,
        /^ {2}cleaning: \d+ lines read, 12 dropped, \d+ kept$/,
        /^ {4}dropped as advertisement \(rule clutter\): “Advertisement”$/,
        /^ {2}claims drafted: \d+$/,
        /^ {7}claimant: foreign-ministry, by the cue "said" -> foreign-ministry \(rules speaker-before-cue, doc/,
        /^ {2}sources it would add to sources\.yaml as drafts: scmp, /,
      ],
    ],
    [
      'a page with no article is said so, and the others are explained',
      [login, scmp],
      1,
      [/^claimtrail ingest: 2 files: 1 explained, 1 not ingested \(tests\/fixtures\/ingest\/page-login\.html\)$/],
    ],
  ])('%s', async (_, files, code, expected) => {
    const dir = join(mkdtempSync(join(tmpdir(), 'claimtrail-explain-')), 'corpus');
    cpSync('tests/fixtures/minimal-corpus', dir, { recursive: true });
    const snapshot = () =>
      Object.fromEntries(filesUnder(dir).map((path) => [path, readFileSync(join(dir, path), 'utf8')]));
    const before = snapshot();
    const said: string[] = [];
    const warned: string[] = [];
    const rawDir = join(dir, 'raw');
    const request = { files, contentDir: dir, rawDir, merge: false, explain: true, cwd: process.cwd() };
    expect(
      await runIngest(
        request,
        (line) => said.push(line),
        (line) => warned.push(line),
      ),
    ).toBe(code);
    for (const pattern of expected)
      expect(
        said.some((line) => pattern.test(line)),
        String(pattern),
      ).toBe(true);
    expect(warned.length > 0).toBe(code !== 0);
    expect(snapshot()).toEqual(before);
  });
});
