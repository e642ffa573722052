import type { Handle } from 'mdast-util-to-markdown';
import type { Section } from '../../../tree/types.js';

/** A section is its heading (`## Heading`) followed by its blocks. */
export const section: Handle = (node: Section, _parent, state, info) => state.containerFlow(node, info);
