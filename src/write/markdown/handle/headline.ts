import type { Heading } from 'mdast';
import type { Handle } from 'mdast-util-to-markdown';
import type { Headline } from '../../../tree/types.js';

/** A headline is an ATX heading of depth 1: `# Headline`. */
export const headline: Handle = (node: Headline, parent, state, info) => {
  const heading: Heading = { type: 'heading', depth: 1, children: node.children };
  return state.handle(heading, parent, state, info);
};
