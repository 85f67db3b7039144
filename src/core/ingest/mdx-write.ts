// A clean block as the MDX of a draft entry: its text escaped so MDX reads back the same text, with
// <Claim> and <Source> markers where the draft found claims and sources, and headings, list items and
// captions in their MDX form.
import type { CleanBlock } from './clean.ts';
import type { DraftClaim, Mention } from './draft.ts';

export function renderBlock(block: CleanBlock, claims: DraftClaim[], mentions: Mention[]): string {
  const events: { at: number; order: number; tag: string }[] = [];
  for (const claim of claims) {
    events.push({ at: claim.start, order: 2, tag: `<Claim ${claimAttributes(claim)}>` });
    events.push({ at: claim.end, order: 1, tag: '</Claim>' });
  }
  for (const mention of mentions) {
    events.push({ at: mention.start, order: 3, tag: `<Source id="${mention.id}">` });
    events.push({ at: mention.end, order: 0, tag: '</Source>' });
  }
  events.sort((a, b) => a.at - b.at || a.order - b.order);
  let text = '';
  let from = 0;
  for (const event of events) {
    text += escapeText(block.text.slice(from, event.at), from === 0);
    text += event.tag;
    from = event.at;
  }
  text += escapeText(block.text.slice(from), from === 0);
  switch (block.type) {
    case 'heading':
      return `## ${text}`;
    case 'list-item':
      return `- ${text}`;
    case 'caption':
      return `<Caption${block.credit ? ` credit="${escapeAttribute(block.credit)}"` : ''}>\n${text}\n</Caption>`;
    default:
      return text;
  }
}

function claimAttributes(claim: DraftClaim): string {
  const attributes: [string, string | number | undefined][] = [
    ['id', claim.id],
    ['kind', claim.kind],
    ['stance', claim.stance],
    ['by', claim.by.length ? claim.by.join(' < ') : undefined],
    ['statement', claim.statement],
    ['hedges', claim.hedges.join(' ') || undefined],
    ['claimed', claim.claimed],
    ['value', claim.quantity?.value],
    ['about', claim.quantity?.about],
    ['min', claim.quantity?.min],
    ['over', claim.quantity?.over],
    ['max', claim.quantity?.max],
    ['under', claim.quantity?.under],
    ['unit', claim.quantity?.unit],
    ['counted', claim.quantity?.counted],
    ['signals', claim.signals.join(' ') || undefined],
  ];
  return attributes
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => `${name}="${escapeAttribute(String(value))}"`)
    .join(' ');
}

/**
 * Article text as MDX that reads back as the same text: braces, angle brackets, Markdown's own marks
 * and a block starting like a list, heading or import/export are escaped.
 */
export function escapeText(text: string, atBlockStart: boolean): string {
  let escaped = text.replace(/[\\`*_[\]{}<>#|~&]/g, (char) =>
    char === '<' ? '&lt;' : char === '>' ? '&gt;' : char === '&' ? '&amp;' : `\\${char}`,
  );
  if (atBlockStart) {
    escaped = escaped
      .replace(/^(import|export)\b/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`)
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2');
  }
  return escaped;
}

/** A quoted JSX attribute value: only its quote mark and character references need escaping. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
