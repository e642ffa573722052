/**
 * A code frame: the source line of a message with a caret under the offending text, as
 * eslint's and Babel's reporters show it. News paragraphs are often one long line, so the frame
 * shows a window of the line around the message rather than the whole line.
 */
import type { Position } from 'unist';
import { showControls } from '../show-controls.js';
import { type Cell, cells } from '../terminal-text.js';
import type { Colors } from './colors.js';

/** Columns of a line shown around the message. */
const windowWidth = 100;

/** Columns shown before the message when the line is cut. */
const lead = 30;

/**
 * UTF-16 units of the line measured on each side of the message's start: ample for a window of
 * 100 columns, and what keeps a frame cheap on a one-line paragraph of 20,000 characters, where
 * splitting the whole line into grapheme clusters for each message took 150 ms a frame.
 */
const reach = 400;

/** A file's lines, split once for all of its frames (see `sourceLines`). */
export type SourceLines = readonly string[];

/**
 * A file's lines for `codeFrame`. A reporter splits each file once and hands the lines to every
 * frame: splitting the whole file again for each message made `lint` quadratic, 45 s for a
 * 700 KB draft with 20,000 problems.
 *
 * @param source The file's text.
 * @returns Its lines, without line endings.
 */
export function sourceLines(source: string): SourceLines {
  return source.split(/\r\n|\r|\n/);
}

/**
 * Render a code frame.
 *
 * The caret sits under the message's characters as a terminal draws them: CJK and emoji take
 * two columns, combining marks none (display-width.ts), so the caret is placed and the window is
 * cut by columns, and only between grapheme clusters, never inside an emoji or surrogate pair.
 *
 * @param source The file's text, or its lines from `sourceLines` (for many frames of one file).
 * @param place The message's place (columns in UTF-16 code units, as messages print them).
 * @param colors Colour functions (identity functions for no colour).
 * @returns The frame's lines, without a final newline; "" when the place is unknown.
 */
export function codeFrame(source: string | SourceLines, place: Position | undefined, colors: Colors): string {
  if (!place) return '';
  const lines = typeof source === 'string' ? sourceLines(source) : source;
  const lineNumber = place.start.line;
  const raw = lines[lineNumber - 1];
  if (raw === undefined) return '';
  // Tabs would shift the caret by a terminal's tab stops; show them as single spaces. Control
  // characters are drawn as symbols rather than sent to the terminal (see `showControls`).
  const whole = showControls(raw.replace(/\t/g, ' '));
  const wholeStart = Math.min(Math.max(place.start.column - 1, 0), whole.length);
  // Only the part of the line the window can show is measured (see `reach`).
  let offset = Math.max(0, wholeStart - reach);
  if (offset > 0 && isLowSurrogate(whole.charCodeAt(offset))) offset--;
  let limit = Math.min(whole.length, wholeStart + reach);
  if (limit < whole.length && isLowSurrogate(whole.charCodeAt(limit))) limit++;
  const line = whole.slice(offset, limit);
  const startIndex = wholeStart - offset;
  const endIndex =
    place.end.line === lineNumber
      ? Math.min(Math.max(place.end.column - 1 - offset, startIndex), line.length)
      : line.length;
  const row = cells(line);
  // Columns at which each cell starts, with the line's width last.
  const columns: number[] = [0];
  for (const cell of row) columns.push((columns[columns.length - 1] as number) + cell.width);
  const width = columns[row.length] as number;
  const start = cellAt(row, line.length, startIndex, 'start');
  const end = Math.max(cellAt(row, line.length, endIndex, 'end'), start);
  const startColumn = columns[start] as number;
  let from = 0;
  let to = row.length;
  if (width > windowWidth) {
    const fromColumn = Math.max(0, Math.min(startColumn - lead, width - windowWidth));
    while ((columns[from] as number) < fromColumn) from++;
    to = from;
    while (to < row.length && (columns[to + 1] as number) - (columns[from] as number) <= windowWidth) to++;
  }
  const prefix = from > 0 || offset > 0 ? '…' : '';
  const suffix = to < row.length || limit < whole.length ? '…' : '';
  const slice = (first: number, last: number) =>
    line.slice(row[first]?.index ?? line.length, row[last]?.index ?? line.length);
  const shown = prefix + slice(from, to) + suffix;
  const gutter = String(lineNumber);
  const visibleStart = Math.min(Math.max(start, from), to);
  const visibleEnd = Math.min(Math.max(end, visibleStart), to);
  const caretStart = prefix.length + (columns[visibleStart] as number) - (columns[from] as number);
  const caretLength = Math.max(1, (columns[visibleEnd] as number) - (columns[visibleStart] as number));
  return [
    `${colors.red('>')} ${colors.dim(`${gutter} |`)} ${shown}`,
    `  ${' '.repeat(gutter.length)} ${colors.dim('|')} ${' '.repeat(caretStart)}${colors.red('^'.repeat(caretLength))}`,
  ].join('\n');
}

/**
 * The cell a UTF-16 index falls in. An index inside a cluster (a message that starts at a
 * combining mark, say) counts from the cluster's start, or for an end from the cluster's end,
 * so the caret covers the whole character.
 *
 * @param row The line's cells.
 * @param length The line's length in UTF-16 code units.
 * @param index A UTF-16 index into the line.
 * @param side Whether the index starts or ends a range.
 * @returns The index of a cell, or `row.length` for the end of the line.
 */
function cellAt(row: readonly Cell[], length: number, index: number, side: 'start' | 'end'): number {
  if (index >= length) return row.length;
  let low = 0;
  let high = row.length;
  // The first cell that starts after the index.
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((row[middle] as Cell).index <= index) low = middle + 1;
    else high = middle;
  }
  // Cell `low - 1` holds the index; it starts there, or the index is inside it.
  const holder = low - 1;
  if (holder < 0) return 0;
  if (side === 'start' || (row[holder] as Cell).index === index) return holder;
  return low;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
