import type { Handle } from 'mdast-util-to-markdown';
import type { Dateline } from '../../../tree/types.js';
import { line } from './line.js';

/** A dateline: its own line when it is a block, its text when it opens the lead paragraph. */
export const dateline: Handle = (node: Dateline, parent, state, info) => {
  if (parent?.type === 'paragraph') return state.containerPhrasing(node, info);
  return line(node, parent, state, info);
};
