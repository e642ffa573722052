/**
 * Tree utilities behind copydesk's guarantees: the plain text of a tree (for the lossless
 * check) and a position-free copy (for the round-trip check).
 */
import type { Node } from 'unist';

/**
 * The text of every node in document order, with quotation marks restored from `marks`,
 * blocks separated by a blank line.
 *
 * @param node Any node of an article tree.
 * @returns Its text.
 */
export function treeText(node: Node): string {
  const record = node as Node & { value?: unknown; children?: Node[]; marks?: [string, string]; type: string };
  if (typeof record.value === 'string') return record.value;
  if (!Array.isArray(record.children)) return '';
  const inner = record.children.map(treeText);
  if (record.type === 'quote' && record.marks) return record.marks[0] + inner.join('') + record.marks[1];
  const phrasing = record.children.every((child) => isPhrasing(child.type));
  return inner.join(phrasing ? '' : '\n\n');
}

const phrasingTypes = new Set([
  'text',
  'quote',
  'statistic',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'inlineCode',
  'break',
  'image',
  'imageReference',
  'footnoteReference',
  'html',
]);

function isPhrasing(type: string): boolean {
  return phrasingTypes.has(type) || type === 'dateline';
}

/**
 * A deep copy of a tree without `position` fields (and, optionally, without the root's `data`).
 *
 * @param node A tree.
 * @param options Whether to drop the root's data.
 * @returns The copy.
 */
export function withoutPositions<T>(node: T, options?: { rootData?: boolean }): T {
  const copy = JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value))) as T;
  if (options?.rootData === false && copy && typeof copy === 'object') delete (copy as { data?: unknown }).data;
  return copy;
}

/**
 * Whether two texts have the same non-whitespace characters in the same order: the lossless
 * guarantee allows whitespace and line wrapping to change, nothing else.
 *
 * @param a One text.
 * @param b The other.
 * @returns True when only whitespace differs.
 */
export function sameWords(a: string, b: string): boolean {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}
