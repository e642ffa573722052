/**
 * Output formats of `copydesk extract`: JSON (one array), NDJSON (one record a line), CSV
 * (RFC 4180, through csv-stringify) and a readable terminal table.
 */
import { stringify } from 'csv-stringify/sync';
import { showControls } from '../show-controls.js';
import { cells, displayWidth } from '../terminal-text.js';
import { escapeLineSeparators } from '../write/json-line.js';
import { type ExtractKind, type ExtractRecord, recordColumns } from './records.js';

export const extractFormats = ['json', 'ndjson', 'csv', 'table'] as const;
export type ExtractFormat = (typeof extractFormats)[number];

/**
 * Format records.
 *
 * @param records The records of one kind, from every file.
 * @param kind Their kind (for the columns).
 * @param format The output format.
 * @param options Table width in columns (default 100; `Infinity` cuts nothing); whether CSV
 *   cells that a spreadsheet would run as a formula get a leading `'` (default true).
 * @returns The text, ending with a newline (empty string for no NDJSON records).
 */
export function formatRecords(
  records: readonly ExtractRecord[],
  kind: ExtractKind,
  format: ExtractFormat,
  options?: FormatOptions,
): string {
  const columns = recordColumns[kind];
  switch (format) {
    case 'json':
      return `${JSON.stringify(
        records.map((record) => ordered(record, columns)),
        null,
        2,
      )}\n`;
    case 'ndjson':
      return records.map((record) => `${escapeLineSeparators(JSON.stringify(ordered(record, columns)))}\n`).join('');
    case 'csv':
      // Quoted speech and wire text are written by others: a cell such as `=HYPERLINK(…)` or
      // `@SUM(…)` would run as a formula when the file is opened in a spreadsheet (OWASP "CSV
      // injection"). csv-stringify's `escape_formulas` prefixes such cells with `'`; numbers are
      // passed as numbers so that a negative value keeps its minus sign.
      return stringify(
        records.map((record) => columns.map((column) => csvCell(record, column))),
        {
          header: true,
          columns: [...columns],
          record_delimiter: 'unix',
          escape_formulas: options?.escapeFormulas ?? true,
        },
      );
    case 'table':
      return table(records, kind, options?.width ?? 100);
  }
}

function ordered(record: ExtractRecord, columns: readonly string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const column of columns) result[column] = (record as unknown as Record<string, unknown>)[column];
  return result;
}

/** How `formatRecords` lays records out. */
export interface FormatOptions {
  /** Table width in columns (default 100; `Infinity` cuts nothing). */
  readonly width?: number;
  /**
   * CSV only: give cells that start with `=`, `+`, `-`, `@`, a tab or a carriage return a leading
   * `'`, so a spreadsheet shows them as text instead of running them (default true). Numbers are
   * never changed.
   */
  readonly escapeFormulas?: boolean;
}

/** A CSV cell: numbers stay numbers (for `escape_formulas`), anything else as `cell` gives it. */
function csvCell(record: ExtractRecord, column: string): string | number {
  const value = (record as unknown as Record<string, unknown>)[column];
  return typeof value === 'number' ? value : cell(record, column);
}

function cell(record: ExtractRecord, column: string): string {
  const value = (record as unknown as Record<string, unknown>)[column];
  return value === null || value === undefined ? '' : String(value);
}

/** Columns shown in the terminal table (the rest is in the other formats). */
const tableColumns: Record<ExtractKind, readonly string[]> = {
  quotes: ['place', 'kind', 'speaker', 'cue', 'text'],
  statistics: ['place', 'text', 'value', 'kind', 'unit', 'qualifier', 'source'],
  sources: ['place', 'name', 'role', 'from'],
};

/**
 * A plain table: a header, a rule, one row per record, fitted to the terminal's width (see
 * `fitWidths`), long cells cut with an ellipsis. Hand-written: a few dozen lines, and no table
 * package handles this "fill the terminal, keep the place whole" layout without config.
 */
function table(records: readonly ExtractRecord[], kind: ExtractKind, width: number): string {
  if (records.length === 0) return `no ${kind} found\n`;
  const columns = tableColumns[kind];
  // Cells as the terminal shows them: one line, control characters drawn (see `showControls`),
  // measured in columns, so CJK text and emoji keep the columns aligned.
  const rows = records.map((record) =>
    columns.map((column) => showControls(tableCell(record, column).replace(/\s+/g, ' '))),
  );
  // A loop, not `Math.max(...widths)`: spreading one argument per record overflowed the call
  // stack at about 120,000 records (a long run of quotes or figures), a RangeError.
  const natural = columns.map((column, index) => {
    let widest = column.length;
    for (const row of rows) widest = Math.max(widest, displayWidth(row[index] ?? ''));
    return widest;
  });
  const widths = fitWidths(
    natural,
    // A number cut short reads as another number ("1200000…" for 1,200,000,000): the value column
    // keeps its whole width, as the place does.
    columns.map((column, index) => (column === 'value' ? (natural[index] as number) : column.length)),
    width,
  );
  const render = (row: readonly string[]) =>
    row
      .map((value, index) => fitCell(value, widths[index] ?? 10, index === row.length - 1))
      .join('  ')
      .trimEnd();
  const lines = [render(columns), render(widths.map((value) => '─'.repeat(value))), ...rows.map(render)];
  return `${lines.join('\n')}\n`;
}

/** A cell of the terminal table: the place as `file:line:column`, a range's value as `5–7`. */
function tableCell(record: ExtractRecord, column: string): string {
  if (column === 'place') return `${record.file}:${record.line ?? '?'}:${record.column ?? '?'}`;
  const high = (record as { high?: number | null }).high;
  if (column === 'value' && typeof high === 'number') return `${cell(record, column)}–${high}`;
  return cell(record, column);
}

/** Narrowest a middle column gets before the table is let overflow: its header, or this. */
const narrowestColumn = 8;
/** Narrowest the last column (the text) gets. */
const narrowestText = 12;

/**
 * Column widths that fit the terminal: every column as wide as its content when that fits;
 * otherwise the widest columns give way first, one character at a time, so the text and a long
 * speaker share what is left rather than one of them taking it all; a column stops at its
 * header or `narrowestColumn` (the text at `narrowestText`). The place (first column) is never
 * cut: it is what you jump to. Only a terminal too narrow for all the minimums gets a wider table.
 *
 * @param natural Each column's content width.
 * @param headers Each column's least width: its header's (the value column's whole width).
 * @param width The terminal's width (Infinity when piped).
 * @returns The widths.
 */
function fitWidths(natural: readonly number[], headers: readonly number[], width: number): number[] {
  const widths = [...natural];
  const last = widths.length - 1;
  const floors = widths.map((_, index) =>
    index === last ? narrowestText : Math.max(headers[index] ?? 0, narrowestColumn),
  );
  let total = widths.reduce((sum, value) => sum + value, 0) + 2 * last;
  while (total > width) {
    let widest = -1;
    for (let index = 1; index <= last; index++) {
      if ((widths[index] as number) <= (floors[index] as number)) continue;
      if (widest < 0 || (widths[index] as number) > (widths[widest] as number)) widest = index;
    }
    if (widest < 0) break;
    widths[widest] = (widths[widest] as number) - 1;
    total--;
  }
  return widths;
}

function fitCell(value: string, width: number, last: boolean): string {
  const shown = displayWidth(value);
  if (shown > width) return `${cut(value, Math.max(0, width - 1))}…`;
  return last ? value : value + ' '.repeat(width - shown);
}

/** The start of a text that fits in `columns`, cut between characters, never inside one. */
function cut(text: string, columns: number): string {
  let used = 0;
  for (const cell of cells(text)) {
    if (used + cell.width > columns) return text.slice(0, cell.index);
    used += cell.width;
  }
  return text;
}
