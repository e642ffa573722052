import type { Quote } from '../../../../tree/types.js';
import { attribute } from '../escape.js';
import { all, type FastHandler } from '../state.js';

/**
 * `<q>` with its kind, speaker, cue and marks in data attributes. The class keeps only the
 * values the sanitize schema allows (`quote`, `direct`, `phrase`), as the sanitizer would.
 */
export const quote: FastHandler<Quote> = (state, node, _parent, trim) => {
  const kind: unknown = node.kind;
  const className = kind === 'direct' || kind === 'phrase' || kind === 'quote' ? `quote ${kind}` : 'quote';
  let attributes = ` class="${className}"${attribute('data-kind', kind)}`;
  if (node.speaker) attributes += attribute('data-speaker', node.speaker);
  if (node.cue) attributes += attribute('data-cue', node.cue);
  attributes += attribute('data-marks', node.marks.join(''));
  state.out += `<q${attributes}>`;
  all(state, node, trim);
  state.out += '</q>';
};
