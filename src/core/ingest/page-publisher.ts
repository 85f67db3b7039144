// Who publishes a saved page, as the page itself states it: its article's JSON-LD publisher, og:site_name,
// a publisher meta tag, application-name, or the footer's copyright line, most explicit first. Never
// taken from the address or the title: a page that states none has no publisher here.
import { copyrightHolder } from './bylines.ts';
import { hiddenTags, visibleText } from './dom-text.ts';

export interface StatedPublisher {
  name: string;
  /**
   * Where the page states it: "json-ld publisher.name", "og:site_name",
   * "meta publisher", "application-name" or "copyright line".
   */
  from: PublisherSource;
}
export type PublisherSource =
  'json-ld publisher.name' | 'og:site_name' | 'meta publisher' | 'application-name' | 'copyright line';

/** A name a page gives itself: a few words, not an address, a handle or a template placeholder. */
function plausibleName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.replace(/\s+/g, ' ').trim();
  if (name.length < 2 || name.length > 80 || !/\p{L}/u.test(name)) return undefined;
  if (/^(?:https?:|www\.)|[<>{}@]|\.(?:com|org|net|co\.uk)\b.*\//i.test(name)) return undefined;
  return name;
}

/** JSON-LD types whose `publisher` is the page's publisher. */
const articleTypes =
  /^(?:(?:News|Scholarly|Tech|Satirical|Advertiser(?:Content)?|Report(?:age)?|Opinion|Analysis|Background|Review|Ask(?:Public)?)?(?:News)?Article|BlogPosting|LiveBlogPosting|Report)$/;

/** The publisher the page names in its own metadata, most explicit first; null when it names none. */
export function statedPublisher(document: Document): StatedPublisher | null {
  const meta = (selector: string) => plausibleName(document.querySelector(selector)?.getAttribute('content'));
  const found = (name: string | undefined, from: PublisherSource) => (name ? { name, from } : null);
  return (
    found(jsonLdPublisher(document), 'json-ld publisher.name') ??
    found(meta('meta[property="og:site_name"]') ?? meta('meta[name="og:site_name"]'), 'og:site_name') ??
    found(
      meta('meta[name="publisher"]') ??
        meta('meta[property="publisher"]') ??
        meta('meta[name="dc.publisher"]') ??
        meta('meta[name="DC.publisher"]'),
      'meta publisher',
    ) ??
    found(meta('meta[name="application-name"]'), 'application-name') ??
    found(copyrightLine(document), 'copyright line')
  );
}

/**
 * `publisher.name` of the page's article in its JSON-LD (an Article, NewsArticle, BlogPosting…, at the
 * top or in an @graph), following a publisher given by its @id. Unreadable JSON is skipped; the walk
 * is bounded, so a hostile page cannot make it run long.
 */
function jsonLdPublisher(document: Document): string | undefined {
  const nodes: Record<string, unknown>[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    // Objects of the document, breadth first: the top, arrays and @graph, not every nested value.
    const queue: unknown[] = [data];
    for (let index = 0; index < queue.length && index < 1000; index++) {
      const value = queue[index];
      if (Array.isArray(value)) queue.push(...(value as unknown[]).slice(0, 200));
      else if (value && typeof value === 'object') {
        nodes.push(value as Record<string, unknown>);
        const graph = (value as Record<string, unknown>)['@graph'];
        if (graph) queue.push(graph);
      }
    }
  }
  const byId = new Map(
    nodes.filter((node) => typeof node['@id'] === 'string').map((node) => [node['@id'] as string, node]),
  );
  const types = (node: Record<string, unknown>) =>
    [node['@type']].flat().filter((type): type is string => typeof type === 'string');
  for (const node of nodes) {
    if (!types(node).some((type) => articleTypes.test(type.replace(/^(?:https?:\/\/)?schema\.org\//, '')))) continue;
    for (const publisher of [node.publisher].flat()) {
      if (!publisher || typeof publisher !== 'object') continue;
      const entry = publisher as Record<string, unknown>;
      const named =
        plausibleName(entry.name) ??
        (typeof entry['@id'] === 'string' ? plausibleName(byId.get(entry['@id'])?.name) : undefined);
      if (named) return named;
    }
  }
  return undefined;
}

/**
 * The holder a copyright line names ("© 2024 The Daily Example. All rights reserved."): the page's
 * copyright meta tag, else the last such line outside the story (a footer's, not an agency's credit
 * at the end of the article), else the last one anywhere.
 */
function copyrightLine(document: Document): string | undefined {
  const meta = document
    .querySelector('meta[name="copyright"], meta[http-equiv="copyright"], meta[name="dcterms.rightsHolder"]')
    ?.getAttribute('content');
  // The tag is a copyright statement whatever it starts with: "Copyright Ann Woodlief" is one.
  const fromMeta = meta ? holderOf(`© ${meta.replace(/^\s*(?:(?:©|\(c\)|copyright)\s*)+/i, '')}`) : undefined;
  if (fromMeta) return fromMeta;
  const found: { holder: string; inStory: boolean }[] = [];
  const body = document.body ?? document.documentElement;
  if (!body) return undefined;
  // Text nodes in document order, without recursion.
  const stack: Node[] = [body];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      if (!/©|\(c\)|copyright/i.test(node.textContent ?? '')) continue;
      // The line is the element holding the mark, as a reader sees it ("©", "2024", "<a>The Daily Example</a>").
      // (A few hundred characters of it: a copyright line is short, and a page of marks is not read again for each.)
      // From this text node on: "Display Preferences<br>Copyright © 2002 …" is a line of its own.
      const element = visibleText(node.parentNode ?? node, 300).slice(0, 300);
      const own = element.indexOf((node.textContent ?? '').trim());
      const holder = holderOf((own > 0 ? element.slice(own) : element).replace(/\s+/g, ' ').trim());
      if (holder)
        found.push({
          holder,
          inStory: (node.parentElement as Element | null)?.closest?.('article, main, [itemprop="articleBody"]')
            ? true
            : false,
        });
    } else if (node.nodeType === 1 && !hiddenTags.has((node as Element).tagName.toUpperCase())) {
      const children = node.childNodes;
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
    }
  }
  return (found.findLast((line) => !line.inStory) ?? found.at(-1))?.holder;
}

/**
 * Who a copyright line names, when the line starts with its mark (within a few characters) and has ©
 * or a year: "Copyright (c) 2014 X", "© Copyright 2010 X", "© 2012 X — Tweet at me", "Copyright ©
 * 2015 X, Inc. Reproduction of…". "The copyright law was changed" names no one.
 */
function holderOf(line: string): string | undefined {
  const start = line.search(/©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4})/i);
  // The mark opens the line: "Map data ©…" and "Photos ©…" credit someone else's work, not the page's.
  if (start === -1 || start > 20 || /\p{L}/u.test(line.slice(0, start))) return undefined;
  // The marks in any order, as one "©"; the holder ends at a separator or with its sentence.
  const text = line
    .slice(start, start + 200)
    .replace(/^(?:(?:©|\(c\)|copyright)\s*)+/i, '© ')
    .split(/\s+[—–|·•]\s+|\.\s+(?=\p{Lu})/u)[0]!;
  const holder = copyrightHolder(text)?.replace(/^[\s,;:.–—-]+|[\s,;:–—-]+$/gu, '');
  return holder && /\p{L}/u.test(holder) ? plausibleName(holder) : undefined;
}
