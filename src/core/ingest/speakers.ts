// What attribution remembers of an article as it reads it in order: its speakers (the most recent of
// each kind, and every word-final part of their names) and its sentences, so that "he", "it added",
// "the statement", "Fisher" and "the operator" can be resolved to a source named earlier.
import { organisationNouns } from '../lexicon/organisations.ts';
import { auxiliariesAfterOpeningName } from '../lexicon/verbs.ts';
import type { SourceEntry } from '../schema.ts';
import { isSourceLike } from './source-guess.ts';
import { normalise } from './source-names.ts';

interface Speaker {
  id: string;
  person: boolean;
  /** Issued a statement, letter or report: what "the statement" refers back to. */
  document: boolean;
  /** Its names and aliases, and the words that named it, normalised. */
  names: string[];
  /** When it was last remembered: the most recent has the highest. */
  touched: number;
}

export class Speakers {
  private readonly speakers = new Map<string, Speaker>();
  /** Speakers by every word-final part of their names ("fisher", "john fisher"; "ministry", "foreign ministry"). */
  private readonly endings = new Map<string, Set<string>>();
  /** The most recent person, non-person and document-issuing speaker. */
  private readonly last: { person?: string; other?: string; document?: string } = {};
  private clock = 0;
  /** The sentences read so far, for the fuller names of what a sentence calls "the agency". */
  private readonly read: string[] = [];
  /** namedBefore's answer for each noun up to the sentences it has scanned. */
  private readonly fuller = new Map<string, { scanned: number; phrase?: string }>();
  /** The sentence being read. */
  private current = '';

  /** Starts reading a sentence. */
  reading(sentence: string): void {
    this.current = sentence;
  }

  /** Ends reading the current sentence. */
  readDone(): void {
    this.read.push(this.current);
  }

  /** Remembers a source as the most recent speaker of its kind; `document` when the sentence names a document. */
  remember(id: string, surface: string, source: SourceEntry, document: boolean): void {
    const previous = this.speakers.get(id);
    const speaker = {
      id,
      person: source.type === 'person',
      document: document || (previous?.document ?? false),
      names: [source.name, ...source.aliases, surface].map(normalise),
      touched: ++this.clock,
    };
    this.speakers.set(id, speaker);
    for (const name of speaker.names) {
      const words = name.split(' ');
      for (let index = 0; index < words.length; index++) {
        const ending = words.slice(index).join(' ');
        const ids = this.endings.get(ending) ?? new Set<string>();
        ids.add(id);
        this.endings.set(ending, ids);
      }
    }
    if (speaker.person) this.last.person = id;
    else this.last.other = id;
    if (speaker.document) this.last.document = id;
  }

  /** The most recent speaker one of whose names is `bare` or ends with it ("fisher", "the agency"). */
  named(bare: string): string | undefined {
    let best: Speaker | undefined;
    for (const id of this.endings.get(bare) ?? []) {
      const speaker = this.speakers.get(id)!;
      // An ending indexed under names the speaker has since been remembered without no longer counts.
      const hasName = speaker.names.some((name) => name.endsWith(` ${bare}`) || name === bare);
      if ((!best || speaker.touched > best.touched) && hasName) best = speaker;
    }
    return best?.id;
  }

  /** The most recent speaker that is (or is not) a person. */
  lastOf(person: boolean): string | undefined {
    return person ? this.last.person : this.last.other;
  }

  /** The most recent speaker that issued a document. */
  lastDocument(): string | undefined {
    return this.last.document;
  }

  /** The latest fuller noun phrase the article used for `noun`: "regional health agency" for "agency". */
  namedBefore(noun: string): string | undefined {
    // Each sentence is scanned once per noun: the answer so far is kept, and only newer sentences are read.
    const known = this.fuller.get(noun) ?? { scanned: 0 };
    const pattern = new RegExp(String.raw`\b[Tt]he\s+((?:[\p{L}'’-]+\s+){1,3}${noun})\b`, 'gu');
    for (let index = this.read.length - 1; index >= known.scanned; index--) {
      const phrase = [...this.read[index]!.matchAll(pattern)].at(-1)?.[1];
      if (phrase && isSourceLike(phrase)) {
        known.phrase = phrase;
        break;
      }
    }
    known.scanned = this.read.length;
    this.fuller.set(noun, known);
    return known.phrase;
  }

  /**
   * "Northline Rail has suspended the service, the operator said": an organisation named as the
   * subject of the sentence the cue ends, or of one of the few sentences before it ("BRANSFORD –
   * Harlow Valley Water today announced …"), is what the text then calls "the operator", "the company".
   */
  namedSubject(noun: string): string | undefined {
    if (!organisationNouns.test(noun)) return undefined;
    for (const sentence of [this.current, ...this.read.slice(-5).toReversed()]) {
      const text = sentence.replace(/^\p{Lu}{3,}[^–—]{0,40}?\s[–—]\s+/u, '');
      const subject = subjectName.exec(text)?.[1];
      // Two capitalised words or an acronym: a name, not a common noun opening the sentence ("Customers will…").
      const opener = /^(?:The|A|An|This|That|These|Those|It|In|On|At|After|Before)\b/;
      if (subject && /^\p{Lu}{2,}$|\s/u.test(subject) && !opener.test(subject)) return subject;
    }
    return undefined;
  }
}

/** Capitalised words opening a sentence before its verb: "Harlow Valley Water today announced". */
const subjectName = new RegExp(
  String.raw`^((?:\p{Lu}[\p{L}'’&-]*\s+){0,4}\p{Lu}[\p{L}'’-]*)\s+` +
    String.raw`(?:(?:today|yesterday|also|now)\s+)?(?:${auxiliariesAfterOpeningName.join('|')}|\p{Ll}+ed)\b`,
  'u',
);
