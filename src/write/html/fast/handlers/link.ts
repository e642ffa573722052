import type { Link } from 'mdast';
import { articleSchema } from '../../sanitize-schema.js';
import { lowerScheme } from '../../url-scheme.js';
import { attribute } from '../escape.js';
import { all, type FastHandler } from '../state.js';
import { normalizeUri, safeProtocol } from '../uri.js';

const protocols = articleSchema.protocols?.['href'] ?? [];

/** `<a href title>`; an `href` with a protocol the sanitize schema does not allow is dropped. */
export const link: FastHandler<Link> = (state, node, _parent, trim) => {
  const href = lowerScheme(normalizeUri(node.url));
  let attributes = safeProtocol(href, protocols) ? attribute('href', href) : '';
  if (node.title !== null && node.title !== undefined) attributes += attribute('title', node.title);
  state.out += `<a${attributes}>`;
  all(state, node, trim);
  state.out += '</a>';
};
