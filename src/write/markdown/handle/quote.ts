import type { Handle } from 'mdast-util-to-markdown';
import type { Quote } from '../../../tree/types.js';

/**
 * A quote is written with its own marks and no other markup: the reader finds quotes again,
 * so the Markdown stays as clean as the draft.
 */
export const quote: Handle = (node: Quote, _parent, state, info) => {
  const [open, close] = node.marks;
  const inner = state.containerPhrasing(node, { ...info, before: open, after: close || info.after });
  return open + inner + close;
};
