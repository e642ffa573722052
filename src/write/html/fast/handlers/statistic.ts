import type { Statistic } from '../../../../tree/types.js';
import { attribute } from '../escape.js';
import { all, type FastHandler } from '../state.js';

/** `<data value="…">` for a figure, with its kind, unit, range, qualifier and source. */
export const statistic: FastHandler<Statistic> = (state, node, _parent, trim) => {
  let attributes = ` class="statistic"${attribute('value', String(node.value))}${attribute('data-kind', node.kind)}`;
  if (node.high !== null) attributes += attribute('data-high', String(node.high));
  if (node.unit) attributes += attribute('data-unit', node.unit);
  if (node.qualifier) attributes += attribute('data-qualifier', node.qualifier);
  if (node.source) attributes += attribute('data-source', node.source);
  state.out += `<data${attributes}>`;
  all(state, node, trim);
  state.out += '</data>';
};
