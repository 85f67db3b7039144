// Words that deny or negate what the rest of the sentence says. Kept out of the content keys, and
// compared on their own: a denial of the same proposition is a conflict.
// Not "dispute" or "lie": as nouns and verbs of place ("the border dispute", "the village lies") they deny nothing.
export const denialWords = [
  'deny',
  'denies',
  'denied',
  'denial',
  'reject',
  'rejects',
  'rejected',
  'dismiss',
  'dismissed',
  'refute',
  'refuted',
  'rebut',
  'false',
  'untrue',
  'baseless',
  'groundless',
  'fabricated',
  'fabrication',
  'slander',
  'smear',
  'contradict',
];
/** The negators that stand right before a verb ("not closed", "never fled", "no longer held"). */
export const verbNegators = ['not', 'no', 'never'];
/** The negators that stand for a noun: "nobody was hurt", "did nothing wrong". */
export const negatingPronouns = ['none', 'nothing', 'nobody'];
export const negationWords = new Set([
  ...verbNegators,
  ...negatingPronouns,
  "n't",
  'neither',
  'nor',
  'cannot',
  'without',
  // Contractions as some outlets and transcripts write them, without the apostrophe ("I dont know"); not
  // "wont" or "cant", which are words of their own.
  ...['dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'hasnt', 'havent', 'hadnt'],
  ...['wouldnt', 'couldnt', 'shouldnt', 'mustnt'],
]);
/**
 * Words that open a clause whose negation is not the claim's: a relative clause says which thing it is ("chocolate
 * products, which are not sold in the US"), a condition what would follow ("if the subsidies are not repealed").
 * Not "who": a clause it opens often ends with no comma ("the agent who ran him down received nothing").
 */
export const asideOpeners = new Set(['which', 'if', 'unless']);
// Verbs that negate the verb they lead: "refused to recuse himself" is "would not recuse himself".
export const negatingVerbs = ['refuse', 'fail', 'decline'];

// "Reject" and "dismiss" deny only what is asserted ("rejected the allegations", "dismissed claims",
// "rejected as baseless", "rejects that"); "rejected the offer" and "dismissed the minister" are acts.
export const denyingOnlyAssertions = ['reject', 'dismiss'];
export const assertions = [
  'claim',
  'allegation',
  'accusation',
  'charge',
  'report',
  'suggestion',
  'assertion',
  'criticism',
  'notion',
  'rumour',
  'rumor',
  'story',
  'finding',
  'it',
  'this',
  'them',
];
// "Deny" is an act when what is denied is a permission ("denied entry", "were denied bail").
export const permissions = [
  'access',
  'entry',
  'bail',
  'visa',
  'permission',
  'request',
  'application',
  'admission',
  'passage',
];
export const beforeObject: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'all',
  'any',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'him',
  'them',
  'us',
  'media',
  'latest',
  'such',
]);

// Denial verbs as a regular expression's alternatives, each with the endings one stage reads. Each is narrower
// than denialWords (verbs only, no "false" or "baseless"); why their endings differ is not recorded.
/** For detection: a sentence with one of these is a denial worth checking. Has "rebuff"; no "-ing" but "denying". */
export const detectedDenialForms = [
  'den(y|ies|ied|ying)',
  'reject(s|ed)?',
  'refut(e|es|ed)',
  'dismiss(es|ed)?',
  'rebuff(s|ed)?',
];
/** For the claim's stance: a claim or clause with one of these reports a denial. Has "rebuff"; no "refuting". */
export const stanceDenialForms = [
  'den(?:y|ies|ied|ying)',
  'reject(?:s|ed|ing)?',
  'dismiss(?:es|ed|ing)?',
  'refute[sd]?',
  'rebuff(?:s|ed)?',
];
/** For the statement: words with one of these carry the denial themselves. Has "denial"; no "rebuff". */
export const selfDenyingForms = [
  'den(?:y|ies|ied|ying|ial)',
  'reject(?:s|ed|ing)?',
  'refut(?:e|es|ed|ing)',
  'dismiss(?:es|ed|ing)?',
];
