// The review tool: a panel on every page of `astro dev` (app.ts) that lets an editor confirm or correct
// an article's claims and the links the matcher suggests without writing markup (README, "Editing and
// reviewing"), and the dev server's endpoint that answers it (server.ts). Only the dev server has it: a
// build adds nothing to the site. It is a page script of its own rather than an app of Astro's dev
// toolbar: with the toolbar on, the dev server's editing tests saw pages stop answering after an edit.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentDir, publicPrefix } from '../../core/content/config.ts';
import { reviewEndpoint } from './protocol.ts';
import { reviewHandler } from './server.ts';

export function reviewTool(): AstroIntegration {
  return {
    name: 'claimtrail-review',
    hooks: {
      'astro:config:setup': ({ command, injectScript }) => {
        if (command !== 'dev') return;
        injectScript('page', `import ${JSON.stringify(fileURLToPath(new URL('./app.ts', import.meta.url)))};`);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(
          reviewEndpoint,
          reviewHandler({ dir: contentDir(process.cwd()), base: publicPrefix() }, logger),
        );
      },
    },
  };
}
