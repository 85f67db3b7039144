// The text of a parsed page's element as a reader sees it, shared by the article reader (html.ts) and the
// publisher it states (page-publisher.ts).

/** Elements whose content a browser never shows as text: source-text.ts drops them from the page's text too. */
export const hiddenTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * An element's text as a reader sees it: its text nodes in order, without what is inside a script,
 * a style, a noscript or a template ("…he said.<script>alert('body')</script>" is "…he said."),
 * walked without recursion, however deep the page nests; read no further than past `limit` characters.
 */
export function visibleText(root: Node, limit = Infinity): string {
  let text = '';
  const stack: Node[] = [root];
  while (stack.length && text.length <= limit) {
    const node = stack.pop()!;
    if (node.nodeType === 3)
      text +=
        limit === Infinity ? (node.textContent ?? '') : (node.textContent ?? '').slice(0, limit + 1 - text.length);
    else if (node.nodeType === 1 && (node === root || !hiddenTags.has((node as Element).tagName.toUpperCase()))) {
      const children = node.childNodes;
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
    }
  }
  return text;
}
