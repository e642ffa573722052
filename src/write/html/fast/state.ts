/**
 * The fast writer's state and its two walkers, `one` and `all`, mirroring
 * mdast-util-to-hast's `state.one`/`state.all`/`state.wrap`, but writing HTML text straight
 * into `state.out` instead of building hast.
 */
import type { List, Nodes, Parents } from 'mdast';
import { text } from './handlers/text.js';

/**
 * A handler writes one node's HTML to `state.out`. `trim` asks it to drop the leading spaces
 * and tabs of its first output text, which mdast-util-to-hast does to the node after a hard
 * break (and, for elements, to their first child).
 */
export type FastHandler<Kind extends Nodes = Nodes> = (
  state: FastState,
  node: Kind,
  parent: Parents,
  trim: boolean,
) => void;

/** Handlers by node type. */
export type FastHandlers = ReadonlyMap<string, FastHandler>;

/** The state of one run. */
export interface FastState {
  /** The handlers. */
  readonly handlers: FastHandlers;
  /** The HTML written so far. */
  out: string;
  /**
   * Why the tree cannot be written here (the first node kind or shape met that the fast path
   * does not cover), or undefined. The caller then uses the reference pipeline.
   */
  unsupported: string | undefined;
  /**
   * Whether each list written so far is loose, worked out at its first item: every item asked
   * of all its siblings, quadratic in a long list (57,000 items, 400 KB of Markdown: 14 s, now
   * 0.08 s).
   */
  readonly looseLists: Map<List, boolean>;
}

/**
 * Node kinds mdast-util-to-hast writes as nothing: raw HTML (without `allowDangerousHtml`),
 * definitions and front matter.
 *
 * @param type A node type.
 * @returns True when the node produces no output.
 */
export function isSilent(type: string): boolean {
  return (
    type === 'html' || type === 'definition' || type === 'yaml' || type === 'toml' || type === 'footnoteDefinition'
  );
}

/**
 * Give up on the fast path for this tree.
 *
 * @param state The state.
 * @param reason What was not covered.
 */
export function unsupported(state: FastState, reason: string): void {
  state.unsupported ??= reason;
}

/**
 * Write one node with its handler. A node kind without a fast handler, or a node whose `data`
 * asks mdast-util-to-hast for another element (`hName`, `hProperties`, `hChildren`), is
 * unsupported.
 *
 * @param state The state.
 * @param node The node.
 * @param parent Its parent.
 * @param trim Trim the leading blanks of the node's first output text.
 */
export function one(state: FastState, node: Nodes, parent: Parents, trim: boolean): void {
  if (state.unsupported !== undefined) return;
  const handle = state.handlers.get(node.type);
  if (handle === undefined) {
    unsupported(state, node.type);
    return;
  }
  const data = node.data as Record<string, unknown> | undefined;
  if (data !== undefined && ('hName' in data || 'hProperties' in data || 'hChildren' in data)) {
    unsupported(state, `${node.type} with hast data`);
    return;
  }
  handle(state, node, parent, trim);
}

/**
 * Write the children of a node one after another, as `state.all` does: the text after a hard
 * break loses its leading blanks, and `trim` applies to the first child's output when that is
 * text.
 *
 * @param state The state.
 * @param parent The node whose children to write.
 * @param trim Trim the leading blanks of the first output text.
 */
export function all(state: FastState, parent: Parents, trim: boolean): void {
  let pending = trim;
  let previous = '';
  for (const child of parent.children as Nodes[]) {
    const type = child.type;
    const afterBreak = previous === 'break';
    previous = type;
    // Most children are plain text: written without the handler lookup of `one`.
    if (type === 'text' && child.data === undefined) {
      text(state, child, parent, afterBreak || pending);
    } else if (isSilent(type)) {
      continue;
    } else {
      one(state, child, parent, type !== 'break' && (afterBreak || (pending && type === 'text')));
    }
    pending = false;
  }
}

/**
 * Write the children of a block container one per line, as `state.wrap(state.all(node), true)`
 * does for sections, block quotes and lists. A hard break directly in such a container (two
 * hast nodes, not one) is unsupported.
 *
 * @param state The state.
 * @param parent The container.
 */
export function wrap(state: FastState, parent: Parents): void {
  state.out += '\n';
  let written = false;
  for (const child of parent.children as Nodes[]) {
    if (isSilent(child.type)) continue;
    if (child.type === 'break') {
      unsupported(state, `break in ${parent.type}`);
      return;
    }
    if (written) state.out += '\n';
    one(state, child, parent, false);
    written = true;
  }
  if (written) state.out += '\n';
}
