/**
 * Wire tables: price lists, quota tables and schedules typed with spaces between the columns, as
 * wire copy carries them ("Chicago       --    3.04   2.98"). Joined into a paragraph they
 * become a run-on line of figures; the plain-text reader keeps them as an mdast `code` block
 * instead, mdast's node for preformatted text, so the columns survive into Markdown (a fenced
 * block) and HTML (`<pre>`), and the prose detectors and lint rules leave the figures alone.
 */
import { charSearch } from '../detect/sentences.js';

/** A line of a block, as the plain-text reader scans it. */
export interface TableLine {
  /** Offset of the first non-blank character. */
  readonly start: number;
  /** Offset after the last non-blank character. */
  readonly end: number;
  /** Width of the leading whitespace. */
  readonly indent: number;
}

/**
 * Whether a line reads as a row of columns: two or more gaps of at least two spaces (or a tab)
 * between words, or one gap of three or more. Prose has one space between words, and typed
 * prose two after a full stop at most, so `said.  The` is no column gap.
 *
 * @param text The input.
 * @param line The line.
 * @returns True for a row of columns.
 */
export function isColumnRow(text: string, line: TableLine): boolean {
  let gaps = 0;
  let run = 0;
  for (let index = line.start; index < line.end; index++) {
    const code = text.charCodeAt(index);
    if (code === 32) run++;
    else if (code === 9) run += 2;
    else {
      if (run >= 3 || (run === 2 && ++gaps >= 2)) return true;
      run = 0;
    }
  }
  return false;
}

/**
 * Whether a block of lines is (part of) a table: most of its lines are rows of columns. Lines
 * without gaps may be among them: a header such as "IMPORTS", or a row label wrapped onto two
 * lines ("Baltimore/" over "Norf./Phil.   --    3.06").
 *
 * @param text The input.
 * @param lines The block's lines.
 * @param gaps The input's search for column gaps (`columnGapSearch`), asked at offsets that
 *   never go back, when the caller reads several blocks in order.
 * @returns The number of its lines that are rows of columns when most are, else 0.
 */
export function tableRows(text: string, lines: readonly TableLine[], gaps = columnGapSearch(text)): number {
  let rows = 0;
  let others = 0;
  for (const line of lines) {
    // Only the part from the line's first gap is read: most lines of prose have none.
    const gap = gaps(line.start);
    if (gap >= 0 && gap < line.end && isColumnRow(text, { start: gap, end: line.end, indent: 0 })) rows++;
    // Most lines are no rows: the rest cannot change the answer.
    else if (++others * 2 > lines.length) return 0;
  }
  return rows;
}

/**
 * `tableRows` of each block of an article, in one pass: the first block, the headline, is never
 * a table (0).
 *
 * @param text The input.
 * @param blocks The blocks, in order.
 * @returns The rows of each block.
 */
export function tableRowsOfBlocks(text: string, blocks: ReadonlyArray<readonly TableLine[]>): number[] {
  const gaps = columnGapSearch(text);
  const rows = [0];
  for (let index = 1; index < blocks.length; index++) rows.push(tableRows(text, blocks[index] as TableLine[], gaps));
  return rows;
}

/**
 * A search for the next column gap candidate, two spaces or a tab, which `tableRows` asks before
 * it reads a line character by character: most lines have no such gap, and that scan of every
 * line cut the reader from about 400 to 160 MB/s on the corpus (`readText`, best of 8).
 */
function columnGapSearch(text: string): (from: number) => number {
  return charSearch(text, columnGaps);
}

const columnGaps = ['  ', '\t'];

/**
 * The text of a table block: its lines with their relative indentation, which aligns the
 * columns, and without the indentation they all share.
 *
 * @param text The input.
 * @param lines The table's lines, in order.
 * @returns The lines joined with line feeds.
 */
export function tableText(text: string, lines: readonly TableLine[]): string {
  let shared = Number.POSITIVE_INFINITY;
  for (const line of lines) shared = Math.min(shared, line.indent);
  return lines.map((line) => ' '.repeat(line.indent - shared) + text.slice(line.start, line.end)).join('\n');
}
