import type { Text } from 'mdast';
import { textContent } from '../escape.js';
import type { FastHandler } from '../state.js';

/** Text, trimmed around line endings as mdast-util-to-hast's `text` handler does, escaped. */
export const text: FastHandler<Text> = (state, node, _parent, trim) => {
  state.out += textContent(node.value, trim);
};
