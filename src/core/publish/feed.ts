// feed.xml: an RSS 2.0 feed of newly published claims and editors' verdicts, newest first, through
// @astrojs/rss (the Astro convention). A feed needs absolute links, so it is written only for a site
// that knows its host (CLAIMTRAIL_SITE), like the sitemap. Dates are the ledger's and the verdicts'
// days; an item whose day is unknown (not yet in the ledger) is left out rather than dated by guess.
import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import { ratings, type ClaimGraph, type SiteSettings } from '../schema.ts';
import { permanentUrl, routes } from './urls.ts';
import { claimantLine, reviewLabels } from './views.ts';

/** How many items the feed carries: the newest. Readers poll it; the site's indexes hold the rest. */
export const feedLength = 50;

interface DatedItem extends RSSFeedItem {
  day: string;
  /** Orders items of the same day, so that every build writes the same feed. */
  key: string;
}

/** The feed's items: each published claim on its ledger day, each verdict on its day; the newest `feedLength`. */
export function feedItems(graph: ClaimGraph, prefix: string): RSSFeedItem[] {
  const sourceNames = new Map(graph.sources.map((source) => [source.id, source.name]));
  const articles = new Map(graph.articles.map((article) => [article.slug, article]));
  const items: DatedItem[] = graph.claims.flatMap((claim) => {
    const url = permanentUrl(routes.claim(claim.id), prefix);
    const article = articles.get(claim.article);
    // A claim a program marked and no editor has reviewed says so wherever it is announced.
    const unreviewed = article?.review === 'auto' ? ` ${reviewLabels.auto}.` : '';
    const description = `${claimantLine(claim, sourceNames)}. In “${article?.label ?? claim.article}”.${unreviewed}`;
    const published: DatedItem[] = claim.published
      ? [{ day: claim.published, key: `${claim.id} 0`, title: claim.statement, link: url, description }]
      : [];
    const verdicts = claim.verdicts.map((verdict, index): DatedItem => ({
      day: verdict.date,
      key: `${claim.id} ${index + 1}`,
      title: `Editor's verdict: ${ratings[verdict.rating].label}. ${claim.statement}`,
      link: `${url}#verdict`,
      description: `${verdict.explanation} (${verdict.reviewer})`,
      // Several verdicts on one claim share its page: each has an id of its own, made of ids and a day only.
      customData: `<guid isPermaLink="false">${escapeXml(url)}#verdict-${verdict.date}-${index + 1}</guid>`,
    }));
    return [...published, ...verdicts];
  });
  items.sort((a, b) => (a.day === b.day ? a.key.localeCompare(b.key) : a.day < b.day ? 1 : -1));
  return items
    .slice(0, feedLength)
    .map(({ day, key: _, ...item }) => ({ ...item, pubDate: new Date(`${day}T00:00:00Z`) }));
}

/** Text for XML written by hand (customData is read as XML). */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The feed of a site whose permanent URLs start with `prefix` ("https://host/base/"), in its name and language. */
export function feedXml(graph: ClaimGraph, prefix: string, site: SiteSettings): Promise<string> {
  // The licence of the site's own texts is the channel's copyright notice; the articles quoted keep theirs.
  const licence = site.licence && `Texts: ${site.licence.name}${site.licence.url ? ` (${site.licence.url})` : ''}`;
  const copyright = licence ? `<copyright>${escapeXml(licence)}</copyright>` : '';
  return getRssString({
    title: `${site.name}: newly published claims and verdicts`,
    description: 'Claims as published, with who claims them and through whom, and editors’ verdicts on them.',
    site: prefix,
    items: feedItems(graph, prefix),
    customData: `<language>${escapeXml(site.language)}</language>${copyright}`,
  });
}
