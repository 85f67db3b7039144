// Photo credits in and after captions: the agency or photographer credited, apart from the caption's words.
import { wordCount } from './text.ts';

/**
 * Credits in captions: "… Photo: AP", "Photograph: Jane Doe/Reuters", "(AP Photo/John Doe)" (any
 * agency's initials, or in brackets any agency's name: "(Pell Wire Photo/Jane Doe)"), "[File: Jane Doe/Reuters]".
 */
export const labelledCredit =
  /^(.*?[^\s([])[\s,;–—-]*[([]?\s*(?:(?:photo(?:graph)?s?|fotos?|bild|pictures?|pic|images?|illustration|credit|file|video)(?:\s+(?:credit|by))?\s*[:：]|credit\s*\.{2,}|(?=(?:\p{Lu}{2,6}|Reuters|Xinhua|Kyodo) Photo\/)|(?<=[([]\s*)(?=(?:[\p{L}&.-]+\s+){1,3}Photo\/))\s*([^)\]]+?)\s*[)\]]?$/iu;
const agencyNames =
  'AFP|AP|Reuters|EPA(?:-EFE)?|Getty Images|Xinhua|Bloomberg|Shutterstock|PA Media|PA|AAP|ANP|Kyodo|' +
  'Anadolu(?: Agency)?|SOPA Images|Alamy|NurPhoto|Sipa|ZUMA(?: Press)?|Corbis|Imago';
/** An unlabelled credit after a caption: "… on Monday. Jane Doe/AFP via Getty Images". */
export const trailingCredit = new RegExp(
  String.raw`^(.*[.!?])\s+((?:[\p{Lu}][\p{L}.'’-]*(?:\s+|\s*\/\s*)){0,3}(?:${agencyNames})(?:\s+via\s+Getty Images)?)$`,
  'u',
);
/**
 * A line that is only a credit, after any label ("Photo:", "Image source,"): "Getty Images", "AFP via Getty Images".
 */
export const creditOnly = new RegExp(
  String.raw`^((?:[\p{Lu}][\p{L}.'’-]*(?:\s+|\s*\/\s*)){0,3}(?:${agencyNames})(?:\s+via\s+Getty Images)?)$`,
  'u',
);
export const creditLabel = /^(?:(?:image|photo|picture)s?(?: (?:source|credit))?|photograph|credit)\s*[,:]\s*/i;
export const imageSource = /^(?:image|photo|picture) (?:source|credit)\s*[,:]\s*(.+)$/i;
export const imageCaption = /^(?:(?:image|media|photo) caption\s*[,:]?|caption\s*:)\s*(.*)$/i;

export function captionCredit(text: string): { text: string; credit: string } | undefined {
  const labelled = labelledCredit.exec(text);
  const match = labelled ?? trailingCredit.exec(text);
  if (!match || wordCount(match[2]!) > 8 || !/[\p{L}]/u.test(match[1]!)) return undefined;
  const captionText = match[1]!.replace(/[\s,;–—-]+$/u, '');
  return { text: captionText, credit: match[2]!.trim() };
}
