import type { Nodes, Text } from 'mdast';
import type { Byline } from '../../../../tree/types.js';
import { escapeText, trimLines, trimMarkdownSpaceStart } from '../escape.js';
import { all, type FastHandler, isSilent } from '../state.js';

/**
 * `<p class="byline">`, with each author's name in `<span class="author">` when the byline's
 * only output is one text.
 */
export const byline: FastHandler<Byline> = (state, node, _parent, trim) => {
  state.out += '<p class="byline">';
  const only = onlyText(node);
  if (only) markAuthors(state, trimLines(only.value), node.authors, trim);
  else all(state, node, trim);
  state.out += '</p>';
};

/** The one child that writes anything, when it is a text (a hard break writes two nodes). */
function onlyText(node: Byline): Text | undefined {
  let found: Nodes | undefined;
  for (const child of node.children as Nodes[]) {
    if (isSilent(child.type)) continue;
    if (found || child.type === 'break') return undefined;
    found = child;
  }
  return found?.type === 'text' ? found : undefined;
}

function markAuthors(state: { out: string }, value: string, authors: readonly string[], trim: boolean): void {
  let cursor = 0;
  let first = true;
  for (const author of authors) {
    const at = value.indexOf(author, cursor);
    if (at < 0) continue;
    if (at > cursor) state.out += escapeText(piece(value.slice(cursor, at), first && trim));
    state.out += `<span class="author">${escapeText(author)}</span>`;
    cursor = at + author.length;
    first = false;
  }
  if (cursor < value.length) state.out += escapeText(piece(value.slice(cursor), first && trim));
}

function piece(value: string, trim: boolean): string {
  return trim ? trimMarkdownSpaceStart(value) : value;
}
