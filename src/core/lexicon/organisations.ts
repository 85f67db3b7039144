// Words that say what kind of body a name is, for attribution: the type of a draft source proposed
// for a name the registry lacks, what "the operator" may stand for, and whom a sentence can cite.
import type { SourceEntry } from '../schema.ts';

/** A name's words -> the source type they say it is; the first pattern that matches wins. */
export const organisationTypes: [RegExp, SourceEntry['type']][] = [
  [/\b(news agency|press agency|wire service)\b/i, 'news-agency'],
  [/\b(times|post|news|herald|guardian|journal|tribune|gazette|telegraph|broadcaster|television|radio|newspaper|magazine|bbc|cnn|reuters|afp|xinhua)\b/i, 'outlet'],
  [/\b(united nations|european union|world (bank|health organization|trade organization)|african union|security council)\b/i, 'intergovernmental'],
  [/\b(UN|EU|NATO|IMF|WHO|WTO|ASEAN|OSCE|OPEC)\b/, 'intergovernmental'],
  [/\b(government|administration|cabinet|kremlin|white house)\b/i, 'government'],
  [/\b(ministry|department|police|army|military|court|parliament|council|commission|office|embassy|authorities|authority|bureau|agency|board|regulator|senate|congress|prosecutors?)\b/i, 'government-body'],
  [/\b(watch|amnesty|foundation|institute|charity|campaign|centre|center|association|society|union|federation|coalition|network|trust)\b/i, 'ngo'],
];

/** What "the operator", "the company" can stand for: an organisation, not a person. */
export const organisationNouns = /^(operator|company|firm|group|utility|airline|carrier|bank|insurer|retailer|manufacturer|developer|provider|business|charity|organi[sz]ation|club|school|hospital|university|trust|union|party|agency|authority|council|ministry|department|regulator|broadcaster|publisher|network)$/;

/** Whom or what a sentence can cite ("citing officials", "citing a report"): people, bodies and documents. */
export const citable = /\b(sources?|officials?|diplomats?|people|witnesses|residents|experts|analysts|insiders|aides|officers|investigators|researchers|scientists|doctors|lawyers|spokes(?:person|man|woman)|police|authorities|government|ministry|agency|report|study|survey|data|figures|documents?|statement|letter|records|media|newspaper|outlet)\b/i;
