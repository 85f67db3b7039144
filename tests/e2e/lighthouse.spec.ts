// Lighthouse holds an article page and a claim page to 95 or more in each category (scripts/lighthouse.ts
// prints the same scores).
import { expect, test } from '@playwright/test';
import { categories, lighthouseScores } from '../../scripts/lighthouse.ts';
import { pageTypes } from './page-types.ts';

test('Lighthouse: an article page and a claim page score at least 95 in every category', async () => {
  test.setTimeout(180_000);
  const routes = pageTypes.filter((type) => type.name === 'article' || type.name === 'claim').map((type) => type.route);
  const scores = await lighthouseScores('dist', routes);
  for (const route of routes)
    for (const category of categories)
      expect(scores.get(route)![category], `${route} ${category}`).toBeGreaterThanOrEqual(95);
});
