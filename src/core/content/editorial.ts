// Editorial pages: About, Methodology and Corrections, written by the site's editors as MDX in the
// corpus's pages/ folder, with built-in text (src/default-pages/) for any the corpus does not have.
// They are content, checked as strictly as an entry: text and plain links, no code, no markup, no
// elements (docs/security.md). The Corrections page adds the list the ledger and verdicts make.
import type { VFile } from 'vfile';
import { fail } from '../diagnostics.ts';
import { noCode, noHtml, parseMdx, readFrontmatter, start, textNodes, type MdxRules } from './mdx.ts';
import { editorialFrontmatterSchema, type ClaimGraph, type EditorialFrontmatter, type Rating } from '../schema.ts';
import { pageRoute, routes } from '../publish/urls.ts';

/** The pages every site has, in the order its footer lists them; each is <slug>.mdx in pages/. */
export const editorialPages = [
  { slug: 'about', label: 'About' },
  { slug: 'methodology', label: 'Methodology' },
  { slug: 'corrections', label: 'Corrections' },
] as const;
export type EditorialSlug = (typeof editorialPages)[number]['slug'];
export const editorialFolder = 'pages';

export function isEditorialSlug(slug: string): slug is EditorialSlug {
  return editorialPages.some((page) => page.slug === slug);
}

const noLinkReference = {
  rule: 'link-reference',
  reason: 'write the address in the link itself, [words](https://…): a page has no link references or definitions',
};
const noImage = {
  rule: 'no-image',
  reason: 'a page shows no images (the site loads nothing from elsewhere): say in words what it would show',
};
const noElement = {
  rule: 'no-element',
  reason: 'a page holds no elements (<…>): write text, and links as [words](address); a literal < as &lt;',
};
const rules: MdxRules = {
  refused: new Map([
    ['mdxjsEsm', noCode],
    ['mdxFlowExpression', noCode],
    ['mdxTextExpression', noCode],
    ['html', noHtml],
    ['linkReference', noLinkReference],
    ['definition', noLinkReference],
    ['image', noImage],
    ['imageReference', noImage],
    ['mdxJsxFlowElement', noElement],
    ['mdxJsxTextElement', noElement],
  ]),
  allowed: new Set([...textNodes, 'link']),
  unsupported: (type) => ({
    rule: 'unsupported-block',
    reason: `unsupported block "${type}": a page is paragraphs, headings, lists, quotes and links`,
  }),
  check: (file, node) => {
    const topHeading = 'the page\'s title (front matter "title:") is its only top heading: start sections at ##';
    if (node.type === 'heading' && node.depth === 1) fail(file, topHeading, start(node), 'heading');
    if (node.type === 'link') {
      const problem = linkProblem(node.url);
      if (problem) fail(file, problem, start(node), 'link');
    }
  },
};

/**
 * Why a page may not link to `url`; undefined when it may. A link goes to a web page (http, https), an
 * e-mail address (mailto) or, by a relative path, to a page of this site ("claims.html"): a path from
 * the root ("/claims.html") would leave the site when it is read under a sub-path or from disk.
 */
export function linkProblem(url: string): string | undefined {
  // Browsers drop tabs and line breaks inside an address, which would let "java\tscript:" through.
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\s\\\u0000-\u001F\u007F]/.test(url))
    return "a link's address has no spaces, line breaks or backslashes: write it as the browser shows it";
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    if (!url.startsWith('/')) return undefined;
    const how = 'link to a page of this site by a relative path, such as claims.html';
    return `link to "${url}": ${how}, which works under a sub-path and from disk too`;
  }
  if (scheme === 'mailto') return undefined;
  if (scheme === 'http' || scheme === 'https')
    return URL.canParse(url) ? undefined : `link to "${url}": not a web address`;
  const allowed = 'a page links to http://, https:// or mailto: addresses, or to pages of this site by a relative path';
  return `link to a "${scheme}:" address: ${allowed}`;
}

/**
 * Checks an editorial page: its front matter (title, description) and a body of text and plain links
 * only. Its front matter when it passed; undefined after saying why not.
 */
export function checkEditorialPage(file: VFile): EditorialFrontmatter | undefined {
  const tree = parseMdx(file, rules);
  const how = 'start the page with ---, a line "title: …", and --- (a "description: …" line is optional)';
  return tree && readFrontmatter(file, tree, editorialFrontmatterSchema, how).value;
}

/** One line of the Corrections page: a claim or article withdrawn, merged into another, or re-rated. */
export interface Correction {
  date: string;
  change: 'withdrawn' | 'merged' | 're-rated';
  type: 'claim' | 'article';
  id: string;
  /** The page the change concerns (the tombstone, the pointer, the claim's verdict). */
  route: string;
  /** The claim's words or statement, the article's label, as published. */
  label: string;
  /** Why: the ledger's reason, or the new verdict's explanation and who gave it. */
  reason: string;
  /** A merger's survivor. */
  into?: { id: string; route: string };
  /** A re-rating's ratings, before and after. */
  ratings?: { from: Rating; to: Rating; reviewer: string };
}

/**
 * What has been corrected, newest first: every withdrawn or merged claim and article (the ledger),
 * and every verdict that changed a claim's rating (its verdict history). A verdict that repeats the
 * rating before it changes nothing a reader relied on, so it is no correction.
 */
export function corrections(graph: ClaimGraph): Correction[] {
  const retired: Correction[] = graph.retired.map((entry) => ({
    date: entry.date,
    change: entry.status,
    type: entry.type,
    id: entry.id,
    route: pageRoute(entry.type, entry.id),
    label: entry.label,
    reason: entry.reason,
    ...(entry.into ? { into: { id: entry.into, route: pageRoute(entry.type, entry.into) } } : {}),
  }));
  const rerated: Correction[] = graph.claims.flatMap((claim) =>
    claim.verdicts.slice(1).flatMap((verdict, index) => {
      const before = claim.verdicts[index]!;
      if (before.rating === verdict.rating) return [];
      return [
        {
          date: verdict.date,
          change: 're-rated' as const,
          type: 'claim' as const,
          id: claim.id,
          route: routes.claim(claim.id),
          label: claim.statement,
          reason: verdict.explanation,
          ratings: { from: before.rating, to: verdict.rating, reviewer: verdict.reviewer },
        },
      ];
    }),
  );
  return [...retired, ...rerated].sort(
    (a, b) => b.date.localeCompare(a.date) || a.type.localeCompare(b.type) || a.id.localeCompare(b.id),
  );
}
