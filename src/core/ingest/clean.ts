// Scraped article text -> clean blocks (paragraphs, list items, captions, headings), each mapped back to
// the raw file. Page clutter is recognised by its form (what a share button, an audio player, a reading
// time or a cookie banner looks like on any outlet), not by any one page's strings.
import nlp from 'compromise';
import { collapsePiece, rawPiece, slicePiece, wordCount, type Offsets, type Piece } from './text.ts';
import { monthNumber } from '../lexicon/calendar.ts';

export type BlockType = 'paragraph' | 'list-item' | 'caption' | 'heading';

export interface CleanBlock {
  type: BlockType;
  text: string;
  /** The credit a caption gives ("AP", "Jane Doe/Reuters"); null for other blocks or when none is given. */
  credit: string | null;
  /** For each UTF-16 index of `text` and one past its end, the UTF-16 index in the raw text; null when unknown. */
  rawOffsets: Offsets | null;
}

/** One line of a text file, or one element of an HTML article: what the rules below classify. */
export interface Unit extends Piece {
  /** What the source's markup says it is (HTML); text lines have no hint. */
  hint?: BlockType;
  /** Whether a blank line (or a block boundary) precedes it. */
  blankBefore: boolean;
  /** Whether `offsets` point into the raw file (false when an HTML block could not be found in it). */
  located: boolean;
}

export interface RemovedLine {
  text: string;
  /** Which rule removed it: "advertisement", "share-prompt", "player-control"… */
  rule: string;
  /** UTF-16 index of the line in the raw text, or null when unknown. */
  rawStart: number | null;
}

export interface CleanResult {
  blocks: CleanBlock[];
  /** The headline when the text states one before the article, else null. */
  title: string | null;
  /** Authors from a byline, as written (with fused words repaired); [] when none is stated. */
  authors: string[];
  /** YYYY-MM-DD when a dateline states a full date; null otherwise (relative times state none). */
  date: string | null;
  /** Names the page gives itself ("Why you can trust X", "© 2019 X"), to find the publisher by. */
  publisherNames: string[];
  /** The same names, each with the kind of line that states it. */
  publisherLines: { name: string; from: 'trust badge' | 'copyright line' }[];
  clutter: RemovedLine[];
  repeated: RemovedLine[];
  repaired: { from: string; to: string }[];
}

/** Cleans a plain-text scrape. */
export function cleanText(raw: string): CleanResult {
  return cleanUnits(textUnits(raw));
}

/** Non-blank lines, trimmed; hard-wrapped lines of one paragraph are joined. */
function textUnits(raw: string): Unit[] {
  const lines: Unit[] = [];
  let blankBefore = true;
  for (const match of raw.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    if (match[0] === '') break;
    const content = match[0].replace(/[\r\n]+$/, '');
    const lead = content.length - content.trimStart().length;
    const text = content.trim();
    if (!text) {
      blankBefore = true;
      continue;
    }
    const start = match.index + lead;
    lines.push({ ...rawPiece(raw, start, start + text.length), blankBefore, located: true });
    blankBefore = false;
  }
  const width = wrapWidth(lines);
  const units: Unit[] = [];
  // The paragraph being joined: a hard-wrapped paragraph is the raw text from its first line's start to
  // its last line's end (the line breaks between read as spaces), so it is cut from the raw text once.
  let open: { unit: Unit; start: number; end: number; length: number; words: number; last: string } | undefined;
  const close = () => {
    if (open) units.push(open.end === open.unit.offsets[open.unit.text.length] ? open.unit : { ...open.unit, ...rawPiece(raw, open.start, open.end) });
    open = undefined;
  };
  for (const line of lines) {
    const start = line.offsets[0]!;
    const end = line.offsets[line.text.length]!;
    if (open && !line.blankBefore && continuesLine(open, line.text, width)) {
      open.length += start - open.end + line.text.length;
      open.end = end;
      open.words += wordCount(line.text);
      open.last = line.text;
    } else {
      close();
      open = { unit: line, start, end, length: line.text.length, words: wordCount(line.text), last: line.text };
    }
  }
  close();
  return units;
}

/** The width a file is wrapped at (most long lines end near the same column), or 0 when it is not. */
function wrapWidth(lines: Unit[]): number {
  const long = lines.filter((line) => line.text.length >= 40).map((line) => line.text.length);
  if (long.length < 4) return 0;
  // (A reduce, not Math.max(...long): a file of many lines would overflow the arguments a call takes.)
  const width = long.reduce((widest, length) => Math.max(widest, length), 0);
  return width <= 100 && long.filter((length) => length >= width - 25).length / long.length >= 0.6 ? width : 0;
}

/**
 * Whether `next` goes on the paragraph being joined: a line broken at the wrap width, or mid-sentence.
 * The paragraph is given by its length, its word count and its last line, which is where it ends.
 */
function continuesLine(previous: { length: number; words: number; last: string }, next: string, width: number): boolean {
  // A list item, or a table's row or rule line, starts its own line.
  if (bullet.test(next) || /^\|/.test(next) || /^\|.*\|$/.test(previous.last) || tableRule.test(next)) return false;
  const filled = width > 0 && previous.length >= width - 25;
  if (/[.!?:]["”’)]?$/.test(previous.last)) return filled && /^\p{Ll}/u.test(next);
  if (previous.words >= 8 && /^\p{Ll}/u.test(next)) return true;
  return filled;
}

const bullet = /^(?:[•●▪◦·*‣⁃]|[-–—](?=\s))\s*/u;
const terminal = /[.!?…]["”’)\]]*$/u;

/** A paragraph of running text, as opposed to a label, a link or a control. */
function isProse(text: string): boolean {
  const words = wordCount(text);
  return (words >= 8 && terminal.test(text)) || words >= 20;
}

// Clutter rules: each names what it removes. Tested against the whole line, trimmed.
const wholeLine = (pattern: string) => new RegExp(`^(?:${pattern})[\\s.:!|]*$`, 'iu');
/** `notProse`: a rule that a full sentence can also match ("Published in 2015, the report…") skips prose. */
const clutterRules: { rule: string; test: (text: string) => boolean; notProse?: boolean }[] = [
  { rule: 'no-words', test: (text) => !/[\p{L}\p{N}]/u.test(text) },
  { rule: 'advertisement', test: (text) => (wordCount(text) <= 6 && /\badvertisement\b/i.test(text)) || wholeLine('(skip )?advertisement|advertising|advert|ad|ads|sponsored( content)?|promoted( content)?|paid (post|content)|(story|article) continues (below|after)( (this|the))?( (advertisement|ad))?|continue reading( the main story| below)?|scroll (down )?to continue( reading)?').test(text) },
  {
    rule: 'share-prompt',
    test: (text) =>
      wholeLine('share\\d*|share( (this|the|full))? (article|story|page|post)|share (on|via|to) \\w+|share this( with \\w+)?|tweet|email|e-mail|copy link|link copied|print( this( page| article| story))?|save( article| for later)?|bookmark|gift (this )?article|share via|reuse this content|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|messenger|flipboard|comments?( \\(\\d+\\))?|\\d+ comments?|view comments|jump to comments').test(text) ||
      /^(share|like) (us|this|our)\b.{0,60}\b(facebook|twitter|instagram|x|linkedin|whatsapp|social media)\b/i.test(text) ||
      (wordCount(text) <= 15 && (/^(click|tap) here to share\b|\bshare (this |it )?on social media\b/i.test(text) || /^(save|bookmark)\b.{0,60}\b(read(ing)? later|reading list)\b/i.test(text))),
  },
  { rule: 'widget', test: (text) => wholeLine('(like )?loading(\\.\\.\\.|…)?|like this|rate this( article)?|join the conversation|leave a (comment|reply)|comments are (closed|open)|show comments|add a comment|show key events( only)?|show (all|latest) (posts|updates)|was this (page|article) (helpful|useful)\\??').test(text) || (wordCount(text) <= 20 && /\b(enable|turn on|activate) javascript\b/i.test(text)) },
  { rule: 'download-link', test: (text) => wordCount(text) <= 10 && /^download\b.{0,40}\b(pdf|docx?|file|version|attachment)\b/i.test(text) },
  // A tip line or a press contact: an e-mail address or a phone number in a short line.
  { rule: 'contact', test: (text) => (wordCount(text) <= 20 && /[\w.+-]+@[\w-]+\.[\w.]+/.test(text)) || /^(tel\.?:?\s*)?\+?[\d\s().-]{7,}$/i.test(text) },
  { rule: 'call-to-action', test: (text) => wordCount(text) <= 15 && /^((click|tap) here\b|(download|get|install) (our|the)\b.{0,30}\bapp\b|open in (the )?app\b)/i.test(text) },
  { rule: 'age-notice', test: (text) => /^this (article|story|content) is (more|over) (than )?\w+ (years?|months?|days?) old\.?$/i.test(text) },
  {
    rule: 'newsletter-prompt',
    test: (text) =>
      wordCount(text) <= 30 &&
      (/^(sign up|subscribe|register|get|join|receive)\b.{0,120}\b(newsletter|inbox|email|briefing|digest|alerts?)\b/i.test(text) ||
        /\bnewsletter\b.{0,80}\b(sign up|subscribe|inbox|free)\b/i.test(text) ||
        wholeLine('subscribe( now| today)?|sign up|sign in|log in|register|newsletter|subscribe to (our|the) \\w+').test(text)),
  },
  { rule: 'subscribe-prompt', notProse: true, test: (text) => wordCount(text) <= 12 && /^(subscribe|sign up|join( us| now| today)?|become a (member|subscriber|supporter)|support (us|our journalism)|donate|register)\b/i.test(text) },
  {
    rule: 'player-control',
    test: (text) =>
      wholeLine('listen( to this (article|story))?|listen \\d+ min(ute)?s?|play|pause|stop|mute|unmute|replay|close|expand|select (voice|speed)|playback speed|audio|watch|play (video|audio)|watch (the )?video|video|\\d+(\\.\\d+)?x|\\d{1,2}:\\d{2}( ?/ ?\\d{1,2}:\\d{2})?|video duration,? .*|media caption.*|this (video|audio) (can|could) not be played.*|.*(your|this) browser does not support .*').test(text),
  },
  { rule: 'player-control', test: (text) => wordCount(text) <= 12 && /^(listen to this (article|story)|listen to the (article|story)|audio (version|article))\b/i.test(text) },
  {
    rule: 'reading-time',
    test: (text) => /^(reading time|read time|estimated reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura)\s*:?\s*\d+\s*(min|mins|minutes?|minuten)\b.{0,10}$/i.test(text) || /^\d+\s*(min|mins|minutes?)\s*(read|listen)$/i.test(text),
  },
  { rule: 'trust-badge', test: (text) => wordCount(text) <= 12 && /^(why you can trust|why (you should )?trust|about our (journalism|standards)|our (standards|editorial (policy|standards))|fact[- ]checked by|verified by)\b/i.test(text) },
  {
    rule: 'cookie-notice',
    test: (text) =>
      wordCount(text) <= 60 &&
      /\bcookies?\b/i.test(text) &&
      /\b(we use|this (site|website) uses|accept|reject|consent|manage (your )?(preferences|settings)|cookie (policy|settings|preferences)|privacy (policy|settings))\b/i.test(text),
  },
  { rule: 'cookie-notice', test: (text) => wholeLine('accept( all)?( cookies)?|reject( all)?( cookies)?|allow (all )?cookies|manage (preferences|cookies|settings|options)|cookie settings|i agree|agree|got it|ok').test(text) },
  { rule: 'copyright', test: (text) => wordCount(text) <= 25 && (/^(©|\(c\)\s|copyright\b)/i.test(text) || /\ball rights reserved\b/i.test(text)) },
  {
    rule: 'navigation',
    test: (text) =>
      wholeLine('skip (to|links)( \\w+){0,3}|skip navigation|jump to (main )?content|menu|main menu|search|home|homepage|sections|navigation|back to top|top of page|go to (the )?(home ?page|top)|open (the )?menu|close (the )?menu|more|see (all|more)|load (more|earlier|older|newer)( (posts|stories|articles|updates|entries))?|next|previous|next article|previous article').test(text) ||
      // Breadcrumbs: short segments joined by > | / › » (a sentence never looks like this).
      (/[>|›»\/]/.test(text) && text.split(/\s*[>|›»\/]\s*/).filter(Boolean).every((part) => wordCount(part) <= 3 && !terminal.test(part)) && text.split(/\s*[>|›»\/]\s*/).filter(Boolean).length >= 2 && !/\d{1,2}\/\d{1,2}/.test(text)),
  },
  { rule: 'follow-prompt', test: (text) => wordCount(text) <= 20 && /^(follow|like)\s+(us|@|\S+ on)\b/i.test(text) },
  { rule: 'dateline', notProse: true, test: (text) => wordCount(text) <= 14 && (/^(about )?\d+\s*(seconds?|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|months?)\s+ago$/i.test(text) || /^(published|updated|last (updated|modified)( on)?|first published( on)?|posted|modified)(?!\p{L})/iu.test(text) || isDateOnly(text)) },
  { rule: 'credits-line', notProse: true, test: (text) => wordCount(text) <= 30 && /^(\(?(additional )?(reporting|writing|editing|research) by\b|edited by\b|reporting from\b|sources?\s*:|translated( from (the )?\p{L}+)? by\b|translation\s*:)/iu.test(text) },
  // "Associated Press writer Jim Ohara contributed from Sacramento.": a sentence, and still a credit.
  { rule: 'credits-line', test: (text) => wordCount(text) <= 30 && /\b(writers?|reporters?|correspondents?|journalists?)\b.{0,80}\bcontributed\b/i.test(text) },
  { rule: 'print-edition', test: (text) => /^a version of this (article|story) appear(s|ed) in print\b/i.test(text) },
  {
    rule: 'read-more',
    notProse: true,
    test: (text) =>
      wordCount(text) <= 25 &&
      (/^(read more|read also|also read|see also|related|watch|listen|more|opinion|analysis|explainer|live)\s*[:|–—-]\s*\S/i.test(text) || /^(read (more|also|next)|also read|see also|lesen sie (auch|mehr)|lire aussi|à lire aussi|lee también)\b\s*\S[^.!?]*$/iu.test(text)),
  },
  { rule: 'related-links', test: (text) => wordCount(text) <= 20 && /^(tags|topics|filed under|categories|themen|mots-clés)\s*:/iu.test(text) },
  // A subscription pitch: a price or a "for subscribers" beside "subscribe".
  { rule: 'subscribe-prompt', test: (text) => wordCount(text) <= 30 && /\bsubscri(be|ption|bers?)\b/i.test(text) && /[€£$]\s?\d|\b(a|per) (month|week|year)\b|\b(reserved|exclusive) (for|to) (our )?subscribers\b|\boffered to you\b/i.test(text) },
  { rule: 'image-label', test: (text) => wholeLine('image|photo|picture|image caption|caption|image source|gallery|enlarge( this image)?|view (image|gallery|full size)|open image in gallery|\\d+ (photos|images)').test(text) },
];

/** A table's rule line: "|---|:---:|", "--- | ---". */
const tableRule = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$/;

/**
 * Whether a line of a text file is a row of a Markdown-like table: bars at both ends around two cells
 * or more ("| Year | Deaths |"), or bars between cells in a run of such lines (no blank line between)
 * that holds a table's rule line. A breadcrumb ("Home | News | World") is neither.
 */
function isTableRow(units: Unit[], index: number): boolean {
  const text = units[index]!.text;
  if (!text.includes('|') || tableRule.test(text) || !/[\p{L}\p{N}]/u.test(text)) return false;
  if (/^\|.*\|.*\|$/.test(text)) return true;
  // The run of barred lines around it, a few hundred at most either way.
  for (let at = index; at >= 0 && at > index - 200 && units[at]!.text.includes('|'); at--) {
    if (tableRule.test(units[at]!.text)) return true;
    if (units[at]!.blankBefore) break;
  }
  for (let at = index + 1; at < units.length && at < index + 200 && !units[at]!.blankBefore && units[at]!.text.includes('|'); at++)
    if (tableRule.test(units[at]!.text)) return true;
  return false;
}

/** A genre label before a headline: "Analysis: …", "Live: …", "Opinion – …". */
const kickerHeadline = /^(?:analysis|opinion|explainer|live|watch|listen|comment|review|exclusive|breaking|fact[- ]?check|interview|obituary|editorial)\s*[:|–—-]\s*\S/i;

const endMark = /^(?:#{3}|-+\s*ends?\s*-+|ends|-\s*30\s*-)$/i;
const commentsHead = /^(?:comments?(?:\s*\(\d+\))?|\d+ comments?|join the conversation|have your say|reader comments|show comments|view comments)[\s:.!]*$/i;

/** A comment thread's controls: "Reply", "Report", "4 likes" (a time stamp alone is also a byline's). */
const threadLine = /^(?:reply|report(?: comment| abuse)?|flag|like|recommend|\d+ (?:likes?|replies))$/i;

function threadFollows(units: Unit[], index: number): boolean {
  return units.slice(index + 1, index + 9).some((unit) => threadLine.test(unit.text));
}

/** Headings of link lists: the lines after one are links, not the article. */
const relatedHeading = /^(keep reading|related( (articles|stories|content|topics|coverage|links|reading))?|more on this (story|topic)|more (from|stories|about)\b.*|read more|read next|recommended( for you| reading)?|you (may|might) (also )?like|most (read|popular|viewed|shared)|top stories|latest( news| stories)?|trending( now)?|topics|tags|around the (web|bbc)|don't miss|also in .*|explore more( on (these|this) topics?)?|more in .*|on the same (subject|topic)|key events|lesen sie (auch|mehr)|mehr zum thema|lire aussi|à lire aussi|sur le même sujet)[\s:]*$/iu;

/**
 * Credits in captions: "… Photo: AP", "Photograph: Jane Doe/Reuters", "(AP Photo/John Doe)" (any
 * agency's initials, or in brackets any agency's name: "(Pell Wire Photo/Jane Doe)"), "[File: Jane Doe/Reuters]".
 */
const labelledCredit = /^(.*?[^\s(\[])[\s,;–—-]*[(\[]?\s*(?:(?:photo(?:graph)?s?|fotos?|bild|pictures?|pic|images?|illustration|credit|file|video)(?:\s+(?:credit|by))?\s*[:：]|credit\s*\.{2,}|(?=(?:\p{Lu}{2,6}|Reuters|Xinhua|Kyodo) Photo\/)|(?<=[(\[]\s*)(?=(?:[\p{L}&.-]+\s+){1,3}Photo\/))\s*([^)\]]+?)\s*[)\]]?$/iu;
const agencyNames = String.raw`AFP|AP|Reuters|EPA(?:-EFE)?|Getty Images|Xinhua|Bloomberg|Shutterstock|PA Media|PA|AAP|ANP|Kyodo|Anadolu(?: Agency)?|SOPA Images|Alamy|NurPhoto|Sipa|ZUMA(?: Press)?|Corbis|Imago`;
/** An unlabelled credit after a caption: "… on Monday. Jane Doe/AFP via Getty Images". */
const trailingCredit = new RegExp(String.raw`^(.*[.!?])\s+((?:[\p{Lu}][\p{L}.'’-]*(?:\s+|\s*\/\s*)){0,3}(?:${agencyNames})(?:\s+via\s+Getty Images)?)$`, 'u');
/** A line that is only a credit, after any label ("Photo:", "Image source,"): "Getty Images", "AFP via Getty Images". */
const creditOnly = new RegExp(String.raw`^((?:[\p{Lu}][\p{L}.'’-]*(?:\s+|\s*\/\s*)){0,3}(?:${agencyNames})(?:\s+via\s+Getty Images)?)$`, 'u');
const creditLabel = /^(?:(?:image|photo|picture)s?(?: (?:source|credit))?|photograph|credit)\s*[,:]\s*/i;
const imageSource = /^(?:image|photo|picture) (?:source|credit)\s*[,:]\s*(.+)$/i;
const imageCaption = /^(?:(?:image|media|photo) caption\s*[,:]?|caption\s*:)\s*(.*)$/i;

/**
 * Classifies every unit, keeping the article and removing the rest. The header (everything before
 * the first paragraph of prose) holds the headline, labels and the byline; after a list of links
 * ("Related", "More on this story") come links until the prose resumes.
 */
export function cleanUnits(units: Unit[]): CleanResult {
  const result: CleanResult = { blocks: [], title: null, authors: [], date: null, publisherNames: [], publisherLines: [], clutter: [], repeated: [], repaired: [] };
  const kept: CleanBlock[] = [];
  const remove = (unit: Unit, rule: string) => result.clutter.push({ text: unit.text, rule, rawStart: unit.located ? unit.offsets[0]! : null });
  const keep = (unit: Unit, type: BlockType, piece: Piece, credit: string | null = null) => {
    const clean = collapsePiece(piece);
    if (clean.text) kept.push({ type, text: clean.text, credit, rawOffsets: unit.located ? clean.offsets : null });
  };
  const lastProse = units.findLastIndex((unit) => isProse(unit.text) && unit.hint !== 'caption');
  let inHeader = true;
  let inLinks = false;
  /** Set by a release's end mark ("###", "-ends-") or the head of the readers' comments: the article is over. */
  let ended: string | null = null;
  /** A credit stated on its own line ("Image source, Reuters"), for the caption next to it. */
  let pendingCredit: string | null = null;
  /** A line in the header that may be the headline when none other is found (takeHeadline). */
  let headline: { unit: Unit; index: number } | undefined;
  /** Set after a lone "Image caption" label: the next line is the caption (with this credit, if any). */
  let captionNext: { credit: string | null } | null = null;

  units.forEach((unit, index) => {
    const text = unit.text;
    const words = wordCount(text);
    const prose = isProse(text);
    if (ended) return remove(unit, ended);
    // A row of a table a scraper wrote as text ("| 2019 | 1,200 |"): the article's data, kept as a
    // paragraph of its own, word for word, before any rule reads its bars as a breadcrumb. The rule
    // line under a table's head ("|---|---|") has no words and goes as such.
    if (unit.hint === undefined && isTableRow(units, index)) {
      inLinks = false;
      return keep(unit, 'paragraph', unit);
    }
    // Notes to editors, the issuer's boilerplate and press contacts follow a release's end mark.
    if (!inHeader && endMark.test(text)) {
      ended = 'after-end-mark';
      return remove(unit, 'end-mark');
    }
    // Readers' comments are not the article, however much they read like it. A "Comments" button in
    // a share bar is no such head: a thread (replies, times posted) must follow.
    if (!inHeader && commentsHead.test(text) && threadFollows(units, index)) {
      ended = 'after-comments';
      return remove(unit, 'comments');
    }
    // Links are headlines; a sentence (a full stop after a few words) is the article again.
    if ((prose || (words >= 5 && /[.!]["”’)]?$/.test(text))) && unit.hint !== 'caption' && unit.hint !== 'heading') inLinks = false;
    // The page names itself in a trust badge, or in a copyright line at its foot (one beside a photo names the photographer).
    const trusted = /^why you can trust\s+(.+?)[\s.:!]*$/i.exec(text)?.[1];
    const publisher = trusted ?? (index > lastProse ? copyrightHolder(text) : undefined);
    if (publisher) {
      result.publisherNames.push(publisher);
      result.publisherLines.push({ name: publisher, from: trusted ? 'trust badge' : 'copyright line' });
    }

    const labelled = imageCaption.exec(text);
    if (labelled) {
      const credit = pendingCredit;
      pendingCredit = null;
      if (labelled[1]) return keep(unit, 'caption', slicePiece(unit, text.length - labelled[1].length), credit);
      captionNext = { credit };
      return remove(unit, 'image-label');
    }
    if (captionNext && !prose) {
      const { credit } = captionNext;
      captionNext = null;
      return keep(unit, 'caption', unit, credit);
    }
    captionNext = null;

    const creditLine = imageSource.exec(text)?.[1] ?? creditOnly.exec(text.replace(creditLabel, ''))?.[1];
    if (creditLine && words <= 8) {
      const previous = kept[kept.length - 1];
      if (previous?.type === 'caption' && !previous.credit) previous.credit = creditLine;
      else pendingCredit = creditLine;
      return remove(unit, 'image-credit');
    }

    // "By Jane Doe | June 3, 2022 | 5 min read": a byline first, whatever else the line holds.
    const byline = bylinePrefix.test(text) ? readByline(text, inHeader, unit.hint) : undefined;
    if (byline) return takeByline(unit, byline);

    // The page's headline before anything is kept: "Analysis: Why the bridge failed" there is the story's
    // own headline with its kicker, not a link to another story (read-more); a heading is a crosshead.
    const titleSlot = inHeader && result.title === null && !kept.length && unit.hint !== 'paragraph' && !prose;
    if (kickerHeadline.test(text) && words >= 3 && !prose && (unit.hint === 'heading' || titleSlot)) {
      if (titleSlot) {
        result.title = collapsePiece(unit).text;
        return;
      }
      return keep(unit, 'heading', unit);
    }

    const rule = clutterRules.find((candidate) => candidate.test(text) && !(prose && candidate.notProse))?.rule;
    if (rule) {
      // An update or modification is not the publication date.
      if (rule === 'dateline' && !/^(updated|last|modified)/i.test(text)) result.date ??= statedDate(text);
      // "Posted on 2 October 2021 by Grace Obi"
      const by = rule === 'dateline' ? /\bby\s+(.+)$/i.exec(text)?.[1] : undefined;
      if (by && !result.authors.length) result.authors = bylineAuthors(by);
      // A control or a notice ends a list of links; a time stamp is part of one ("2h ago", then a headline).
      if (rule !== 'dateline') inLinks = false;
      return remove(unit, rule);
    }
    if (!prose && relatedHeading.test(text)) {
      inLinks = true;
      return remove(unit, 'related-links');
    }
    if (inLinks && !prose) return remove(unit, 'related-links');

    const credited = captionCredit(text);
    if (credited && (unit.hint === 'caption' || (wordCount(credited.text) <= 60 && !/["“”]/.test(credited.text))))
      return keep(unit, 'caption', slicePiece(unit, 0, credited.text.length), credited.credit);
    if (unit.hint === 'caption') {
      const credit = pendingCredit;
      pendingCredit = null;
      return keep(unit, 'caption', unit, credit);
    }

    // "Jane Doe covers transport for The Ledger.": the author's note, not the article.
    if (words <= 40 && result.authors.some((author) => new RegExp(`^${escapeRegExp(author)}\\s+(is|was|covers|writes|reports|reported|contributed|edits)\\b`, 'i').test(text)))
      return remove(unit, 'author-note');

    const namesOnly = readByline(text, inHeader, unit.hint);
    if (namesOnly) return takeByline(unit, namesOnly);

    const bulleted = bullet.exec(text);
    if (bulleted && bulleted[0].length < text.length) return keep(unit, 'list-item', slicePiece(unit, bulleted[0].length));
    if (unit.hint === 'list-item') return keep(unit, 'list-item', unit);

    if (!prose) {
      const ended = terminal.test(text);
      // The headline: the first line of several words, with a verb, before anything is kept. A line
      // without one there is the site's tagline ("Community news from the valley").
      if (titleSlot && words >= (unit.hint === 'heading' ? 2 : 4)) {
        if (unit.hint !== 'heading' && !nlp(text).has('#Verb')) {
          headline = { unit, index };
          return remove(unit, 'tagline');
        }
        result.title = collapsePiece(unit).text;
        return;
      }
      // A short line with a verb ("Storm hits coast", "Pope dies") may be the headline rather than a label.
      if (titleSlot && words >= 2 && words <= 3 && !ended && !isFused(text) && /\p{Ll}/u.test(text) && !/:$/.test(text) && (nlp(text).has('#Verb') || /\s\p{Ll}+(?:s|ed)\b/u.test(text)))
        headline = { unit, index };
      // "U.S.": a stop after initials ends no sentence.
      if (inHeader && words <= 3 && (!ended || !/\p{Ll}/u.test(text)) && unit.hint !== 'heading') return remove(unit, isFused(text) ? 'fused-labels' : 'section-label');
      if (isFused(text) && words <= 4 && !ended) return remove(unit, 'fused-labels');
      if (lastProse >= 0 && index > lastProse && !ended && words <= 15) return remove(unit, 'trailing-links');
      if (unit.hint === 'heading' || (words >= 2 && words <= 12 && !ended && isProse(units[index + 1]?.text ?? '')))
        return keep(unit, 'heading', unit);
      if (words <= 2 && !ended) return remove(unit, 'label');
    }
    if (prose && inHeader) result.date ??= datelineDate(text);
    if (prose && inHeader) takeHeadline();
    if (prose) inHeader = false;
    keep(unit, 'paragraph', unit);
  });

  result.blocks = dropRepeated(kept, result.repeated);
  return result;

  /**
   * When the header ends with no headline found: the line last removed as a tagline or short label that
   * leads straight into the story (its byline, date or first paragraph) was the headline ("Home truths
   * about the bridge", "Storm hits coast"), where a site's tagline or a section label is followed by
   * more labels or by the headline itself.
   */
  function takeHeadline() {
    if (result.title !== null || !headline || !leadsIntoStory(headline.index)) return;
    const { unit } = headline;
    result.title = collapsePiece(unit).text;
    const at = result.clutter.findLastIndex((line) => line.text === unit.text);
    if (at !== -1) result.clutter.splice(at, 1);
  }

  /** Whether the unit after this one starts the story: a byline, a date line or a paragraph of prose. */
  function leadsIntoStory(index: number): boolean {
    const next = units[index + 1]?.text ?? '';
    return bylinePrefix.test(next) || isProse(next) || isDateOnly(next) || /^(?:published|updated|posted)\b/i.test(next);
  }

  function takeByline(unit: Unit, byline: { authors: string[]; repaired: CleanResult['repaired'] }) {
    if (!result.authors.length) result.authors = byline.authors;
    result.date ??= statedDate(unit.text);
    result.repaired.push(...byline.repaired);
    remove(unit, 'byline');
  }
}

/** The date a wire or press-release dateline states before its dash: "BRANSFORD, U.K., 4 March 2025 – …". */
function datelineDate(text: string): string | null {
  const match = /^\p{Lu}[\p{Lu}\s.'’-]*(?:,\s*[^,–—]{1,30})?,\s*([^–—]{6,40}?)\s*(?:\/[^/]{1,40}\/\s*)?(?:[–—]|--?)\s/u.exec(text);
  return match ? statedDate(match[1]!) : null;
}

function captionCredit(text: string): { text: string; credit: string } | undefined {
  const labelled = labelledCredit.exec(text);
  const match = labelled ?? trailingCredit.exec(text);
  if (!match || wordCount(match[2]!) > 8 || !/[\p{L}]/u.test(match[1]!)) return undefined;
  const captionText = match[1]!.replace(/[\s,;–—-]+$/u, '');
  return { text: captionText, credit: match[2]!.trim() };
}

/** "Camel-case" words the scraper glued together: "ChinaDiplomacy", "WorldAsia". */
function isFused(text: string): boolean {
  return text.split(/\s+/).some((word) => /\p{Ll}{2,}\p{Lu}\p{Ll}{2,}/u.test(word));
}

// A byline: "By Jane Doe and John Roe", "By Jane Doe, Beijing correspondent", or (in the header) names
// alone when there are two or more, as scrapers print them: "Zhenhua LuandMimi Lau".
const nameToken = /^(?:\p{Lu}[\p{Ll}'’-]*\.?|\p{Lu}{2,}|\p{Lu}\.|(?:de|da|van|von|der|del|la|le|bin|al|el)|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+)$/u;
const outletWords = String.raw`News|Reuters|Press|Times|Post|Agency|Staff|Correspondent|Reporter|Editor|Desk|Service|Online|Daily|Journal|Team|Media|Associated|Updated|Published|Photo|Image|Opinion|Analysis`;
const notName = new RegExp(String.raw`^(?:${outletWords})$`);

// "By", and the same word in the languages whose outlets are scraped in translation ("Von", "Par", "Por").
const bylinePrefix = /^(?:(?:(?:written|words|story|reported|text) )?by\s+|authors?\s*:\s*|(?:von|par|por)\s+(?=\p{Lu}))/iu;
const roleWords = String.raw`correspondent|editor|reporter|writer|columnist|contributor|producer`;

/** "editor|reporter" -> "[Ee]ditor|[Rr]eporter": case-blind words in a pattern whose letter classes are not. */
function anyCase(words: string): string {
  return words.replace(/\b\p{L}/gu, (letter) => `[${letter.toUpperCase()}${letter.toLowerCase()}]`);
}

function readByline(text: string, inHeader: boolean, hint: BlockType | undefined): { authors: string[]; repaired: { from: string; to: string }[] } | undefined {
  // What follows a separator ("| June 3, 2022 | 5 min read") is not the byline's names.
  const names = text.replace(/\s*[|•·]\s*.*$/, '');
  if (hint === 'heading' || wordCount(names) > 16) return undefined;
  const by = bylinePrefix.exec(names);
  if (!by && !inHeader) return undefined;
  const repaired: { from: string; to: string }[] = [];
  const repair = (pattern: RegExp, joined: (...groups: string[]) => string) => (line: string) =>
    line.replace(pattern, (match: string, ...rest: unknown[]) => {
      const at = rest.at(-2) as number;
      const to = joined(...(rest.slice(0, -2) as string[]));
      const [before, after] = [/\S*$/.exec(line.slice(0, at))![0], /^\S*/.exec(line.slice(at + match.length))![0]];
      repaired.push({ from: before + match + after, to: before + to + after });
      return to;
    });
  const unfused = [
    // "LuandMimi", "RothundTomas": a lower-case letter, "and", a capital: two names glued by a scraper.
    repair(/(\p{Ll})(and|und)(\p{Lu}\p{Ll})/gu, (before, and, after) => `${before} ${and} ${after}`),
    // "Callum ReidEducation Reporter": a name glued to the role after it.
    repair(new RegExp(String.raw`(\p{Ll})(?=\p{Lu}\p{Ll}*(?:\s+\p{L}+)?\s+(?:${anyCase(roleWords)})\b)`, 'gu'), (before) => `${before} `),
  ].reduce((line, step) => step(line), names.slice(by?.[0].length ?? 0));
  // "Ellen Marsh Health correspondent": a role after the name is evidence it is a byline.
  const role = new RegExp(String.raw`\s+(?:\S+\s+)?(?:${roleWords})\b.*$`, 'iu');
  const parts = unfused
    // "Marta Olsen (now)": a remark on the author, not a name.
    .replace(/\s*\([^)]*\)/g, ' ')
    .split(/\s*(?:,|;|\band\b|\bund\b|&)\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
  const withRole = parts.some((part) => role.test(part) && part.replace(role, '').split(/\s+/).length >= 2);
  // "Tom Hale Associated Press": the outlet after the last name is not part of it.
  const nameParts = parts.map((part) => part.replace(role, '').replace(new RegExp(String.raw`(?<=\S+\s+\S+)(?:\s+(?:${outletWords}))+$`), ''));
  const found = nameParts.filter((part) => {
    const tokens = part.split(/\s+/);
    return tokens.length >= 2 && tokens.length <= 4 && tokens.every((token) => nameToken.test(token) && !notName.test(token)) && /^\p{Lu}/u.test(tokens[0]!);
  });
  // "By staff and news agencies": a byline that names nobody.
  if (by && !found.length) return terminal.test(text) ? undefined : { authors: [], repaired };
  // Without "By", only names, more than one or with a role, make a byline.
  if (!found.length || (!by && !withRole && (found.length < 2 || found.length !== parts.length))) return undefined;
  return { authors: found, repaired };
}

/** The authors a byline names ("By Jane Doe and John Roe, BBC News" -> [Jane Doe, John Roe]); [] when it names none. */
export function bylineAuthors(byline: string): string[] {
  return readByline(`By ${byline.replace(/^by\s+/i, '')}`, true, undefined)?.authors ?? [];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Who a copyright line names: "© 2019 The Courier. All rights reserved." -> "The Courier"; undefined when it names no one. */
export function copyrightHolder(text: string): string | undefined {
  const match = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–,]\s*\d{4})*,?\s*)?(.+?)(?:[.,]?\s*all rights reserved.*)?[\s.]*$/i.exec(text);
  const holder = match?.[1]?.split(/[.|]\s/)[0]!.replace(/,?\s+(ltd|limited|inc|llc|plc|gmbh|co)\.?$/i, '').trim();
  // "Newspaper WordPress Theme by TagDiv", "OpenStreetMap contributors": a credit, not a publisher.
  if (!holder || /\bby\b|\bcontributors\b|\btheme\b/i.test(holder)) return undefined;
  return wordCount(holder) <= 6 && wordCount(text) <= 25 ? holder : undefined;
}

const monthPattern = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const dayMonthYear = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${monthPattern},?\s+(\d{4})\b`, 'i');
const monthDayYear = new RegExp(String.raw`\b${monthPattern}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');
const isoDate = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;
/** "03.11.2025": day, month, year, as European outlets write them (never month first with dots). */
const dottedDate = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;

/** The date a line states in full (day, month and year), as YYYY-MM-DD; null for "3 hours ago". */
export function statedDate(text: string): string | null {
  let year: number, month: number, day: number;
  let match: RegExpExecArray | null;
  if ((match = isoDate.exec(text))) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = dayMonthYear.exec(text))) [day, month, year] = [Number(match[1]), monthNumber(match[2]!), Number(match[3])];
  else if ((match = monthDayYear.exec(text))) [month, day, year] = [monthNumber(match[1]!), Number(match[2]), Number(match[3])];
  else if ((match = dottedDate.exec(text))) [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** A line that is only a date and perhaps a time: "21 November 2019", "Nov. 21, 2019 10:15 AM ET". */
function isDateOnly(text: string): boolean {
  const rest = text
    .replace(dayMonthYear, '')
    .replace(monthDayYear, '')
    .replace(isoDate, '')
    .replace(dottedDate, '')
    .replace(/\b\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.|uhr|h)?\s*(gmt|bst|utc|et|est|edt|pt|cet|cest|hkt)?\b/gi, '')
    .replace(/\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/gi, '');
  return rest !== text && !/[\p{L}\p{N}]/u.test(rest);
}

/**
 * Keeps the first of repeated blocks: the same words, whatever the spacing, case or quote style, or
 * nearly the same (a long paragraph differing by a word or two, as scrapers repeat them).
 *
 * Each block is compared only with the earlier blocks that could repeat it, found through indexes
 * (the same words; the same first eleven words; an earlier block holding its rarest word; an earlier
 * block sharing one of its rarest words, of which a near copy must share one), never with every
 * earlier block, and with at most the latest `maxCompared` of each: a file of tens of thousands of
 * paragraphs takes time in proportion to its size.
 */
function dropRepeated(kept: CleanBlock[], repeated: RemovedLine[]): CleanBlock[] {
  interface Seen {
    key: string;
    /** Its distinct words, as numbers (their place in `vocabulary`), in ascending order. */
    words: Int32Array;
    numbers: string;
  }
  const keyOf = (block: CleanBlock) => block.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const keys = kept.map(keyOf);
  // Words as numbers, and how many blocks hold each: the rarest words of a block are the ones to look it up by.
  const vocabulary = new Map<string, number>();
  const wordsOf = keys.map((key) => {
    const ids = new Set<number>();
    for (const word of key.split(' ')) {
      let id = vocabulary.get(word);
      if (id === undefined) vocabulary.set(word, (id = vocabulary.size));
      ids.add(id);
    }
    return Int32Array.from(ids).sort();
  });
  const frequency = new Int32Array(vocabulary.size);
  for (const words of wordsOf) for (const id of words) frequency[id]!++;
  const rarestFirst = (words: Int32Array) => Array.from(words).sort((a, b) => frequency[a]! - frequency[b]! || a - b);

  const seenKeys = new Set<string>();
  const byHead = new Map<string, Seen[]>();
  const byWord = new Map<number, Seen[]>();
  const byRareWord = new Map<number, Seen[]>();
  const file = <K, T>(index: Map<K, T[]>, key: K, value: T) => {
    const list = index.get(key);
    if (list) list.push(value);
    else index.set(key, [value]);
  };
  // Eleven words: a truncated copy of twelve words or more may end inside its twelfth ("…the council vo").
  const head = (key: string) => key.split(' ', 11).join(' ');
  // A copy stands near what it copies: of the earlier blocks an index gives, the latest few hundred are
  // compared (all of them in any article; in a file of thousands of paragraphs opening alike, not all).
  const recent = (list: Seen[] | undefined) => (list === undefined ? [] : list.length <= maxCompared ? list : list.slice(-maxCompared));

  const blocks: CleanBlock[] = [];
  kept.forEach((block, index) => {
    const key = keys[index]!;
    const words = wordsOf[index]!;
    const size = words.length;
    const numbers = numbersOf(key);
    const rare = rarestFirst(words);
    // Near-exact: a truncated copy, or a word or two changed — never a number, which would change the fact.
    const same =
      seenKeys.has(key) ||
      // A pull quote: a few words of a paragraph above, set again in large type.
      (block.type === 'paragraph' && size >= 4 && size <= 30 && recent(byWord.get(rare[0]!)).some((other) => ` ${other.key} `.includes(` ${key} `))) ||
      // A truncated copy: one is the other's start (both of twelve words or more, so they share their first eleven;
      // a short block, a heading, that a paragraph happens to start with is no copy of it).
      (size >= 12 && recent(byHead.get(head(key))).some((other) => other.words.length >= 12 && (other.key.startsWith(key) || key.startsWith(other.key)))) ||
      // Nine words in ten the same: two such blocks share one of the few rarest words of each.
      (size >= 12 && rare.slice(0, prefixLength(size)).some((word) => recent(byRareWord.get(word)).some((other) => numbers === other.numbers && similarity(words, other.words) >= 0.9)));
    if (same && (block.type !== 'heading' || size >= 4)) {
      repeated.push({ text: block.text, rule: 'repeated', rawStart: block.rawOffsets?.[0] ?? null });
      return;
    }
    const seen: Seen = { key, words, numbers };
    seenKeys.add(key);
    file(byHead, head(key), seen);
    for (const word of words) file(byWord, word, seen);
    // Eleven: a block of eleven words can be nine tenths the same as one of twelve.
    if (size >= 11) for (const word of rare.slice(0, prefixLength(size))) file(byRareWord, word, seen);
    blocks.push(block);
  });
  return blocks;
}

/** The most earlier blocks one index gives that a block is compared with. */
const maxCompared = 300;

/**
 * How many of a block's rarest words two blocks of Jaccard similarity 0.9 or more must share one of
 * (prefix filtering): with n words, at most n - ⌈0.9 n⌉ of them can be missing from the other block.
 */
function prefixLength(size: number): number {
  return size - Math.ceil(0.9 * size - 1e-9) + 1;
}

function numbersOf(key: string): string {
  return (key.match(/\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion)\b/g) ?? []).join(' ');
}

/** Jaccard similarity of two sets of words given as ascending numbers. */
function similarity(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}
