/**
 * A cap on how deep a Markdown draft's containers nest. CommonMark lets a line open any number of
 * block quotes and list items (`>>>>…> a`, `- - - - … a`) and emphasis nest without end, and the
 * detectors, the writers and unified's utilities walk the tree recursively: about 3,000 levels
 * overflowed the stack (`parse` threw a RangeError on 3,000 `>`; HTML and Markdown output on
 * 3,000 nested emphases). No article nests a tenth as deep, so below `maxNestingDepth` a
 * container's children take its place: the text, its order and its positions stay, only the
 * excess levels go.
 */
import type { Nodes, Parent } from 'mdast';

/** Deepest level of the tree (the root is 0) at which a container is kept. */
export const maxNestingDepth = 100;

/**
 * Flatten block quotes, lists and emphasis nested deeper than `maxNestingDepth`. Iterative, with a stack of its own,
 * since the tree it is given may be too deep for recursion.
 *
 * @param tree A tree from the Markdown parser; changed in place.
 */
export function capNesting(tree: Parent): void {
  const stack: Array<{ node: Parent; depth: number }> = [{ node: tree, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, depth } = item;
    if (depth >= maxNestingDepth) flattenChildren(node);
    for (const child of node.children as Nodes[]) {
      if ('children' in child) stack.push({ node: child as Parent, depth: depth + 1 });
    }
  }
}

/**
 * The containers that can nest without end, and whose children can stand in their place: block
 * quotes and lists (a list item's paragraphs can stand in a block quote) and emphasis (its
 * words in a paragraph). A link keeps its place: links cannot nest.
 */
const nestingTypes = new Set(['blockquote', 'list', 'listItem', 'emphasis', 'strong', 'delete']);

function isNesting(node: Nodes): node is Nodes & Parent {
  return nestingTypes.has(node.type);
}

/** Put each nesting child in its place by its children, until none is left. */
function flattenChildren(node: Parent): void {
  let children = node.children as Nodes[];
  while (children.some(isNesting)) {
    children = children.flatMap((child) => (isNesting(child) ? (child.children as Nodes[]) : [child]));
  }
  node.children = mergeTexts(children) as Parent['children'];
}

/**
 * Join text nodes that flattening left side by side, as the parser gives one text node for a
 * run of plain text: the Markdown output, read back, then gives the same tree.
 */
function mergeTexts(children: Nodes[]): Nodes[] {
  const merged: Nodes[] = [];
  for (const child of children) {
    const last = merged.at(-1);
    if (last?.type === 'text' && child.type === 'text') {
      const position =
        last.position && child.position ? { start: last.position.start, end: child.position.end } : undefined;
      merged[merged.length - 1] = { type: 'text', value: last.value + child.value, ...(position ? { position } : {}) };
    } else merged.push(child);
  }
  return merged;
}
