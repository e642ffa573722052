/**
 * Places for findings about something missing: STYLE B7 asks to point where the missing item
 * belongs, which is an empty range at the start or end of a node.
 */
import type { Node, Position } from 'unist';

/**
 * An empty place at the start of a node.
 *
 * @param node Any node.
 * @returns The place, or undefined without a position.
 */
export function startOf(node: Node | undefined): Position | undefined {
  const start = node?.position?.start;
  return start ? { start: { ...start }, end: { ...start } } : undefined;
}

/**
 * An empty place at the end of a node.
 *
 * @param node Any node.
 * @returns The place, or undefined without a position.
 */
export function endOf(node: Node | undefined): Position | undefined {
  const end = node?.position?.end;
  return end ? { start: { ...end }, end: { ...end } } : undefined;
}

/**
 * The source range of a node, when its position has offsets.
 *
 * @param node Any node.
 * @returns `[start, end)` offsets, or undefined.
 */
export function rangeOf(node: Node | undefined): [number, number] | undefined {
  const start = node?.position?.start.offset;
  const end = node?.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}
