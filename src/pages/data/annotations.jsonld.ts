// dist/data/annotations.jsonld: the claims as a W3C Web Annotation collection (see src/core/publish/exports.ts).
import { annotationCollectionJson } from '../../core/publish/exports.ts';
import { claimGraph, sourceTexts, urlPrefix } from '../../site/corpus.ts';

export function GET() {
  const json = annotationCollectionJson(claimGraph(), { prefix: urlPrefix, texts: sourceTexts() });
  return new Response(json, { headers: { 'Content-Type': 'application/ld+json' } });
}
