import type { Heading } from 'mdast';
import { all, type FastHandler, unsupported } from '../state.js';

/** `<h1>`…`<h6>`; another depth makes an element the sanitizer unwraps, left to the reference. */
export const heading: FastHandler<Heading> = (state, node, _parent, trim) => {
  const depth: number = node.depth;
  if (!(depth === 1 || depth === 2 || depth === 3 || depth === 4 || depth === 5 || depth === 6)) {
    unsupported(state, `heading of depth ${depth}`);
    return;
  }
  state.out += `<h${depth}>`;
  all(state, node, trim);
  state.out += `</h${depth}>`;
};
