import type { Break } from 'mdast';
import type { FastHandler } from '../state.js';

/** `<br>` and a line ending. */
export const hardBreak: FastHandler<Break> = (state) => {
  state.out += '<br>\n';
};
