// The reporting frame a statement leaves out of a claim's words: "X said that …" before them, "…, police said"
// after them, or before a dash. Cut only where enough words are left to stand as the claim.
import { speech, speechThat } from './frames.ts';

/** Adverbs and times between a speaker and the verb, or after the verb. */
const aside = String.raw`(?:also|previously|later|again|earlier|separately|publicly|repeatedly|today|yesterday|tonight|on\s+\p{Lu}\p{Ll}+(?:\s+\d{1,2})?|(?:\p{Lu}\p{Ll}+day)(?:\s+(?:morning|afternoon|evening|night))?|in\s+a\s+(?:statement|post|letter|briefing|news\s+conference|press\s+conference|interview)(?:\s+on\s+[\p{L}\s]{1,30}?)?)`;
/** Whom something was told: "reporters in Port Ilse", "the agency", "CNN". */
const receiver = String.raw`(?:reporters|journalists|the\s+\p{L}+|(?:\p{Lu}[\p{L}'’-]*\s*){1,3})(?:\s+(?:in|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?`;
/**
 * A speaker before a verb: a few words, perhaps with an ", appositive,"
 * or two (“Dr. Sian Pruett, Westgrid's operations director,”).
 */
const speaker = String.raw`(?:[\p{L}\d'’.&-]+\s+){0,6}[\p{L}\d'’.&-]+(?:,\s+[^,]{2,80},){0,2}`;

/** Phrases of time and place before a speaker: "In early July, after a visit to Beijing, …". */
const intro = String.raw`(?:(?:[Oo]n|[Ii]n|[Aa]fter|[Bb]efore|[Dd]uring|[Aa]t|[Ee]arlier|[Ll]ater|[Ll]ast|[Tt]his)\b[^,]{2,50},\s+){0,2}`;
const leadingFrames: RegExp[] = [
  new RegExp(String.raw`^according\s+to\s+[^,]{2,80},\s+`, 'iu'),
  new RegExp(
    String.raw`^${intro}${speaker}\s+(?:${aside}\s+)*(?:${speech}|told\s+${receiver})(?:\s+${aside})?(?:\s+that\s+|,?\s+)`,
    'u',
  ),
  new RegExp(
    String.raw`^${intro}${speaker}\s+(?:${aside}\s+)*(?:${speech}|${speechThat}|told\s+${receiver})(?:\s+${aside})?\s+that\s+`,
    'u',
  ),
  // "saying the diplomats were welcome", "with one source telling the agency the authorities were…".
  new RegExp(
    String.raw`^(?:with\s+[^,]{2,40}?\s+)?(?:saying|adding|telling\s+${receiver}|warning|insisting|arguing|noting|claiming)\s+(?:that\s+)?`,
    'iu',
  ),
];
/** A comma-separated part of a sentence that is only its reporting frame: "…, the operator said in a post". */
const trailingFrame = new RegExp(
  String.raw`^(?:according\s+to\s+.{2,80}|(?:[\p{L}\d'’.&-]+\s+){0,7}?[\p{L}\d'’.&-]+\s+(?:${aside}\s+)?(?:${speech}|${speechThat}|told\s+${receiver})(?:\s+${aside})*(?:\s+on\s+social\s+media)?|(?:${speech}|${speechThat})\s+(?:[\p{L}'’.&-]+\s*){1,8})$`,
  'u',
);
/** A participle clause after a frame: "…, its management announced, citing a shortage of nurses". */
const frameTail = /^(?:citing|quoting|saying|adding|referring)\b/i;

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

function withoutTrailingFrame(text: string): string {
  const parts = text.split(/,\s+(?=(?:[^"“”]*["“”][^"“”]*["“”])*[^"“”]*$)/);
  let end = parts.length;
  // "…, said the hospital's director, Dr. Agnès Picard": a name after an inverted frame goes with it.
  if (
    end > 2 &&
    /^(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen)\.?\s+)?(?:\p{Lu}[\p{L}'’-]+\s*){1,4}$/u.test(parts[end - 1]!) &&
    new RegExp(String.raw`^(?:${speech}|${speechThat})\s`, 'u').test(parts[end - 2]!)
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
