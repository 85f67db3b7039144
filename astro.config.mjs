// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { devServerFlag } from './src/site/dev-server.ts';
import { reviewTool } from './src/site/review/integration.ts';
import { cacheDirFor, siteBase, siteOrigin } from './src/core/content/config.ts';

export default defineConfig({
  // devServerFlag: whether pages are served by `astro dev`, from the command, not NODE_ENV (src/site/dev-server.ts);
  // reviewTool: the editors' review tool, in `astro dev` only (src/site/review/); a build is as without it.
  integrations: [devServerFlag(), mdx(), reviewTool()],
  // The path the site is served under (CLAIMTRAIL_BASE=/factcheck/). Links are relative either way;
  // the base goes into permanent URLs and the data exports.
  base: siteBase(),
  // The host it is published at, when told (CLAIMTRAIL_SITE): permanent URLs become absolute, pages
  // name their canonical URL and sitemap.xml is written. Unset, no host is guessed.
  site: siteOrigin(),
  // Pages are files ("claims/k3x9qa.html"), so every link names the file it opens.
  build: { format: 'file' },
  trailingSlash: 'never',
  // Off: the review tool is a page script of its own (src/site/review/integration.ts says why).
  devToolbar: { enabled: false },
  // One content cache per corpus (CLAIMTRAIL_CONTENT): a shared one serves a file of one corpus in a
  // build of another when their copies were once the same.
  cacheDir: cacheDirFor(fileURLToPath(new URL('.', import.meta.url))),
  // Nothing on a page may depend on a server: no prefetch scripts, no image service requests.
  prefetch: false,
  // Show the article's words exactly as published: no curly-quote or dash rewriting; and no GitHub
  // Flavored Markdown, whose bare-address links ("www.…", "https://…", e-mail) would make article
  // text, written by the people checked, into links, nested inside a claim's own link. Without it the
  // build reads an entry as the check does (remark-mdx, no GFM): no tables or strikethrough either.
  markdown: { processor: satteri({ features: { smartPunctuation: false, gfm: false } }) },
});
