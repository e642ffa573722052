import type { Nodes, Root, RootContent } from 'mdast';
import { closingMatterStart } from '../../../../detect/source-tags.js';
import { type FastState, isSilent, one, unsupported } from '../state.js';

/** Top-matter kinds that go in the article's `<header>`. */
const headerKinds = new Set<string>(['headline', 'deck', 'byline', 'dateline']);

/**
 * The root: one `<article>`, with the top matter in `<header>` and closing credits in
 * `<footer>`, one block per line, as the reference's root handler does.
 *
 * @param state The state.
 * @param tree The article tree.
 */
export function article(state: FastState, tree: Root): void {
  const children = tree.children;
  let headerEnd = 0;
  while (headerEnd < children.length && headerKinds.has((children[headerEnd] as RootContent).type)) headerEnd++;
  // The credits, and a news site's footer lines under them ("Our Standards: …").
  const footerStart = closingMatterStart(children, headerEnd);
  state.out += '<article>\n';
  if (headerEnd > 0) {
    state.out += '<header>\n';
    blocks(state, tree, 0, headerEnd);
    state.out += '</header>\n';
  }
  blocks(state, tree, headerEnd, footerStart);
  if (footerStart < children.length) {
    state.out += '<footer>\n';
    blocks(state, tree, footerStart, children.length);
    state.out += '</footer>\n';
  }
  state.out += '</article>';
}

/**
 * Root children, one per line. Text and hard breaks at the root are unsupported: the reference
 * drops a text that is a lone line ending there.
 */
function blocks(state: FastState, tree: Root, start: number, end: number): void {
  for (let index = start; index < end; index++) {
    const child = tree.children[index] as Nodes;
    const type = child.type;
    if (isSilent(type)) continue;
    if (type === 'text' || type === 'break') {
      unsupported(state, `${type} in root`);
      return;
    }
    one(state, child, tree, false);
    state.out += '\n';
  }
}
