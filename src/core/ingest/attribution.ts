// Who says so: a sentence -> its attributions (the cue, the source as the text names it, and the chain
// "the publisher cites A, who cites B"), resolved to registry sources. An Attributor reads one article
// in order and remembers its speakers, so "he", "it added", "the statement" and "the ministry" resolve
// to the most recent speaker that fits; names the registry lacks become draft sources.
// The work is split by job: cue-rules.ts (where a cue's speaker is, and the chain), reference-rules.ts
// (which source a phrase names), speakers.ts (what was said before), source-book.ts (registry and drafts).
import { documentMention } from '../lexicon/referring-words.ts';
import type { Registry } from '../content/registry.ts';
import type { SourceEntry } from '../schema.ts';
import { attributionsOf, type Attribution, type CueTrace } from './cue-rules.ts';
import type { ReferenceContext } from './reference-rules.ts';
import { SourceBook } from './source-book.ts';
import { Speakers } from './speakers.ts';

export type { Attribution, CueTrace } from './cue-rules.ts';
export type { SourceRef } from './reference-rules.ts';

/** What the attributor did, collected only when asked for (`claimtrail ingest --explain`). */
export interface AttributionTrace {
  /** Each sentence read, in order, with each of its cues and the rules that fired for it. */
  sentences: { sentence: string; cues: CueTrace[] }[];
  /** Claimants the words imply without naming them (an accusation's unnamed accusers), by source id. */
  unnamed: string[];
}

export class Attributor {
  private readonly book: SourceBook;
  private readonly speakers = new Speakers();
  private readonly trace: AttributionTrace | undefined;
  /** What the rules read a sentence with. */
  private readonly context: ReferenceContext;

  constructor(registry: Registry, publisher: string, trace?: AttributionTrace) {
    this.book = new SourceBook(registry, publisher);
    this.trace = trace;
    this.context = { book: this.book, speakers: this.speakers };
  }

  /**
   * Reads text that is not a paragraph (a headline, a heading, a caption) for the sources it names in
   * full: a generic alias after them ("the agency") may then stand for them.
   */
  note(text: string): void {
    this.book.note(text);
  }

  /** Draft sources proposed so far (from the `from`th on), for names the registry does not know. */
  newSources(from = 0): SourceEntry[] {
    return this.book.newSources(from);
  }

  /** How many draft sources have been proposed so far. */
  get newSourceCount(): number {
    return this.book.newSourceCount;
  }

  /**
   * A claimant the text does not name (unnamed accusers, critics): the registry's entry of that id,
   * else a draft source of type unnamed, proposed once.
   */
  unnamed(entry: Omit<SourceEntry, 'aliases' | 'related'>): string {
    this.trace?.unnamed.push(entry.id);
    return this.book.unnamed(entry);
  }

  /** Registry and draft sources named in `text` by a proper name (or an alias that is one), with offsets. */
  mentions(text: string): { id: string; start: number; end: number }[] {
    return this.book.mentions(text);
  }

  /** The attributions of one sentence, in reading order; remembers their sources for the sentences after. */
  attribute(sentence: string): Attribution[] {
    this.speakers.reading(sentence);
    this.book.note(sentence);
    const document = documentMention.test(sentence);
    const remember = (chain: Attribution['chain']) => {
      for (const ref of [...chain].reverse()) {
        const source = this.book.source(ref.id);
        if (source) this.speakers.remember(ref.id, ref.surface, source, document);
      }
    };
    const traced = this.trace ? { sentence, cues: [] as CueTrace[] } : undefined;
    if (traced) this.trace?.sentences.push(traced);
    const attributions = attributionsOf(sentence, this.context, remember, traced?.cues);
    this.speakers.readDone();
    return attributions;
  }
}
