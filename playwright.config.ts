import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/e2e/chromium.ts';

// CLAIMTRAIL_TEST_PORT lets two checkouts on one machine run their browser tests side by side.
const port = Number(process.env.CLAIMTRAIL_TEST_PORT ?? 4329);

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
    { name: 'site', testIgnore: /lighthouse\.spec\.ts/ },
    // Lighthouse's performance score counts main-thread time: it runs alone, after the other tests,
    // so it measures the pages and not the browsers running beside it.
    { name: 'lighthouse', testMatch: /lighthouse\.spec\.ts/, dependencies: ['site'] },
  ],
});
