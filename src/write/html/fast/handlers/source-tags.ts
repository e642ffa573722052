import type { SourceTags } from '../../../../tree/types.js';
import { all, type FastHandler } from '../state.js';

/** `<p class="source-tags">`; the article handler puts these in the `<footer>`. */
export const sourceTags: FastHandler<SourceTags> = (state, node, _parent, trim) => {
  state.out += '<p class="source-tags">';
  all(state, node, trim);
  state.out += '</p>';
};
