// Words that refer back to a speaker instead of naming it, for attribution: pronouns ("he said"), a
// document ("the statement said") and what a body issues or compiles ("a police statement", "council
// figures"), which stand for whoever issued it.

/** Pronouns that stand for the most recent speaker. */
export const pronouns = /^(he|she|him|her|it|they|we|i)$/i;

/** Of those, the ones that stand for a person ("it", "they" stand for a body). */
export const personPronouns = /^(he|she|him|her)$/i;

/**
 * Every word that refers back to a person, possessives and reflexives too: "Vey said his ministry would
 * resign" is about Vey (the matcher's own speakers, graph/speakers.ts).
 */
export const personReferences = /^(he|she|him|her|his|hers|himself|herself)$/i;

/** "The statement", "its report": the document the most recent speaker issued. */
export const documentWords = new RegExp(
  String.raw`^(?:the|its|their|his|her)\s+(statement|letter|report|release|note|communique|communiqué|memo|filing)$`,
  'i',
);

/** A sentence that mentions a document: its speaker is one who issued one. */
export const documentMention = /\b(statement|letter|report|release|communiqu[eé])\b/i;

/** "A police statement", "the ministry's report": the issuer, then what it issued. */
export const issuedDocument = new RegExp(
  String.raw`^((?:an?|the)\s+)(.+?)(?:['’]s)?\s+(?:statement|report|letter|release|communiqu[eé])$`,
  'i',
);

/** "Council figures", "the agency's data": the compiler, then what it compiled (not "their figures"). */
export const compiledData = new RegExp(
  String.raw`^((?:an?|the)\s+|)(?!(?:the|its|their|his|her|our)\s)(.+?)(?:['’]s)?\s+` +
    String.raw`(?:figures|data|estimates|records)$`,
  'i',
);
