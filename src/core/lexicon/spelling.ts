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
