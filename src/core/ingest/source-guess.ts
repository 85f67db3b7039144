// What kind of source a phrase names, from its words alone: whether it can name a speaker at all, and
// the name, type and role of the draft source proposed for a name the registry lacks.
import nlp from 'compromise';
import { organisationTypes } from '../lexicon/organisations.ts';
import { personTitles } from '../lexicon/person-titles.ts';
import type { SourceEntry } from '../schema.ts';
import { sentenceCase } from './source-names.ts';
import { wordCount } from './text.ts';

/** Whether a phrase can name a speaker: a name, or a noun phrase such as "experts", "one source". */
export function isSourceLike(surface: string): boolean {
  if (/^\p{Lu}/u.test(surface))
    return !/^(this|that|these|those|there|it|in|on|at|after|before|despite|during|if|when)$/i.test(firstWord(surface));
  const typed = organisationTypes.some(([pattern]) => pattern.test(surface)) || personTitles.test(surface);
  if (wordCount(surface) <= 4 && typed) return true;
  // A noun phrase: determiners, numbers, adjectives and nouns, ending with a noun ("one source", "county officials").
  const tags = ((nlp(surface).json() as { terms: { tags: string[] }[] }[])[0]?.terms ?? []).map((term) => term.tags);
  const nounish = (term: string[]) =>
    term.some((tag) => ['Noun', 'Adjective', 'Determiner', 'Value', 'Possessive'].includes(tag)) &&
    !term.includes('Verb') &&
    !term.includes('Pronoun');
  return tags.length > 0 && tags.at(-1)!.includes('Noun') && tags.every(nounish);
}

function firstWord(text: string): string {
  return text.split(/\s+/)[0]!;
}

export function isOutlet(source: SourceEntry | undefined): boolean {
  return source?.type === 'outlet' || source?.type === 'news-agency';
}

/** A draft source's name, type and role, from the words that name it. */
export function guessSource(surface: string): { name: string; type: SourceEntry['type']; role?: string } {
  const bare = surface.replace(/^(the|a|an)\s+/i, '');
  for (const [pattern, type] of organisationTypes) if (pattern.test(bare)) return { name: bare, type };
  const tokens = bare.split(/\s+/);
  // A capital only at the start of a sentence names nobody: "Experts estimate…" are unnamed experts.
  const commonNoun = tokens.length === 1 && nlp(bare).has('#Plural') && !nlp(bare).has('#ProperNoun');
  if (!tokens.some((token) => /^\p{Lu}/u.test(token)) || commonNoun)
    return { name: sentenceCase(surface.replace(/^the\s+/i, '')), type: 'unnamed' };
  // "Turkish President Recep Erdogan": a title, then the name.
  const titleEnd = tokens.findLastIndex((token) => personTitles.test(token));
  // ("An official in Valmora" is no one called "in Valmora".)
  if (titleEnd !== -1 && titleEnd < tokens.length - 1 && /^\p{Lu}/u.test(tokens[titleEnd + 1]!))
    return {
      name: tokens.slice(titleEnd + 1).join(' '),
      type: 'person',
      role: tokens.slice(0, titleEnd + 1).join(' '),
    };
  const doc = nlp(bare);
  if (doc.places().found && !doc.people().found) return { name: bare, type: 'government' };
  const fewCapitalised =
    tokens.length >= 2 && tokens.length <= 3 && tokens.every((token) => /^\p{Lu}\p{Ll}/u.test(token));
  if (doc.people().found || fewCapitalised) return { name: bare, type: 'person' };
  return { name: bare, type: 'ngo' };
}
