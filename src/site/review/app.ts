// The review tool's page side, on every page `astro dev` serves (integration.ts). A "Review claims"
// button opens a panel; on an article's page the panel asks the dev server's endpoint (protocol.ts)
// for the article's review state, and sends each action with the sha256 of the entry as that state
// read it, so an entry edited on disk since is refused, not overwritten. A written entry reloads the
// page (dev-reload.ts); the panel opens again after it, saying what was written. It lives in a shadow
// root: the page's own styles and scripts neither reach it nor see it.
import type { ReviewAction } from '../../core/schema.ts';
import { attributesToWrite } from '../../core/review/form.ts';
import type { ReviewState } from '../../core/review/state.ts';
import { reviewEndpoint, type ReviewAnswer, type ReviewRequest } from './protocol.ts';
import { el, panel } from './view.ts';

type Question = { kind: 'state' } | { kind: 'act'; sha256: string; action: ReviewAction };

/** Kept across the reloads a written entry causes: the panel opens again and says what was written. */
const afterReload = 'claimtrail-review:after-reload';

const style = `
  :host { all: initial; }
  .toggle, .window { position: fixed; right: 1rem; z-index: 2147483647; font: 15px/1.4 system-ui, sans-serif; }
  .toggle { bottom: 1rem; padding: 0.5em 0.9em; border-radius: 2em; border: 1px solid #1d2330; }
  .window { bottom: 4rem; left: 1rem; margin-left: auto; max-width: 760px; max-height: min(80vh, 760px);
    overflow: auto; background: #13151a; color: #e6e6e6; padding: 0 1em 1em; border-radius: 8px;
    box-shadow: 0 4px 24px #0008; }
  .window[hidden] { display: none; }
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

async function ask(slug: string, question: Question): Promise<ReviewAnswer> {
  try {
    const response = await fetch(reviewEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ slug, ...question } satisfies ReviewRequest),
    });
    const answer = (await response.json()) as ReviewAnswer | { error: string };
    if ('error' in answer) return { kind: 'refused', reason: 'failed', message: answer.error };
    return answer;
  } catch (error) {
    return { kind: 'refused', reason: 'failed', message: `The dev server did not answer: ${String(error)}` };
  }
}

function mount(): void {
  const host = el('claimtrail-review');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(style);
  root.adoptedStyleSheets = [sheet];

  const status = el('p', { class: 'status', role: 'status' });
  const body = el('div');
  const main = el('section', { class: 'window', 'aria-labelledby': 'review-title', hidden: true });
  main.append(el('h2', { id: 'review-title' }, 'Review claims'), status, body);
  const toggle = el('button', { class: 'toggle', type: 'button', 'aria-expanded': 'false' }, 'Review claims');
  root.append(toggle, main);
  document.body.append(host);

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
      if (answer.kind === 'done' && !answer.written) return say(`Nothing written: ${entry} already says so (${done}).`);
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

  const open = (value: boolean) => {
    main.hidden = !value;
    toggle.setAttribute('aria-expanded', String(value));
    if (value) void load();
    else sessionStorage.removeItem(afterReload);
  };
  toggle.addEventListener('click', () => open(toggle.getAttribute('aria-expanded') !== 'true'));
  // The dev server may reload the page more than once for one write: the panel opens after each, on
  // this page, until the editor closes it.
  const written = JSON.parse(sessionStorage.getItem(afterReload) ?? 'null') as {
    path: string;
    message: string;
  } | null;
  if (written?.path === location.pathname) {
    say(written.message);
    open(true);
  } else sessionStorage.removeItem(afterReload);
}

mount();
