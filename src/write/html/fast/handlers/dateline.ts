import type { Dateline } from '../../../../tree/types.js';
import { all, type FastHandler } from '../state.js';

/** `<span class="dateline">` at the start of the lead, or `<p class="dateline">` on its own. */
export const dateline: FastHandler<Dateline> = (state, node, parent, trim) => {
  const tagName = parent.type === 'paragraph' ? 'span' : 'p';
  state.out += `<${tagName} class="dateline">`;
  all(state, node, trim);
  state.out += `</${tagName}>`;
};
