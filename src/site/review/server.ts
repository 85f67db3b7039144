// The review tool's server side in `astro dev`: an endpoint (protocol.ts) that answers the page's
// questions from the corpus as it is on disk now, and writes the editor's actions through the core
// (core/review/write.ts), which refuses an entry that changed since the page read it, or an edit the
// check would refuse. The dev server's reload (dev-reload.ts) then shows the written entry on every page.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { z } from 'zod';
import { loadSiteOrThrow } from '../../core/content/corpus.ts';
import { CorpusError } from '../../core/diagnostics.ts';
import { reviewState } from '../../core/review/state.ts';
import { reviewEntry, sha256Of } from '../../core/review/write.ts';
import { idSchema, reviewActionSchema } from '../../core/schema.ts';
import type { ReviewAnswer, ReviewRequest } from './protocol.ts';

export interface Corpus {
  /** The corpus folder (CLAIMTRAIL_CONTENT, else content/). */
  dir: string;
  /** What permanent URLs start with, as the site builds them. */
  base: string;
}

// What a page may ask: the slug names the entry (articles/<slug>.mdx); no path comes from the page.
const requestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('state'), slug: idSchema }),
  z.strictObject({
    kind: z.literal('act'),
    slug: idSchema,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    action: reviewActionSchema,
  }),
]) satisfies z.ZodType<ReviewRequest>;

/** A request's body is a slug, a hash and one claim's fields: far below this. */
const maxRequestBytes = 64 * 1024;

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Answers the review tool's POSTs. Only pages the dev server itself served may ask: a POST carries its
 * page's origin, and any other (a site open in another tab, sending a form to localhost) is refused,
 * so no page elsewhere can write to the corpus.
 */
export function reviewHandler(corpus: Corpus, logger: AstroIntegrationLogger): Handler {
  return (request, response) => {
    const reply = (status: number, answer: ReviewAnswer | { error: string }) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      response.end(JSON.stringify(answer));
    };
    const { origin, host } = request.headers;
    if (request.method !== 'POST' || !host || origin !== `http://${host}`)
      return reply(403, { error: 'only the pages of this dev server may ask the review tool' });
    if (!/^application\/json\b/.test(request.headers['content-type'] ?? ''))
      return reply(415, { error: 'the review tool takes JSON' });
    readBody(request)
      .then((body) => {
        if (body === undefined) return reply(413, { error: `a review tool request is under ${maxRequestBytes} bytes` });
        const parsed = requestSchema.safeParse(parseJson(body));
        if (!parsed.success) {
          const why = z.prettifyError(parsed.error);
          logger.warn(`review tool: a request that is not one: ${why}`);
          return reply(400, { error: `not a review tool request: ${why}` });
        }
        return answer(parsed.data, corpus, logger).then((answered) => reply(200, answered));
      })
      .catch((error: unknown) => {
        // Not a refusal the core gives: shown in the tool and the terminal, never swallowed.
        const message = error instanceof Error ? error.message : String(error);
        logger.error(`review tool: ${message}`);
        reply(200, { kind: 'refused', reason: 'failed', message });
      });
  };
}

/** The request's body as text, or undefined past maxRequestBytes (the rest is read and dropped). */
function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxRequestBytes) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > maxRequestBytes ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function answer(
  request: z.infer<typeof requestSchema>,
  corpus: Corpus,
  logger: AstroIntegrationLogger,
): Promise<ReviewAnswer> {
  if (request.kind === 'state') return stateOf(request.slug, corpus);
  const entry = `articles/${request.slug}.mdx`;
  const result = await reviewEntry({
    contentDir: corpus.dir,
    entry: `${request.slug}.mdx`,
    expectedSha256: request.sha256,
    action: request.action,
  });
  if (!result.ok) {
    logger.warn(`review tool: ${result.message}`);
    return { kind: 'refused', reason: result.reason, message: result.message };
  }
  logger.info(`review tool: ${request.action.action} ${result.written ? 'written to' : 'already in'} ${entry}`);
  return { kind: 'done', sha256: result.sha256, written: result.written };
}

function stateOf(slug: string, corpus: Corpus): ReviewAnswer {
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
