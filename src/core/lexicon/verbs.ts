// Verb forms the stemmer cannot find by rule, two-word verbs that stand for one word, and the auxiliary verbs.

/**
 * Past forms and participles that do not end in -ed, common in news ("burst", "fled", "held"), by their
 * verb: "were chosen" and "selected", "struck a deal" and "strike a deal" meet on one key. Forms that
 * are their verb ("cut", "hit") stand alone.
 */
export const irregularVerbs: [verb: string, ...forms: string[]][] = [
  ['arise', 'arose', 'arisen'],
  ['awake', 'awoke'],
  ['become', 'became'],
  ['begin', 'began', 'begun'],
  ['bend', 'bent'],
  ['bite', 'bit'],
  ['bleed', 'bled'],
  ['blow', 'blew'],
  ['break', 'broke', 'broken'],
  ['bring', 'brought'],
  ['build', 'built'],
  ['burn', 'burnt'],
  ['buy', 'bought'],
  ['catch', 'caught'],
  ['choose', 'chose', 'chosen'],
  ['come', 'came'],
  ['cling', 'clung'],
  ['creep', 'crept'],
  ['deal', 'dealt'],
  ['dive', 'dove'],
  ['drink', 'drank'],
  ['draw', 'drawn', 'drew'],
  ['drive', 'driven', 'drove'],
  ['dig', 'dug'],
  ['fall', 'fallen', 'fell'],
  ['feed', 'fed'],
  ['find', 'found'],
  ['feel', 'felt'],
  ['flee', 'fled'],
  ['fly', 'flew'],
  ['fling', 'flung'],
  ['forbid', 'forbade', 'forbidden'],
  ['forgive', 'forgave'],
  ['forget', 'forgot', 'forgotten'],
  ['fight', 'fought'],
  ['freeze', 'froze', 'frozen'],
  ['give', 'gave'],
  ['grow', 'grown'],
  ['hold', 'held'],
  ['hide', 'hid', 'hidden'],
  ['hang', 'hung'],
  ['keep', 'kept'],
  ['kneel', 'knelt'],
  ['know', 'knew', 'known'],
  ['lay', 'laid'],
  ['leap', 'leapt'],
  ['lead', 'led'],
  ['leave', 'left'],
  ['lend', 'lent'],
  ['lose', 'lost'],
  ['make', 'made'],
  ['mean', 'meant'],
  ['meet', 'met'],
  ['overcome', 'overcame'],
  ['overrun', 'overran'],
  ['overtake', 'overtook'],
  ['pay', 'paid'],
  ['run', 'ran'],
  ['ring', 'rang'],
  ['rise', 'risen', 'rose'],
  ['ride', 'rode'],
  ['sink', 'sank'],
  ['send', 'sent'],
  ['shake', 'shaken', 'shook'],
  ['shoot', 'shot'],
  ['show', 'shown'],
  ['slide', 'slid'],
  ['sell', 'sold'],
  ['seek', 'sought'],
  ['spend', 'spent'],
  ['speak', 'spoke', 'spoken'],
  ['spring', 'sprang'],
  ['steal', 'stole', 'stolen'],
  ['stand', 'stood'],
  ['strive', 'strove'],
  ['strike', 'struck'],
  ['sting', 'stung'],
  ['swim', 'swam'],
  ['sweep', 'swept'],
  ['swear', 'swore', 'sworn'],
  ['swing', 'swung'],
  ['teach', 'taught'],
  ['throw', 'threw', 'thrown'],
  ['take', 'took'],
  ['tear', 'tore', 'torn'],
  ['understand', 'understood'],
  ['undertake', 'undertook'],
  ['uphold', 'upheld'],
  ['go', 'went'],
  ['withdraw', 'withdrawn', 'withdrew'],
  ['withhold', 'withheld'],
  ['win', 'won'],
  ['wear', 'wore'],
  ['weave', 'wove'],
  ['write', 'written', 'wrote'],
  ['beat'],
  ['bet'],
  ['burst'],
  ['cut'],
  ['hit'],
  ['hurt'],
  ['quit'],
  ['shut'],
  ['spread'],
  ['thrust'],
];

/**
 * Two-word verbs that stand for one of the synonyms' words (synonyms.ts) ("gave way" is "collapsed"); both words take
 * its key. Only phrases with one reading in news: "held in" may be a meeting, "held against" is not.
 */
export const phrasalVerbGroups: readonly string[][] = [
  ['collapse', 'give way', 'gave way', 'given way', 'giving way', 'gives way'],
  ['suspend', 'cut off', 'cuts off', 'cutting off', 'shut off', 'shuts off', 'shutting off'],
  ['resign', 'step down', 'stepped down', 'stepping down', 'steps down'],
  ['detain', 'held against', 'locked up', 'locking up', 'locks up', 'lock up'],
  ['strike', 'walk out', 'walked out', 'walking out', 'walks out'],
  ['reject', 'turn down', 'turned down', 'turning down', 'turns down', 'vote down', 'voted down', 'votes down'],
  ['close', 'taken offline', 'took offline', 'take offline', 'takes offline', 'taking offline'],
  ['postpone', 'put off', 'puts off', 'putting off', 'pushed back', 'push back', 'pushes back', 'pushing back'],
  ['investigate', 'look into', 'looked into', 'looking into', 'looks into'],
  ['evacuate', 'forced from', 'driven from'],
];

// Auxiliary verbs: the words before a verb that carry its tense, voice or mood ("has restricted", "was
// held", "would not accept"). A statement rule (ingest/statement.ts) reads only the groups its case needs,
// so that fewer words pass for a verb; the predicates (graph/predicates.ts) read them all.

/** Finite "have" and "be": a perfect or a passive follows ("has been accused of", "were injured"). */
export const haveBeAuxiliaries = ['has', 'have', 'had', 'is', 'are', 'was', 'were'];
/** Of those, the ones after a singular subject: "it has", "it was". */
export const singularHaveBe = haveBeAuxiliaries.filter((verb) => !['have', 'are', 'were'].includes(verb));
/** "will" and its past "would": what a subject says will happen ("Orsini would appear…"). */
export const futureModals = ['will', 'would'];
/** "can" and "could". */
export const abilityModals = ['can', 'could'];
/** The other modals a statement's verb takes. ("shall", rare in news, is in allAuxiliaries only.) */
export const otherModals = ['may', 'might', 'should', 'must'];
/** "did" and "does", after a singular subject: they take "not" ("did not pay"), not "allegedly". */
export const didDoes = ['did', 'does'];
/** "be" and its participles, after another auxiliary or "to": "has been", "will be", "is being". */
export const beForms = ['be', 'been', 'being'];
/** Every auxiliary, finite or not ("been", "having"): after any of them the next content word is a verb. */
export const allAuxiliaries = [
  ...haveBeAuxiliaries,
  ...futureModals,
  ...abilityModals,
  ...otherModals,
  ...didDoes,
  'do',
  'shall',
  'am',
  ...beForms,
  'having',
];

/**
 * The auxiliaries that may follow a name opening a sentence ("Harlow Valley Water has …"): haveBeAuxiliaries
 * without "are"/"were", then futureModals. Narrower than those lists; why is not recorded.
 */
export const auxiliariesAfterOpeningName = [
  ...haveBeAuxiliaries.filter((verb) => !['are', 'were'].includes(verb)),
  ...futureModals,
];

/**
 * Past forms of verbs of doing, for detection's test of an event ("fled", "overthrew"). Overlaps the forms of
 * irregularVerbs but is a list of its own: it has words that table lacks ("grew", "overthrew"); why the two
 * were kept apart is not recorded.
 */
export const irregularPastForms =
  `began broke brought built bought caught chose came cut drew drove fell fled fought found
  flew froze gave grew held hit hung hurt kept knew laid led left lent lost made met paid quit ran rose sank sent set
  shot shut sold spent split spread stole stood struck swept swore took threw tore won wound withdrew wrote overtook
  undertook upheld overthrew`
    .split(/\s+/)
    .filter(Boolean);

// Acts that happen once to whom or what they are done to: a minister resigns once, a ferry capsizes once. Two
// claims of one such act by one named person or thing on different days disagree on when it happened.
export const onceOnlyActs = ['resign', 'capsize', 'sink', 'derail'];
