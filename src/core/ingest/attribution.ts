// Who says so: a sentence -> its attributions (the cue, the source as the text names it, and the chain
// "the publisher cites A, who cites B"), resolved to registry sources. An Attributor reads one article
// in order and remembers its speakers, so "he", "it added", "the statement" and "the ministry" resolve
// to the most recent speaker that fits; names the registry lacks become draft sources.
import nlp from 'compromise';
import { slugify } from '../ids.ts';
import type { Registry } from '../registry.ts';
import type { SourceEntry } from '../schema.ts';
import { wordCount } from './text.ts';

/** Words that say a statement is someone's. */
const cueWords = String.raw`(?:given|made|provided|issued|released|published|told) (?:to [^,.;]{1,40}? )?by|according to|citing|cited|quoting|quoted|in a statement|said|says|say|saying|told|tells|telling|added|adds|stated|states|reported|reports|reporting|confirmed|confirms|announced|announces|claimed|claims|claiming|den(?:y|ies|ied)|urged|urges|urging|warned|warns|insisted|insists|argued|argues|noted|notes|wrote|writes|estimated?(?!\s+to\b)|estimates|accused|accuses|alleged|alleges|acknowledged|admitted|called (?:on|for)|calls (?:on|for)`;
export const cuePattern = new RegExp(String.raw`\b(?:${cueWords})\b`, 'i');
const cueGlobal = new RegExp(String.raw`\b(?:${cueWords})\b`, 'gi');

export interface SourceRef {
  /** A registry id, or the id of a draft source proposed for this article. */
  id: string;
  /** The words that name it here ("he", "the statement", "John Fisher"). */
  surface: string;
  /** Offsets of `surface` in the sentence; null when the source comes from context (a pronoun's speaker named earlier). */
  start: number | null;
  end: number | null;
}

export interface Attribution {
  /** The cue as written: "said", "according to", "citing"… */
  cue: string;
  cueStart: number;
  cueEnd: number;
  /** Sources nearest first, after the publisher: [reuters, diplomatic-sources] for "Citing diplomatic sources, Reuters reported". */
  chain: SourceRef[];
}

interface Speaker {
  id: string;
  person: boolean;
  /** Issued a statement, letter or report: what "the statement" refers back to. */
  document: boolean;
  /** Its names and aliases, and the words that named it, normalised. */
  names: string[];
}

const pronouns = /^(he|she|him|her|it|they|we|i)$/i;
const documentWords =
  /^(?:the|its|their|his|her)\s+(statement|letter|report|release|note|communique|communiqué|memo|filing)$/i;
/** Titles written short before a name ("Dr. Jane Roe", "Gen. John Doe"): their stop ends no sentence or phrase. */
const titleAbbreviations = String.raw`(?:Dr|Gen|Prof|Mr|Mrs|Ms|Sen|Rep|Gov|Col|Lt|Capt|Sgt|Rev|Cllr|Insp|Supt|Adm|Maj|Cpl)\.`;
const personTitles =
  /\b(sheriff|officer|captain|sergeant|lieutenant|inspector|superintendent|commander|president|prime minister|minister|secretary|councill?or|cllr|congress(?:man|woman)|representative|deputy|mp|chairperson|head|senator|governor|mayor|chancellor|king|queen|director|chief|spokes(?:person|man|woman)|ambassador|general|gen|colonel|col|lieutenant|lt|capt|sgt|judge|professor|prof|dr|mr|mrs|ms|rev|sen|rep|gov|sheikh|pope|chair(?:man|woman)?|commissioner|ceo|editor|lawyer|analyst|researcher|envoy|leader|official|member|organi[sz]er|founder|engineer|manager)\.?$/i;
/** A name, perhaps after a short title: "Dr. Agnès Picard", "Sean Doherty". */
const personName = String.raw`(?:${titleAbbreviations}\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+`;

export class Attributor {
  private readonly registry: Registry;
  private readonly publisher: string;
  private readonly drafts = new Map<string, SourceEntry>();
  /** The drafts in the order they were proposed, for newSources(from). */
  private readonly draftList: SourceEntry[] = [];
  /** Speakers by id; the most recent has the highest `touched`. */
  private readonly speakers = new Map<string, Speaker & { touched: number }>();
  /** Speakers by every word-final part of their names ("fisher", "john fisher"; "ministry", "foreign ministry"). */
  private readonly speakerEndings = new Map<string, Set<string>>();
  /** The most recent person, non-person and document-issuing speaker. */
  private readonly lastSpeaker: { person?: string; other?: string; document?: string } = {};
  private clock = 0;
  /** The sentences read so far, for the fuller names of what a sentence calls "the agency". */
  private read: string[] = [];
  /** namedBefore's answer for each noun up to the sentences it has scanned. */
  private readonly fuller = new Map<string, { scanned: number; phrase?: string }>();
  /** The sentence being read. */
  private current = '';
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
  private readonly aliasesByLength: [string, string][];

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

  /**
   * Reads text that is not a paragraph (a headline, a heading, a caption) for the sources it names in
   * full: a generic alias after them ("the agency") may then stand for them.
   */
  note(text: string): void {
    for (const found of this.fullNames.find(text)) this.named.add(found.id);
  }

  /**
   * Whether a registry source is in this article's context: named in full in what has been read, or
   * its organisation is ("China" for "the foreign ministry" of China), or it is the publisher.
   */
  private inContext(id: string): boolean {
    if (id === this.publisher || this.named.has(id)) return true;
    const affiliation = this.registry.sources.get(id)?.affiliation;
    return affiliation !== undefined && this.named.has(affiliation);
  }

  /**
   * The registry source a lower-cased name or alias stands for here. A generic alias ("the agency",
   * "the ministry", "the Post", a surname) stands for its source only in context: "The agency said…"
   * in a text that never names Reuters is not Reuters.
   */
  private registered(key: string): string | undefined {
    const id = this.registry.byAlias.get(key);
    if (id === undefined) return undefined;
    const source = this.registry.sources.get(id);
    return !source || !genericAlias(key, source) || this.inContext(id) ? id : undefined;
  }

  /** Draft sources proposed so far (from the `from`th on), for names the registry does not know. */
  newSources(from = 0): SourceEntry[] {
    return this.draftList.slice(from);
  }

  /** How many draft sources have been proposed so far. */
  get newSourceCount(): number {
    return this.draftList.length;
  }

  /** A source's entry, from the registry or the drafts. */
  private source(id: string): SourceEntry | undefined {
    return this.registry.sources.get(id) ?? this.drafts.get(id);
  }

  /**
   * A claimant the text does not name (unnamed accusers, critics): the registry's entry of that id,
   * else a draft source of type unnamed, proposed once.
   */
  unnamed(entry: Omit<SourceEntry, 'aliases' | 'related'>): string {
    if (this.registry.isDeclared(entry.id) || this.drafts.has(entry.id)) return entry.id;
    this.addDraft({
      ...entry,
      aliases: [],
      related: [],
      description: `Draft proposed by claimtrail ingest: ${entry.description} Check whether the article names them.`,
    });
    return entry.id;
  }

  /** The attributions of one sentence, in reading order; remembers their sources for the sentences after. */
  attribute(sentence: string): Attribution[] {
    this.current = sentence;
    this.note(sentence);
    const attributions = this.attributions(sentence);
    this.read.push(sentence);
    return attributions;
  }

  private attributions(sentence: string): Attribution[] {
    const cues = [...sentence.matchAll(cueGlobal)].map((match) => ({
      cue: match[0],
      start: match.index,
      end: match.index + match[0].length,
    }));
    const cited = cues
      .filter((cue) => /^(citing|cited|quoting)$/i.test(cue.cue))
      // "citing a shortage of nurses" gives a reason, not a source.
      .map((cue) =>
        this.nounAfter(
          sentence,
          cue.end,
          false,
          (phrase) =>
            /^\p{Lu}/u.test(phrase) || citable.test(phrase) || this.registered(phrase.toLowerCase()) !== undefined,
        ),
      )
      .filter((ref) => ref !== null);
    const attributions: Attribution[] = [];
    for (const cue of cues) {
      const lower = cue.cue.toLowerCase();
      if (lower === 'citing' || lower === 'cited' || lower === 'quoting' || lower === 'quoted') continue;
      let source: SourceRef | null;
      let receiver: SourceRef | null = null;
      if (lower === 'according to' || /\sby$/.test(lower)) source = this.nounAfter(sentence, cue.end);
      else if (lower === 'in a statement') source = this.nounAfter(sentence, cue.end, true);
      else if (/ing$/.test(lower) && /,\s*$/.test(sentence.slice(0, cue.start))) {
        // "…, the ministry confirmed the invitation, saying …": the clause's own speaker says it.
        const previous = attributions.at(-1);
        if (previous) attributions.push({ cue: cue.cue, cueStart: cue.start, cueEnd: cue.end, chain: previous.chain });
        continue;
      } else {
        source =
          this.nounBefore(sentence, cue.start) ??
          (invertedAt(sentence, cue.start) ? this.nounAfter(sentence, cue.end) : null);
        if (/^(told|tells|telling)$/.test(lower)) receiver = this.receiver(sentence, cue.end);
      }
      if (!source) continue;
      const chain = [source];
      if (receiver && receiver.id !== source.id && receiver.id !== this.publisher && isOutlet(this.source(receiver.id)))
        chain.unshift(receiver);
      // "Citing X, Reuters reported …": the reporter cites X.
      for (const ref of cited) if (!chain.some((other) => other.id === ref.id)) chain.push(ref);
      while (chain[0]?.id === this.publisher) chain.shift();
      if (!chain.length) continue;
      attributions.push({ cue: cue.cue, cueStart: cue.start, cueEnd: cue.end, chain });
      // The nearest is remembered last, so it is the most recent: "it added" is Reuters, not its sources.
      const document = /\b(statement|letter|report|release|communiqu[eé])\b/i.test(sentence);
      for (const ref of [...chain].reverse()) this.remember(ref, document);
    }
    return attributions;
  }

  /** Registry and draft sources named in `text` by a proper name (or an alias that is one), with offsets. */
  mentions(text: string): { id: string; start: number; end: number }[] {
    // The longest names first; a name inside a longer one found is not a mention of its own.
    const candidates = [...this.allNames.find(text)]
      // Only proper names: a common-noun alias ("experts", "one source") is marked where it is a speaker.
      .filter(
        (found) =>
          /^\p{Lu}/u.test(text[found.start]!) &&
          (this.drafts.has(found.id) || this.registered(found.name) !== undefined),
      )
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

  private remember(ref: SourceRef, document: boolean): void {
    const source = this.source(ref.id);
    if (!source) return;
    const previous = this.speakers.get(ref.id);
    const speaker = {
      id: ref.id,
      person: source.type === 'person',
      document: document || (previous?.document ?? false),
      names: [source.name, ...source.aliases, ref.surface].map(normalise),
      touched: ++this.clock,
    };
    this.speakers.set(ref.id, speaker);
    for (const name of speaker.names) {
      const words = name.split(' ');
      for (let index = 0; index < words.length; index++) {
        const ending = words.slice(index).join(' ');
        const ids = this.speakerEndings.get(ending) ?? new Set<string>();
        ids.add(ref.id);
        this.speakerEndings.set(ending, ids);
      }
    }
    if (speaker.person) this.lastSpeaker.person = ref.id;
    else this.lastSpeaker.other = ref.id;
    if (speaker.document) this.lastSpeaker.document = ref.id;
  }

  /** The most recent speaker one of whose names is `bare` or ends with it ("fisher", "the agency"). */
  private speakerNamed(bare: string): string | undefined {
    let best: (Speaker & { touched: number }) | undefined;
    for (const id of this.speakerEndings.get(bare) ?? []) {
      const speaker = this.speakers.get(id)!;
      // An ending indexed under names the speaker has since been remembered without no longer counts.
      if (
        (!best || speaker.touched > best.touched) &&
        speaker.names.some((name) => name.endsWith(` ${bare}`) || name === bare)
      )
        best = speaker;
    }
    return best?.id;
  }

  /** The most recent speaker that is (or is not) a person. */
  private lastOf(person: boolean): string | undefined {
    return person ? this.lastSpeaker.person : this.lastSpeaker.other;
  }

  /** The noun phrase that ends just before a cue: "the foreign ministry" in "…, the foreign ministry confirmed". */
  private nounBefore(sentence: string, cueStart: number): SourceRef | null {
    const before = sentence
      .slice(0, cueStart)
      .replace(
        /(\s+(?:has|have|had|also|previously|later|again|further|did|does|do|not|repeatedly|reportedly|publicly|separately|would|will|had also|has also|have also|today|yesterday|tonight|now|earlier|formally|officially|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))*\s*$/i,
        '',
      )
      .replace(/[\s,]+$/, '')
      // "Gen. Rhian Hollis, who leads the western command, said": the speaker is before the relative clause.
      .replace(/,\s*(?:who|whose|which)\b[^,]*$/i, '');
    // "No injuries have been reported": a passive names no speaker before its verb.
    if (/\b(been|be|being|was|were|is|are)$/i.test(before)) return null;
    const boundary = Math.max(
      ...[...before.matchAll(/[,;:()"“”—–]|\bthat\b|\bwith\b|\bwhile\b|\bwhere\b|\bwhen\b|\band\b|\bbut\b/g)].map(
        (match) => match.index + match[0].length,
      ),
      0,
    );
    let phrase = before.slice(boundary);
    const lead = phrase.length - phrase.trimStart().length;
    phrase = phrase.trim();
    // "experts, including X, said" is the experts; "…, which the county council said" is the council.
    const relative = /^(?:which|who|whom)\s+/i.exec(phrase)?.[0].length ?? 0;
    const head = phrase.slice(relative).split(/\s+(?:including|such as|who|which)\s+/)[0]!;
    // "Ines Calder, the party's spokeswoman, said", "Sian Pruett, Westgrid's operations director, said":
    // the speaker is the name before the role.
    const role = head.replace(/\s+(?:for|of|at|in|on)\s+.*$/, '');
    if (
      /^(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}-]*['’]s?)\s/iu.test(role) &&
      personTitles.test(role.split(/\s+/).at(-1)!)
    ) {
      const name = new RegExp(String.raw`(?:^|[,;:]\s*)(${personName}),$`, 'u').exec(before.slice(0, boundary));
      if (name) return this.reference(name[1]!, name.index + name[0].indexOf(name[1]!));
    }
    return this.reference(head, boundary + lead + relative);
  }

  /** The noun phrase right after a cue, up to a comma or "that": "according to the US State Department,"; null when `names` says it names no one. */
  private nounAfter(
    sentence: string,
    cueEnd: number,
    afterComma = false,
    names: (phrase: string) => boolean = () => true,
  ): SourceRef | null {
    let from = cueEnd;
    if (afterComma) {
      // "In a statement released on Wednesday, the foreign ministry confirmed": the speaker follows the comma.
      const comma = sentence.indexOf(',', cueEnd);
      if (comma === -1) return null;
      from = comma + 1;
      const cue = cuePattern.exec(sentence.slice(from));
      if (!cue) return null;
      return this.nounBefore(sentence, from + cue.index);
    }
    const rest = sentence.slice(from);
    const lead = rest.length - rest.trimStart().length;
    const words = new RegExp(String.raw`^(?:${titleAbbreviations}|[^,.;:!?"“”()])*`, 'u').exec(rest.trimStart())![0];
    // "said the hospital's director, Dr. Agnès Picard": the name after the role is the speaker.
    const named = new RegExp(String.raw`^,\s*(${personName})(?=[\s,.;:!?]|$)`, 'u').exec(
      rest.trimStart().slice(words.length),
    );
    if (
      named &&
      /^(?:the|a|an|its|his|her|their)\s/i.test(words) &&
      personTitles.test(words.trim().split(/\s+/).at(-1)!)
    )
      return this.reference(named[1]!, from + lead + words.length + named[0].indexOf(named[1]!));
    const phrase = words
      .split(/\s+(?:that|who|which|as|in|on|at|to|for|after|before|when|while)\s+/)[0]!
      // "former detainees describing …", "figures seen by the paper": the phrase ends where a participle starts its own clause.
      // ("the engineering firm X": after a determiner, an "-ing" word is an adjective).
      .replace(
        /(?<=\S)(?<!^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er))\s+(?:\p{Ll}+(?:ing|ed)(?:\s+\S+){2,}|(?:seen|shown|given|made|obtained|compiled|released|published)\s+(?:by|to)\s.*)$/u,
        '',
      )
      .trim();
    return names(phrase) ? this.reference(phrase, from + lead) : null;
  }

  /** Whom something was told: "the agency" in "telling the agency the Chinese authorities were…". */
  private receiver(sentence: string, cueEnd: number): SourceRef | null {
    const rest = sentence.slice(cueEnd);
    const lead = rest.length - rest.trimStart().length;
    const words = rest.trimStart();
    const lower = words.toLowerCase();
    for (const [alias, id] of this.aliasesByLength) {
      const withThe = lower.startsWith(alias) ? alias : lower.startsWith(`the ${alias}`) ? `the ${alias}` : undefined;
      // "telling the agency": the agency in context only (the publisher, or one the article named).
      if (withThe && !/[\p{L}\p{N}]/u.test(words[withThe.length] ?? '') && this.registered(alias) === id)
        return {
          id,
          surface: words.slice(0, withThe.length),
          start: cueEnd + lead,
          end: cueEnd + lead + withThe.length,
        };
    }
    return null;
  }

  /** A phrase -> the source it names (registry, context or a new draft); null when it names none. */
  private reference(phrase: string, start: number): SourceRef | null {
    const surface = phrase.replace(/[\s,.'’]+$/, '').replace(/['’]s$/, '');
    if (!surface || wordCount(surface) > 9 || !/[\p{L}]/u.test(surface)) return null;
    const ref = (id: string): SourceRef => ({ id, surface, start, end: start + surface.length });
    const key = normalise(surface);
    if (pronouns.test(surface)) {
      const speaker = this.lastOf(/^(he|she|him|her)$/i.test(surface));
      return speaker ? { id: speaker, surface, start: null, end: null } : null;
    }
    // "A police statement", "the ministry's report": whoever issued it.
    // "Council figures", "the agency's data": whoever compiled them.
    const issuer =
      /^((?:an?|the)\s+)(.+?)(?:['’]s)?\s+(?:statement|report|letter|release|communiqu[eé])$/i.exec(surface) ??
      /^((?:an?|the)\s+|)(?!(?:the|its|their|his|her|our)\s)(.+?)(?:['’]s)?\s+(?:figures|data|estimates|records)$/i.exec(
        surface,
      );
    if (issuer) return this.reference(issuer[2]!, start + issuer[1]!.length);
    // "the grid operator Westgrid", "the nurses' union SNIV": what it is, then its name (not "a diplomat in Beijing").
    const described =
      /^(?:[Tt]he|[Aa]n?)\s+(?:(?!(?:in|at|of|for|from|on|with|near|by|to)\s)[\p{Ll}'’-]+\s+){1,4}((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:&|and|of|\p{Lu}[\p{L}'’-]*))*)$/u.exec(
        surface,
      );
    if (described && !pronouns.test(described[1]!))
      return this.reference(described[1]!, start + surface.length - described[1]!.length);
    // "Fisher", "the agency": a speaker named earlier whose name ends with these words. For a common
    // noun ("the agency", "the ministry") the one in context comes before the registry's alias.
    const bare = key.replace(/^(the|a|an)\s+/, '');
    const earlier = this.speakerNamed(bare);
    if (earlier && /^[Tt]he\s+\p{Ll}/u.test(surface)) return ref(earlier);
    // "The agency said": the agency the article named in full before ("the regional health agency"),
    // rather than whichever source a registry calls "the agency".
    const named = /^[Tt]he\s+(\p{Ll}+)$/u.test(surface)
      ? (this.namedBefore(bare) ?? this.namedSubject(bare))
      : undefined;
    const fuller = named ? this.reference(named, start) : null;
    if (fuller) return { ...fuller, surface, end: start + surface.length };
    // A generic alias stands for its registry source only in context ("The agency said…" is no one's
    // agency in a text that never names it): out of context it becomes a draft source of its own words.
    const registered = this.registered(key) ?? this.registered(`the ${key}`) ?? this.draftByName(key);
    if (registered) return ref(registered);
    if (documentWords.test(surface)) {
      const speaker = this.lastSpeaker.document ?? this.lastOf(false);
      return speaker ? { id: speaker, surface, start: null, end: null } : null;
    }
    // The head of a noun phrase is its end: "Turkish President Recep Erdogan" ends with a known name.
    const suffix = this.suffixMatch(key);
    if (suffix) return ref(suffix);
    if (earlier) return ref(earlier);
    // "officials in the northern town of Valmora": the words before the preposition say what it is.
    const head = surface.split(/\s+(?:in|at|from|of|for|with|on)\s+/)[0]!;
    if (!isSourceLike(head)) return null;
    // Words the registry gives a source this article never names ("the agency" in a text without
    // Reuters): an agency the text does not identify, proposed as such.
    const outOfContext = this.registry.byAlias.get(key) ?? this.registry.byAlias.get(`the ${key}`);
    return ref(this.propose(surface, head, outOfContext));
  }

  /** The latest fuller noun phrase the article used for `noun`: "regional health agency" for "agency". */
  private namedBefore(noun: string): string | undefined {
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
  private namedSubject(noun: string): string | undefined {
    if (!organisationNouns.test(noun)) return undefined;
    for (const sentence of [this.current, ...this.read.slice(-5).toReversed()]) {
      const text = sentence.replace(/^\p{Lu}{3,}[^–—]{0,40}?\s[–—]\s+/u, '');
      const subject =
        /^((?:\p{Lu}[\p{L}'’&-]*\s+){0,4}\p{Lu}[\p{L}'’-]*)\s+(?:(?:today|yesterday|also|now)\s+)?(?:has|have|had|is|was|will|would|\p{Ll}+ed)\b/u.exec(
          text,
        )?.[1];
      // Two capitalised words or an acronym: a name, not a common noun opening the sentence ("Customers will…").
      if (
        subject &&
        /^\p{Lu}{2,}$|\s/u.test(subject) &&
        !/^(?:The|A|An|This|That|These|Those|It|In|On|At|After|Before)\b/.test(subject)
      )
        return subject;
    }
    return undefined;
  }

  /** The longest proper name (registry or draft) the phrase ends with; a common-noun alias ("the agency") must match whole, and be in context when generic. */
  private suffixMatch(key: string): string | undefined {
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

  private draftByName(key: string): string | undefined {
    return this.draftNames.get(key);
  }

  /** Proposes a draft source for a name the registry lacks, guessing its type from its words. */
  private propose(surface: string, head: string, notThis?: string): string {
    const guess = guessSource(surface);
    // A common noun with a place after it ("officials in Valmora") is the kind its head says.
    const { name, type, role } =
      head !== surface && !/^\p{Lu}/u.test(head.replace(/^(the|a|an)\s+/i, ''))
        ? { ...guess, type: guessSource(head).type }
        : guess;
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
    for (
      let n = 2;
      this.registry.byAlias.has(draftName.toLowerCase()) || this.draftKeys.has(draftName.toLowerCase());
      n++
    )
      draftName = `${name} (unidentified${n > 2 || notThis ? ` ${n}` : ''})`;
    const registered = notThis ? this.registry.sources.get(notThis)?.name : undefined;
    this.addDraft({
      id,
      name: draftName,
      type,
      ...(role ? { role } : {}),
      aliases,
      related: [],
      description: registered
        ? `Draft proposed by claimtrail ingest from the words “${surface}”, which the registry uses for ${registered}; the article does not name ${registered}, so whom the words mean is left to the editor.`
        : `Draft proposed by claimtrail ingest from the words “${surface}”: check its name and type.`,
    });
    // The same words later in the article are the same unidentified source.
    if (notThis) this.draftNames.set(normalise(surface), id);
    return id;
  }
}

/**
 * Whether an alias names no one in particular without its context: a common noun ("the agency", "the
 * foreign ministry", "one source"), one word after "the" ("the Post", "the Courier") or a person's
 * single name ("Fisher"). Such an alias stands for its source only where the article has named that
 * source in full. A source's own name, and an alias with a number ("the group of 22 nations"), are
 * full names. Case-blind: `alias` may be the registry's lower-cased key.
 */
export function genericAlias(alias: string, source: Pick<SourceEntry, 'name' | 'aliases' | 'type'>): boolean {
  const key = alias.trim().toLowerCase().replace(/\s+/g, ' ');
  if (key === source.name.trim().toLowerCase().replace(/\s+/g, ' ')) return false;
  const written = (
    source.aliases.find((other) => other.trim().toLowerCase().replace(/\s+/g, ' ') === key) ?? alias
  ).trim();
  const bare = written.replace(/^(?:the|a|an)\s+/i, '');
  if (/\d/.test(bare)) return false;
  if (!/\p{Lu}/u.test(bare)) return true;
  if (/^(?:the|a|an)\s+\S+$/i.test(written)) return true;
  return source.type === 'person' && !/\s/.test(bare);
}

/** The text lower-cased character for character, so that its offsets stay the text's ("İ" would grow). */
function lowerInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const char of text) {
    const low = char.toLowerCase();
    out += low.length === char.length ? low : char;
  }
  return out;
}

const wordStart = /[\p{L}\p{N}]+/gu;

/**
 * Names (lower-cased, "the …" written or not) found in a text in one pass: each name is filed under
 * its first word, and only the names filed under a word the text has are tried there. A name matches
 * whole words, whatever their case, and without its "the".
 */
class NameIndex {
  private readonly byFirst = new Map<string, { name: string; bare: string; id: string; order: number }[]>();
  private size = 0;

  add(name: string, id: string): void {
    const bare = name.replace(/^the\s+/, '');
    if (bare.length < 2) return;
    const first = /^[\p{L}\p{N}]+/u.exec(bare)?.[0] ?? '';
    const list = this.byFirst.get(first) ?? [];
    list.push({ name, bare, id, order: this.size++ });
    this.byFirst.set(first, list);
  }

  *find(
    text: string,
  ): Generator<{ name: string; bare: string; id: string; order: number; start: number; end: number }> {
    const lower = lowerInPlace(text);
    const at = (start: number, entry: { name: string; bare: string; id: string; order: number }) => {
      const end = start + entry.bare.length;
      if (
        !lower.startsWith(entry.bare, start) ||
        /[\p{L}\p{N}]/u.test(text[start - 1] ?? '') ||
        /[\p{L}\p{N}]/u.test(text[end] ?? '')
      )
        return undefined;
      return { ...entry, start, end };
    };
    // A name that does not start with a letter or digit is looked for everywhere (there are few).
    for (const entry of this.byFirst.get('') ?? [])
      for (let start = lower.indexOf(entry.bare); start !== -1; start = lower.indexOf(entry.bare, start + 1)) {
        const found = at(start, entry);
        if (found) yield found;
      }
    for (const word of lower.matchAll(wordStart))
      for (const entry of this.byFirst.get(word[0]) ?? []) {
        const found = at(word.index, entry);
        if (found) yield found;
      }
  }
}

/** A cue with the speaker after it: `…," said John Fisher` or `, says the report`. */
function invertedAt(sentence: string, cueStart: number): boolean {
  return /(?:[,”"]|^)\s*$/.test(sentence.slice(0, cueStart));
}

function isOutlet(source: SourceEntry | undefined): boolean {
  return source?.type === 'outlet' || source?.type === 'news-agency';
}

/** Whether a phrase can name a speaker: a name, or a noun phrase such as "experts", "one source". */
function isSourceLike(surface: string): boolean {
  if (/^\p{Lu}/u.test(surface))
    return !/^(this|that|these|those|there|it|in|on|at|after|before|despite|during|if|when)$/i.test(
      surface.split(/\s+/)[0]!,
    );
  if (
    wordCount(surface) <= 4 &&
    (organisationTypes.some(([pattern]) => pattern.test(surface)) || personTitles.test(surface))
  )
    return true;
  // A noun phrase: determiners, numbers, adjectives and nouns, ending with a noun ("one source", "county officials").
  const tags = ((nlp(surface).json() as { terms: { tags: string[] }[] }[])[0]?.terms ?? []).map((term) => term.tags);
  const nounish = (term: string[]) =>
    term.some((tag) => ['Noun', 'Adjective', 'Determiner', 'Value', 'Possessive'].includes(tag)) &&
    !term.includes('Verb') &&
    !term.includes('Pronoun');
  return tags.length > 0 && tags.at(-1)!.includes('Noun') && tags.every(nounish);
}

/** Whom or what a sentence can cite: people, bodies and documents. */
const citable =
  /\b(sources?|officials?|diplomats?|people|witnesses|residents|experts|analysts|insiders|aides|officers|investigators|researchers|scientists|doctors|lawyers|spokes(?:person|man|woman)|police|authorities|government|ministry|agency|report|study|survey|data|figures|documents?|statement|letter|records|media|newspaper|outlet)\b/i;

/** What "the operator", "the company" can stand for: an organisation, not a person. */
const organisationNouns =
  /^(operator|company|firm|group|utility|airline|carrier|bank|insurer|retailer|manufacturer|developer|provider|business|charity|organi[sz]ation|club|school|hospital|university|trust|union|party|agency|authority|council|ministry|department|regulator|broadcaster|publisher|network)$/;

function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^the\s+/, '')
    .trim();
}

export function slug(name: string): string {
  const id = slugify(name.replace(/['’]s\b/gi, 's'));
  return id.length >= 3 ? id : `source-${id || 'x'}`.replace(/-$/, '');
}

const organisationTypes: [RegExp, SourceEntry['type']][] = [
  [/\b(news agency|press agency|wire service)\b/i, 'news-agency'],
  [
    /\b(times|post|news|herald|guardian|journal|tribune|gazette|telegraph|broadcaster|television|radio|newspaper|magazine|bbc|cnn|reuters|afp|xinhua)\b/i,
    'outlet',
  ],
  [
    /\b(united nations|european union|world (bank|health organization|trade organization)|african union|security council)\b/i,
    'intergovernmental',
  ],
  [/\b(UN|EU|NATO|IMF|WHO|WTO|ASEAN|OSCE|OPEC)\b/, 'intergovernmental'],
  [/\b(government|administration|cabinet|kremlin|white house)\b/i, 'government'],
  [
    /\b(ministry|department|police|army|military|court|parliament|council|commission|office|embassy|authorities|authority|bureau|agency|board|regulator|senate|congress|prosecutors?)\b/i,
    'government-body',
  ],
  [
    /\b(watch|amnesty|foundation|institute|charity|campaign|centre|center|association|society|union|federation|coalition|network|trust)\b/i,
    'ngo',
  ],
];

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
  if (
    doc.people().found ||
    (tokens.length >= 2 && tokens.length <= 3 && tokens.every((token) => /^\p{Lu}\p{Ll}/u.test(token)))
  )
    return { name: bare, type: 'person' };
  return { name: bare, type: 'ngo' };
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
