/**
 * Small position-free mdast builders for unit tests of detectors and writers.
 */
import type { Heading, Paragraph, PhrasingContent, Text } from 'mdast';

/**
 * A text node.
 *
 * @param value Its text.
 * @returns The node.
 */
export function text(value: string): Text {
  return { type: 'text', value };
}

/**
 * A paragraph of one text node, or of the given phrasing.
 *
 * @param content Text or phrasing nodes.
 * @returns The paragraph.
 */
export function paragraph(content: string | PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children: typeof content === 'string' ? [text(content)] : content };
}

/**
 * A heading of one text node.
 *
 * @param depth Heading depth.
 * @param value Its text.
 * @returns The heading.
 */
export function heading(depth: Heading['depth'], value: string): Heading {
  return { type: 'heading', depth, children: [text(value)] };
}
