// Whether this process is Astro's dev server, as the command Astro runs says (astro:config:setup), not
// as NODE_ENV says: Vite's import.meta.env.DEV follows NODE_ENV, which a user's shell or .env may set to
// anything, and a build run under NODE_ENV=development must still be a build (every page from the claim
// graph, the strict content policy). Kept on globalThis, like the corpus (corpus.ts): the config and
// the pages of one process share it.
import type { AstroIntegration } from 'astro';

const devServerKey = Symbol.for('claimtrail.dev-server');
type Flagged = { [devServerKey]?: boolean };

/** True only while `astro dev` serves the site; false in a build and anywhere else. */
export function isDevServer(): boolean {
  return (globalThis as Flagged)[devServerKey] === true;
}

/** Records which command Astro runs, for isDevServer. */
export function devServerFlag(): AstroIntegration {
  return {
    name: 'claimtrail-dev-server',
    hooks: {
      'astro:config:setup': ({ command }) => {
        (globalThis as Flagged)[devServerKey] = command === 'dev';
      },
    },
  };
}
