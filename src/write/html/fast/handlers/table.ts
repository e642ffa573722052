import type { Nodes, Table, TableRow } from 'mdast';
import { attribute } from '../escape.js';
import { all, type FastHandler, type FastState, unsupported } from '../state.js';

/** The alignments mdast-util-to-hast writes as `align` and the sanitiser keeps. */
const alignments = new Set(['left', 'right', 'center']);

/**
 * A GFM table, as mdast-util-to-hast's `table` and `tableRow` write it: the first row in
 * `<thead>` with `<th>` cells, the others in `<tbody>`, one element per line; each row has as
 * many cells as the table has alignments (missing ones empty, extra ones dropped), each with
 * its column's `align`. Shapes outside that (no rows, a child that is not a row or cell, hast
 * data on one, an alignment the sanitiser would drop) fall back to the reference pipeline.
 */
export const table: FastHandler<Table> = (state, node) => {
  const rows = node.children;
  if (rows.length === 0 || !rows.every((row) => row.type === 'tableRow' && plain(row))) {
    unsupported(state, 'table of that shape');
    return;
  }
  const align = node.align ?? undefined;
  if (align?.some((value) => value !== null && !alignments.has(value))) {
    unsupported(state, 'table alignment');
    return;
  }
  state.out += '<table>\n<thead>\n';
  row(state, rows[0] as TableRow, 'th', align);
  state.out += '\n</thead>';
  if (rows.length > 1) {
    state.out += '\n<tbody>\n';
    for (let index = 1; index < rows.length; index++) {
      if (index > 1) state.out += '\n';
      row(state, rows[index] as TableRow, 'td', align);
    }
    state.out += '\n</tbody>';
  }
  state.out += '\n</table>';
};

function row(state: FastState, node: TableRow, tagName: 'th' | 'td', align: Table['align'] | undefined): void {
  const length = align ? align.length : node.children.length;
  state.out += '<tr>\n';
  for (let index = 0; index < length; index++) {
    const cell = node.children[index];
    if (cell !== undefined && (cell.type !== 'tableCell' || !plain(cell))) {
      unsupported(state, 'table cell of that shape');
      return;
    }
    const value = align?.[index];
    state.out += `<${tagName}${value ? attribute('align', value) : ''}>`;
    if (cell !== undefined) all(state, cell, false);
    state.out += `</${tagName}>\n`;
  }
  state.out += '</tr>';
}

/** A node without the hast data (`hName`, `hProperties`, `hChildren`) that would change its element. */
function plain(node: Nodes): boolean {
  const data = node.data as Record<string, unknown> | undefined;
  return data === undefined || !('hName' in data || 'hProperties' in data || 'hChildren' in data);
}
