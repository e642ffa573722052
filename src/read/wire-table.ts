/**
 * Wire tables: price lists, quota tables and schedules typed with spaces between the columns, as
 * wire copy carries them ("Chicago       --    3.04   2.98"). Joined into a paragraph they
 * become a run-on line of figures; the plain-text reader keeps them as an mdast `code` block
 * instead, mdast's node for preformatted text, so the columns survive into Markdown (a fenced
 * block) and HTML (`<pre>`), and the prose detectors and lint rules leave the figures alone.
 */

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
 * @param gaps The input's `gapSearch`, when the caller has one.
 * @returns The number of its lines that are rows of columns when most are, else 0.
 */
export function tableRows(text: string, lines: readonly TableLine[], gaps = gapSearch(text)): number {
  let rows = 0;
  let others = 0;
  for (const line of lines) {
    // Only the part from the line's first gap is read: most lines of prose have none.
    const gap = gaps(line.start);
    if (gap < line.end && isColumnRow(text, { start: gap, end: line.end, indent: 0 })) rows++;
    // Most lines are no rows: the rest cannot change the answer.
    else if (++others * 2 > lines.length) return 0;
  }
  return rows;
}

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

/**
 * A search for the next column gap candidate (two spaces or a tab), for offsets asked mostly in
 * order: an answer is kept until an offset past it is asked, so the text is scanned once. The
 * reader asks it of every block before reading the block's lines character by
 * character: most blocks have no such gap, and that per-character scan of every line cut the
 * reader from about 400 to 160 MB/s on the corpus (`readText`, best of 8).
 *
 * @param text The input.
 * @returns A function from an offset to the index of the first gap at or after it, or the
 *   text's length when there is none.
 */
export function gapSearch(text: string): (from: number) => number {
  // Where each was last found: -2 before the first search, -1 when none is left.
  let spaces = -2;
  let tab = -2;
  let asked = 0;
  return (from) => {
    // Asked again before the last offset (a run of blocks that was no table): search afresh.
    if (from < asked) spaces = tab = -2;
    asked = from;
    if (spaces !== -1 && spaces < from) spaces = text.indexOf('  ', from);
    if (tab !== -1 && tab < from) tab = text.indexOf('\t', from);
    if (spaces < 0) return tab < 0 ? text.length : tab;
    return tab < 0 || spaces < tab ? spaces : tab;
  };
}
