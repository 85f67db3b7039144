import britishToAmerican from 'american-british-english-translator/data/british_spellings.json' with { type: 'json' };

/**
 * Spellings of one name or word that differ by transliteration or by British/American usage, each
 * mapped to one form. Applied to stems, so "Uighurs" and "Uyghur" meet.
 */
export const spellingVariantGroups: readonly string[][] = [
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
];

/**
 * British spellings and their American forms, word by word ("centres" -> "centers", "criticising" ->
 * "criticizing", "programme" -> "program", "paediatric" -> "pediatric"): the 1,738 forms of the
 * american-british-english-translator package's list (MIT), read before spellingVariantGroups' rules
 * of thumb (words.ts) so that the forms it knows need no rule.
 */
export const americanSpellings: ReadonlyMap<string, string> = new Map(Object.entries(britishToAmerican));
