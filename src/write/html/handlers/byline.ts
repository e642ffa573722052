import type { Element, ElementContent } from 'hast';
import type { Handler } from 'mdast-util-to-hast';
import type { Byline } from '../../../tree/types.js';

/**
 * `<p class="byline">`, with each author's name in `<span class="author">` when the byline is
 * plain text, so styles and scrapers can find the names.
 */
export const byline: Handler = (state, node: Byline) => {
  const children = state.all(node);
  const only = children.length === 1 ? children[0] : undefined;
  const result: Element = {
    type: 'element',
    tagName: 'p',
    properties: { className: ['byline'] },
    children: only?.type === 'text' ? markAuthors(only.value, node.authors) : children,
  };
  state.patch(node, result);
  return state.applyData(node, result);
};

function markAuthors(value: string, authors: readonly string[]): ElementContent[] {
  const result: ElementContent[] = [];
  let cursor = 0;
  for (const author of authors) {
    const at = value.indexOf(author, cursor);
    if (at < 0) continue;
    if (at > cursor) result.push({ type: 'text', value: value.slice(cursor, at) });
    result.push({
      type: 'element',
      tagName: 'span',
      properties: { className: ['author'] },
      children: [{ type: 'text', value: author }],
    });
    cursor = at + author.length;
  }
  if (cursor < value.length) result.push({ type: 'text', value: value.slice(cursor) });
  return result;
}
