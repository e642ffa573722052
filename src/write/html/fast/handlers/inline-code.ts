import type { InlineCode } from 'mdast';
import { escapeText, trimMarkdownSpaceStart } from '../escape.js';
import type { FastHandler } from '../state.js';

/** `<code>`, with line endings as spaces. */
export const inlineCode: FastHandler<InlineCode> = (state, node, _parent, trim) => {
  const value = node.value.replace(/\r?\n|\r/g, ' ');
  state.out += `<code>${escapeText(trim ? trimMarkdownSpaceStart(value) : value)}</code>`;
};
