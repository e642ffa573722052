import type { Handle } from 'mdast-util-to-markdown';
import type { Quote } from '../../../tree/types.js';

/**
 * A quote is written with its own marks and no other markup: the reader finds quotes again,
 * so the Markdown stays as clean as the draft.
 */
const writeQuote: Handle = (node: Quote, _parent, state, info) => {
  const [open, close] = node.marks;
  const inner = state.containerPhrasing(node, { ...info, before: open, after: close || info.after });
  return open + inner + close;
};

/**
 * The first character of a quote, which the writer asks of the node before it (`peek`): its
 * opening mark. Without `peek` the writer wrote the whole quote to find it, then again for real,
 * at every level of quotes within quotes: 200 KB of nested quotes took 42 s, now 0.02 s.
 */
const peekQuote: Handle = (node: Quote, parent, state, info) => node.marks[0] || writeQuote(node, parent, state, info);

export const quote: Handle & { peek: Handle } = Object.assign(writeQuote, { peek: peekQuote });
