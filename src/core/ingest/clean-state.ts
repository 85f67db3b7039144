// What cleaning has seen so far (Cleaning), which the rules of clean-rules.ts read and change as they
// decide each line: the header, a running list of links, a credit waiting for its caption, the trace.
import { bylinePrefix } from './bylines.ts';
import type { BlockType, CleanBlock, CleanResult, Unit } from './clean.ts';
import { isDateOnly, statedDate } from './dates.ts';
import { collapsePiece, terminal, wordCount, type Piece } from './text.ts';

/** The rule that decided one line, and what it did: what --explain prints of cleaning. */
export interface CleanTraceLine {
  text: string;
  rule: string;
  /** The block type it was kept as, "dropped: <why>" (the RemovedLine's rule), or "headline". */
  outcome: string;
  rawStart: number | null;
}

/** A paragraph of running text, as opposed to a label, a link or a control. */
export function isProse(text: string): boolean {
  const words = wordCount(text);
  return (words >= 8 && terminal.test(text)) || words >= 20;
}

/** A line being classified, with what the rules read of it. */
export interface Line {
  unit: Unit;
  index: number;
  text: string;
  words: number;
  prose: boolean;
  /** Ends like a sentence (a stop, a question or an exclamation mark). */
  stops: boolean;
  /** Where the headline stands: in the header, before anything is kept, and not prose or a paragraph. */
  titleSlot: boolean;
}

/**
 * What cleaning has seen so far. The header (everything before the first paragraph of prose) holds
 * the headline, labels and the byline; after a list of links ("Related", "More on this story") come
 * links until the prose resumes.
 */
export class Cleaning {
  readonly result: CleanResult = {
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
  readonly kept: CleanBlock[] = [];
  readonly units: Unit[];
  /** The index of the last unit of prose that is not a caption (what follows it is the page's foot). */
  readonly lastProse: number;
  inHeader = true;
  inLinks = false;
  /** Set by a release's end mark ("###", "-ends-") or the head of the readers' comments: the article is over. */
  ended: string | null = null;
  /** A credit stated on its own line ("Image source, Reuters"), for the caption next to it. */
  pendingCredit: string | null = null;
  /** A line in the header that may be the headline when none other is found (takeHeadline). */
  headline: { unit: Unit; index: number } | undefined;
  /** Set after a lone "Image caption" label: the next line is the caption (with this credit, if any). */
  captionNext: { credit: string | null } | null = null;
  /** What the deciding rule did to the current line, for the trace: kept it, dropped it, or took it as the headline. */
  decision: 'kept' | 'dropped' | 'headline' = 'kept';
  /** The block type it was kept as, or the removal rule that dropped it. */
  decidedAs = '';
  /** When given, each line's deciding rule is added to it. */
  readonly trace: CleanTraceLine[] | undefined;

  constructor(units: Unit[], trace?: CleanTraceLine[]) {
    this.units = units;
    this.trace = trace;
    this.lastProse = units.findLastIndex((unit) => isProse(unit.text) && unit.hint !== 'caption');
  }

  remove(unit: Unit, rule: string): true {
    this.result.clutter.push({ text: unit.text, rule, rawStart: unit.located ? unit.offsets[0]! : null });
    this.decision = 'dropped';
    this.decidedAs = rule;
    return true;
  }

  keep(unit: Unit, type: BlockType, piece: Piece, credit: string | null = null): true {
    const clean = collapsePiece(piece);
    if (clean.text) this.kept.push({ type, text: clean.text, credit, rawOffsets: unit.located ? clean.offsets : null });
    this.decision = 'kept';
    this.decidedAs = type;
    return true;
  }

  title(unit: Unit): true {
    this.result.title = collapsePiece(unit).text;
    this.decision = 'headline';
    return true;
  }

  takeByline(unit: Unit, byline: { authors: string[]; repaired: CleanResult['repaired'] }): true {
    if (!this.result.authors.length) this.result.authors = byline.authors;
    this.result.date ??= statedDate(unit.text);
    this.result.repaired.push(...byline.repaired);
    return this.remove(unit, 'byline');
  }

  /**
   * When the header ends with no headline found: the line last removed as a tagline or short label that
   * leads straight into the story (its byline, date or first paragraph) was the headline ("Home truths
   * about the bridge", "Storm hits coast"), where a site's tagline or a section label is followed by
   * more labels or by the headline itself.
   */
  takeHeadline(): void {
    if (this.result.title !== null || !this.headline || !this.leadsIntoStory(this.headline.index)) return;
    const { unit } = this.headline;
    this.result.title = collapsePiece(unit).text;
    const at = this.result.clutter.findLastIndex((line) => line.text === unit.text);
    if (at !== -1) this.result.clutter.splice(at, 1);
    const rawStart = unit.located ? unit.offsets[0]! : null;
    this.trace?.push({ text: unit.text, rule: 'headline-after-all', outcome: 'headline', rawStart });
  }

  /** Whether the unit after this one starts the story: a byline, a date line or a paragraph of prose. */
  private leadsIntoStory(index: number): boolean {
    const next = this.units[index + 1]?.text ?? '';
    const dateLine = isDateOnly(next) || /^(?:published|updated|posted)\b/i.test(next);
    return bylinePrefix.test(next) || isProse(next) || dateLine;
  }

  /** The line as the rules read it. */
  line(unit: Unit, index: number): Line {
    const text = unit.text;
    const prose = isProse(text);
    const titleSlot =
      this.inHeader && this.result.title === null && !this.kept.length && unit.hint !== 'paragraph' && !prose;
    return { unit, index, text, words: wordCount(text), prose, stops: terminal.test(text), titleSlot };
  }
}
