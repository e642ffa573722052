import type { Blockquote } from 'mdast';
import { type FastHandler, wrap } from '../state.js';

/** `<blockquote>` with its blocks, one per line. */
export const blockquote: FastHandler<Blockquote> = (state, node) => {
  state.out += '<blockquote>';
  wrap(state, node);
  state.out += '</blockquote>';
};
