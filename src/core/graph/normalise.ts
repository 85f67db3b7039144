// Normalisation before claims are compared: two sentences that name the same actor, count the same
// thing or use the same word in another form or spelling should yield the same keys. Everything here
// is data in, data out; the source registry is an input, so a new corpus brings its own aliases.
import { months, weekdays } from '../lexicon/calendar.ts';
import { affiliationRoot } from '../registry.ts';
import { hedges } from '../schema.ts';

/** What the normaliser needs from a registry entry (a SourceEntry fits). */
export interface AliasSource {
  id: string;
  name: string;
  type: string;
  aliases?: readonly string[];
  affiliation?: string | undefined;
}

// Common English function words, plus reporting verbs: "said" and "according" tell who speaks (the
// attribution chain has that), not what was said.
const stopwords: ReadonlySet<string> = new Set(
  `a about above after again against all also am among an and any are as at be because been before being
  below between both but by can could did do does doing down during each either even ever every few for from
  further had has have having he her here hers herself him himself his how however i if in into is it its
  itself just least less let like may me might more most much must my myself neither nor now of off on once
  only or other others our ours ourselves out over own per quite rather same shall she should since so some
  such than that the their theirs them themselves then there these they this those through thus to too under
  until up upon us very via was we were what whatever when where whether which while who whom whose why will
  with within without would yet you your yours yourself including amid whereby
  according add added adding says say said saying tell telling told stated
  one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds
  thousand thousands million millions billion billions dozen dozens`
    .split(/\s+/)
    .filter(Boolean),
);

// Hedges that leave the proposition as it is ("reportedly", "may", "believed", "informally"): how
// sure its source is, not what it says, so never taken for what happens ("are believed to be held").
const hedgeWords = new Set<string>([hedges.reportedly, hedges.possibly, hedges.unconfirmed].flatMap((hedge) => hedge.cues.filter((cue) => !cue.includes(' '))));

/** Whether a word only hedges what the sentence says (see hedgeWords). */
export function isHedge(word: string): boolean {
  return hedgeWords.has(word.toLowerCase());
}

// Words that deny or negate what the rest of the sentence says. Kept out of the content keys, and
// compared on their own: a denial of the same proposition is a conflict.
// Not "dispute" or "lie": as nouns and verbs of place ("the border dispute", "the village lies") they deny nothing.
const denialWords = ['deny', 'denies', 'denied', 'denial', 'reject', 'rejects', 'rejected', 'dismiss', 'dismissed', 'refute', 'refuted', 'rebut', 'false', 'untrue', 'baseless', 'groundless', 'fabricated', 'fabrication', 'slander', 'smear', 'contradict'];
const negationWords = new Set(['not', 'no', 'never', 'none', 'nothing', 'nobody', "n't", 'neither', 'nor', 'cannot', 'without']);
// Verbs that negate the verb they lead: "refused to recuse himself" is "would not recuse himself".
const negatingVerbs = ['refuse', 'fail', 'decline'];

/**
 * Spellings of one name or word that differ by transliteration or by British/American usage, each
 * mapped to one form. Applied to stems, so "Uighurs" and "Uyghur" meet.
 */
// A Map, not an object: article words such as "constructor" must not find what every object inherits.
const spellingVariants = new Map<string, string>(
  (
    [
      ['uyghur', 'uighur', 'uygur', 'uigur', 'weiwuer'],
      ['qaeda', 'qaida'],
      ['muhammad', 'mohammed', 'mohammad', 'muhammed', 'mohamed'],
      ['gaddafi', 'qaddafi', 'qadhafi', 'kadhafi', 'khadafi'],
      ['kyiv', 'kiev'],
      ['odesa', 'odessa'],
      ['kharkiv', 'kharkov'],
      ['hezbollah', 'hizbollah', 'hizballah'],
      ['kazakh', 'kazak', 'qazaq'],
      ['kyrgyz', 'kirghiz', 'kirgiz'],
      ['urumqi', 'urumchi', 'wulumuqi'],
      ['xinjiang', 'sinkiang'],
      ['tehran', 'teheran'],
      ['erdogan', 'erdoğan'],
      ['rohingya', 'rohingyas'],
      ['defense', 'defence'],
      ['offense', 'offence'],
      ['license', 'licence'],
      ['program', 'programme'],
    ] as string[][]
  ).flatMap(([canonical, ...others]) => others.map((other) => [other, canonical!] as [string, string])),
);

/**
 * British spellings by rule, after the table: labour/labor, organis-/organiz-, analys-/analyz-,
 * centre/center and fibre/fiber (stemmed "centr"), travelled/traveled.
 */
function americanise(stem: string): string {
  if (stem.length >= 6 && stem.endsWith('our')) return stem.slice(0, -3) + 'or';
  if (stem.length >= 4 && /[bcdfgkptv]r$/.test(stem)) return stem.slice(0, -1) + 'er';
  if (stem.length >= 6 && /[^l]ll$/.test(stem)) return stem.slice(0, -1);
  if (stem.length >= 6 && /[^aeiou]is$/.test(stem)) return stem.slice(0, -2) + 'iz';
  if (stem.length >= 6 && stem.endsWith('ys')) return stem.slice(0, -2) + 'yz';
  return stem;
}

/**
 * Past forms and participles that do not end in -ed, common in news ("burst", "fled", "held"), by their
 * verb: "were chosen" and "selected", "struck a deal" and "strike a deal" meet on one key. Forms that
 * are their verb ("cut", "hit") stand alone.
 */
const irregularVerbs: [verb: string, ...forms: string[]][] = [
  ['arise', 'arose', 'arisen'], ['awake', 'awoke'], ['become', 'became'], ['begin', 'began', 'begun'], ['bend', 'bent'],
  ['bite', 'bit'], ['bleed', 'bled'], ['blow', 'blew'], ['break', 'broke', 'broken'], ['bring', 'brought'], ['build', 'built'],
  ['burn', 'burnt'], ['buy', 'bought'], ['catch', 'caught'], ['choose', 'chose', 'chosen'], ['come', 'came'], ['cling', 'clung'], ['creep', 'crept'],
  ['deal', 'dealt'], ['dive', 'dove'], ['drink', 'drank'], ['draw', 'drawn', 'drew'], ['drive', 'driven', 'drove'], ['dig', 'dug'],
  ['fall', 'fallen', 'fell'], ['feed', 'fed'], ['find', 'found'], ['feel', 'felt'], ['flee', 'fled'], ['fly', 'flew'], ['fling', 'flung'],
  ['forbid', 'forbade', 'forbidden'], ['forgive', 'forgave'], ['forget', 'forgot', 'forgotten'], ['fight', 'fought'],
  ['freeze', 'froze', 'frozen'], ['give', 'gave'], ['grow', 'grown'], ['hold', 'held'], ['hide', 'hid', 'hidden'], ['hang', 'hung'],
  ['keep', 'kept'], ['kneel', 'knelt'], ['know', 'knew', 'known'], ['lay', 'laid'], ['leap', 'leapt'], ['lead', 'led'], ['leave', 'left'],
  ['lend', 'lent'], ['lose', 'lost'], ['make', 'made'], ['mean', 'meant'], ['meet', 'met'], ['overcome', 'overcame'], ['overrun', 'overran'],
  ['overtake', 'overtook'], ['pay', 'paid'], ['run', 'ran'], ['ring', 'rang'], ['rise', 'risen', 'rose'], ['ride', 'rode'], ['sink', 'sank'],
  ['send', 'sent'], ['shake', 'shaken', 'shook'], ['shoot', 'shot'], ['show', 'shown'], ['slide', 'slid'], ['sell', 'sold'], ['seek', 'sought'],
  ['spend', 'spent'], ['speak', 'spoke', 'spoken'], ['spring', 'sprang'], ['steal', 'stole', 'stolen'], ['stand', 'stood'], ['strive', 'strove'],
  ['strike', 'struck'], ['sting', 'stung'], ['swim', 'swam'], ['sweep', 'swept'], ['swear', 'swore', 'sworn'], ['swing', 'swung'],
  ['teach', 'taught'], ['throw', 'threw', 'thrown'], ['take', 'took'], ['tear', 'tore', 'torn'], ['understand', 'understood'],
  ['undertake', 'undertook'], ['uphold', 'upheld'], ['go', 'went'], ['withdraw', 'withdrawn', 'withdrew'], ['withhold', 'withheld'],
  ['win', 'won'], ['wear', 'wore'], ['weave', 'wove'], ['write', 'written', 'wrote'],
  ['beat'], ['bet'], ['burst'], ['cut'], ['hit'], ['hurt'], ['quit'], ['shut'], ['spread'], ['thrust'],
];
const verbOfIrregular = new Map<string, string>(irregularVerbs.flatMap(([verb, ...forms]) => forms.map((form) => [form, verb] as [string, string])));
const irregularForms = new Set(irregularVerbs.flatMap(([verb, ...forms]) => (forms.length ? forms : [verb])));

/** Whether a lower-case word is an irregular past form or participle ("fled", "burst"). */
export function isIrregularPast(word: string): boolean {
  return irregularForms.has(word);
}

const vowel = /[aeiouy]/;

/**
 * Near-synonyms news text uses for one fact ("detained"/"locked up"/"interned"; "nations"/"countries";
 * "restricted"/"limited"), folded to one key. Kept small and general: a wrong merge links unrelated claims.
 */
const synonymGroups = [
  ['detain', 'detention', 'detainee', 'lock', 'intern', 'internment', 'imprison', 'imprisonment', 'jail', 'incarcerate', 'incarceration', 'custody', 'arrest'],
  ['country', 'nation'],
  ['limit', 'restrict', 'restriction', 'curb'],
  ['allow', 'permit'],
  ['abuse', 'violation'],
  ['kill', 'dead', 'die', 'died', 'death'],
  ['official', 'authority'],
  ['visit', 'tour'],
  // Common news verbs for one event.
  ['collapse', 'burst', 'breach'],
  ['suspend', 'halt'],
  ['close', 'closure', 'shut'],
  ['find', 'discover'],
  ['inspect', 'inspection', 'examine', 'examination'],
  ['investigate', 'investigation', 'probe', 'inquiry'],
  ['evacuate', 'evacuation', 'evacuee', 'displace', 'displacement'],
  ['injure', 'injury', 'wound', 'hurt'],
  ['resign', 'resignation', 'quit'],
  ['ban', 'prohibit', 'outlaw'],
  ['flood', 'inundate', 'submerge'],
  ['accuse', 'accusation', 'allege', 'allegation'],
  ['invite', 'offer'],
  ['strike', 'walkout'],
  ['buy', 'purchase', 'acquire', 'acquisition'],
  ['rise', 'increase', 'climb'],
  ['fall', 'drop'],
  ['choose', 'select', 'pick'],
  ['help', 'assist', 'assistance'],
  ['reveal', 'disclose', 'disclosure'],
  ['approve', 'approval', 'endorse', 'endorsement'],
  ['lawmaker', 'legislator'],
  ['attack', 'assault'],
  ['reduce', 'cut', 'slash'],
  ['agreement', 'accord'],
  ['fire', 'blaze'],
  ['seize', 'capture'],
];

/**
 * Two-word verbs that stand for one of the words above ("gave way" is "collapsed"); both words take
 * its key. Only phrases with one reading in news: "held in" may be a meeting, "held against" is not.
 */
const phrasalVerbs = new Map<string, string>(
  (
    [
      ['collapse', 'give way', 'gave way', 'given way', 'giving way', 'gives way'],
      ['suspend', 'cut off', 'cuts off', 'cutting off', 'shut off', 'shuts off', 'shutting off'],
      ['resign', 'step down', 'stepped down', 'stepping down', 'steps down'],
      ['detain', 'held against', 'locked up', 'locking up', 'locks up', 'lock up'],
      ['strike', 'walk out', 'walked out', 'walking out', 'walks out'],
      ['reject', 'turn down', 'turned down', 'turning down', 'turns down', 'vote down', 'voted down', 'votes down'],
    ] as string[][]
  ).flatMap(([word, ...phrases]) => phrases.map((phrase) => [phrase, word!] as [string, string])),
);

/**
 * A light suffix stripper (in the spirit of Porter's first steps): plurals, -ed, -ing, -ly and a few
 * derivations, so "detained"/"detains"/"detaining" and "invited"/"invitation" share a stem. Lossy on
 * purpose; both sides of a comparison go through it.
 */
function baseStem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('xes')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['atory', 'ees', 'ee', 'izations', 'ization', 'isation', 'ations', 'ation', 'ition', 'ness', 'ingly', 'edly', 'ing', 'ied', 'ed', 'ly', 'ity']) {
    if (!w.endsWith(suffix)) continue;
    const base = w.slice(0, -suffix.length);
    if (base.length < (suffix.startsWith('ee') ? 4 : suffix === 'ly' ? 4 : 3) || !vowel.test(base)) continue;
    w = suffix === 'ied' ? base + 'y' : base;
    // "stopped" -> "stop", "planned" -> "plan"
    if (/([^aeiouslz])\1$/.test(w)) w = w.slice(0, -1);
    break;
  }
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 4 && !vowel.test(w.at(-2)!)) w = w.slice(0, -1) + 'i';
  return americanise(spellingVariants.get(w) ?? w);
}

const synonyms = new Map(synonymGroups.flatMap(([first, ...rest]) => rest.map((word) => [baseStem(word), baseStem(first!)] as [string, string])));

const stemmed = new Map<string, string>();

/** The key of one word: its stem, with spelling variants and near-synonyms folded. */
export function stem(word: string): string {
  let key = stemmed.get(word);
  if (key === undefined) {
    const lower = word.toLowerCase();
    const base = baseStem(verbOfIrregular.get(lower) ?? spellingVariants.get(lower) ?? word);
    key = synonyms.get(base) ?? base;
    // Words recur: a large corpus has far fewer distinct words than words.
    if (stemmed.size < 500_000) stemmed.set(word, key);
  }
  return key;
}
const denialStems = new Set(denialWords.map(stem));
const negatingStems = new Set(negatingVerbs.map(stem));

/** Whether a word is a function word or a reporting verb (see stopwords). */
export function isStopword(word: string): boolean {
  return stopwords.has(word.toLowerCase());
}

// "Reject" and "dismiss" deny only what is asserted ("rejected the allegations", "dismissed claims",
// "rejected as baseless", "rejects that"); "rejected the offer" and "dismissed the minister" are acts.
const denyingOnlyAssertions = new Set(['reject', 'dismiss'].map(stem));
const assertions = new Set(
  ['claim', 'allegation', 'accusation', 'charge', 'report', 'suggestion', 'assertion', 'criticism', 'notion', 'rumour', 'rumor', 'story', 'finding', 'it', 'this', 'them'].map(stem),
);
// "Deny" is an act when what is denied is a permission ("denied entry", "were denied bail").
const permissions = new Set(['access', 'entry', 'bail', 'visa', 'permission', 'request', 'application', 'admission', 'passage'].map(stem));
const beforeObject = new Set(['the', 'a', 'an', 'all', 'any', 'these', 'those', 'its', 'their', 'his', 'her', 'him', 'them', 'us', 'media', 'latest', 'such']);

/**
 * Whether the word at `index` denies what follows ("denied", "rejects the claims", "baseless"), rather
 * than naming an act ("rejected the offer", "denied entry"). Denying words are compared on their own
 * (a denial of the same proposition is a conflict); acting ones are content and verbs like any other.
 */
export function deniesAt(tokens: readonly WordToken[], index: number): boolean {
  const key = tokens[index]!.key;
  if (!denialStems.has(key)) return false;
  let object = index + 1;
  while (object < tokens.length && object < index + 4 && beforeObject.has(tokens[object]!.text.toLowerCase())) object++;
  const next = tokens[object]?.key;
  if (denyingOnlyAssertions.has(key)) return ['that', 'as'].includes(tokens[index + 1]?.text.toLowerCase() ?? '') || (next !== undefined && assertions.has(next));
  return !(key === stem('deny') && next !== undefined && permissions.has(next));
}

// Words news text uses around any fact ("first", "region", "recent years", "made"), and words of
// direction and scope ("far western region", "Western diplomats", "foreign ministry"): kept, but they
// weigh a quarter of a content word, so two claims do not look alike for sharing them.
const weakKeys = new Set(
  `first last next new old recent time year month day week today yesterday region area part way far major
  mark make made take taken come came go goes gone went give given gave get got see seen want use used well still back
  around end number group issue situation fact thing world place level high low large small big long little many
  several various likely possible include call try show current ongoing despite previous increasing early late
  continue begin start top key main
  north south east west northern southern eastern western central upper lower inner outer nearby
  foreign international national regional global local domestic`
    .split(/\s+/)
    .filter(Boolean)
    .map(stem),
);

/** Whether a content key is a weak one (see weakKeys). */
export function isWeak(key: string): boolean {
  return weakKeys.has(key);
}

export interface WordToken {
  text: string;
  key: string;
  start: number;
  end: number;
}

const wordPattern = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*|\d+(?:[.,]\d+)*/gu;

const phraseStarts = new Set([...phrasalVerbs.keys()].map((phrase) => stem(phrase.split(' ')[0]!)));

/** The words of a text with their keys and UTF-16 offsets; both words of a phrasal verb take its word's key. */
export function words(text: string): WordToken[] {
  const tokens = [...text.matchAll(wordPattern)].map((match) => ({ text: match[0], key: stem(match[0]), start: match.index, end: match.index + match[0].length }));
  for (let index = 0; index + 1 < tokens.length; index++) {
    // Most words start no phrase: look the pair up only when this one may.
    if (!phraseStarts.has(tokens[index]!.key)) continue;
    const phrase = phrasalVerbs.get(`${tokens[index]!.text} ${tokens[index + 1]!.text}`.toLowerCase());
    if (phrase) tokens[index]!.key = tokens[index + 1]!.key = stem(phrase);
  }
  return tokens;
}

// Capitals and demonyms that stand for a country's government in news text ("Beijing said", "the
// Chinese government"), used when no registry entry names the actor: a small general table.
const countryNames: [country: string, ...names: string[]][] = [
  ['china', 'chinese', 'beijing', 'prc'],
  ['united-states', 'us', 'usa', 'american', 'america', 'washington'],
  ['united-kingdom', 'uk', 'britain', 'british', 'london'],
  ['russia', 'russian', 'moscow', 'kremlin'],
  ['france', 'french', 'paris'],
  ['germany', 'german', 'berlin'],
  ['japan', 'japanese', 'tokyo'],
  ['india', 'indian', 'delhi'],
  ['turkey', 'turkish', 'ankara', 'türkiye'],
  ['iran', 'iranian', 'tehran'],
  ['israel', 'israeli', 'jerusalem'],
  ['ukraine', 'ukrainian', 'kyiv'],
  ['canada', 'canadian', 'ottawa'],
  ['australia', 'australian', 'canberra'],
  ['saudi-arabia', 'saudi', 'riyadh'],
  ['pakistan', 'pakistani', 'islamabad'],
  ['north-korea', 'pyongyang'],
  ['south-korea', 'seoul'],
  ['taiwan', 'taiwanese', 'taipei'],
  ['brazil', 'brazilian', 'brasilia'],
  ['mexico', 'mexican'],
  ['egypt', 'egyptian', 'cairo'],
  ['syria', 'syrian', 'damascus'],
  ['italy', 'italian', 'rome'],
  ['spain', 'spanish', 'madrid'],
  ['european-union', 'eu', 'brussels'],
  ['united-nations', 'un'],
];
const countryByName = new Map<string, string>(countryNames.flatMap(([country, ...names]) => [country, ...names].map((name) => [stem(name), `country:${country}`] as [string, string])));

/** Nouns for counted people; a registry's groups ("Uyghurs") join them, so its members count as people. */
const personNouns = ['people', 'person', 'individual', 'resident', 'citizen', 'civilian', 'detainee', 'prisoner', 'inmate', 'refugee', 'migrant', 'worker', 'protester', 'demonstrator', 'child', 'children', 'woman', 'women', 'man', 'men', 'muslim', 'minority', 'victim', 'student', 'soldier', 'troop', 'journalist', 'member', 'adult', 'patient', 'voter', 'inhabitant', 'local', 'villager', 'family', 'families'];
const unitClasses: Record<string, string[]> = {
  people: personNouns,
  countries: ['country', 'nation', 'state', 'government', 'member state', 'economy'],
  percent: ['percent', 'per cent', '%', 'percentage point', 'percentage'],
  dollars: ['dollar', 'usd', 'us dollar'],
  years: ['year'],
  days: ['day'],
};
const unitClassByKey = new Map<string, string>(
  Object.entries(unitClasses).flatMap(([unitClass, nouns]) => nouns.map((noun) => [keyOfPhrase(noun), unitClass] as [string, string])),
);

function keyOfPhrase(phrase: string): string {
  return words(phrase).map((token) => token.key).join(' ');
}

export interface Quantity {
  min: number | null;
  max: number | null;
  /** "More than N" excludes N; absent means inclusive. */
  minExclusive?: boolean;
  maxExclusive?: boolean;
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

// Titles before a name ("Mr Blix", "Gen Richard Myers", "Health Minister Anne McLellan").
const titles = new Set(
  `mr mrs ms miss dr prof sir dame lord lady gen general lt lieut col sgt capt adm cmdr president vice premier
  prime minister secretary senator sen rep gov governor mayor judge justice chief ceo chairman chairwoman health
  finance foreign interior defence defense transport`.split(/\s+/).filter(Boolean),
);
// "The bridge", "this bank": one the reader is meant to know.
const definiteArticles = new Set(['the', 'this', 'that']);

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
      const hit = aliasIndex.get(token.key)?.find(({ keys, capitals }) => keys.every((key, offset) => matches(key, offset, capitals[offset]!)));
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
    for (let next = byId.get(id)?.affiliation; next && !ids.includes(next); next = byId.get(next)?.affiliation) ids.push(next);
    return ids;
  }

  /**
   * The names of a text (see Name). A group ("Uyghurs") is what a claim is about, not who or where, so
   * it names nothing here; nor does a capital that only opens a sentence ("Hackers stole…"), a month or a weekday.
   */
  function properNames(text: string, tokens: WordToken[], spans: { id: string; from: number; to: number }[]): Name[] {
    const kind = (id: string) => byId.get(id)?.type ?? (id.startsWith('country:') ? 'country' : null);
    const names: Name[] = spans.filter((span) => kind(span.id) !== 'group').map((span) => ({ id: span.id, kind: kind(span.id), keys: tokens.slice(span.from, span.to).map((token) => token.key) }));
    const inSpan = new Set<number>();
    for (const span of spans) for (let index = span.from; index < span.to; index++) inSpan.add(index);
    const opensSentence = (index: number) => index === 0 || /[.!?:"“]/u.test(text.slice(tokens[index - 1]!.end, tokens[index]!.start));
    let run: WordToken[] = [];
    let runStart = 0;
    const flush = () => {
      if (!run.length) return;
      // "Mr Feith" and "Douglas Feith" are one name: a title names nobody, but after one a capital is a name.
      const opens = !titles.has(run[0]!.text.toLowerCase()) && opensSentence(runStart);
      while (run.length && titles.has(run[0]!.text.toLowerCase())) run.shift();
      if (run.length > 1 || (run.length === 1 && !opens)) names.push({ id: null, kind: null, keys: run.map((token) => token.key) });
      run = [];
    };
    tokens.forEach((token, index) => {
      const lower = token.text.toLowerCase();
      const named = /^\p{Lu}/u.test(token.text) && !inSpan.has(index) && !stopwords.has(lower) && !months.includes(lower) && !weekdays.has(lower);
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
      if (byId.get(span.id)?.type !== 'group') for (let index = span.from; index < span.to; index++) inEntity.add(index);
    const content = new Set<string>();
    const dates = new Set<string>();
    const definite = new Set<string>();
    let denial: string | null = null;
    let negation: string | null = null;
    tokens.forEach((token, index) => {
      const lower = token.text.toLowerCase();
      const denies = deniesAt(tokens, index);
      if (denies) denial ??= token.text;
      // "not only … but" adds; it does not negate.
      else if ((negationWords.has(lower) || /n['’]t$/.test(lower)) && tokens[index + 1]?.text.toLowerCase() !== 'only') negation ??= token.text;
      else if (negatingStems.has(token.key) && tokens[index + 1]?.text.toLowerCase() === 'to') negation ??= token.text;
      if (/^(18|19|20)\d\d$/.test(token.text)) dates.add(token.text);
      // "May" the month is capitalised; "may" the verb is not.
      const month = /^\p{Lu}/u.test(token.text) ? months.indexOf(lower) : -1;
      if (month !== -1) dates.add(`month:${month + 1}`);
      // "on Wednesday" and "on Friday" date two different events ("detained", "released on bail").
      if (weekdays.has(lower) && /^\p{Lu}/u.test(token.text)) dates.add(`day:${lower}`);
      if (definiteArticles.has(tokens[index - 1]?.text.toLowerCase() ?? '') && lower === token.text && !/[^'’]s$/.test(lower)) definite.add(token.key);
      if (inEntity.has(index) || stopwords.has(lower) || negationWords.has(lower) || denies) return;
      if (/^\d/.test(token.text) || token.key.length < 2 || month !== -1 || weekdays.has(lower)) return;
      content.add(token.key);
    });
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
      if (id.startsWith('country:')) return id.slice('country:'.length).split('-').map((part) => part.length <= 2 ? part.toUpperCase() : part[0]!.toUpperCase() + part.slice(1)).join(' ');
      return byId.get(id)?.name ?? id;
    },
    quantity({ min, max, minExclusive = false, maxExclusive = false, unit, counted }) {
      // Reported round figures ("2,000", "1.5 million") are rounded: allow 5% either side of an exact one.
      const slack = (value: number) => (value >= 1000 && value % 100 === 0 ? value * 0.05 : 0);
      const exact = min !== null && min === max;
      return {
        min: min === null ? 0 : exact ? min - slack(min) : min,
        max: max === null ? Infinity : exact ? max + slack(max) : max,
        minExclusive: min !== null && minExclusive,
        maxExclusive: max !== null && maxExclusive,
        stated: { min, max, minExclusive, maxExclusive },
        unitClass: unitClass(unit, counted),
        counted: analyse(counted).content,
      };
    },
  };
}
