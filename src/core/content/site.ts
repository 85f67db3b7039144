// The corpus's site.yaml -> the site's settings (siteSettingsSchema): its name, publisher, language,
// licence, contact and share image. The file is optional: without it a site takes the schema's
// defaults, and names no publisher, licence or contact rather than invent one. The images it names
// are files of the corpus, read like every other (files.ts) and copied into the site by the build.
import { join, resolve } from 'node:path';
import type { VFile } from 'vfile';
import { fail, failZodIssues } from '../diagnostics.ts';
import { readInside, realLocation, unreadable, type FileRead } from './files.ts';
import { siteSettingsSchema, type SiteSettings } from '../schema.ts';
import { isAbsoluteUrl, permanentUrl, routes } from '../publish/urls.ts';
import { parseYaml, type PlaceOf } from './yaml.ts';

export const siteFileName = 'site.yaml';

/** The settings of a site whose corpus has no site.yaml. */
export const defaultSiteSettings: SiteSettings = siteSettingsSchema.parse({});

/** The largest image the settings may name: a share image takes a few hundred kilobytes. */
export const maxImageBytes = 5 * 1024 * 1024;

export interface SiteSettingsRead {
  settings: SiteSettings;
  placeOf: PlaceOf;
}

/** Reads the settings in `file`; a missing or empty file gives the defaults, which is no error. */
export function readSiteSettings(file: VFile): SiteSettingsRead {
  const defaults: SiteSettingsRead = { settings: defaultSiteSettings, placeOf: () => ({ line: 1, column: 1 }) };
  if (file.value === undefined || String(file.value).trim() === '') return defaults;
  const yaml = parseYaml(String(file.value));
  for (const error of yaml.errors) fail(file, `YAML: ${error.message}`, error.place, 'site');
  if (yaml.errors.length) return defaults;
  if (typeof yaml.value !== 'object' || yaml.value === null || Array.isArray(yaml.value)) {
    const how = 'one a line ("name: …", "language: en"): see README.md, "A site of its own"';
    fail(file, `site.yaml is a map of settings, ${how}`, undefined, 'site');
    return defaults;
  }
  const parsed = siteSettingsSchema.safeParse(yaml.value);
  if (!parsed.success) {
    failZodIssues(file, parsed.error, yaml.placeOf, 'site', 'site setting');
    return defaults;
  }
  return { settings: parsed.data, placeOf: yaml.placeOf };
}

/** The images the settings name, each with the path of its setting. */
export function siteImages(settings: SiteSettings): { setting: string[]; path: string }[] {
  const images = [
    { setting: ['publisher', 'logo'], path: settings.publisher?.logo },
    { setting: ['shareImage'], path: settings.shareImage },
  ];
  return images.filter((image): image is { setting: string[]; path: string } => image.path !== undefined);
}

/** Each image the settings name must be a corpus file of the kind its name says; else an error at its setting. */
export function checkSiteImages(file: VFile, { settings, placeOf }: SiteSettingsRead, contentDir: string): void {
  for (const image of siteImages(settings)) {
    const read = readSiteImage(contentDir, image.path);
    const outside = `${image.path} is a link that leads out of the content folder: put the image itself there`;
    const missing =
      `${image.path} not found: put the image in the content folder (the path is relative to it), or ` + 'remove it';
    const problem =
      read.problem === 'missing'
        ? missing
        : read.problem
          ? unreadable(read, image.path, maxImageBytes, outside)
          : imageMismatch(image.path, read.bytes);
    if (problem) fail(file, problem, placeOf(image.setting), 'site-image');
  }
}

/** An image the settings name, read only from inside the corpus folder `contentDir`, links followed. */
export function readSiteImage(contentDir: string, path: string): FileRead {
  const root = resolve(contentDir);
  return readInside(join(root, path), [realLocation(root) ?? root], maxImageBytes);
}

// The first bytes of each image format: a file named .png must be a PNG, or a shared link shows nothing.
const text = (bytes: Buffer, start: number, end: number) => bytes.subarray(start, end).toString('latin1');
const signatures: { format: string; extensions: string[]; matches: (bytes: Buffer) => boolean }[] = [
  { format: 'PNG', extensions: ['png'], matches: (bytes) => text(bytes, 0, 8) === '\x89PNG\r\n\x1a\n' },
  { format: 'JPEG', extensions: ['jpg', 'jpeg'], matches: (bytes) => text(bytes, 0, 3) === '\xff\xd8\xff' },
  { format: 'GIF', extensions: ['gif'], matches: (bytes) => /^GIF8[79]a$/.test(text(bytes, 0, 6)) },
  { format: 'WebP', extensions: ['webp'], matches: (bytes) => text(bytes, 0, 4) + text(bytes, 8, 12) === 'RIFFWEBP' },
];

/** Why the bytes of the image at `path` are not the kind of image its name says; undefined when they are. */
export function imageMismatch(path: string, bytes: Buffer): string | undefined {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  const expected = signatures.find((signature) => signature.extensions.includes(extension));
  if (!expected || expected.matches(bytes)) return undefined;
  const actual = signatures.find((signature) => signature.matches(bytes));
  const rename = actual ? ` (it is a ${actual.format}: name it .${actual.extensions[0]})` : '';
  return (
    `${path} is not a ${expected.format} image${rename}: give a ${expected.format} file, or the path of ` +
    'the image meant'
  );
}

/** What a page says of itself where a link to it is shared (Open Graph, Twitter cards). */
export interface SharedPage {
  title: string;
  description?: string | undefined;
  /** "article" for an article or a claim, "website" for the rest. */
  type: 'article' | 'website';
  route: string;
}

/** One <meta> tag: Open Graph names its field with `property`, Twitter cards with `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/**
 * The Open Graph and Twitter card tags of a page. Addresses must be absolute, so og:url and og:image
 * are given only when the permanent URLs are (`prefix` has the site's origin: CLAIMTRAIL_SITE), rather
 * than guessed; a card's picture is the share image the settings name, else there is none.
 */
export function shareTags(page: SharedPage, settings: SiteSettings, prefix: string): MetaTag[] {
  const absolute = isAbsoluteUrl(prefix);
  const image = settings.shareImage && absolute ? permanentUrl(routes.media(settings.shareImage), prefix) : undefined;
  const openGraph: [string, string | undefined][] = [
    ['og:title', page.title],
    ['og:description', page.description],
    ['og:type', page.type],
    ['og:site_name', settings.name],
    ['og:url', absolute ? permanentUrl(page.route, prefix) : undefined],
    ['og:image', image],
  ];
  return [
    ...openGraph.flatMap(([property, content]) => (content === undefined ? [] : [{ property, content }])),
    { name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
  ];
}

/** Where a reader's message goes: the contact page, or a mailto: link to the address. */
export function contactHref(contact: string): string {
  return /^https?:\/\//.test(contact) ? contact : `mailto:${contact}`;
}
