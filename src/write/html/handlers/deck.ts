import type { Element } from 'hast';
import type { Handler } from 'mdast-util-to-hast';
import type { Deck } from '../../../tree/types.js';

/** `<p class="deck">` for the standfirst below the headline. */
export const deck: Handler = (state, node: Deck) => {
  const result: Element = {
    type: 'element',
    tagName: 'p',
    properties: { className: ['deck'] },
    children: state.all(node),
  };
  state.patch(node, result);
  return state.applyData(node, result);
};
