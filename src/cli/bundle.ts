// `claimtrail bundle`: the built site as one zip to download and read offline. The archive holds one
// folder, so unzipping never scatters files, and it is reproducible: files in sorted order, each with
// the same timestamp, so the same site gives the same bytes.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { writeAtomically } from '../core/content/files.ts';

export interface BundleOptions {
  /** The folder inside the zip. */
  folder: string;
  /** Unix seconds stamped on every entry: $SOURCE_DATE_EPOCH when set, else 1980-01-01, ZIP's first day. */
  epoch?: number;
}

/** 1980-01-01T00:00:00Z, ZIP's first day, in Unix seconds. */
const zipEpoch = 315532800;

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split(sep).join('/'))
    .sort();
}

export function zipSite(
  siteDir: string,
  { folder, epoch = zipEpoch }: BundleOptions,
): { zip: Uint8Array; files: number } {
  // ZIP stores local wall-clock time; build it from the UTC fields so every time zone writes the same bytes.
  const utc = new Date(epoch * 1000);
  const mtime = new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
  );
  const paths = filesUnder(siteDir);
  const entries: Zippable = {};
  for (const path of paths) entries[`${folder}/${path}`] = [readFileSync(join(siteDir, path)), { mtime }];
  return { zip: zipSync(entries, { level: 9 }), files: paths.length };
}

/** Writes the zip of `siteDir` to `out` atomically; returns what it did, or throws with what to do. */
export function writeBundle(
  siteDir: string,
  out: string,
  env: NodeJS.ProcessEnv = process.env,
): { files: number; bytes: number } {
  if (!existsSync(join(siteDir, 'index.html')))
    throw new Error(
      `no built site in ${siteDir}: run \`npm run build\` first (or \`npm run bundle\`, which builds and then zips)`,
    );
  const epoch = env.SOURCE_DATE_EPOCH ? Number(env.SOURCE_DATE_EPOCH) : undefined;
  if (epoch !== undefined && !(Number.isInteger(epoch) && epoch >= zipEpoch))
    throw new Error(
      `SOURCE_DATE_EPOCH="${env.SOURCE_DATE_EPOCH}" is not a time ZIP can store: ` +
        'use whole seconds since 1970, from 1980 on',
    );
  const { zip, files } = zipSite(siteDir, { folder: basename(out, '.zip'), epoch });
  writeAtomically(out, zip);
  return { files, bytes: zip.byteLength };
}
