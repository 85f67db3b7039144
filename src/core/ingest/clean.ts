// Scraped article text -> clean blocks (paragraphs, list items, captions, headings), each mapped back to
// the raw file. Page clutter is recognised by its form (what a share button, an audio player, a reading
// time or a cookie banner looks like on any outlet), not by any one page's strings.
import nlp from 'compromise';
import { bylineAuthors, bylinePrefix, copyrightHolder, escapeRegExp, readByline } from './bylines.ts';
import { captionCredit, creditLabel, creditOnly, imageCaption, imageSource } from './credits.ts';
import {
  clutterRules,
  commentsHead,
  endMark,
  isTableRow,
  kickerHeadline,
  relatedHeading,
  tableRule,
  threadFollows,
} from './clutter.ts';
import { datelineDate, isDateOnly, statedDate } from './dates.ts';
import { dropRepeated } from './repeats.ts';
import { collapsePiece, rawPiece, slicePiece, terminal, wordCount, type Offsets, type Piece } from './text.ts';

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
    if (open)
      units.push(
        open.end === open.unit.offsets[open.unit.text.length]
          ? open.unit
          : { ...open.unit, ...rawPiece(raw, open.start, open.end) },
      );
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
function continuesLine(
  previous: { length: number; words: number; last: string },
  next: string,
  width: number,
): boolean {
  // A list item, or a table's row or rule line, starts its own line.
  if (bullet.test(next) || /^\|/.test(next) || /^\|.*\|$/.test(previous.last) || tableRule.test(next)) return false;
  const filled = width > 0 && previous.length >= width - 25;
  if (/[.!?:]["”’)]?$/.test(previous.last)) return filled && /^\p{Ll}/u.test(next);
  if (previous.words >= 8 && /^\p{Ll}/u.test(next)) return true;
  return filled;
}

const bullet = /^(?:[•●▪◦·*‣⁃]|[-–—](?=\s))\s*/u;

/** A paragraph of running text, as opposed to a label, a link or a control. */
function isProse(text: string): boolean {
  const words = wordCount(text);
  return (words >= 8 && terminal.test(text)) || words >= 20;
}

/**
 * Classifies every unit, keeping the article and removing the rest. The header (everything before
 * the first paragraph of prose) holds the headline, labels and the byline; after a list of links
 * ("Related", "More on this story") come links until the prose resumes.
 */
export function cleanUnits(units: Unit[]): CleanResult {
  const result: CleanResult = {
    blocks: [],
    title: null,
    authors: [],
    date: null,
    publisherNames: [],
    publisherLines: [],
    clutter: [],
    repeated: [],
    repaired: [],
  };
  const kept: CleanBlock[] = [];
  const remove = (unit: Unit, rule: string) =>
    result.clutter.push({ text: unit.text, rule, rawStart: unit.located ? unit.offsets[0]! : null });
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
    if ((prose || (words >= 5 && /[.!]["”’)]?$/.test(text))) && unit.hint !== 'caption' && unit.hint !== 'heading')
      inLinks = false;
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
    if (
      words <= 40 &&
      result.authors.some((author) =>
        new RegExp(
          `^${escapeRegExp(author)}\\s+(is|was|covers|writes|reports|reported|contributed|edits)\\b`,
          'i',
        ).test(text),
      )
    )
      return remove(unit, 'author-note');

    const namesOnly = readByline(text, inHeader, unit.hint);
    if (namesOnly) return takeByline(unit, namesOnly);

    const bulleted = bullet.exec(text);
    if (bulleted && bulleted[0].length < text.length)
      return keep(unit, 'list-item', slicePiece(unit, bulleted[0].length));
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
      if (
        titleSlot &&
        words >= 2 &&
        words <= 3 &&
        !ended &&
        !isFused(text) &&
        /\p{Ll}/u.test(text) &&
        !/:$/.test(text) &&
        (nlp(text).has('#Verb') || /\s\p{Ll}+(?:s|ed)\b/u.test(text))
      )
        headline = { unit, index };
      // "U.S.": a stop after initials ends no sentence.
      if (inHeader && words <= 3 && (!ended || !/\p{Ll}/u.test(text)) && unit.hint !== 'heading')
        return remove(unit, isFused(text) ? 'fused-labels' : 'section-label');
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
    return (
      bylinePrefix.test(next) || isProse(next) || isDateOnly(next) || /^(?:published|updated|posted)\b/i.test(next)
    );
  }

  function takeByline(unit: Unit, byline: { authors: string[]; repaired: CleanResult['repaired'] }) {
    if (!result.authors.length) result.authors = byline.authors;
    result.date ??= statedDate(unit.text);
    result.repaired.push(...byline.repaired);
    remove(unit, 'byline');
  }
}

/** "Camel-case" words the scraper glued together: "ChinaDiplomacy", "WorldAsia". */
function isFused(text: string): boolean {
  return text.split(/\s+/).some((word) => /\p{Ll}{2,}\p{Lu}\p{Ll}{2,}/u.test(word));
}
