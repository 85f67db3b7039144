// The sources one article can name: the registry's, in context or not, and the drafts proposed for
// names the registry lacks. Attribution asks it which source a name stands for here, and proposes
// drafts through it; it also finds where a text names a source (for <Source> marks).
import type { Registry } from '../content/registry.ts';
import type { SourceEntry } from '../schema.ts';
import { guessSource } from './source-guess.ts';
import { genericAlias, NameIndex, normalise, sentenceCase, slug } from './source-names.ts';

export class SourceBook {
  readonly registry: Registry;
  readonly publisher: string;
  private readonly drafts = new Map<string, SourceEntry>();
  /** The drafts in the order they were proposed, for newSources(from). */
  private readonly draftList: SourceEntry[] = [];
  /** Registry sources the article names in full (their name or a full alias) in what has been read so far. */
  private readonly named = new Set<string>();
  /** Registry names and full aliases, found in a text in one pass (for `named`). */
  private readonly fullNames = new NameIndex();
  /** Every registry and draft name and alias, for mentions(). */
  private readonly allNames = new NameIndex();
  /** Normalised registry and draft names and aliases -> their sources, for suffixMatch. */
  private readonly endings = new Map<string, { id: string; name: string; proper: boolean }[]>();
  /** Draft names and aliases, lower-cased (as the registry compares them). */
  private readonly draftKeys = new Set<string>();
  /** Normalised draft names and aliases -> the first draft of that name. */
  private readonly draftNames = new Map<string, string>();
  /** Registry aliases, longest first, for receiver(). */
  readonly aliasesByLength: [string, string][];

  constructor(registry: Registry, publisher: string) {
    this.registry = registry;
    this.publisher = publisher;
    for (const [alias, id] of registry.byAlias) {
      const source = registry.sources.get(id);
      this.allNames.add(alias, id);
      if (!source || !genericAlias(alias, source)) this.fullNames.add(alias, id);
    }
    for (const source of registry.sources.values())
      for (const name of [source.name, ...source.aliases]) this.addEnding(name, source.id);
    this.aliasesByLength = [...registry.byAlias].sort((a, b) => b[0].length - a[0].length);
  }

  private addEnding(name: string, id: string): void {
    const alias = normalise(name);
    if (alias.length < 3) return;
    const list = this.endings.get(alias) ?? [];
    list.push({ id, name, proper: /^\p{Lu}/u.test(name.replace(/^the\s+/i, '')) });
    this.endings.set(alias, list);
  }

  private addDraft(entry: SourceEntry): void {
    this.drafts.set(entry.id, entry);
    for (const name of [entry.name, ...entry.aliases]) this.draftKeys.add(name.toLowerCase());
    this.draftList.push(entry);
    for (const name of [entry.name, ...entry.aliases]) {
      this.allNames.add(name.toLowerCase(), entry.id);
      this.addEnding(name, entry.id);
      if (!this.draftNames.has(normalise(name))) this.draftNames.set(normalise(name), entry.id);
    }
  }

  /** Notes the registry sources a text names in full: a generic alias after them ("the agency") may stand for them. */
  note(text: string): void {
    for (const found of this.fullNames.find(text)) this.named.add(found.id);
  }

  /**
   * Whether a registry source is in this article's context: named in full in what has been read, or
   * its organisation is ("China" for "the foreign ministry" of China), or it is the publisher.
   */
  inContext(id: string): boolean {
    if (id === this.publisher || this.named.has(id)) return true;
    const affiliation = this.registry.sources.get(id)?.affiliation;
    return affiliation !== undefined && this.named.has(affiliation);
  }

  /**
   * The registry source a lower-cased name or alias stands for here. A generic alias ("the agency",
   * "the ministry", "the Post", a surname) stands for its source only in context: "The agency said…"
   * in a text that never names Reuters is not Reuters.
   */
  registered(key: string): string | undefined {
    const id = this.registry.byAlias.get(key);
    if (id === undefined) return undefined;
    const source = this.registry.sources.get(id);
    return !source || !genericAlias(key, source) || this.inContext(id) ? id : undefined;
  }

  /** Draft sources proposed so far (from the `from`th on). */
  newSources(from = 0): SourceEntry[] {
    return this.draftList.slice(from);
  }

  get newSourceCount(): number {
    return this.draftList.length;
  }

  /** A source's entry, from the registry or the drafts. */
  source(id: string): SourceEntry | undefined {
    return this.registry.sources.get(id) ?? this.drafts.get(id);
  }

  /**
   * A claimant the text does not name (unnamed accusers, critics): the registry's entry of that id,
   * else a draft source of type unnamed, proposed once.
   */
  unnamed(entry: Omit<SourceEntry, 'aliases' | 'related'>): string {
    if (this.registry.isDeclared(entry.id) || this.drafts.has(entry.id)) return entry.id;
    const description =
      `Draft proposed by claimtrail ingest: ${entry.description} ` + 'Check whether the article names them.';
    this.addDraft({ ...entry, aliases: [], related: [], description });
    return entry.id;
  }

  /** Registry and draft sources named in `text` by a proper name (or an alias that is one), with offsets. */
  mentions(text: string): { id: string; start: number; end: number }[] {
    // The longest names first; a name inside a longer one found is not a mention of its own.
    const candidates = [...this.allNames.find(text)]
      // Only proper names: a common-noun alias ("experts", "one source") is marked where it is a speaker.
      .filter((found) => /^\p{Lu}/u.test(text[found.start]!))
      .filter((found) => this.drafts.has(found.id) || this.registered(found.name) !== undefined)
      .sort((a, b) => b.name.length - a.name.length || a.order - b.order || a.start - b.start);
    const taken = new Uint8Array(text.length);
    const found: { id: string; start: number; end: number }[] = [];
    for (const { id, name, start: at, end } of candidates) {
      if (taken.subarray(at, end).includes(1)) continue;
      taken.fill(1, at, end);
      // Include a "the" the text writes before a name whose alias has one ("the Reuters news agency").
      const start = name.startsWith('the ') && /the\s+$/i.test(text.slice(Math.max(0, at - 4), at)) ? at - 4 : at;
      found.push({ id, start, end });
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /**
   * The longest proper name (registry or draft) the phrase ends with; a common-noun alias ("the
   * agency") must match whole, and be in context when generic.
   */
  suffixMatch(key: string): string | undefined {
    const words = key.split(' ');
    // Longest first: the whole phrase, then each shorter word-final part of it; the first source listed wins a tie.
    for (let index = 0; index < words.length; index++) {
      for (const { id, name, proper } of this.endings.get(words.slice(index).join(' ')) ?? []) {
        if (index > 0 && !proper) continue;
        const source = this.registry.sources.get(id);
        if (source && genericAlias(name, source) && !this.inContext(id)) continue;
        return id;
      }
    }
    return undefined;
  }

  draftByName(key: string): string | undefined {
    return this.draftNames.get(key);
  }

  /**
   * Proposes a draft source for a name the registry lacks, guessing its type from its words; `notThis`
   * is the registry source the same words name elsewhere (out of context here).
   */
  propose(surface: string, head: string, notThis?: string): string {
    const guess = guessSource(surface);
    // A common noun with a place after it ("officials in Valmora") is the kind its head says.
    const headIsCommon = head !== surface && !/^\p{Lu}/u.test(head.replace(/^(the|a|an)\s+/i, ''));
    const { name, type, role } = headIsCommon ? { ...guess, type: guessSource(head).type } : guess;
    const taken = (id: string) => this.registry.isDeclared(id) || this.drafts.has(id);
    const base = slug(name);
    // The publisher named in its own text (a press release's issuer) is the publisher, not a new source.
    if (base === this.publisher) return this.publisher;
    let id = base;
    for (let n = 2; taken(id); n++) id = `${base}-${n}`;
    const aliases = [surface].filter(
      (alias) => normalise(alias) !== normalise(name) && !this.registry.byAlias.has(alias.toLowerCase()),
    );
    // Two sources never share a name: words the registry gives another source, used here out of its
    // context ("One source said…" in a text that never names diplomatic sources), name an unidentified one.
    let draftName = notThis ? `${sentenceCase(name)} (unidentified)` : name;
    const nameTaken = (candidate: string) =>
      this.registry.byAlias.has(candidate.toLowerCase()) || this.draftKeys.has(candidate.toLowerCase());
    for (let n = 2; nameTaken(draftName); n++) draftName = `${name} (unidentified${n > 2 || notThis ? ` ${n}` : ''})`;
    const registered = notThis ? this.registry.sources.get(notThis)?.name : undefined;
    this.addDraft({
      id,
      name: draftName,
      type,
      ...(role ? { role } : {}),
      aliases,
      related: [],
      description: registered
        ? `Draft proposed by claimtrail ingest from the words “${surface}”, ` +
          `which the registry uses for ${registered}; ` +
          `the article does not name ${registered}, so whom the words mean is left to the editor.`
        : `Draft proposed by claimtrail ingest from the words “${surface}”: check its name and type.`,
    });
    // The same words later in the article are the same unidentified source.
    if (notThis) this.draftNames.set(normalise(surface), id);
    return id;
  }
}
