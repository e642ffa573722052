import type { ThematicBreak } from 'mdast';
import type { FastHandler } from '../state.js';

/** `<hr>`. */
export const thematicBreak: FastHandler<ThematicBreak> = (state) => {
  state.out += '<hr>';
};
