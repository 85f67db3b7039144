import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/e2e/chromium.ts';

// CLAIMTRAIL_TEST_PORT lets two checkouts on one machine run their browser tests side by side.
const port = Number(process.env.CLAIMTRAIL_TEST_PORT ?? 4329);
// The dev server the editing tests start (dev-preview.spec.ts): a port of its own beside the static server's.
const devPort = Number(process.env.CLAIMTRAIL_DEV_TEST_PORT ?? port + 22);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
  // Serves the built site at baseURL, and under a sub-path and from disk (npm run build first; npm test does both).
  globalSetup: './tests/e2e/global-setup.ts',
  projects: [
    { name: 'site', testIgnore: /(lighthouse|dev-preview)\.spec\.ts/ },
    // `astro dev` on a copy of the corpus, after the site tests: the dev server writes the project's
    // .astro folder, which build.spec.ts's builds also write (the global setup's builds are done by then).
    {
      name: 'dev-preview',
      testMatch: /dev-preview\.spec\.ts/,
      dependencies: ['site'],
      use: { baseURL: `http://127.0.0.1:${devPort}/` },
    },
    // Lighthouse's performance score counts main-thread time: it runs alone, after the other tests,
    // so it measures the pages and not the browsers or the dev server running beside it.
    { name: 'lighthouse', testMatch: /lighthouse\.spec\.ts/, dependencies: ['site', 'dev-preview'] },
  ],
});
