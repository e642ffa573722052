import type { List } from 'mdast';
import { attribute } from '../escape.js';
import { type FastHandler, wrap } from '../state.js';

/** `<ol start>` or `<ul>` with one item per line. */
export const list: FastHandler<List> = (state, node) => {
  const tagName = node.ordered ? 'ol' : 'ul';
  const start = typeof node.start === 'number' && node.start !== 1 ? attribute('start', node.start) : '';
  state.out += `<${tagName}${start}>`;
  wrap(state, node);
  state.out += `</${tagName}>`;
};
