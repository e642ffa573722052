import type { Strong } from 'mdast';
import { all, type FastHandler } from '../state.js';

/** `<strong>`. */
export const strong: FastHandler<Strong> = (state, node, _parent, trim) => {
  state.out += '<strong>';
  all(state, node, trim);
  state.out += '</strong>';
};
