// Bylines (who wrote the article) and copyright lines (who publishes it), read from the lines that
// state them.
import { alternatives, anyCase } from '../lexicon/alternatives.ts';
import type { BlockType } from './clean.ts';
import { terminal, wordCount } from './text.ts';

// A byline: "By Jane Doe and John Roe", "By Jane Doe, Beijing correspondent", or (in the header) names
// alone when there are two or more, as scrapers print them: "Zhenhua LuandMimi Lau".
const nameToken =
  /^(?:\p{Lu}[\p{Ll}'’-]*\.?|\p{Lu}{2,}|\p{Lu}\.|(?:de|da|van|von|der|del|la|le|bin|al|el)|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+)$/u;
const outletWords = alternatives(
  'News Reuters Press Times Post Agency Staff Correspondent Reporter Editor Desk Service Online Daily Journal Team ' +
    'Media Associated Updated Published Photo Image Opinion Analysis',
);
const notName = new RegExp(String.raw`^(?:${outletWords})$`);

// "By", and the same word in the languages whose outlets are scraped in translation ("Von", "Par", "Por").
export const bylinePrefix =
  /^(?:(?:(?:written|words|story|reported|text) )?by\s+|authors?\s*:\s*|(?:von|par|por)\s+(?=\p{Lu}))/iu;
const roleWords = String.raw`correspondent|editor|reporter|writer|columnist|contributor|producer`;

export function readByline(
  text: string,
  inHeader: boolean,
  hint: BlockType | undefined,
): { authors: string[]; repaired: { from: string; to: string }[] } | undefined {
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
    repair(
      new RegExp(String.raw`(\p{Ll})(?=\p{Lu}\p{Ll}*(?:\s+\p{L}+)?\s+(?:${anyCase(roleWords)})\b)`, 'gu'),
      (before) => `${before} `,
    ),
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
  const nameParts = parts.map((part) =>
    part.replace(role, '').replace(new RegExp(String.raw`(?<=\S+\s+\S+)(?:\s+(?:${outletWords}))+$`), ''),
  );
  const found = nameParts.filter((part) => {
    const tokens = part.split(/\s+/);
    return (
      tokens.length >= 2 &&
      tokens.length <= 4 &&
      tokens.every((token) => nameToken.test(token) && !notName.test(token)) &&
      /^\p{Lu}/u.test(tokens[0]!)
    );
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

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Who a copyright line names: "© 2019 The Courier. All rights
 * reserved." -> "The Courier"; undefined when it names no one.
 */
export function copyrightHolder(text: string): string | undefined {
  const match =
    /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–,]\s*\d{4})*,?\s*)?(.+?)(?:[.,]?\s*all rights reserved.*)?[\s.]*$/i.exec(
      text,
    );
  const holder = match?.[1]
    ?.split(/[.|]\s/)[0]!
    .replace(/,?\s+(ltd|limited|inc|llc|plc|gmbh|co)\.?$/i, '')
    .trim();
  // "Newspaper WordPress Theme by TagDiv", "OpenStreetMap contributors": a credit, not a publisher.
  if (!holder || /\bby\b|\bcontributors\b|\btheme\b/i.test(holder)) return undefined;
  return wordCount(holder) <= 6 && wordCount(text) <= 25 ? holder : undefined;
}
