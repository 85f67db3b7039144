// Words that report speech: the cues that make a sentence someone's ("said", "according to", "citing").
// Attribution reads the speaker around them; detection counts a reported statement as worth checking.
import { weekdays } from './calendar.ts';

/** The cues, as alternatives of a regular expression ("given by", "told", "calls on"…). */
const reportingCues = [
  String.raw`(?:given|made|provided|issued|released|published|told) (?:to [^,.;]{1,40}? )?by`,
  'according to',
  'citing',
  'cited',
  'quoting',
  'quoted',
  'in a statement',
  'said',
  'says',
  'say',
  'saying',
  'told',
  'tells',
  'telling',
  'added',
  'adds',
  'stated',
  'states',
  'reported',
  'reports',
  'reporting',
  'confirmed',
  'confirms',
  'announced',
  'announces',
  'claimed',
  'claims',
  'claiming',
  'den(?:y|ies|ied)',
  'urged',
  'urges',
  'urging',
  'warned',
  'warns',
  'insisted',
  'insists',
  'argued',
  'argues',
  'noted',
  'notes',
  'wrote',
  'writes',
  String.raw`estimated?(?!\s+to\b)`,
  'estimates',
  'accused',
  'accuses',
  'alleged',
  'alleges',
  'acknowledged',
  'admitted',
  'called (?:on|for)',
  'calls (?:on|for)',
].join('|');

/** The commonest reporting verbs, which end a clause's subject: "officials said", "she told reporters". */
export const saidSaysTold = ['said', 'says', 'told'];

/** Reporting verbs that look like a past of doing ("warned", "told") but report speech: no event. */
export const reportingPastForms = [
  ...saidSaysTold,
  'added',
  'stated',
  'reported',
  'claimed',
  'denied',
  'alleged',
  'noted',
  'warned',
  'argued',
  'urged',
  'insisted',
  'estimated',
  'accused',
];

/** A reporting cue anywhere in a sentence. */
export const cuePattern = new RegExp(String.raw`\b(?:${reportingCues})\b`, 'i');

/** Every reporting cue of a sentence, for matchAll. */
export const cuesGlobal = new RegExp(String.raw`\b(?:${reportingCues})\b`, 'gi');

/** Cues that name whom the speaker cites, not the speaker: "Citing diplomatic sources, Reuters reported". */
export const citingCues = /^(citing|cited|quoting|quoted)$/i;

/** Of those, the ones whose source can be read after them ("quoted" is the speaker's own verb: "quoted by"). */
export const citedSourceCues = /^(citing|cited|quoting)$/i;

/** Cues that name whom the speaker told: "told the agency", "telling reporters". */
export const toldCues = /^(told|tells|telling)$/;

/**
 * Words between a speaker and its cue, dropped to find the speaker: "the ministry has also said", "Fisher
 * told reporters on Monday". Alternatives of a regular expression, each read after a space.
 */
export const wordsBeforeCue = [
  'has',
  'have',
  'had',
  'also',
  'previously',
  'later',
  'again',
  'further',
  'did',
  'does',
  'do',
  'not',
  'repeatedly',
  'reportedly',
  'publicly',
  'separately',
  'would',
  'will',
  'had also',
  'has also',
  'have also',
  'today',
  'yesterday',
  'tonight',
  'now',
  'earlier',
  'formally',
  'officially',
  `on (?:${[...weekdays].join('|')})`,
].join('|');

// Reporting verbs that one stage reads on its own, beside the cues above. Each overlaps reportingCues without being
// a subset of it ("explained", "described"); where a comment gives no reason for its words, none is recorded.
/** Verbs that report speech and take a clause: "X said (that) …". "Estimate" and "believe" stay out: hedges. */
export const clauseReportingVerbs = `said says say added adds stated states insisted insists argued argues noted notes
  warned warns claimed claims explained explains wrote writes stressed stresses maintained maintains`
  .split(/\s+/)
  .filter(Boolean);
/** Verbs that report speech but also take a plain object ("confirmed the invitation"): only with "that". */
export const thatReportingVerbs =
  `announced announces confirmed confirms reported reports acknowledged admitted predicted
  promised pledged indicated suggested revealed`
    .split(/\s+/)
    .filter(Boolean);
/** A fragment opening with one of these ("urged China to …") has the claimant as its subject. */
export const speechActVerbs = `urged urges called calls says said denies denied warned told added claimed described`
  .split(/\s+/)
  .filter(Boolean);
/** What "critics" do in an allegation frame ("critics say that …"): present and past of three verbs. */
export const criticsVerbs = ['say', 'said', 'claim', 'claimed', 'argue', 'argued'];
/** A participle that opens a trailing frame's tail ("…, police said, citing records"): the tail is dropped too. */
export const frameTailCues = ['citing', 'quoting', 'saying', 'adding', 'referring'];
/**
 * Verbs that report speech in the past, for "would" after them (the speaker's "will", not a condition). Overlaps
 * reportingPastForms: lacks "denied", "alleged", has "explained", "predicted"; why is not recorded.
 */
export const pastSpeechVerbs = `said told added stated announced confirmed reported warned insisted claimed argued noted
  wrote explained predicted promised pledged indicated suggested estimated`
  .split(/\s+/)
  .filter(Boolean);
/**
 * Past and present verbs a fragment may open with ("urged China to …"), so it lacks a subject. Near speechActVerbs
 * (no "urges", "calls"; adds "voted", "announced"); why the two differ is not recorded.
 */
export const fragmentOpeningVerbs = `urged called says said denies denied warned told added claimed described voted
  announced`
  .split(/\s+/)
  .filter(Boolean);
