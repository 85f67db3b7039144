// What a claim says happens, as opposed to what it is about: its verbs ("detained", "released",
// "invited", "accept"). Two claims about the same dam, manager or invitation state the same fact only
// when what happens matches; "police detained the manager" and "the manager was released" share their
// subject, not their fact. No tagger: English verbs are found by where they stand and how they end.
import { isDenial, isStopword, isWeak, stem, words, type WordToken } from './normalise.ts';

// Words after which the next content word is a verb: "has restricted", "were allowed", "to visit".
const auxiliaries = new Set(
  `am is are was were be been being has have had having will would shall should can could may might must do does did to`.split(' '),
);
// "didn't", "won't", "shouldn't" are auxiliaries too.
const isAuxiliary = (word: string) => auxiliaries.has(word) || /n['’]t$/.test(word);
// Words that can stand between an auxiliary and its verb: "had informally been invited", "would not accept".
const between = new Set(`not never also still already just yet now only even ever reportedly allegedly`.split(' '));
// A word after these is a noun's modifier, not a verb: "the collapsed wall", "its detained staff".
const determiners = new Set(`the a an its their his her our your my this that these those any some every no each another such`.split(' '));
// Past forms and participles that do not end in -ed, common in news ("burst", "fled", "held").
const irregularPast = new Set(
  `arose awoke beat became began bent bet bit bled blew bought broke broken brought built burnt burst came caught
  chose chosen clung crept cut dealt dove drank drawn drew driven drove dug fallen fed felt fled flew flung
  forbade forbidden forgave forgot forgotten fought froze frozen gave grown held hid hidden hit hung hurt kept
  knelt knew known laid leapt led left lent lost made meant met overcame overran overtook paid quit ran rang
  risen rode rose sank sent shaken shook shot shown shut slid sold sought spent spoke spoken sprang spread stole
  stolen stood strove struck stung swam swept swore sworn swung taught threw thrown thrust took tore torn
  understood undertook upheld went withdrawn withdrew withheld won wore wove written wrote`.split(/\s+/),
);

// "by inviting", "in defending", "after visiting": an -ing form after these is a verb.
const prepositions = new Set(`by in on for after before without from of about while when since upon`.split(' '));
const isVerbShaped = (token: WordToken) => /\p{Ll}ed$/u.test(token.text) || irregularPast.has(token.text.toLowerCase());
// "informally", "reportedly"; not the verbs "apply", "rely", "rally".
const isAdverb = (word: string) => word.length > 4 && word.endsWith('ly') && !/(ply|rely|rally|tally|bully)$/.test(word);

// Weak words (see normalise.ts) are light verbs ("made", "gone") or not verbs at all, except these:
// "the strike had ended" and "the union called a strike" are two acts.
const eventful = new Set(['end', 'start', 'begin', 'continue'].map(stem));

/** Whether a token can be a predicate key at all: a lower-case content word, not a light, reporting or denying verb. */
function candidate(token: WordToken | undefined): token is WordToken {
  if (token === undefined || !/^\p{Ll}/u.test(token.text) || token.key.length < 3) return false;
  return !isStopword(token.text) && !determiners.has(token.text) && (!isWeak(token.key) || eventful.has(token.key)) && !isDenial(token.key);
}

/**
 * The keys of the verbs in a text, in order: a word after an auxiliary or "to" (skipping adverbs and
 * further auxiliaries), a past form not led by a determiner, an -ing form after a preposition or opening the text.
 */
export function predicateKeys(text: string): string[] {
  const tokens = words(text);
  const found: string[] = [];
  const add = (token: WordToken | undefined) => {
    if (candidate(token) && !found.includes(token.key)) found.push(token.key);
  };
  tokens.forEach((token, index) => {
    const lower = token.text.toLowerCase();
    const previous = tokens[index - 1]?.text.toLowerCase();
    if (isAuxiliary(lower)) {
      let next = index + 1;
      const skipped = (word: string) => between.has(word) || isAdverb(word) || isAuxiliary(word);
      while (tokens[next] && skipped(tokens[next]!.text.toLowerCase())) next++;
      add(tokens[next]);
    } else if (isVerbShaped(token) && !(previous && determiners.has(previous))) add(token);
    else if (/ing$/.test(lower) && (index === 0 || (previous && prepositions.has(previous)))) add(token);
  });
  return found;
}

/**
 * Verbs that name one act as predicates, though not everywhere as words: "are held in camps" is
 * "detained", while "held talks" is not, so "held" is no synonym of "detain" in the content keys.
 */
const actGroups = [['detain', 'held', 'hold']];
const actOfKey = new Map(actGroups.flatMap(([first, ...rest]) => rest.map((word) => [stem(word), stem(first!)] as [string, string])));

/** The act a predicate key names, for comparing what two claims say happens. */
export function actOf(key: string): string {
  return actOfKey.get(key) ?? key;
}
