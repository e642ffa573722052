import type { Element } from 'hast';
import type { Handler } from 'mdast-util-to-hast';
import type { Section } from '../../../tree/types.js';

/** `<section>` with its `<h2>` and blocks. */
export const section: Handler = (state, node: Section) => {
  const result: Element = {
    type: 'element',
    tagName: 'section',
    properties: {},
    children: state.wrap(state.all(node), true),
  };
  state.patch(node, result);
  return state.applyData(node, result);
};
