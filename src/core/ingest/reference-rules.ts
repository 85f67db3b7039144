// A phrase -> the source it names, by a named, ordered table of rules: the first rule whose test finds
// something decides (or passes, when its action finds nothing after all). The order is the point: each
// rule says which case put it where it is. The names of the rules that decided are what
// `claimtrail ingest --explain` prints.
import { compiledData, documentWords, issuedDocument, personPronouns, pronouns } from '../lexicon/referring-words.ts';
import type { SourceBook } from './source-book.ts';
import { isSourceLike } from './source-guess.ts';
import { normalise } from './source-names.ts';
import type { Speakers } from './speakers.ts';
import { wordCount } from './text.ts';
import { ruleBuilder, yes, type NamedRule } from '../rule-table.ts';

export interface SourceRef {
  /** A registry id, or the id of a draft source proposed for this article. */
  id: string;
  /** The words that name it here ("he", "the statement", "John Fisher"). */
  surface: string;
  /** Offsets of `surface` in the sentence; null when the source comes from context (a pronoun's speaker). */
  start: number | null;
  end: number | null;
}

export interface ReferenceContext {
  book: SourceBook;
  speakers: Speakers;
  /** When given, the names of the rules that decided are added to it, outermost first (for --explain). */
  fired?: string[];
}

/** The phrase a rule reads: its words as written, where they start, and normalised without an article. */
interface Phrase {
  surface: string;
  start: number;
  /** normalise(surface): lower case, no leading "the". */
  key: string;
  /** The key without a leading "a" or "an" either. */
  bare: string;
}

/** What a rule's action gives: a source, null for "names no one" (the search stops), undefined to pass on. */
type Resolved = SourceRef | null | undefined;

type ReferenceRule = NamedRule<[phrase: Phrase, context: ReferenceContext], Resolved>;
const rule = ruleBuilder<[phrase: Phrase, context: ReferenceContext], Resolved>();

const named = (id: string, { surface, start }: Phrase): SourceRef => ({
  id,
  surface,
  start,
  end: start + surface.length,
});
const fromContext = (id: string | undefined, { surface }: Phrase): SourceRef | null =>
  id ? { id, surface, start: null, end: null } : null;
/** "the grid operator Westgrid": lower-case words saying what it is, then a capitalised name. */
const descriptionThenName = new RegExp(
  String.raw`^(?:[Tt]he|[Aa]n?)\s+(?:(?!(?:in|at|of|for|from|on|with|near|by|to)\s)[\p{Ll}'’-]+\s+){1,4}` +
    String.raw`((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:&|and|of|\p{Lu}[\p{L}'’-]*))*)$`,
  'u',
);

/** The rules, in the order they are tried. */
export const referenceRules: readonly ReferenceRule[] = [
  // First: nothing after it should read an empty phrase, or ten words that are a clause, not a name.
  rule(
    'not-a-name',
    ({ surface }) => yes(!surface || wordCount(surface) > 9 || !/[\p{L}]/u.test(surface)),
    () => null,
  ),
  // Before the lookups: a pronoun names no source by its words; "He said", "It added" are the last speaker's.
  rule(
    'pronoun',
    ({ surface }) => yes(pronouns.test(surface)),
    (_, phrase, { speakers }) => fromContext(speakers.lastOf(personPronouns.test(phrase.surface)), phrase),
  ),
  // "A police statement", "the ministry's report": whoever issued it; "council figures": whoever compiled them.
  // Before the lookups: the whole phrase would else become a draft named for the document ("police statement").
  rule(
    'issuer-of-document',
    ({ surface }) => issuedDocument.exec(surface) ?? compiledData.exec(surface) ?? undefined,
    (issuer, { start }, context) => resolveReference(context, issuer[2]!, start + issuer[1]!.length),
  ),
  // "the grid operator Westgrid", "the nurses' union SNIV": what it is, then its name (not "a diplomat in
  // Beijing"). Before the lookups: the whole phrase would else become a draft named "grid operator Westgrid".
  rule(
    'description-then-name',
    ({ surface }) => {
      const described = descriptionThenName.exec(surface);
      return described && !pronouns.test(described[1]!) ? described[1]! : undefined;
    },
    (name, { surface, start }, context) => resolveReference(context, name, start + surface.length - name.length),
  ),
  // "The agency said", "the ministry added": a common noun is the speaker in context that has that name
  // (before the registry's "the agency", which may be another agency the text has not named).
  rule(
    'earlier-speaker-by-common-noun',
    ({ surface, bare }, { speakers }) => (/^[Tt]he\s+\p{Ll}/u.test(surface) ? speakers.named(bare) : undefined),
    named,
  ),
  // "The agency said" with no agency speaking before: the agency the article named in full ("the regional
  // health agency", or "Harlow Valley Water" for "the operator"), before the registry's "the agency".
  rule(
    'named-in-full-before',
    ({ surface, bare }, { speakers }) =>
      /^[Tt]he\s+(\p{Ll}+)$/u.test(surface) ? (speakers.namedBefore(bare) ?? speakers.namedSubject(bare)) : undefined,
    (fuller, { surface, start }, context) => {
      const found = resolveReference(context, fuller, start);
      return found ? { ...found, surface, end: start + surface.length } : undefined;
    },
  ),
  // The registry's name or alias (a generic alias only in context: "The agency said…" is no one's agency
  // in a text that never names it), else a draft of that name proposed earlier in the article.
  rule(
    'registry-name',
    ({ key }, { book }) => book.registered(key) ?? book.registered(`the ${key}`) ?? book.draftByName(key),
    named,
  ),
  // "The statement said" is whoever issued one. Before the end-of-phrase lookup and the draft, which would make
  // "the statement" a source of its own (no case yet needs it before or after the registry lookup).
  rule(
    'document-of-speaker',
    ({ surface }) => yes(documentWords.test(surface)),
    (_, phrase, { speakers }) => fromContext(speakers.lastDocument() ?? speakers.lastOf(false), phrase),
  ),
  // The head of a noun phrase is its end: "Turkish President Recep Erdogan" ends with a known name.
  // After the whole-phrase lookup, which it extends to the phrases that lookup did not name.
  rule('name-at-end', ({ key }, { book }) => book.suffixMatch(key), named),
  // "Calder said": the speaker whose name ends with these words, for a surname no registry or draft name is.
  rule('earlier-speaker', ({ bare }, { speakers }) => speakers.named(bare), named),
  // "officials in the northern town of Valmora": the words before the preposition say what it is. Last but
  // one: only words that name no known source are judged by their form, which takes a parse.
  rule(
    'not-source-like',
    ({ surface }) => yes(!isSourceLike(headOf(surface))),
    () => null,
  ),
  // Last: words that name no known source become a draft. Words the registry gives a source this article
  // never names ("the agency" in a text without Reuters) are an agency the text does not identify.
  rule(
    'new-draft',
    () => true,
    (_, phrase, { book }) => {
      const outOfContext = book.registry.byAlias.get(phrase.key) ?? book.registry.byAlias.get(`the ${phrase.key}`);
      return named(book.propose(phrase.surface, headOf(phrase.surface), outOfContext), phrase);
    },
  ),
];

/** The words before a preposition: "officials" in "officials in the northern town of Valmora". */
function headOf(surface: string): string {
  return surface.split(/\s+(?:in|at|from|of|for|with|on)\s+/)[0]!;
}

/** A phrase -> the source it names (registry, context or a new draft); null when it names none. */
export function resolveReference(context: ReferenceContext, words: string, start: number): SourceRef | null {
  const surface = words.replace(/[\s,.'’]+$/, '').replace(/['’]s$/, '');
  const key = normalise(surface);
  const phrase: Phrase = { surface, start, key, bare: key.replace(/^(the|a|an)\s+/, '') };
  for (const candidate of referenceRules) {
    const before = context.fired?.length ?? 0;
    context.fired?.push(candidate.name);
    const found = candidate.apply(phrase, context);
    if (found !== undefined) return found;
    // A rule that passed after all (its action found nothing) did not decide: neither did the rules it asked.
    context.fired?.splice(before);
  }
  return null;
}
