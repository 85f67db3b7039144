// Titles and roles of people, for attribution: a title before a name says the name is a person's
// ("Gen. Rhian Hollis"), and a role after "the" says a name beside it is the speaker ("the party's
// spokeswoman, Ines Calder"). The matcher's titles (which it drops from claims) are in function-words.ts.

/** The short titles British style writes without a stop ("Dr Picard"), as well as with one. */
export const titlesWrittenBare = ['Dr', 'Gen', 'Prof', 'Mr', 'Mrs', 'Ms'];

/** Short titles of an office, a rank or the clergy, always written with a stop ("Sen.", "Capt.", "Rev."). */
const officeTitles = ['Sen', 'Rep', 'Gov', 'Col', 'Lt', 'Capt', 'Sgt', 'Rev', 'Cllr'];

/** Titles written short before a name ("Dr. Jane Roe", "Gen. John Doe"): their stop ends no sentence or phrase. */
export const titleAbbreviations = String.raw`(?:${[
  ...titlesWrittenBare,
  ...officeTitles,
  'Insp',
  'Supt',
  'Adm',
  'Maj',
  'Cpl',
].join('|')})\.`;

/** A word that is a person's title or role ("sheriff", "spokeswoman", "Dr."); alternatives of a regular expression. */
const titleWords = [
  'sheriff',
  'officer',
  'captain',
  'sergeant',
  'lieutenant',
  'inspector',
  'superintendent',
  'commander',
  'president',
  'prime minister',
  'minister',
  'secretary',
  'councill?or',
  'cllr',
  'congress(?:man|woman)',
  'representative',
  'deputy',
  'mp',
  'chairperson',
  'head',
  'senator',
  'governor',
  'mayor',
  'chancellor',
  'king',
  'queen',
  'director',
  'chief',
  'spokes(?:person|man|woman)',
  'ambassador',
  'general',
  'gen',
  'colonel',
  'col',
  'lieutenant',
  'lt',
  'capt',
  'sgt',
  'judge',
  'professor',
  'prof',
  'dr',
  'mr',
  'mrs',
  'ms',
  'rev',
  'sen',
  'rep',
  'gov',
  'sheikh',
  'pope',
  'chair(?:man|woman)?',
  'commissioner',
  'ceo',
  'editor',
  'lawyer',
  'analyst',
  'researcher',
  'envoy',
  'leader',
  'official',
  'member',
  'organi[sz]er',
  'founder',
  'engineer',
  'manager',
];

/** A phrase that ends with a person's title or role. */
export const personTitles = new RegExp(String.raw`\b(${titleWords.join('|')})\.?$`, 'i');

/** A name, perhaps after a short title: "Dr. Agnès Picard", "Sean Doherty". */
export const personName = String.raw`(?:${titleAbbreviations}\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+`;

/**
 * Titles and other short words whose stop ends no sentence ("Dr. Roe", "St. Paul", "No. 10"), for the sentence
 * splitter. Narrower than titleAbbreviations (no Insp, Supt, Adm, Maj, Cpl; why is not recorded), and with
 * "St", "No", "Nos", which are not titles.
 */
export const abbreviatedBeforeName = [...titlesWrittenBare, 'St', 'No', 'Nos', ...officeTitles];

/**
 * Offices one person holds at a time in a body ("the mayor", "the governor"), singular, as the matcher reads
 * them: two claims that each name one, none the other's, are about different people. Not groups
 * ("engineers", "officials"), who may be one group told two ways.
 */
export const singleOffices = [
  'mayor',
  'governor',
  'president',
  'minister',
  'chancellor',
  'king',
  'queen',
  'sheriff',
  'pope',
  'ceo',
  'chairman',
  'chairwoman',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'ambassador',
  'commissioner',
];
