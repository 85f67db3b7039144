// Whether pages are being served by `astro dev`, as the command Astro runs says (astro:config:setup), not
// as NODE_ENV says: Vite's import.meta.env.DEV follows NODE_ENV, which a user's shell or .env may set to
// anything, and a build run under NODE_ENV=development must still be a build (every page from the claim
// graph, the strict content policy). The answer is written into the code Vite serves (a define), so it
// holds in every environment and thread the dev server renders in.
import type { AstroIntegration } from 'astro';

declare global {
  interface ImportMetaEnv {
    readonly CLAIMTRAIL_DEV_SERVER?: boolean;
  }
}

/** True only in code `astro dev` serves; false in a build and anywhere else (tests, scripts). */
export function isDevServer(): boolean {
  // Plain Node (the CLI, before it hands over to Astro) has no import.meta.env.
  return typeof import.meta.env === 'object' && import.meta.env.CLAIMTRAIL_DEV_SERVER === true;
}

/** Tells the code Vite serves which command Astro runs, for isDevServer. */
export function devServerFlag(): AstroIntegration {
  return {
    name: 'claimtrail-dev-server',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { 'import.meta.env.CLAIMTRAIL_DEV_SERVER': JSON.stringify(command === 'dev') } },
        });
      },
    },
  };
}
