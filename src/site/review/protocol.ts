// What the review tool's page side (app.ts) asks the dev server's review endpoint (server.ts), and
// what it answers: one JSON request and one JSON answer per HTTP POST to `reviewEndpoint`.
import type { ReviewAction } from '../../core/schema.ts';
import type { ReviewState } from '../../core/review/state.ts';

/** Where the dev server answers the tool, whatever the site's base path: only `astro dev` serves it. */
export const reviewEndpoint = '/__claimtrail/review';

/** The page asks for the article's review state, or for an action written to its entry. */
export type ReviewRequest = { slug: string } & (
  | { kind: 'state' }
  /** `sha256`: of the entry as the page's state read it, so an edit on disk since then is never overwritten. */
  | { kind: 'act'; sha256: string; action: ReviewAction }
);

/** Why the server did not do what was asked, with the message to show (file:line:column and the fix). */
export type Refusal = 'changed-on-disk' | 'invalid' | 'unwritable' | 'no-article' | 'corpus-problems' | 'failed';

export type ReviewAnswer =
  | { kind: 'state'; state: ReviewState }
  /** `written`: false when the entry already said what the action asks, and nothing was written. */
  | { kind: 'done'; sha256: string; written: boolean }
  | { kind: 'refused'; reason: Refusal; message: string };
