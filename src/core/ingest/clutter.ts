// Page clutter recognised by its form, on any outlet: share buttons, audio players, reading times,
// cookie banners, tables of links, comment threads, genre labels, end marks. Each rule names what it removes.
import type { Unit } from './clean.ts';
import { isDateOnly } from './dates.ts';
import { terminal, wordCount } from './text.ts';

// Clutter rules: each names what it removes. Tested against the whole line, trimmed.
const wholeLine = (pattern: string) => new RegExp(`^(?:${pattern})[\\s.:!|]*$`, 'iu');
/** `notProse`: a rule that a full sentence can also match ("Published in 2015, the report…") skips prose. */
export const clutterRules: { rule: string; test: (text: string) => boolean; notProse?: boolean }[] = [
  { rule: 'no-words', test: (text) => !/[\p{L}\p{N}]/u.test(text) },
  {
    rule: 'advertisement',
    test: (text) =>
      (wordCount(text) <= 6 && /\badvertisement\b/i.test(text)) ||
      wholeLine(
        '(skip )?advertisement|advertising|advert|ad|ads|sponsored( content)?|promoted( content)?|' +
          'paid (post|content)|(story|article) continues (below|after)( (this|the))?( (advertisement|ad))?|' +
          'continue reading( the main story| below)?|scroll (down )?to continue( reading)?',
      ).test(text),
  },
  {
    rule: 'share-prompt',
    test: (text) =>
      wholeLine(
        'share\\d*|share( (this|the|full))? (article|story|page|post)|share (on|via|to) \\w+|' +
          'share this( with \\w+)?|tweet|email|e-mail|copy link|link copied|' +
          'print( this( page| article| story))?|save( article| for later)?|bookmark|gift (this )?article|' +
          'share via|reuse this content|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|' +
          'messenger|flipboard|comments?( \\(\\d+\\))?|\\d+ comments?|view comments|jump to comments',
      ).test(text) ||
      /^(share|like) (us|this|our)\b.{0,60}\b(facebook|twitter|instagram|x|linkedin|whatsapp|social media)\b/i.test(
        text,
      ) ||
      (wordCount(text) <= 15 &&
        (/^(click|tap) here to share\b|\bshare (this |it )?on social media\b/i.test(text) ||
          /^(save|bookmark)\b.{0,60}\b(read(ing)? later|reading list)\b/i.test(text))),
  },
  {
    rule: 'widget',
    test: (text) =>
      wholeLine(
        '(like )?loading(\\.\\.\\.|…)?|like this|rate this( article)?|join the conversation|' +
          'leave a (comment|reply)|comments are (closed|open)|show comments|add a comment|' +
          'show key events( only)?|show (all|latest) (posts|updates)|' +
          'was this (page|article) (helpful|useful)\\??',
      ).test(text) ||
      (wordCount(text) <= 20 && /\b(enable|turn on|activate) javascript\b/i.test(text)),
  },
  {
    rule: 'download-link',
    test: (text) => wordCount(text) <= 10 && /^download\b.{0,40}\b(pdf|docx?|file|version|attachment)\b/i.test(text),
  },
  // A tip line or a press contact: an e-mail address or a phone number in a short line.
  {
    rule: 'contact',
    test: (text) =>
      (wordCount(text) <= 20 && /[\w.+-]+@[\w-]+\.[\w.]+/.test(text)) ||
      /^(tel\.?:?\s*)?\+?[\d\s().-]{7,}$/i.test(text),
  },
  {
    rule: 'call-to-action',
    test: (text) =>
      wordCount(text) <= 15 &&
      /^((click|tap) here\b|(download|get|install) (our|the)\b.{0,30}\bapp\b|open in (the )?app\b)/i.test(text),
  },
  {
    rule: 'age-notice',
    test: (text) =>
      /^this (article|story|content) is (more|over) (than )?\w+ (years?|months?|days?) old\.?$/i.test(text),
  },
  {
    rule: 'newsletter-prompt',
    test: (text) =>
      wordCount(text) <= 30 &&
      (/^(sign up|subscribe|register|get|join|receive)\b.{0,120}\b(newsletter|inbox|email|briefing|digest|alerts?)\b/i.test(
        text,
      ) ||
        /\bnewsletter\b.{0,80}\b(sign up|subscribe|inbox|free)\b/i.test(text) ||
        wholeLine(
          'subscribe( now| today)?|sign up|sign in|log in|register|newsletter|subscribe to (our|the) \\w+',
        ).test(text)),
  },
  {
    rule: 'subscribe-prompt',
    notProse: true,
    test: (text) =>
      wordCount(text) <= 12 &&
      /^(subscribe|sign up|join( us| now| today)?|become a (member|subscriber|supporter)|support (us|our journalism)|donate|register)\b/i.test(
        text,
      ),
  },
  {
    rule: 'player-control',
    test: (text) =>
      wholeLine(
        'listen( to this (article|story))?|listen \\d+ min(ute)?s?|play|pause|stop|mute|unmute|replay|' +
          'close|expand|select (voice|speed)|playback speed|audio|watch|play (video|audio)|' +
          'watch (the )?video|video|\\d+(\\.\\d+)?x|\\d{1,2}:\\d{2}( ?/ ?\\d{1,2}:\\d{2})?|' +
          'video duration,? .*|media caption.*|this (video|audio) (can|could) not be played.*|' +
          '.*(your|this) browser does not support .*',
      ).test(text),
  },
  {
    rule: 'player-control',
    test: (text) =>
      wordCount(text) <= 12 &&
      /^(listen to this (article|story)|listen to the (article|story)|audio (version|article))\b/i.test(text),
  },
  {
    rule: 'reading-time',
    test: (text) =>
      /^(reading time|read time|estimated reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura)\s*:?\s*\d+\s*(min|mins|minutes?|minuten)\b.{0,10}$/i.test(
        text,
      ) || /^\d+\s*(min|mins|minutes?)\s*(read|listen)$/i.test(text),
  },
  {
    rule: 'trust-badge',
    test: (text) =>
      wordCount(text) <= 12 &&
      /^(why you can trust|why (you should )?trust|about our (journalism|standards)|our (standards|editorial (policy|standards))|fact[- ]checked by|verified by)\b/i.test(
        text,
      ),
  },
  {
    rule: 'cookie-notice',
    test: (text) =>
      wordCount(text) <= 60 &&
      /\bcookies?\b/i.test(text) &&
      /\b(we use|this (site|website) uses|accept|reject|consent|manage (your )?(preferences|settings)|cookie (policy|settings|preferences)|privacy (policy|settings))\b/i.test(
        text,
      ),
  },
  {
    rule: 'cookie-notice',
    test: (text) =>
      wholeLine(
        'accept( all)?( cookies)?|reject( all)?( cookies)?|allow (all )?cookies|' +
          'manage (preferences|cookies|settings|options)|cookie settings|i agree|agree|got it|ok',
      ).test(text),
  },
  {
    rule: 'copyright',
    test: (text) =>
      wordCount(text) <= 25 && (/^(©|\(c\)\s|copyright\b)/i.test(text) || /\ball rights reserved\b/i.test(text)),
  },
  {
    rule: 'navigation',
    test: (text) =>
      wholeLine(
        'skip (to|links)( \\w+){0,3}|skip navigation|jump to (main )?content|menu|main menu|search|home|' +
          'homepage|sections|navigation|back to top|top of page|go to (the )?(home ?page|top)|' +
          'open (the )?menu|close (the )?menu|more|see (all|more)|' +
          'load (more|earlier|older|newer)( (posts|stories|articles|updates|entries))?|next|previous|' +
          'next article|previous article',
      ).test(text) ||
      // Breadcrumbs: short segments joined by > | / › » (a sentence never looks like this).
      (/[>|›»/]/.test(text) &&
        text
          .split(/\s*[>|›»/]\s*/)
          .filter(Boolean)
          .every((part) => wordCount(part) <= 3 && !terminal.test(part)) &&
        text.split(/\s*[>|›»/]\s*/).filter(Boolean).length >= 2 &&
        !/\d{1,2}\/\d{1,2}/.test(text)),
  },
  { rule: 'follow-prompt', test: (text) => wordCount(text) <= 20 && /^(follow|like)\s+(us|@|\S+ on)\b/i.test(text) },
  {
    rule: 'dateline',
    notProse: true,
    test: (text) =>
      wordCount(text) <= 14 &&
      (/^(about )?\d+\s*(seconds?|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|months?)\s+ago$/i.test(text) ||
        /^(published|updated|last (updated|modified)( on)?|first published( on)?|posted|modified)(?!\p{L})/iu.test(
          text,
        ) ||
        isDateOnly(text)),
  },
  {
    rule: 'credits-line',
    notProse: true,
    test: (text) =>
      wordCount(text) <= 30 &&
      /^(\(?(additional )?(reporting|writing|editing|research) by\b|edited by\b|reporting from\b|sources?\s*:|translated( from (the )?\p{L}+)? by\b|translation\s*:)/iu.test(
        text,
      ),
  },
  // "Associated Press writer Jim Ohara contributed from Sacramento.": a sentence, and still a credit.
  {
    rule: 'credits-line',
    test: (text) =>
      wordCount(text) <= 30 &&
      /\b(writers?|reporters?|correspondents?|journalists?)\b.{0,80}\bcontributed\b/i.test(text),
  },
  { rule: 'print-edition', test: (text) => /^a version of this (article|story) appear(s|ed) in print\b/i.test(text) },
  {
    rule: 'read-more',
    notProse: true,
    test: (text) =>
      wordCount(text) <= 25 &&
      (/^(read more|read also|also read|see also|related|watch|listen|more|opinion|analysis|explainer|live)\s*[:|–—-]\s*\S/i.test(
        text,
      ) ||
        /^(read (more|also|next)|also read|see also|lesen sie (auch|mehr)|lire aussi|à lire aussi|lee también)\b\s*\S[^.!?]*$/iu.test(
          text,
        )),
  },
  {
    rule: 'related-links',
    test: (text) => wordCount(text) <= 20 && /^(tags|topics|filed under|categories|themen|mots-clés)\s*:/iu.test(text),
  },
  // A subscription pitch: a price or a "for subscribers" beside "subscribe".
  {
    rule: 'subscribe-prompt',
    test: (text) =>
      wordCount(text) <= 30 &&
      /\bsubscri(be|ption|bers?)\b/i.test(text) &&
      /[€£$]\s?\d|\b(a|per) (month|week|year)\b|\b(reserved|exclusive) (for|to) (our )?subscribers\b|\boffered to you\b/i.test(
        text,
      ),
  },
  {
    rule: 'image-label',
    test: (text) =>
      wholeLine(
        'image|photo|picture|image caption|caption|image source|gallery|enlarge( this image)?|' +
          'view (image|gallery|full size)|open image in gallery|\\d+ (photos|images)',
      ).test(text),
  },
];

/** A table's rule line: "|---|:---:|", "--- | ---". */
export const tableRule = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$/;

/**
 * Whether a line of a text file is a row of a Markdown-like table: bars at both ends around two cells
 * or more ("| Year | Deaths |"), or bars between cells in a run of such lines (no blank line between)
 * that holds a table's rule line. A breadcrumb ("Home | News | World") is neither.
 */
export function isTableRow(units: Unit[], index: number): boolean {
  const text = units[index]!.text;
  if (!text.includes('|') || tableRule.test(text) || !/[\p{L}\p{N}]/u.test(text)) return false;
  if (/^\|.*\|.*\|$/.test(text)) return true;
  // The run of barred lines around it, a few hundred at most either way.
  for (let at = index; at >= 0 && at > index - 200 && units[at]!.text.includes('|'); at--) {
    if (tableRule.test(units[at]!.text)) return true;
    if (units[at]!.blankBefore) break;
  }
  for (
    let at = index + 1;
    at < units.length && at < index + 200 && !units[at]!.blankBefore && units[at]!.text.includes('|');
    at++
  )
    if (tableRule.test(units[at]!.text)) return true;
  return false;
}

/** A genre label before a headline: "Analysis: …", "Live: …", "Opinion – …". */
export const kickerHeadline =
  /^(?:analysis|opinion|explainer|live|watch|listen|comment|review|exclusive|breaking|fact[- ]?check|interview|obituary|editorial)\s*[:|–—-]\s*\S/i;

export const endMark = /^(?:#{3}|-+\s*ends?\s*-+|ends|-\s*30\s*-)$/i;
export const commentsHead =
  /^(?:comments?(?:\s*\(\d+\))?|\d+ comments?|join the conversation|have your say|reader comments|show comments|view comments)[\s:.!]*$/i;

/** A comment thread's controls: "Reply", "Report", "4 likes" (a time stamp alone is also a byline's). */
const threadLine = /^(?:reply|report(?: comment| abuse)?|flag|like|recommend|\d+ (?:likes?|replies))$/i;

export function threadFollows(units: Unit[], index: number): boolean {
  return units.slice(index + 1, index + 9).some((unit) => threadLine.test(unit.text));
}

/** Headings of link lists: the lines after one are links, not the article. */
export const relatedHeading =
  /^(keep reading|related( (articles|stories|content|topics|coverage|links|reading))?|more on this (story|topic)|more (from|stories|about)\b.*|read more|read next|recommended( for you| reading)?|you (may|might) (also )?like|most (read|popular|viewed|shared)|top stories|latest( news| stories)?|trending( now)?|topics|tags|around the (web|bbc)|don't miss|also in .*|explore more( on (these|this) topics?)?|more in .*|on the same (subject|topic)|key events|lesen sie (auch|mehr)|mehr zum thema|lire aussi|à lire aussi|sur le même sujet)[\s:]*$/iu;
