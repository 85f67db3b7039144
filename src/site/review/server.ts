// The review tool's server side in `astro dev`: answers the page's questions (protocol.ts) from the
// corpus as it is on disk now, and writes the editor's actions through the core (core/review/write.ts),
// which refuses an entry that changed since the page read it, or an edit the check would refuse. The
// dev server's reload (dev-reload.ts) then shows the written entry on every page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger, HookParameters } from 'astro';
import { z } from 'zod';
import { loadSiteOrThrow } from '../../core/content/corpus.ts';
import { CorpusError } from '../../core/diagnostics.ts';
import { reviewState, type ReviewState } from '../../core/review/state.ts';
import { reviewEntry, sha256Of } from '../../core/review/write.ts';
import { idSchema, reviewActionSchema } from '../../core/schema.ts';
import { reviewEvents, type Refusal, type ReviewAnswer, type ReviewRequest } from './protocol.ts';

type Toolbar = HookParameters<'astro:server:setup'>['toolbar'];

export interface Corpus {
  /** The corpus folder (CLAIMTRAIL_CONTENT, else content/). */
  dir: string;
  /** What permanent URLs start with, as the site builds them. */
  base: string;
}

// What a page may ask: the slug names the entry (articles/<slug>.mdx); no path comes from the page.
const requestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('state'), request: z.string().max(64), slug: idSchema }),
  z.strictObject({
    kind: z.literal('act'),
    request: z.string().max(64),
    slug: idSchema,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    action: reviewActionSchema,
  }),
]) satisfies z.ZodType<ReviewRequest>;

export function answerReviews(toolbar: Toolbar, corpus: Corpus, logger: AstroIntegrationLogger): void {
  toolbar.on(reviewEvents.ask, (payload: unknown) => {
    const parsed = requestSchema.safeParse(payload);
    if (!parsed.success) {
      const message = `a request that is not one: ${z.prettifyError(parsed.error)}`;
      logger.warn(`review tool: ${message}`);
      // Answered when it can be, so the tool says what went wrong instead of waiting for ever.
      const request = (payload as { request?: unknown } | null)?.request;
      if (typeof request === 'string' && request.length <= 64)
        toolbar.send(reviewEvents.answer, { request, kind: 'refused', reason: 'failed', message });
      return;
    }
    const request = parsed.data;
    answer(request, corpus)
      .then((reply) => {
        if (reply.kind === 'done' && request.kind === 'act')
          logger.info(`review tool: ${request.action.action} written to articles/${request.slug}.mdx`);
        else if (reply.kind === 'refused') logger.warn(`review tool: ${reply.message}`);
        return reply;
      })
      .catch((error: unknown): ReviewAnswer => {
        // Not a refusal the core gives: shown in the tool and the terminal, never swallowed.
        const message = error instanceof Error ? error.message : String(error);
        logger.error(`review tool: ${message}`);
        return { request: request.request, kind: 'refused', reason: 'failed', message };
      })
      .then((reply) => toolbar.send(reviewEvents.answer, reply))
      .catch((error: unknown) => logger.error(`review tool: ${String(error)}`));
  });
}

async function answer(request: z.infer<typeof requestSchema>, corpus: Corpus): Promise<ReviewAnswer> {
  if (request.kind === 'state') return { request: request.request, ...stateOf(request.slug, corpus) };
  const result = await reviewEntry({
    contentDir: corpus.dir,
    entry: `${request.slug}.mdx`,
    expectedSha256: request.sha256,
    action: request.action,
  });
  return result.ok
    ? { request: request.request, kind: 'done', sha256: result.sha256 }
    : { request: request.request, kind: 'refused', reason: result.reason, message: result.message };
}

type StateAnswer = { kind: 'state'; state: ReviewState } | { kind: 'refused'; reason: Refusal; message: string };

function stateOf(slug: string, corpus: Corpus): StateAnswer {
  const entry = join('articles', `${slug}.mdx`);
  let text: string;
  try {
    text = readFileSync(join(corpus.dir, entry), 'utf8');
  } catch {
    return { kind: 'refused', reason: 'no-article', message: `no entry ${entry} in ${corpus.dir}` };
  }
  // Hashed before the corpus is read: an edit landing in between makes the next action refuse, as it should.
  const sha256 = sha256Of(text);
  try {
    const { graph } = loadSiteOrThrow(corpus.dir, { base: corpus.base });
    const state = reviewState(graph, slug, { path: entry, sha256 });
    if (state) return { kind: 'state', state };
    return { kind: 'refused', reason: 'no-article', message: `the corpus has no article ${slug}` };
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    return { kind: 'refused', reason: 'corpus-problems', message: error.message };
  }
}
