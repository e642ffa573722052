import type { Element } from 'hast';
import type { Handler } from 'mdast-util-to-hast';
import type { Statistic } from '../../../tree/types.js';

/** `<data value="…">` for a figure, with its kind, unit, range, qualifier and source. */
export const statistic: Handler = (state, node: Statistic) => {
  const properties: Element['properties'] = {
    className: ['statistic'],
    value: String(node.value),
    dataKind: node.kind,
  };
  if (node.high !== null) properties['dataHigh'] = String(node.high);
  if (node.unit) properties['dataUnit'] = node.unit;
  if (node.qualifier) properties['dataQualifier'] = node.qualifier;
  if (node.source) properties['dataSource'] = node.source;
  const result: Element = { type: 'element', tagName: 'data', properties, children: state.all(node) };
  state.patch(node, result);
  return state.applyData(node, result);
};
