import type { Headline } from '../../../../tree/types.js';
import { all, type FastHandler } from '../state.js';

/** `<h1>` for the headline. */
export const headline: FastHandler<Headline> = (state, node, _parent, trim) => {
  state.out += '<h1>';
  all(state, node, trim);
  state.out += '</h1>';
};
