import type { List, ListItem, Nodes } from 'mdast';
import { all, type FastHandler, type FastState, isSilent, one, unsupported } from '../state.js';

/**
 * `<li>`: in a tight list a paragraph's content goes straight into the item, in a loose one
 * each block gets its own line. Task items (GFM's `checked`), hard breaks, and blocks other
 * than paragraphs that become `<p>` (which the reference would unwrap too) are unsupported.
 */
export const listItem: FastHandler<ListItem> = (state, node, parent, trim) => {
  if (typeof node.checked === 'boolean') {
    unsupported(state, 'task list item');
    return;
  }
  const loose = parent.type === 'list' ? listLoose(state, parent) : false;
  state.out += '<li>';
  let index = 0;
  let tailIsParagraph = false;
  for (const child of node.children as Nodes[]) {
    const type = child.type;
    if (isSilent(type)) continue;
    if (type === 'break' || type === 'byline' || type === 'deck' || type === 'dateline' || type === 'sourceTags') {
      unsupported(state, `${type} in listItem`);
      return;
    }
    const isParagraph = type === 'paragraph';
    if (loose || index !== 0 || !isParagraph) state.out += '\n';
    if (isParagraph && !loose) all(state, child, trim && index === 0);
    else one(state, child, node, false);
    tailIsParagraph = isParagraph;
    index++;
  }
  if (index > 0 && (loose || !tailIsParagraph)) state.out += '\n';
  state.out += '</li>';
};

function listLoose(state: FastState, node: List): boolean {
  let loose = state.looseLists.get(node);
  if (loose === undefined) {
    loose = node.spread === true || node.children.some((item) => listItemLoose(item));
    state.looseLists.set(node, loose);
  }
  return loose;
}

function listItemLoose(node: ListItem): boolean {
  return node.spread === null || node.spread === undefined ? node.children.length > 1 : node.spread;
}
