// Normalisation before claims are compared: two sentences that name the same actor, count the same
// thing or use the same word in another form or spelling should yield the same keys (word keys come
// from words.ts). Everything here is data in, data out; the source registry is an input, so a new
// corpus brings its own aliases.
import { clockTimes, months, weekdays } from '../lexicon/calendar.ts';
import { countryNames } from '../lexicon/countries.ts';
import { personalTitles, stopwords, titles } from '../lexicon/function-words.ts';
import { asideOpeners, negationWords } from '../lexicon/polarity.ts';
import { unitClasses } from '../lexicon/units.ts';
import { affiliationRoot } from '../content/registry.ts';
import { thresholds } from './thresholds.ts';
import { assertionDeniedAt, deniesAt, isNegatingVerb, stem, words, type WordToken } from './words.ts';

/** What the normaliser needs from a registry entry (a SourceEntry fits). */
export interface AliasSource {
  id: string;
  name: string;
  type: string;
  aliases?: readonly string[];
  affiliation?: string | undefined;
}

const countryByName = new Map<string, string>(
  countryNames.flatMap(([country, ...names]) =>
    [country, ...names].map((name) => [stem(name), `country:${country}`] as [string, string]),
  ),
);

/** The country a word's key names, itself or by its capital or demonym ("Beijing": country:china). */
export const countryOf = (key: string) => countryByName.get(key);

const unitClassByKey = new Map<string, string>(
  Object.entries(unitClasses).flatMap(([unitClass, nouns]) =>
    nouns.map((noun) => [keyOfPhrase(noun), unitClass] as [string, string]),
  ),
);

function keyOfPhrase(phrase: string): string {
  return words(phrase)
    .map((token) => token.key)
    .join(' ');
}

export interface Quantity {
  min: number | null;
  max: number | null;
  /** "More than N" excludes N; absent means inclusive. */
  minExclusive?: boolean;
  maxExclusive?: boolean;
  /** "About N": N, the bounds being N ± 10% (schema.ts approximateSlack); absent or null otherwise. */
  about?: number | null;
  unit: string;
  counted: string;
}

export interface NormalQuantity {
  /** Bounds (exclusive where flagged); an exact round figure gets a little slack, as reported figures are rounded. */
  min: number;
  max: number;
  minExclusive: boolean;
  maxExclusive: boolean;
  /** The bounds as stated, for explanations. */
  stated: { min: number | null; max: number | null; minExclusive: boolean; maxExclusive: boolean };
  /** An estimate ("about 40,000"): its bounds are how far the figure may be off, not what is claimed. */
  approximate: boolean;
  unitClass: string;
  /** Content keys of what is counted ("mainly Uygur detainees" -> main, uyghur, detain). */
  counted: string[];
}

/** What one text yields for comparison, from a single pass over its words. */
export interface TextFeatures {
  /** Content keys: stems without stopwords, numbers, denial words or the names of (non-group) actors. */
  content: string[];
  /** Source ids named in the text (registry aliases), or country:… keys from the general table. */
  entities: string[];
  /** A denial word ("denies", "rejects", "baseless") was found. */
  denial: boolean;
  /** A denial or a plain negation ("not", "never", "no") was found. */
  negated: boolean;
  /** The word that denies or negates, for explanations. */
  cue: string | null;
  /** Years, months and weekdays named ("2019", "month:3", "day:friday"). */
  dates: string[];
  /** Proper names: the actors and places the text is about (see Name). */
  names: Name[];
  /** Keys of singular nouns the text names with "the" only ("the bridge"): which one, its article may say. */
  definite: string[];
}

/**
 * A proper name in a text: a registry entry (its id, and the keys of the words naming it), or a run of
 * capitalised words no entry names ("the Selby Bridge in Dunmore": selby bridge, dunmore).
 */
export interface Name {
  id: string | null;
  /** The entry's type ("person", "government"; "country" from the general table); null for words no entry names. */
  kind: string | null;
  keys: string[];
}

export interface Normaliser {
  analyse(text: string): TextFeatures;
  /** The source an id rolls up to, for independence: a ministry to its government, a person to their organisation. */
  root(id: string): string;
  /** Whether one source is the other or stands in its chain of affiliations (a minister and her ministry). */
  affiliated(a: string, b: string): boolean;
  /** A display name for an entity key. */
  nameOf(id: string): string;
  quantity(quantity: Quantity): NormalQuantity;
}

// "The bridge", "this bank": one the reader is meant to know.
const definiteArticles = new Set(['the', 'this', 'that']);

// The negators of a verb ("did not fail", "never refused", "didn't fail"); not "no", "without", "nor".
const verbNegation = /^(?:not|never)$|n['’]t$/u;
// Words that may stand between such a negator and its verb: "has never once failed to".
const betweenNegatorAndVerb = new Set(['once', 'ever', 'really', 'actually']);

/**
 * Whether the negator at `negator` negates the verb at `verb`: next to it, or a word such as "once" between,
 * and no punctuation ("Lawmakers, not judges, refused …"; "“No, I refuse …”").
 */
function negatesVerb(tokens: readonly WordToken[], text: string, negator: number, verb: number): boolean {
  const between = tokens.slice(negator + 1, verb);
  return (
    between.length <= 1 &&
    between.every((token) => betweenNegatorAndVerb.has(token.text.toLowerCase())) &&
    !/[,;:"“”()]/u.test(text.slice(tokens[negator]!.end, tokens[verb]!.start))
  );
}

/**
 * A normaliser for a registry. Aliases made only of common lower-case words ("the agency",
 * "experts") are skipped when finding entities in text: they name a source only where an editor
 * marked them, and would otherwise make unrelated claims share an actor.
 */
export function createNormaliser(sources: readonly AliasSource[] = []): Normaliser {
  const byId = new Map(sources.map((source) => [source.id, source]));
  // First key of an alias -> its key sequences, longest first.
  const aliasIndex = new Map<string, { keys: string[]; capitals: boolean[]; id: string }[]>();
  const groupKeys = new Set<string>();
  for (const source of sources) {
    // An unnamed source's name describes it ("Experts"): in other text the same words name nobody.
    if (source.type === 'unnamed') continue;
    for (const alias of [source.name, ...(source.aliases ?? [])]) {
      const tokens = words(alias).filter((token, index) => !(index === 0 && /^(the|a|an)$/i.test(token.text)));
      if (!tokens.some((token) => /^\p{Lu}/u.test(token.text))) continue;
      const keys = tokens.map((token) => token.key);
      const capitals = tokens.map((token) => /^\p{Lu}/u.test(token.text));
      const list = aliasIndex.get(keys[0]!) ?? [];
      list.push({ keys, capitals, id: source.id });
      list.sort((a, b) => b.keys.length - a.keys.length);
      aliasIndex.set(keys[0]!, list);
      if (source.type === 'group') for (const key of keys) groupKeys.add(key);
    }
  }

  function entitySpans(tokens: WordToken[]): { id: string; from: number; to: number }[] {
    const spans: { id: string; from: number; to: number }[] = [];
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      // A capitalised word of an alias matches only capitalised: "Turkey" the country, not "turkey".
      const matches = (key: string, offset: number, capital: boolean) => {
        const other = tokens[index + offset];
        return other?.key === key && (!capital || /^\p{Lu}/u.test(other.text));
      };
      const hit = aliasIndex
        .get(token.key)
        ?.find(({ keys, capitals }) => keys.every((key, offset) => matches(key, offset, capitals[offset]!)));
      if (hit) {
        spans.push({ id: hit.id, from: index, to: index + hit.keys.length });
        index += hit.keys.length - 1;
        continue;
      }
      const country = countryByName.get(token.key);
      // Lower-case "us" is the pronoun; the table's names need their capital.
      if (country && /^\p{Lu}/u.test(token.text)) spans.push({ id: country, from: index, to: index + 1 });
    }
    return spans;
  }

  const root = (id: string) => affiliationRoot(id, byId);

  /** A source and the bodies it is affiliated to, up the chain. */
  function chain(id: string): string[] {
    const ids = [id];
    for (let next = byId.get(id)?.affiliation; next && !ids.includes(next); next = byId.get(next)?.affiliation)
      ids.push(next);
    return ids;
  }

  /**
   * The names of a text (see Name). A group ("Uyghurs") is what a claim is about, not who or where, so
   * it names nothing here; nor does a capital that only opens a sentence ("Hackers stole…"), a month or a weekday.
   */
  function properNames(text: string, tokens: WordToken[], spans: { id: string; from: number; to: number }[]): Name[] {
    const kind = (id: string) => byId.get(id)?.type ?? (id.startsWith('country:') ? 'country' : null);
    const names: Name[] = spans
      .filter((span) => kind(span.id) !== 'group')
      .map((span) => ({
        id: span.id,
        kind: kind(span.id),
        keys: tokens.slice(span.from, span.to).map((token) => token.key),
      }));
    const inSpan = new Set<number>();
    for (const span of spans) for (let index = span.from; index < span.to; index++) inSpan.add(index);
    const opensSentence = (index: number) =>
      index === 0 || /[.!?:"“]/u.test(text.slice(tokens[index - 1]!.end, tokens[index]!.start));
    let run: WordToken[] = [];
    let runStart = 0;
    const flush = () => {
      if (!run.length) return;
      // "Mr Feith" and "Douglas Feith" are one name: a title names nobody, but after one a capital is a name.
      const opens = !titles.has(run[0]!.text.toLowerCase()) && opensSentence(runStart);
      // A personal title makes the name a person's, so two titled names none alike are two people.
      let person = false;
      while (run.length && titles.has(run[0]!.text.toLowerCase())) {
        const title = run.shift()!.text.toLowerCase();
        person = person || personalTitles.has(title);
      }
      if (run.length > 1 || (run.length === 1 && !opens))
        names.push({ id: null, kind: person ? 'person' : null, keys: run.map((token) => token.key) });
      run = [];
    };
    tokens.forEach((token, index) => {
      const lower = token.text.toLowerCase();
      const named =
        /^\p{Lu}/u.test(token.text) &&
        !inSpan.has(index) &&
        !stopwords.has(lower) &&
        !months.includes(lower) &&
        !weekdays.has(lower);
      if (!named) return flush();
      if (!run.length) runStart = index;
      run.push(token);
    });
    flush();
    return names;
  }

  function analyse(text: string): TextFeatures {
    const tokens = words(text);
    const spans = entitySpans(tokens);
    const inEntity = new Set<number>();
    for (const span of spans)
      // A group ("Uyghurs") is what a claim is about, so its name stays a content key too.
      if (byId.get(span.id)?.type !== 'group')
        for (let index = span.from; index < span.to; index++) inEntity.add(index);
    const content = new Set<string>();
    const dates = new Set<string>();
    const definite = new Set<string>();
    let denial: string | null = null;
    // The assertions a denial takes ("rejected the allegations that …"): its frame, not the claim's subject.
    const frames = new Set<number>();
    let negation: string | null = null;
    let negatedAt: number | undefined;
    // Within a relative or conditional clause, to the next comma (asideOpeners): a negation there is not the claim's.
    let aside = false;
    tokens.forEach((token, index) => {
      const lower = token.text.toLowerCase();
      const denies = deniesAt(tokens, index);
      const next = tokens[index + 1]?.text.toLowerCase();
      const afterComma = index > 0 && /[,;]/.test(text.slice(tokens[index - 1]!.end, token.start));
      if (afterComma) aside = false;
      // "Derailed on the same bend, without injuries": a phrase set off by a comma tells how, not whether.
      if (asideOpeners.has(lower) || (lower === 'without' && afterComma)) aside = true;
      const framed = denies ? assertionDeniedAt(tokens, index) : undefined;
      if (framed !== undefined) frames.add(framed);
      if (denies) denial ??= token.text;
      // "not only … but" adds; it does not negate.
      else if (aside) {
        /* not the claim's negation */
      } else if ((negationWords.has(lower) || /n['’]t$/.test(lower)) && next !== 'only') {
        negation ??= token.text;
        if (negation === token.text && verbNegation.test(lower)) negatedAt = index;
      } else if (isNegatingVerb(token.key) && next === 'to') {
        // "Did not fail to enforce" enforces: a negating verb right after the claim's "not" cancels it.
        if (negatedAt !== undefined && negatesVerb(tokens, text, negatedAt, index)) negation = null;
        else negation ??= token.text;
      }
      if (/^(18|19|20)\d\d$/.test(token.text)) dates.add(token.text);
      // "May" the month is capitalised; "may" the verb is not.
      const month = /^\p{Lu}/u.test(token.text) ? months.indexOf(lower) : -1;
      if (month !== -1) dates.add(`month:${month + 1}`);
      // "on Wednesday" and "on Friday" date two different events ("detained", "released on bail").
      if (weekdays.has(lower) && /^\p{Lu}/u.test(token.text)) dates.add(`day:${lower}`);
      if (
        definiteArticles.has(tokens[index - 1]?.text.toLowerCase() ?? '') &&
        lower === token.text &&
        !/[^'’]s$/.test(lower)
      )
        definite.add(token.key);
      if (inEntity.has(index) || stopwords.has(lower) || negationWords.has(lower) || denies || frames.has(index))
        return;
      if (/^\d/.test(token.text) || token.key.length < 2 || month !== -1 || weekdays.has(lower)) return;
      content.add(token.key);
    });
    // "An 8 p.m. curfew" and "a curfew from 10pm": times of day set two facts apart as weekdays do.
    for (const time of clockTimes(text)) dates.add(`clock:${time}`);
    return {
      content: [...content],
      entities: [...new Set(spans.map((span) => span.id))],
      denial: denial !== null,
      negated: denial !== null || negation !== null,
      cue: denial ?? negation,
      dates: [...dates],
      names: properNames(text, tokens, spans),
      definite: [...definite],
    };
  }

  function unitClass(unit: string, counted: string): string {
    for (const phrase of [unit, counted.split(/\s+/).at(-1) ?? '']) {
      const key = keyOfPhrase(phrase);
      // A bare figure ("3 million") has no unit: "%" keys to nothing too, and must not make it a percentage.
      if (!key) continue;
      const known = unitClassByKey.get(key);
      if (known) return known;
      if (groupKeys.has(key)) return 'people';
    }
    // A counted proper noun in the plural ("2 million Uighurs", "300 Kurds") is nearly always a people.
    if (/^\p{Lu}\p{Ll}+s$/u.test(unit)) return 'people';
    return keyOfPhrase(unit);
  }

  return {
    analyse,
    root,
    affiliated: (a, b) => chain(a).includes(b) || chain(b).includes(a),
    nameOf(id) {
      if (id.startsWith('country:'))
        return id
          .slice('country:'.length)
          .split('-')
          .map((part) => (part.length <= 2 ? part.toUpperCase() : part[0]!.toUpperCase() + part.slice(1)))
          .join(' ');
      return byId.get(id)?.name ?? id;
    },
    quantity({ min, max, minExclusive = false, maxExclusive = false, about = null, unit, counted }) {
      // Reported round figures ("2,000", "1.5 million") are rounded: allow 5% either side of an exact one.
      const slack = (value: number) =>
        value >= thresholds.roundingFrom && value % 100 === 0 ? value * thresholds.roundingSlack : 0;
      const exact = min !== null && min === max;
      return {
        min: min === null ? 0 : exact ? min - slack(min) : min,
        max: max === null ? Infinity : exact ? max + slack(max) : max,
        minExclusive: min !== null && minExclusive,
        maxExclusive: max !== null && maxExclusive,
        stated: { min, max, minExclusive, maxExclusive },
        approximate: about !== null,
        unitClass: unitClass(unit, counted),
        counted: analyse(counted).content,
      };
    },
  };
}
