import type { Statistic } from '../../../../tree/types.js';
import { attribute } from '../escape.js';
import { all, type FastHandler } from '../state.js';

/** `<data value="…">` for a figure, with its kind, unit, range, qualifier and source. */
export const statistic: FastHandler<Statistic> = (state, node, _parent, trim) => {
  let html = `<data class="statistic"${numeral('value', node.value)}${attribute('data-kind', node.kind)}`;
  if (node.high !== null) html += numeral('data-high', node.high);
  if (node.unit) html += attribute('data-unit', node.unit);
  if (node.qualifier) html += attribute('data-qualifier', node.qualifier);
  if (node.source) html += attribute('data-source', node.source);
  state.out += `${html}>`;
  all(state, node, trim);
  state.out += '</data>';
};

/** A number as `String` writes it, which needs no escaping (`NaN` included: it is a string here). */
function numeral(name: string, value: unknown): string {
  return typeof value === 'number' ? ` ${name}="${value}"` : attribute(name, String(value));
}
