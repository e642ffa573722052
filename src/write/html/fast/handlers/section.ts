import type { Section } from '../../../../tree/types.js';
import { type FastHandler, wrap } from '../state.js';

/** `<section>` with its `<h2>` and blocks, one per line. */
export const section: FastHandler<Section> = (state, node) => {
  state.out += '<section>';
  wrap(state, node);
  state.out += '</section>';
};
