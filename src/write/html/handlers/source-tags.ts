import type { Element } from 'hast';
import type { Handler } from 'mdast-util-to-hast';
import type { SourceTags } from '../../../tree/types.js';

/** `<p class="source-tags">`; the article writer puts these in the `<footer>`. */
export const sourceTags: Handler = (state, node: SourceTags) => {
  const result: Element = {
    type: 'element',
    tagName: 'p',
    properties: { className: ['source-tags'] },
    children: state.all(node),
  };
  state.patch(node, result);
  return state.applyData(node, result);
};
