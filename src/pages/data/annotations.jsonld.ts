// dist/data/annotations.jsonld: the claims as a W3C Web Annotation collection (see src/core/exports.ts).
import { annotationCollection } from '../../core/exports.ts';
import { permanentUrl, routes } from '../../core/urls.ts';
import { claimGraph } from '../../site/corpus.ts';

export function GET() {
  const collection = annotationCollection(claimGraph(), permanentUrl(routes.annotations(), import.meta.env.BASE_URL));
  return new Response(`${JSON.stringify(collection, null, 2)}\n`, { headers: { 'Content-Type': 'application/ld+json' } });
}
