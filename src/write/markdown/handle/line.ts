import type { Paragraph } from 'mdast';
import type { Handle } from 'mdast-util-to-markdown';
import type { Byline, Dateline, Deck, SourceTags } from '../../../tree/types.js';

/**
 * Blocks written as a plain text line, as they stand in a draft (deck, byline, a dateline on its
 * own line, source tags). The reader finds them again by their text and place, so no markup is
 * needed, and the paragraph handler escapes whatever would read as Markdown.
 */
export const line: Handle = (node: Deck | Byline | Dateline | SourceTags, parent, state, info) => {
  const paragraph: Paragraph = { type: 'paragraph', children: node.children };
  return state.handle(paragraph, parent, state, info);
};
