// Lighthouse scores (performance, accessibility, best practices, SEO) of an article page and a claim
// page of the built site, served as a static host would, in the same Chromium as the browser tests.
//   npm run lighthouse            (after npm run build)
// Prints one line per page; tests/e2e/lighthouse.spec.ts holds the scores to their threshold.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/chromium.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import type { ClaimGraph } from '../src/core/schema.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof categories)[number], number>;

/** Scores from 0 to 100 for each page of `routes`, in the site built into `dir`. */
export async function lighthouseScores(dir: string, routes: string[]): Promise<Map<string, Scores>> {
  const site = await serveStatic(dir);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutable(),
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  const scores = new Map<string, Scores>();
  try {
    for (const route of routes) {
      const result = await lighthouse(`${site.url}${route}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      const found = result?.lhr.categories;
      if (!found) throw new Error(`Lighthouse returned no result for ${route}`);
      scores.set(
        route,
        Object.fromEntries(
          categories.map((category) => [category, Math.round((found[category]?.score ?? 0) * 100)]),
        ) as Scores,
      );
    }
  } finally {
    chrome.kill();
    await site.close();
  }
  return scores;
}

if (import.meta.main) {
  const { readFileSync } = await import('node:fs');
  const { routes } = await import('../src/core/publish/urls.ts');
  const graph = JSON.parse(readFileSync('dist/data/claims.json', 'utf8')) as ClaimGraph;
  const [article] = graph.articles;
  const [claim] = graph.claims;
  if (!article || !claim)
    throw new Error('dist/ holds no article or no claim: build the sample site first (npm run build)');
  const pages = [routes.article(article.slug), routes.claim(claim.id)];
  for (const [route, scores] of await lighthouseScores('dist', pages))
    console.log(`${route.padEnd(48)} ${categories.map((category) => `${category} ${scores[category]}`).join('  ')}`);
}
