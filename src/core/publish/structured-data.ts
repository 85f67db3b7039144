// A claim page's JSON-LD: what the page says, for machines. schema.org describes the claim (Claim: its
// statement, its claimant as author, its appearance), editors' verdicts (ClaimReview) and the article
// it appeared in; PROV-O describes how the words travelled: published by the outlet, derived (or
// quoted) from the agency's report, derived from the claimant. The context is inline, so reading it
// needs no network. It follows Google's ClaimReview guidelines: one review per page (the current
// verdict), a `url` only where it is an absolute address, and schema.org types on every author.
import type {
  Claim as SchemaClaim,
  ClaimReview,
  CreativeWork,
  NewsArticle,
  Organization,
  Rating as SchemaRating,
} from 'schema-dts';
import { contentName } from './exports.ts';
import { ratings, type Article, type Claim, type SiteSettings, type Source, type Verdict } from '../schema.ts';
import { isAbsoluteUrl } from './urls.ts';

export const jsonLdContext = {
  '@vocab': 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
} as const;

export interface JsonLdLinks {
  /** The IRI of a claim's, article's or source's page, as this page names it (see urls.linkedDataId). */
  claim: (id: string, fragment?: string) => string;
  source: (id: string) => string;
}

const agentTypes: Record<Source['type'], string[]> = {
  outlet: ['NewsMediaOrganization'],
  'news-agency': ['NewsMediaOrganization'],
  government: ['GovernmentOrganization'],
  'government-body': ['GovernmentOrganization'],
  intergovernmental: ['Organization'],
  ngo: ['NGO'],
  person: ['Person'],
  // Unnamed sources and groups of people are agents PROV can name, but no schema.org Person or
  // Organization: saying either would claim more than the article does.
  unnamed: [],
  group: [],
};

const ref = (id: string) => ({ '@id': id });

/**
 * schema.org's `url` is a plain text value, which no reader resolves against the page: it is given
 * only when it is an absolute address (the site knows its host), never as a bare relative path.
 */
const urlOf = (id: string) => (isAbsoluteUrl(id) ? { url: id } : {});

/** The original article: its URL when known, else the content name of the raw text we hold. */
export function appearanceId(article: Article): string {
  return article.sourceUrl ?? contentName(article.sha256);
}

/**
 * `publisher`, when the site names one (site.yaml), publishes the page: it is the Claim's sdPublisher
 * (who wrote this data, not who made the claim) and the publisher of the editors' reviews.
 */
export function claimJsonLd(
  claim: Claim,
  article: Article,
  sourceById: ReadonlyMap<string, Source>,
  links: JsonLdLinks,
  publisher?: PublisherNode,
) {
  const self = links.claim(claim.id);
  // The reporting path, publisher first: it ends at the claimant, or at the publisher when no
  // claimant is identified, so the chain never names a source the article does not.
  const chain = claim.attribution.map((id) => sourceById.get(id)!);
  const articleId = appearanceId(article);
  const passageId = links.claim(claim.id, 'words');
  // Each hop of the chain is a statement by one source, derived from the next source's statement.
  const statementId = (index: number) => (index === 0 ? self : links.claim(claim.id, `said-by-${chain[index]!.id}`));
  const derivation = claim.kind === 'quote' ? 'prov:wasQuotedFrom' : 'prov:wasDerivedFrom';
  const statements = chain.map((source, index) => ({
    '@id': statementId(index),
    'prov:wasAttributedTo': ref(links.source(source.id)),
    ...(index + 1 < chain.length ? { [derivation]: ref(statementId(index + 1)) } : {}),
  }));

  // Who asserts the statement: the publisher only when it speaks in its own voice. An author is a
  // schema.org Person or Organization; an unnamed source or a group of people is neither, so it stays
  // the claimant in PROV below (the statement is derived from it) and the Claim names no author.
  const claimant = claim.claimant ? sourceById.get(claim.claimant) : undefined;
  const claimNode: SchemaClaim = {
    '@type': 'Claim',
    '@id': self,
    ...urlOf(self),
    text: claim.statement,
    ...(claimant && agentTypes[claimant.type].length ? { author: ref(links.source(claimant.id)) } : {}),
    // When it was claimed: a Claim is a CreativeWork, and the day it was made is its dateCreated.
    ...(claim.claimedAt ? { dateCreated: claim.claimedAt } : {}),
    // When it entered public discourse: the day the article printing it is dated, when it states one.
    ...(article.date ? { datePublished: article.date } : {}),
    appearance: ref(passageId),
    // The passage in the article is the first appearance Claimtrail knows of; an earlier one would
    // need a source the corpus does not hold.
    firstAppearance: ref(passageId),
  };
  // The exact words as printed, the evidence for the statement: a CreativeWork (the passage) whose
  // `text` they are, part of the article. schema.org has no quotation property, and its Quotation
  // type would credit the words to the claimant, when they are the publisher's.
  const passageNode: CreativeWork = {
    '@type': 'CreativeWork',
    '@id': passageId,
    text: claim.text,
    isPartOf: ref(articleId),
  };
  const articleNode: NewsArticle = {
    '@type': 'NewsArticle',
    '@id': articleId,
    ...(article.title ? { headline: article.title } : {}),
    ...(article.sourceUrl ? { url: article.sourceUrl } : {}),
    ...(article.date ? { datePublished: article.date } : {}),
    publisher: ref(links.source(article.publisher)),
    ...(article.authors.length
      ? { author: article.authors.map((name) => ({ '@type': 'Person' as const, name })) }
      : {}),
  };
  const agents = [...new Map(chain.map((source) => [source.id, source])).values()].map((source) => ({
    '@id': links.source(source.id),
    '@type': [...agentTypes[source.type], 'prov:Agent'],
    name: source.name,
  }));
  // The current verdict only: earlier ones are superseded, and a page carries one review (Google's
  // ClaimReview guidelines allow more only from different reviewers of the same claim).
  const verdict = claim.verdicts.at(-1);
  const byPublisher = publisher ? { publisher: ref(publisher['@id']) } : {};
  const review = verdict && {
    ...claimReview(claim, verdict, self, links.claim(claim.id, `verdict-${verdict.date}`)),
    ...byPublisher,
  };
  const dataPublisher = publisher ? { sdPublisher: ref(publisher['@id']) } : {};

  return {
    '@context': jsonLdContext,
    '@graph': [
      { ...claimNode, ...statements[0], '@type': ['Claim', 'prov:Entity'], ...dataPublisher },
      ...statements.slice(1).map((statement) => ({ ...statement, '@type': 'prov:Entity' })),
      passageNode,
      {
        ...articleNode,
        '@type': ['NewsArticle', 'prov:Entity'],
        'prov:wasAttributedTo': ref(links.source(article.publisher)),
      },
      ...agents,
      ...(publisher ? [publisher] : []),
      ...(review ? [review] : []),
    ],
  };
}

function claimReview(claim: Claim, verdict: Verdict, claimId: string, id: string): ClaimReview {
  const { label, value } = ratings[verdict.rating];
  const reviewRating: SchemaRating =
    value === null
      ? { '@type': 'Rating', alternateName: label }
      : { '@type': 'Rating', alternateName: label, ratingValue: value, bestRating: 5, worstRating: 1 };
  return {
    '@type': 'ClaimReview',
    '@id': id,
    ...urlOf(claimId),
    claimReviewed: claim.statement,
    itemReviewed: ref(claimId),
    datePublished: verdict.date,
    author: { '@type': verdict.reviewerType === 'person' ? 'Person' : 'Organization', name: verdict.reviewer },
    reviewBody: verdict.explanation,
    reviewRating,
  };
}

type PublisherNode = Organization & { '@id': string };

/** The site's publisher (site.yaml) as a schema.org Organization; `logo` is its image's IRI, as the page names it. */
export function publisherJsonLd(
  { name, url }: NonNullable<SiteSettings['publisher']>,
  id: string,
  logo?: string,
): PublisherNode {
  return { '@type': 'Organization', '@id': id, name, ...(url ? { url } : {}), ...(logo ? { logo: ref(logo) } : {}) };
}

/** JSON for a <script> element: "<" is escaped so no text in it can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}
