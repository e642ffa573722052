import type { Text } from 'mdast';
import { textContent } from '../escape.js';
import type { FastHandler } from '../state.js';

/**
 * Text, trimmed around line endings as mdast-util-to-hast's `text` handler does, escaped. A
 * value that is not a string (the reference writes it with `String`) is unsupported. (Set on
 * the state directly: `state.ts` imports this handler, so it imports nothing back from there.)
 */
export const text: FastHandler<Text> = (state, node, _parent, trim) => {
  const value: unknown = node.value;
  if (typeof value === 'string') state.out += textContent(value, trim);
  else state.unsupported ??= 'text without a string value';
};
