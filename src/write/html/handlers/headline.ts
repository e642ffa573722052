import type { Element } from 'hast';
import type { Handler } from 'mdast-util-to-hast';
import type { Headline } from '../../../tree/types.js';

/** `<h1>` for the headline. */
export const headline: Handler = (state, node: Headline) => {
  const result: Element = { type: 'element', tagName: 'h1', properties: {}, children: state.all(node) };
  state.patch(node, result);
  return state.applyData(node, result);
};
