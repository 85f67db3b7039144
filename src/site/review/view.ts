// The review tool's panel, built as DOM nodes: an article's words are set as text, never as markup.
// Each claim has a form with labelled fields (kind and stance chosen from the vocabulary); each
// suggested link, buttons to confirm or reject it. What a button does is app.ts's (`Actions`).
import type { ReviewAction } from '../../core/schema.ts';
import type { ClaimValues } from '../../core/review/form.ts';
import type { ReviewClaim, ReviewState, SuggestedLink } from '../../core/review/state.ts';

export interface Actions {
  /** Saves a claim's form: confirms what the program drafted, with the editor's corrections. */
  save(claim: ReviewClaim, form: Partial<ClaimValues>): void;
  act(action: ReviewAction, done: string): void;
}

type Child = Node | string | false | undefined;

/** An element with attributes (set as attributes: text, never markup) and children (text or nodes). */
export function el(tag: string, attributes: Record<string, string | boolean> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== false) element.setAttribute(name, value === true ? '' : value);
  for (const child of children) if (child) element.append(child);
  return element;
}

const quantityFields = ['value', 'about', 'min', 'over', 'max', 'under', 'unit', 'counted'] as const;
const quantityLabels: Record<(typeof quantityFields)[number], string> = {
  value: 'Exactly (value)',
  about: 'About (about)',
  min: 'At least (min)',
  over: 'More than (over)',
  max: 'At most (max)',
  under: 'Fewer than (under)',
  unit: 'Unit',
  counted: 'What is counted',
};

export function panel(state: ReviewState, actions: Actions): HTMLElement {
  const drafted = state.claims.filter((claim) => claim.drafted.length > 0);
  const others = state.claims.filter((claim) => claim.drafted.length === 0);
  const reviewed = state.review === 'reviewed';
  return el(
    'div',
    { class: 'panel' },
    el(
      'p',
      {},
      `Entry ${state.entry}, review: ${state.review}. `,
      reviewed
        ? 'It is marked reviewed.'
        : button('Mark the entry reviewed', () =>
            actions.act({ action: 'mark-reviewed' }, 'marked the entry reviewed'),
          ),
    ),
    el('h3', {}, `Drafted claims (${drafted.length})`),
    drafted.length === 0 &&
      el('p', {}, 'No claim of this article has a drafted statement, stance, claimant or hedges.'),
    ...drafted.map((claim) => claimSection(claim, state, actions)),
    el('h3', {}, `Suggested links (${state.links.length})`),
    state.links.length === 0 && el('p', {}, 'The matcher suggests no link for the claims of this article.'),
    state.links.length > 0 && el('ul', { class: 'links' }, ...state.links.map((link) => linkItem(link, actions))),
    others.length > 0 &&
      el(
        'details',
        {},
        el('summary', {}, `Other claims (${others.length}): correct or reject`),
        ...others.map((claim) => claimSection(claim, state, actions)),
      ),
  );
}

function button(label: string, onClick: () => void): HTMLElement {
  const element = el('button', { type: 'button' }, label);
  element.addEventListener('click', onClick);
  return element;
}

function claimSection(claim: ReviewClaim, state: ReviewState, actions: Actions): HTMLElement {
  const heading = `review-claim-${claim.id}`;
  const isDrafted = claim.drafted.length > 0;
  return el(
    'section',
    { class: 'claim', 'data-claim': claim.id, 'aria-labelledby': heading },
    el('h4', { id: heading }, `${claim.id}, line ${claim.line}`),
    el('p', { class: 'words' }, `“${claim.words}”`),
    el('p', {}, `Claimant: ${claim.claimant ?? 'unknown'}.`),
    isDrafted && el('p', { class: 'drafted' }, `Drafted by a program: ${claim.drafted.join(', ')}.`),
    claimForm(claim, state, actions, isDrafted),
  );
}

function claimForm(claim: ReviewClaim, state: ReviewState, actions: Actions, isDrafted: boolean): HTMLElement {
  const id = (name: string) => `review-${claim.id}-${name}`;
  const { values } = claim;
  const input = (name: keyof ClaimValues, label: string, type = 'text') =>
    el('p', {}, el('label', { for: id(name) }, label), el('input', { id: id(name), name, type, value: values[name] }));
  const select = (name: 'kind' | 'stance', label: string, options: { id: string; label: string }[]) => {
    const element = el(
      'select',
      { id: id(name), name },
      ...options.map((option) =>
        el('option', { value: option.id, selected: option.id === values[name] }, option.label),
      ),
    );
    return el('p', {}, el('label', { for: id(name) }, label), element);
  };
  const chosen = new Set(values.hedges.split(' '));
  const hedges = el(
    'fieldset',
    { class: 'hedges' },
    el('legend', {}, 'Hedges'),
    ...state.vocabulary.hedges.map((hedge) =>
      el(
        'label',
        {},
        el('input', { type: 'checkbox', name: 'hedges', value: hedge.id, checked: chosen.has(hedge.id) }),
        ` ${hedge.label}`,
      ),
    ),
  );
  const quantity = el(
    'fieldset',
    { class: 'quantity' },
    el('legend', {}, 'Quantity: one of exactly, about, or bounds'),
    ...quantityFields.map((name) => input(name, quantityLabels[name])),
  );
  const form = el(
    'form',
    { 'aria-label': `Claim ${claim.id}` },
    el(
      'p',
      {},
      el('label', { for: id('statement') }, 'Statement'),
      el('textarea', { id: id('statement'), name: 'statement', rows: '3' }, values.statement),
    ),
    select('stance', 'Stance', state.vocabulary.stances),
    input('by', 'Claimant chain (by), nearest first: reuters < diplomatic-sources'),
    hedges,
    select(
      'kind',
      'Kind',
      state.vocabulary.kinds.map((kind) => ({ id: kind, label: kind })),
    ),
    input('claimed', 'Claimed on (YYYY-MM-DD, only when the text states the day)'),
    quantity,
    el(
      'p',
      { class: 'buttons' },
      el('button', { type: 'submit' }, isDrafted ? 'Confirm' : 'Save correction'),
      button('Reject claim', () => actions.act({ action: 'reject-claim', claim: claim.id }, `rejected ${claim.id}`)),
    ),
  ) as HTMLFormElement;
  const kind = form.elements.namedItem('kind') as HTMLSelectElement;
  const showQuantity = () => (quantity.hidden = kind.value !== 'quantity');
  kind.addEventListener('change', showQuantity);
  showQuantity();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    actions.save(claim, formValues(form));
  });
  return form;
}

function formValues(form: HTMLFormElement): Partial<ClaimValues> {
  const values: Partial<Record<string, string>> = { hedges: '' };
  for (const [name, value] of new FormData(form))
    if (typeof value === 'string') values[name] = name === 'hedges' ? `${values.hedges} ${value}` : value;
  return values;
}

function linkItem(link: SuggestedLink, actions: Actions): HTMLElement {
  const pair = `${link.claim} ${link.type} ${link.other}`;
  return el(
    'li',
    { 'data-link': `${link.claim} ${link.other}` },
    el(
      'p',
      {},
      `${link.claim} “${link.claimStatement}” ${link.type} ${link.other} “${link.otherStatement}”, ` +
        `in ${link.otherArticle} (score ${link.score}).`,
    ),
    el('p', { class: 'explanation' }, link.explanation),
    el(
      'p',
      { class: 'buttons' },
      link.confirmable
        ? button('Confirm link', () =>
            actions.act(
              { action: 'confirm-link', claim: link.claim, other: link.other, type: link.type },
              `confirmed ${pair}`,
            ),
          )
        : `Confirm it on ${link.other}'s article: a refines link is written on the narrower or wider claim. `,
      button('Reject link', () =>
        actions.act({ action: 'reject-link', claim: link.claim, other: link.other }, `rejected ${pair}`),
      ),
    ),
  );
}
