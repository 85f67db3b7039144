// What the review tool's page side (app.ts) and server side (server.ts) say to each other over the dev
// server's socket. Every message is broadcast to every open page: a page reads only the answers to the
// questions it asked, by their `request` id.
import type { ReviewAction } from '../../core/schema.ts';
import type { ReviewState } from '../../core/review/state.ts';

export const reviewEvents = { ask: 'claimtrail-review:ask', answer: 'claimtrail-review:answer' } as const;

/** The page asks for the article's review state, or for an action written to its entry. */
export type ReviewRequest = { request: string; slug: string } & (
  | { kind: 'state' }
  /** `sha256`: of the entry as the page's state read it, so an edit on disk since then is never overwritten. */
  | { kind: 'act'; sha256: string; action: ReviewAction }
);

/** Why the server did not do what was asked, with the message to show (file:line:column and the fix). */
export type Refusal = 'changed-on-disk' | 'invalid' | 'unwritable' | 'no-article' | 'corpus-problems' | 'failed';

export type ReviewAnswer = { request: string } & (
  | { kind: 'state'; state: ReviewState }
  | { kind: 'done'; sha256: string }
  | { kind: 'refused'; reason: Refusal; message: string }
);
