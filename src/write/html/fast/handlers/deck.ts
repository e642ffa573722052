import type { Deck } from '../../../../tree/types.js';
import { all, type FastHandler } from '../state.js';

/** `<p class="deck">` for the standfirst. */
export const deck: FastHandler<Deck> = (state, node, _parent, trim) => {
  state.out += '<p class="deck">';
  all(state, node, trim);
  state.out += '</p>';
};
