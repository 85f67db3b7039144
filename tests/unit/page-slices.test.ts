// The page cache reuses a page only while its key stays the same: these tests change what a reader
// would see on a page (a statement, a title, the site's code) and check that every page showing it gets
// a new key, and that pages not showing it keep theirs.
import { describe, expect, it } from 'vitest';
import { loadCorpusOrThrow } from '../../src/core/content/corpus.ts';
import { pageKeys } from '../../src/core/publish/page-cache.ts';
import { slicedPages } from '../../src/core/publish/page-slices.ts';
import { siteLookups } from '../../src/core/publish/site-lookups.ts';
import type { ClaimGraph } from '../../src/core/schema.ts';

const sample = loadCorpusOrThrow('content');

function keysOf(graph: ClaimGraph, fingerprint = 'code-1') {
  const pages = slicedPages(siteLookups(graph));
  return pageKeys(
    fingerprint,
    [...pages.claims, ...pages.articles, ...pages.listed],
    [...graph.claims, ...graph.articles, ...graph.sources, ...graph.relations],
  );
}

/** The routes whose key differs between two builds. */
const changed = (before: Map<string, string>, after: Map<string, string>) =>
  [...before].filter(([route, key]) => after.get(route) !== key).map(([route]) => route);

const linkedTo = (graph: ClaimGraph, id: string) =>
  graph.relations.flatMap((relation) =>
    relation.from === id ? [relation.to] : relation.to === id ? [relation.from] : [],
  );

// A claim with links, and a claim of the other article linked to neither it nor its article's claims.
const linked = sample.claims.find((claim) => linkedTo(sample, claim.id).length > 0)!;
const unlinked = sample.claims.find(
  (claim) =>
    claim.article !== linked.article &&
    !linkedTo(sample, claim.id).some(
      (id) => sample.claims.find((other) => other.id === id)!.article === linked.article,
    ),
)!;

describe('page slices', () => {
  it('give each claim page its claim, its article, every claim it links to and every source they name', () => {
    const pages = slicedPages(siteLookups(sample));
    for (const { props } of pages.claims) {
      const { claim, data } = props;
      expect(data.articleBySlug.get(claim.article).slug).toBe(claim.article);
      for (const other of linkedTo(sample, claim.id)) expect(data.claimById.get(other).id).toBe(other);
      for (const source of claim.attribution) expect(data.sourceNames.get(source)).toBeTruthy();
    }
  });

  it('throw when a page reads what its slice does not hold, instead of answering', () => {
    const { data } = slicedPages(siteLookups(sample)).claims[0]!.props;
    expect(() => data.claimById.get('zzzzzz')).toThrow(/claim zzzzzz, which is not in its slice/);
  });
});

describe('page keys', () => {
  const before = keysOf(sample);

  it('are the same for the same corpus and code', () => {
    expect(keysOf(loadCorpusOrThrow('content'))).toEqual(before);
  });

  it('all change when the code or settings change', () => {
    expect(changed(before, keysOf(sample, 'code-2'))).toHaveLength(before.size);
  });

  it.each([
    {
      edit: 'a statement',
      apply: (graph: ClaimGraph) => {
        graph.claims.find((claim) => claim.id === linked.id)!.statement = 'A statement an editor rewrote.';
      },
      shownOn: [
        `claims/${linked.id}.html`,
        ...linkedTo(sample, linked.id).map((id) => `claims/${id}.html`),
        `articles/${linked.article}.html`,
      ],
    },
    {
      edit: "an article's title",
      apply: (graph: ClaimGraph) => {
        const article = graph.articles.find((item) => item.slug === linked.article)!;
        article.title = 'A headline corrected';
        article.label = 'A headline corrected';
      },
      shownOn: [
        `articles/${linked.article}.html`,
        ...sample.claims.filter((claim) => claim.article === linked.article).map((claim) => `claims/${claim.id}.html`),
      ],
    },
  ])('change for every page that shows $edit, and only for those', ({ apply, shownOn }) => {
    const edited = structuredClone(sample);
    apply(edited);
    const moved = changed(before, keysOf(edited));
    expect(moved).toEqual(expect.arrayContaining(shownOn));
    expect(moved).not.toContain(`claims/${unlinked.id}.html`);
  });
});
