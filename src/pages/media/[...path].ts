// media/<path>: the images site.yaml names (the publisher's logo, the share image), copied byte for
// byte from the content folder, where the check found them (core/content/site.ts).
import { readSiteImage, siteImages } from '../../core/content/site.ts';
import { corpusDir, siteSettings } from '../../site/corpus.ts';

export function getStaticPaths() {
  return [...new Set(siteImages(siteSettings()).map((image) => image.path))].map((path) => ({ params: { path } }));
}

export function GET({ params }: { params: { path: string } }) {
  const read = readSiteImage(corpusDir, params.path);
  // The check read the same file moments ago; one that has gone since stops the build.
  if (read.problem) throw new Error(`${params.path}: the image site.yaml names cannot be read now (${read.problem})`);
  return new Response(new Uint8Array(read.bytes));
}
