// The review tool's page side: an app of Astro's dev toolbar. On an article's page it asks the dev
// server (server.ts) for the article's review state when opened, and sends each action with the
// sha256 of the entry as that state read it, so an entry edited on disk since is refused, not
// overwritten. A written entry reloads the page (dev-reload.ts); the tool opens again after it,
// saying what was written.
import { defineToolbarApp } from 'astro/toolbar';
import type { ReviewAction } from '../../core/schema.ts';
import { attributesToWrite } from '../../core/review/form.ts';
import type { ReviewState } from '../../core/review/state.ts';
import { reviewEvents, type ReviewAnswer, type ReviewRequest } from './protocol.ts';
import { el, panel } from './view.ts';

type Question = { kind: 'state' } | { kind: 'act'; sha256: string; action: ReviewAction };

/** Kept across the reloads a written entry causes: the tool opens again and says what was written. */
const afterReload = 'claimtrail-review:after-reload';

const style = `
  astro-dev-toolbar-window { max-height: min(80vh, 760px); overflow: auto; width: min(760px, 100%); }
  h2, h3, h4 { margin: 0.8em 0 0.3em; }
  p { margin: 0.4em 0; }
  .status { white-space: pre-wrap; }
  .status[data-refused] { color: #ffb4b4; }
  .claim { border-top: 1px solid #343841; padding-top: 0.4em; }
  .words { font-style: italic; }
  label { display: block; }
  .hedges label { display: inline-block; margin-right: 1em; }
  input[type='text'], textarea, select { width: 100%; box-sizing: border-box; font: inherit; }
  button { font: inherit; margin-right: 0.5em; cursor: pointer; }
  [aria-busy='true'] button { cursor: progress; }
`;

/** The article the page shows: `articles/<slug>.html`, under any base path. */
function articleSlug(path: string): string | undefined {
  return /\/articles\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.html)?$/.exec(path)?.[1];
}

export default defineToolbarApp({
  init(canvas, app, server) {
    const pending = new Map<string, (answer: ReviewAnswer) => void>();
    server.on(reviewEvents.answer, (answer: ReviewAnswer) => {
      pending.get(answer.request)?.(answer);
      pending.delete(answer.request);
    });
    const ask = (slug: string, question: Question) =>
      new Promise<ReviewAnswer>((resolve) => {
        const request = crypto.randomUUID();
        pending.set(request, resolve);
        server.send(reviewEvents.ask, { request, slug, ...question } satisfies ReviewRequest);
      });

    const status = el('p', { class: 'status', role: 'status' });
    const body = el('div');
    const main = el('div', {}, el('h2', {}, 'Review claims'), status, body);
    const window = el('astro-dev-toolbar-window', {}, main);
    canvas.append(el('style', {}, style), window);

    const say = (message: string, refused = false) => {
      status.textContent = message;
      status.toggleAttribute('data-refused', refused);
    };
    let state: ReviewState | undefined;
    let busy = false;
    const setBusy = (value: boolean) => {
      busy = value;
      main.setAttribute('aria-busy', String(value));
      for (const button of main.querySelectorAll('button')) button.disabled = value;
    };

    const slug = articleSlug(location.pathname);
    const load = async () => {
      if (!slug) {
        body.replaceChildren(el('p', {}, "Open an article's page to review its claims and suggested links."));
        return;
      }
      if (!state) body.replaceChildren(el('p', {}, 'Reading the entry…'));
      const answer = await ask(slug, { kind: 'state' });
      if (answer.kind !== 'state') {
        state = undefined;
        body.replaceChildren();
        say(answer.kind === 'refused' ? answer.message : 'The dev server did not answer.', true);
        return;
      }
      state = answer.state;
      body.replaceChildren(el('p', {}, `Article: ${state.label}`), panel(state, { save, act }));
    };
    const act = (action: ReviewAction, done: string) => {
      if (!state || !slug || busy) return;
      setBusy(true);
      say(`Writing ${state.entry}…`);
      const entry = state.entry;
      void ask(slug, { kind: 'act', sha256: state.sha256, action }).then(async (answer) => {
        setBusy(false);
        if (answer.kind === 'refused') return say(answer.message, true);
        const message = `Saved ${entry}: ${done}.`;
        sessionStorage.setItem(afterReload, JSON.stringify({ path: location.pathname, message }));
        say(message);
        await load();
      });
    };
    const save: Parameters<typeof panel>[1]['save'] = (claim, form) => {
      const attributes = attributesToWrite(claim, form);
      if (Object.keys(attributes).length === 0) return say(`Nothing to write for ${claim.id}: no field changed.`);
      const what = claim.drafted.length > 0 ? 'confirmed' : 'corrected';
      act({ action: 'set-claim', claim: claim.id, attributes }, `${what} ${claim.id}`);
    };

    app.onToggled(({ state: open }) => {
      if (open) void load();
      else sessionStorage.removeItem(afterReload);
    });
    // The dev server may reload the page more than once for one write: the tool opens after each,
    // on this page, until the editor closes it.
    const written = JSON.parse(sessionStorage.getItem(afterReload) ?? 'null') as {
      path: string;
      message: string;
    } | null;
    if (written?.path === location.pathname) {
      say(written.message);
      app.toggleState({ state: true });
    } else sessionStorage.removeItem(afterReload);
  },
});
