// dist/data/sources/<slug>.txt (routes.sourceText): each article's source text, exactly as the
// annotations' selectors count in it (src/core/publish/source-text.ts). It is the article's words, untrusted:
// plain text, served as such by its .txt name on any static host, so nothing in it runs or renders.
import { sourceTexts } from '../../../site/corpus.ts';

export function getStaticPaths() {
  return [...sourceTexts().keys()].map((slug) => ({ params: { slug } }));
}

export function GET({ params }: { params: { slug: string } }) {
  return new Response(sourceTexts().get(params.slug), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
