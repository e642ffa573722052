import type { Handle } from 'mdast-util-to-markdown';
import type { Statistic } from '../../../tree/types.js';

/** A statistic is written as its text; the reader detects it again. */
export const statistic: Handle = (node: Statistic, _parent, state, info) => state.containerPhrasing(node, info);
