// HTML element names shared by the two readers of raw pages: ingest's estimate of how deep a page nests
// (ingest/html-depth.ts) and the text a page's anchors count in (publish/source-text.ts).

/**
 * Start tags that end an open <p>, as the HTML parser closes one (the elements of its rule that article
 * pages use). Each is also laid out as a block, so source-text.ts breaks lines around all of them.
 */
export const paragraphClosingElements = [
  'address',
  'article',
  'aside',
  'blockquote',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
] as const;
