import type { Paragraph } from 'mdast';
import { all, type FastHandler } from '../state.js';

/** `<p>`. */
export const paragraph: FastHandler<Paragraph> = (state, node, _parent, trim) => {
  state.out += '<p>';
  all(state, node, trim);
  state.out += '</p>';
};
