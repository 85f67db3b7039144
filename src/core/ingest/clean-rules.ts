// The rules that classify each line of a scraped article, as a named, ordered table: the first rule
// that decides a line keeps it (as a paragraph, a caption, a heading…) or drops it, naming why. Rules
// read and change what cleaning has seen so far (Cleaning, in clean-state.ts): whether the header is
// over, whether a list of links is running, a photo credit waiting for its caption. Some rules only
// take note and pass on.
// The order is the point: each rule says which case put it where it is. `claimtrail ingest --explain`
// prints the rule that decided each line.
import nlp from 'compromise';
import { bylineAuthors, bylinePrefix, copyrightHolder, escapeRegExp, readByline } from './bylines.ts';
import { isProse, type Cleaning, type Line } from './clean-state.ts';
import { clutterRules, commentsHead, endMark, isTableRow, kickerHeadline, relatedHeading } from './clutter.ts';
import { threadFollows } from './clutter.ts';
import { captionCredit, creditLabel, creditOnly, imageCaption, imageSource } from './credits.ts';
import { datelineDate, statedDate } from './dates.ts';
import { slicePiece, wordCount } from './text.ts';
import { ruleBuilder, yes, type NamedRule } from '../rule-table.ts';

export const bullet = /^(?:[•●▪◦·*‣⁃]|[-–—](?=\s))\s*/u;

/** "Camel-case" words the scraper glued together: "ChinaDiplomacy", "WorldAsia". */
function isFused(text: string): boolean {
  return text.split(/\s+/).some((word) => /\p{Ll}{2,}\p{Lu}\p{Ll}{2,}/u.test(word));
}

/** A rule that decides a line (kept or dropped it: true), only takes note (false), or does not apply. */
export type CleanRule = NamedRule<[line: Line, state: Cleaning], boolean>;
const rule = ruleBuilder<[line: Line, state: Cleaning], boolean>();

/** "Image source, Reuters", "AP Photo/Jane Doe": the credit a line states alone. */
const creditOf = (text: string) =>
  (imageSource.exec(text)?.[1] ?? creditOnly.exec(text.replace(creditLabel, ''))?.[1]) || undefined;
/** Whether the unit after this one is a paragraph of prose. */
const beforeProse = (state: Cleaning, index: number) => isProse(state.units[index + 1]?.text ?? '');
/** A sentence (a full stop after a few words): the article again, after a list of links. */
const sentenceLike = (line: Line) => line.prose || (line.words >= 5 && /[.!]["”’)]?$/.test(line.text));

/** The rules, in the order they are tried. */
export const cleanRules: readonly CleanRule[] = [
  // First: once a release's end mark or the readers' comments are read, nothing after is the article.
  rule(
    'after-the-end',
    (_, state) => state.ended ?? undefined,
    (ended, { unit }, state) => state.remove(unit, ended),
  ),
  // A row of a table a scraper wrote as text ("| 2019 | 1,200 |"): the article's data, kept as a paragraph
  // of its own, word for word, before any rule reads its bars as a breadcrumb. (The rule line under a
  // table's head, "|---|---|", has no words and goes as such, by the clutter rules.)
  rule(
    'table-row',
    ({ unit, index }, state) => yes(unit.hint === undefined && isTableRow(state.units, index)),
    (_, { unit }, state) => {
      state.inLinks = false;
      return state.keep(unit, 'paragraph', unit);
    },
  ),
  // Notes to editors, the issuer's boilerplate and press contacts follow a release's end mark ("###").
  rule(
    'end-mark',
    ({ text }, state) => yes(!state.inHeader && endMark.test(text)),
    (_, { unit }, state) => {
      state.ended = 'after-end-mark';
      return state.remove(unit, 'end-mark');
    },
  ),
  // Readers' comments are not the article, however much they read like it. A "Comments" button in a share
  // bar is no such head: a thread (replies, times posted) must follow.
  rule(
    'comments-head',
    ({ text, index }, state) => yes(!state.inHeader && commentsHead.test(text) && threadFollows(state.units, index)),
    (_, { unit }, state) => {
      state.ended = 'after-comments';
      return state.remove(unit, 'comments');
    },
  ),
  // Takes note only. Links are headlines; a sentence is the article again. Before the rules below, each of
  // which may drop a line as a link while a list of links runs.
  rule(
    'sentence-ends-links',
    (line) => yes(sentenceLike(line) && line.unit.hint !== 'caption' && line.unit.hint !== 'heading'),
    (_, __, state) => {
      state.inLinks = false;
      return false;
    },
  ),
  // Takes note only: the page names itself in a trust badge, or in a copyright line at its foot (one beside a
  // photo names the photographer). After the end rules, as it always stood: what follows a release's end mark
  // or the comments is not read for the page's name.
  rule(
    'publisher-name',
    ({ text, index }, state) => {
      const trusted = /^why you can trust\s+(.+?)[\s.:!]*$/i.exec(text)?.[1];
      const name = trusted ?? (index > state.lastProse ? copyrightHolder(text) : undefined);
      return name ? { name, from: trusted ? ('trust badge' as const) : ('copyright line' as const) } : undefined;
    },
    (line, _, state) => {
      state.result.publisherNames.push(line.name);
      state.result.publisherLines.push(line);
      return false;
    },
  ),
  // "Image caption: …" or a lone "Image caption" before the caption: first of the caption rules, since the
  // label says what the line is whatever its words look like.
  rule(
    'image-caption-label',
    ({ text }) => imageCaption.exec(text) ?? undefined,
    (labelled, { unit, text }, state) => {
      const credit = state.pendingCredit;
      state.pendingCredit = null;
      if (labelled[1]) return state.keep(unit, 'caption', slicePiece(unit, text.length - labelled[1].length), credit);
      state.captionNext = { credit };
      return state.remove(unit, 'image-label');
    },
  ),
  // The line after a lone "Image caption" label is the caption, unless it is prose (the label had none).
  rule(
    'caption-after-label',
    (_, state) => state.captionNext ?? undefined,
    ({ credit }, { unit, prose }, state) => {
      state.captionNext = null;
      return !prose && state.keep(unit, 'caption', unit, credit);
    },
  ),
  // "Image source, Reuters", "AP Photo/Jane Doe": a credit on its own line goes to the caption before it,
  // or waits for the next. Before the byline rules: a credit names a photographer, not an author.
  rule(
    'image-credit',
    ({ text, words }) => (words <= 8 ? creditOf(text) : undefined),
    (credit, { unit }, state) => {
      const previous = state.kept.at(-1);
      if (previous?.type === 'caption' && !previous.credit) previous.credit = credit;
      else state.pendingCredit = credit;
      return state.remove(unit, 'image-credit');
    },
  ),
  // "By Jane Doe | June 3, 2022 | 5 min read": a byline first, whatever else the line holds.
  rule(
    'byline',
    ({ text, unit }, state) => (bylinePrefix.test(text) ? readByline(text, state.inHeader, unit.hint) : undefined),
    (byline, { unit }, state) => state.takeByline(unit, byline),
  ),
  // The page's headline before anything is kept: "Analysis: Why the bridge failed" there is the story's own
  // headline with its kicker, not a link to another story (which the clutter rules would drop as read-more);
  // a heading is a crosshead.
  rule(
    'kicker-headline',
    ({ text, words, prose, unit, titleSlot }) =>
      yes(kickerHeadline.test(text) && words >= 3 && !prose && (unit.hint === 'heading' || titleSlot)),
    (_, { unit, titleSlot }, state) => (titleSlot ? state.title(unit) : state.keep(unit, 'heading', unit)),
  ),
  // Page clutter by its form (clutter.ts: share buttons, players, reading times, datelines…), each named.
  rule(
    'clutter',
    ({ text, prose }) => clutterRules.find((candidate) => candidate.test(text) && !(prose && candidate.notProse))?.rule,
    (name, { text, unit }, state) => {
      // An update or modification is not the publication date.
      if (name === 'dateline' && !/^(updated|last|modified)/i.test(text)) state.result.date ??= statedDate(text);
      // "Posted on 2 October 2021 by Grace Obi"
      const by = name === 'dateline' ? /\bby\s+(.+)$/i.exec(text)?.[1] : undefined;
      if (by && !state.result.authors.length) state.result.authors = bylineAuthors(by);
      // A control or a notice ends a list of links; a time stamp is part of one ("2h ago", then a headline).
      if (name !== 'dateline') state.inLinks = false;
      return state.remove(unit, name);
    },
  ),
  // "Related", "More on this story": a list of links starts (a control or a notice, above, ends one).
  rule(
    'related-heading',
    ({ text, prose }) => yes(!prose && relatedHeading.test(text)),
    (_, { unit }, state) => {
      state.inLinks = true;
      return state.remove(unit, 'related-links');
    },
  ),
  rule(
    'related-link',
    ({ prose }, state) => yes(state.inLinks && !prose),
    (_, { unit }, state) => state.remove(unit, 'related-links'),
  ),
  // A caption with its credit at the end ("Rescuers at the site. Photo: AP"). After the link rules: in a
  // list of links, a line is a link whatever it ends with.
  rule(
    'caption-with-credit',
    ({ text, unit }) => {
      const credited = captionCredit(text);
      const captionLike = (text: string) => wordCount(text) <= 60 && !/["“”]/.test(text);
      return credited && (unit.hint === 'caption' || captionLike(credited.text)) ? credited : undefined;
    },
    ({ text, credit }, { unit }, state) => state.keep(unit, 'caption', slicePiece(unit, 0, text.length), credit),
  ),
  // What the page's markup calls a caption, with the credit stated before it if any.
  rule(
    'caption',
    ({ unit }) => yes(unit.hint === 'caption'),
    (_, { unit }, state) => {
      const credit = state.pendingCredit;
      state.pendingCredit = null;
      return state.keep(unit, 'caption', unit, credit);
    },
  ),
  // "Jane Doe covers transport for The Ledger.": the author's note, not the article (the author's name
  // comes from a byline read before it).
  rule(
    'author-note',
    ({ text, words }, state) =>
      yes(
        words <= 40 &&
          state.result.authors.some((author) => {
            const verbs = 'is|was|covers|writes|reports|reported|contributed|edits';
            const note = new RegExp(`^${escapeRegExp(author)}\\s+(${verbs})\\b`, 'i');
            return note.test(text);
          }),
      ),
    (_, { unit }, state) => state.remove(unit, 'author-note'),
  ),
  // Names alone in the header ("Zhenhua LuandMimi Lau"). After the caption and credit rules: names beside a
  // photo are its credit.
  rule(
    'names-only-byline',
    ({ text, unit }, state) => readByline(text, state.inHeader, unit.hint),
    (byline, { unit }, state) => state.takeByline(unit, byline),
  ),
  rule(
    'bulleted-item',
    ({ text }) => {
      const bulleted = bullet.exec(text);
      return bulleted && bulleted[0].length < text.length ? bulleted[0].length : undefined;
    },
    (from, { unit }, state) => state.keep(unit, 'list-item', slicePiece(unit, from)),
  ),
  rule(
    'list-item',
    ({ unit }) => yes(unit.hint === 'list-item'),
    (_, { unit }, state) => state.keep(unit, 'list-item', unit),
  ),
  // The headline: the first line of several words, with a verb, before anything is kept. A line without one
  // there is the site's tagline ("Community news from the valley"), unless the story follows it (takeHeadline).
  rule(
    'headline',
    ({ prose, titleSlot, words, unit }) => yes(!prose && titleSlot && words >= (unit.hint === 'heading' ? 2 : 4)),
    (_, { unit, text, index }, state) => {
      if (unit.hint !== 'heading' && !nlp(text).has('#Verb')) {
        state.headline = { unit, index };
        return state.remove(unit, 'tagline');
      }
      return state.title(unit);
    },
  ),
  // Takes note only: a short line with a verb ("Storm hits coast", "Pope dies") may be the headline rather
  // than the label the next rule drops it as.
  rule(
    'short-headline',
    ({ prose, titleSlot, words, stops, text }) =>
      yes(
        !prose &&
          titleSlot &&
          words >= 2 &&
          words <= 3 &&
          !stops &&
          !isFused(text) &&
          /\p{Ll}/u.test(text) &&
          !/:$/.test(text) &&
          (nlp(text).has('#Verb') || /\s\p{Ll}+(?:s|ed)\b/u.test(text)),
      ),
    (_, { unit, index }, state) => {
      state.headline = { unit, index };
      return false;
    },
  ),
  // A short line in the header is a section label ("World", "Asia"); "U.S.": a stop after initials ends no sentence.
  rule(
    'header-label',
    ({ prose, words, stops, text, unit }, state) =>
      yes(!prose && state.inHeader && words <= 3 && (!stops || !/\p{Ll}/u.test(text)) && unit.hint !== 'heading'),
    (_, { unit, text }, state) => state.remove(unit, isFused(text) ? 'fused-labels' : 'section-label'),
  ),
  rule(
    'fused-labels',
    ({ prose, text, words, stops }) => yes(!prose && isFused(text) && words <= 4 && !stops),
    (_, { unit }, state) => state.remove(unit, 'fused-labels'),
  ),
  // Short lines after the last paragraph of prose are the page's foot: links, not crossheads.
  rule(
    'trailing-links',
    ({ prose, index, stops, words }, state) =>
      yes(!prose && state.lastProse >= 0 && index > state.lastProse && !stops && words <= 15),
    (_, { unit }, state) => state.remove(unit, 'trailing-links'),
  ),
  // A crosshead: what the markup calls a heading, or a short line before a paragraph of prose.
  rule(
    'crosshead',
    ({ prose, unit, words, stops, index }, state) =>
      yes(!prose && (unit.hint === 'heading' || (words >= 2 && words <= 12 && !stops && beforeProse(state, index)))),
    (_, { unit }, state) => state.keep(unit, 'heading', unit),
  ),
  rule(
    'label',
    ({ prose, words, stops }) => yes(!prose && words <= 2 && !stops),
    (_, { unit }, state) => state.remove(unit, 'label'),
  ),
  // Last: what no rule took is the article's text. The first prose ends the header (its dateline dates the story).
  rule(
    'paragraph',
    () => true,
    (_, { unit, text, prose }, state) => {
      if (prose && state.inHeader) state.result.date ??= datelineDate(text);
      if (prose && state.inHeader) state.takeHeadline();
      if (prose) state.inHeader = false;
      return state.keep(unit, 'paragraph', unit);
    },
  ),
];
