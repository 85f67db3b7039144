// The review tool: an app of Astro's dev toolbar on every page of `astro dev` (app.ts) that lets an
// editor confirm or correct an article's claims and the links the matcher suggests without writing
// markup (README, "Editing and reviewing"). Only the dev server has it: a build adds nothing to the site.
import type { AstroIntegration } from 'astro';
import { contentDir, publicPrefix } from '../../core/content/config.ts';
import { answerReviews } from './server.ts';

export const reviewAppId = 'claimtrail-review';

// A check mark in a document: "review".
const icon =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" ' +
  'stroke-width="2" aria-hidden="true"><path d="M6 2h9l5 5v15H6z"/><path d="m9 14 2.5 2.5L16 11"/></svg>';

export function reviewTool(): AstroIntegration {
  return {
    name: 'claimtrail-review',
    hooks: {
      'astro:config:setup': ({ command, addDevToolbarApp, updateConfig }) => {
        if (command !== 'dev') return;
        updateConfig({ devToolbar: { enabled: true } });
        addDevToolbarApp({
          id: reviewAppId,
          name: 'Review claims',
          icon,
          entrypoint: new URL('./app.ts', import.meta.url),
        });
      },
      'astro:server:setup': ({ toolbar, logger }) => {
        answerReviews(toolbar, { dir: contentDir(process.cwd()), base: publicPrefix() }, logger);
      },
    },
  };
}
