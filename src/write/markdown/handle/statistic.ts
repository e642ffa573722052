import type { Handle } from 'mdast-util-to-markdown';
import type { Statistic } from '../../../tree/types.js';

/**
 * A statistic is written as its text; the reader detects it again. A bare number that opens a
 * line and is followed by `.` or `)` ("63. …") would read back as an ordered list marker, and
 * the `.` sits in the next node where the writer's escaping cannot see the digits; so its first
 * digit is written as a character reference, which the reader decodes to the same text.
 */
export const statistic: Handle = (node: Statistic, _parent, state, info) => {
  const value = state.containerPhrasing(node, info);
  const lineStart = info.before === '' || info.before === '\n' || info.before === '\r';
  if (lineStart && /^\d{1,9}$/.test(value) && (info.after === '.' || info.after === ')')) {
    return `&#x${value.charCodeAt(0).toString(16)};${value.slice(1)}`;
  }
  return value;
};
