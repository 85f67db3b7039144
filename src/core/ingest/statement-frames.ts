// The reporting frame a statement leaves out of a claim's words: "X said that …" before them, "…, police said"
// after them, or before a dash. Cut only where enough words are left to stand as the claim.
import { alternatives, anyCase } from '../lexicon/alternatives.ts';
import { titlesWrittenBare } from '../lexicon/person-titles.ts';
import { frameTailCues } from '../lexicon/reporting.ts';
import { speech, speechThat } from './frames.ts';

/** A word of a speaker's name or description: "Dr.", "Westgrid's", "AT&T", "22". */
const nameWord = String.raw`[\p{L}\d'’.&-]+`;
/** A capitalised word of a name: "Port", "O'Neill", "Saint-Denis". */
const capitalised = String.raw`\p{Lu}[\p{L}'’-]*`;

/** "on Tuesday", "on March 3". */
const onADay = String.raw`on\s+\p{Lu}\p{Ll}+(?:\s+\d{1,2})?`;
/** "Tuesday", "Tuesday evening". */
const dayOrPartOfDay = String.raw`(?:\p{Lu}\p{Ll}+day)(?:\s+(?:${alternatives('morning afternoon evening night')}))?`;
/** "in a statement", "in a news conference on Monday". */
const inAStatement = String.raw`in\s+a\s+(?:${alternatives(
  String.raw`statement post letter briefing news\s+conference press\s+conference interview`,
)})(?:\s+on\s+[\p{L}\s]{1,30}?)?`;
/** Adverbs and times between a speaker and the verb, or after the verb. */
const aside = String.raw`(?:${alternatives(
  'also previously later again earlier separately publicly repeatedly today yesterday tonight',
)}|${onADay}|${dayOrPartOfDay}|${inAStatement})`;

/** "in Port Ilse", "at Westminster". */
const inAPlace = String.raw`(?:\s+(?:in|at)\s+${capitalised}(?:\s+${capitalised})?)?`;
/** Whom something was told: "reporters in Port Ilse", "the agency", "CNN". */
const receiver = String.raw`(?:reporters|journalists|the\s+\p{L}+|(?:${capitalised}\s*){1,3})${inAPlace}`;
/**
 * A speaker before a verb: a few words, perhaps with an ", appositive,"
 * or two (“Dr. Sian Pruett, Westgrid's operations director,”).
 */
const speaker = String.raw`(?:${nameWord}\s+){0,6}${nameWord}(?:,\s+[^,]{2,80},){0,2}`;
/** Phrases of time and place before a speaker: "In early July, after a visit to Beijing, …". */
const intro = String.raw`(?:(?:${anyCase(
  alternatives('on in after before during at earlier later last this'),
)})\b[^,]{2,50},\s+){0,2}`;

/** Asides before the verb, and one after it. */
const asidesBefore = String.raw`(?:${aside}\s+)*`;
const asideAfter = String.raw`(?:\s+${aside})?`;
const toldSomeone = String.raw`told\s+${receiver}`;
/** Verbs that report speech, with or without "that". */
const anySpeech = String.raw`(?:${speech}|${speechThat})`;
/** Any reporting verb, or "told" and whom. */
const reportingVerb = String.raw`(?:${speech}|${speechThat}|${toldSomeone})`;
/** A participle that reports speech: "saying", "telling the agency". */
const reportingParticiple = alternatives(
  String.raw`saying adding telling\s+${receiver} warning insisting arguing noting claiming`,
);

const leadingFrames: RegExp[] = [
  new RegExp(String.raw`^according\s+to\s+[^,]{2,80},\s+`, 'iu'),
  // "Police said (that) …": a verb that takes a clause.
  new RegExp(
    String.raw`^${intro}${speaker}\s+${asidesBefore}(?:${speech}|${toldSomeone})${asideAfter}(?:\s+that\s+|,?\s+)`,
    'u',
  ),
  // "The ministry confirmed that …": any reporting verb, followed by "that".
  new RegExp(String.raw`^${intro}${speaker}\s+${asidesBefore}${reportingVerb}${asideAfter}\s+that\s+`, 'u'),
  // "saying the diplomats were welcome", "with one source telling the agency the authorities were…".
  new RegExp(String.raw`^(?:with\s+[^,]{2,40}?\s+)?(?:${reportingParticiple})\s+(?:that\s+)?`, 'iu'),
];

/** "the operator said in a post on social media": a speaker, a reporting verb and its asides. */
const speakerThenVerb =
  String.raw`(?:${nameWord}\s+){0,7}?${nameWord}\s+(?:${aside}\s+)?${reportingVerb}` +
  String.raw`(?:\s+${aside})*(?:\s+on\s+social\s+media)?`;
/** "said the hospital's director": the verb before its speaker. */
const verbThenSpeaker = String.raw`${anySpeech}\s+(?:[\p{L}'’.&-]+\s*){1,8}`;
/** A comma-separated part of a sentence that is only its reporting frame: "…, the operator said in a post". */
const trailingFrame = new RegExp(String.raw`^(?:according\s+to\s+.{2,80}|${speakerThenVerb}|${verbThenSpeaker})$`, 'u');
/** A participle clause after a frame: "…, its management announced, citing a shortage of nurses". */
const frameTail = new RegExp(String.raw`^(?:${frameTailCues.join('|')})\b`, 'i');

/** The words without a reporting frame at either end ("X said that …", "…, police said"). */
export function withoutFrames(words: string): string {
  // "“We will not resign,” he said": the quotation without its frame.
  const quoted = /^["“]([^"“”]+?)[,.]?["”],?\s+(.+)$/u.exec(words);
  if (quoted && trailingFrame.test(quoted[2]!.replace(/[.!?]$/, ''))) return quoted[1]!;
  let text = words;
  for (const frame of leadingFrames) {
    const match = frame.exec(text);
    if (match && wordsIn(text.slice(match[0].length)) >= 3) {
      text = text.slice(match[0].length);
      break;
    }
  }
  // "…at 2pm, the national weather service said – the highest since 1974": the frame before a dash.
  const dash = /\s[–—]\s/.exec(text);
  if (dash) {
    const head = withoutTrailingFrame(text.slice(0, dash.index));
    if (head !== text.slice(0, dash.index)) return `${head}${text.slice(dash.index)}`;
  }
  return withoutTrailingFrame(text);
}

/** A name, perhaps after a short title with or without its stop: "Dr. Agnès Picard", "Mr Blix". */
const nameAfterFrame = new RegExp(
  String.raw`^(?:(?:${titlesWrittenBare.join('|')})\.?\s+)?(?:\p{Lu}[\p{L}'’-]+\s*){1,4}$`,
  'u',
);

function withoutTrailingFrame(text: string): string {
  const parts = text.split(/,\s+(?=(?:[^"“”]*["“”][^"“”]*["“”])*[^"“”]*$)/);
  let end = parts.length;
  // "…, said the hospital's director, Dr. Agnès Picard": a name after an inverted frame goes with it.
  if (
    end > 2 &&
    nameAfterFrame.test(parts[end - 1]!) &&
    new RegExp(String.raw`^${anySpeech}\s`, 'u').test(parts[end - 2]!)
  )
    end -= 2;
  else {
    if (end > 2 && frameTail.test(parts[end - 1]!) && trailingFrame.test(parts[end - 2]!)) end--;
    if (end > 1 && trailingFrame.test(parts[end - 1]!.replace(/[.!?]$/, ''))) end--;
  }
  const kept = parts.slice(0, end).join(', ');
  return end < parts.length && wordsIn(kept) >= 3 ? kept : text;
}

/** How many words a text has, not counting marks standing alone ("–", "…"). */
export const wordsIn = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
