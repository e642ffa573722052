import type { Element } from 'hast';
import type { Handler } from 'mdast-util-to-hast';
import type { Dateline } from '../../../tree/types.js';

/** `<span class="dateline">` at the start of the lead, or `<p class="dateline">` on its own. */
export const dateline: Handler = (state, node: Dateline, parent) => {
  const result: Element = {
    type: 'element',
    tagName: parent?.type === 'paragraph' ? 'span' : 'p',
    properties: { className: ['dateline'] },
    children: state.all(node),
  };
  state.patch(node, result);
  return state.applyData(node, result);
};
