import type { Image } from 'mdast';
import { articleSchema } from '../../sanitize-schema.js';
import { lowerScheme } from '../../url-scheme.js';
import { attribute } from '../escape.js';
import type { FastHandler } from '../state.js';
import { normalizeUri, safeProtocol } from '../uri.js';

const protocols = articleSchema.protocols?.['src'] ?? [];

/** `<img src alt title>`; a `src` with a protocol the sanitize schema does not allow is dropped. */
export const image: FastHandler<Image> = (state, node) => {
  const src = lowerScheme(normalizeUri(node.url));
  let attributes = safeProtocol(src, protocols) ? attribute('src', src) : '';
  if (node.alt !== null && node.alt !== undefined) attributes += attribute('alt', node.alt);
  if (node.title !== null && node.title !== undefined) attributes += attribute('title', node.title);
  state.out += `<img${attributes}>`;
};
