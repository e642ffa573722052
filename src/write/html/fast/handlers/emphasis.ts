import type { Emphasis } from 'mdast';
import { all, type FastHandler } from '../state.js';

/** `<em>`. */
export const emphasis: FastHandler<Emphasis> = (state, node, _parent, trim) => {
  state.out += '<em>';
  all(state, node, trim);
  state.out += '</em>';
};
