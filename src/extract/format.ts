/**
 * Output formats of `copydesk extract`: JSON (one array), NDJSON (one record a line), CSV
 * (RFC 4180, through csv-stringify) and a readable terminal table.
 */
import { stringify } from 'csv-stringify/sync';
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
 * @param options Table width in columns (default 100; `Infinity` cuts nothing).
 * @returns The text, ending with a newline (empty string for no NDJSON records).
 */
export function formatRecords(
  records: readonly ExtractRecord[],
  kind: ExtractKind,
  format: ExtractFormat,
  options?: { width?: number },
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
      return stringify(
        records.map((record) => columns.map((column) => cell(record, column))),
        { header: true, columns: [...columns], record_delimiter: 'unix' },
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
 * A plain table: a header, a rule, one row per record; the last column (usually the text)
 * takes the remaining width and is cut with an ellipsis. Hand-written: a dozen lines, and no
 * table package handles our "fill the terminal, cut the last column" layout without config.
 */
function table(records: readonly ExtractRecord[], kind: ExtractKind, width: number): string {
  if (records.length === 0) return `no ${kind} found\n`;
  const columns = tableColumns[kind];
  const rows = records.map((record) =>
    columns.map((column) =>
      column === 'place' ? `${record.file}:${record.line ?? '?'}:${record.column ?? '?'}` : cell(record, column),
    ),
  );
  // The place is never cut (it is what you jump to); other columns are capped, the last fills the rest.
  const cap = Number.isFinite(width) ? 40 : Number.POSITIVE_INFINITY;
  const widths = columns.map((column, index) =>
    Math.min(index === 0 ? 200 : cap, Math.max(column.length, ...rows.map((row) => (row[index] ?? '').length))),
  );
  const used = widths.slice(0, -1).reduce((sum, value) => sum + value + 2, 0);
  widths[widths.length - 1] = Math.max(12, Math.min(widths[widths.length - 1] ?? 12, width - used));
  const render = (row: readonly string[]) =>
    row
      .map((value, index) => fitCell(value, widths[index] ?? 10, index === row.length - 1))
      .join('  ')
      .trimEnd();
  const lines = [render(columns), render(widths.map((value) => '─'.repeat(value))), ...rows.map(render)];
  return `${lines.join('\n')}\n`;
}

function fitCell(value: string, width: number, last: boolean): string {
  const clean = value.replace(/\s+/g, ' ');
  if (clean.length > width) return `${clean.slice(0, Math.max(0, width - 1))}…`;
  return last ? clean : clean.padEnd(width);
}
