// Words that say what kind of body a name is, for attribution: the type of a draft source proposed
// for a name the registry lacks, what "the operator" may stand for, and whom a sentence can cite.
// Each list is a regular expression's alternatives, so a word may be a pattern ("prosecutors?").
import type { SourceEntry } from '../schema.ts';

const words = (list: string[]) => list.join('|');

const outletWords = words([
  'times', 'post', 'news', 'herald', 'guardian', 'journal', 'tribune', 'gazette', 'telegraph', 'broadcaster',
  'television', 'radio', 'newspaper', 'magazine', 'bbc', 'cnn', 'reuters', 'afp', 'xinhua',
]);
const intergovernmentalNames = words([
  'united nations', 'european union', 'world (bank|health organization|trade organization)', 'african union',
  'security council',
]);
const governmentBodyWords = words([
  'ministry', 'department', 'police', 'army', 'military', 'court', 'parliament', 'council', 'commission', 'office',
  'embassy', 'authorities', 'authority', 'bureau', 'agency', 'board', 'regulator', 'senate', 'congress', 'prosecutors?',
]);
const ngoWords = words([
  'watch', 'amnesty', 'foundation', 'institute', 'charity', 'campaign', 'centre', 'center', 'association', 'society',
  'union', 'federation', 'coalition', 'network', 'trust',
]);

/** A name's words -> the source type they say it is; the first pattern that matches wins. */
export const organisationTypes: [RegExp, SourceEntry['type']][] = [
  [/\b(news agency|press agency|wire service)\b/i, 'news-agency'],
  [new RegExp(String.raw`\b(${outletWords})\b`, 'i'), 'outlet'],
  [new RegExp(String.raw`\b(${intergovernmentalNames})\b`, 'i'), 'intergovernmental'],
  [/\b(UN|EU|NATO|IMF|WHO|WTO|ASEAN|OSCE|OPEC)\b/, 'intergovernmental'],
  [/\b(government|administration|cabinet|kremlin|white house)\b/i, 'government'],
  [new RegExp(String.raw`\b(${governmentBodyWords})\b`, 'i'), 'government-body'],
  [new RegExp(String.raw`\b(${ngoWords})\b`, 'i'), 'ngo'],
];

/** What "the operator", "the company" can stand for: an organisation, not a person. */
export const organisationNouns = new RegExp(`^(${words([
  'operator', 'company', 'firm', 'group', 'utility', 'airline', 'carrier', 'bank', 'insurer', 'retailer',
  'manufacturer', 'developer', 'provider', 'business', 'charity', 'organi[sz]ation', 'club', 'school', 'hospital',
  'university', 'trust', 'union', 'party', 'agency', 'authority', 'council', 'ministry', 'department', 'regulator',
  'broadcaster', 'publisher', 'network',
])})$`);

/** Whom or what a sentence can cite ("citing officials", "citing a report"): people, bodies and documents. */
export const citable = new RegExp(String.raw`\b(${words([
  'sources?', 'officials?', 'diplomats?', 'people', 'witnesses', 'residents', 'experts', 'analysts', 'insiders',
  'aides', 'officers', 'investigators', 'researchers', 'scientists', 'doctors', 'lawyers', 'spokes(?:person|man|woman)',
  'police', 'authorities', 'government', 'ministry', 'agency', 'report', 'study', 'survey', 'data', 'figures',
  'documents?', 'statement', 'letter', 'records', 'media', 'newspaper', 'outlet',
])})\b`, 'i');
