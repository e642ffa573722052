/**
 * The plain-text reader: turns an article in plain text into an mdast root of paragraphs.
 *
 * It knows about layout, not about news: paragraphs are separated by blank lines or start with
 * an indented first line (wire copy) or a numbered list item ("1. First", "2. Second"),
 * hard-wrapped lines are joined with one space, and CRLF, CR, tabs and NBSP are handled. Wire
 * tables, typed in columns, keep their lines as a `code` block (see wire-table.ts). Every text
 * node is registered in the source map so that detectors can split it with exact positions.
 */
import type { Code, Html, Paragraph, Text } from 'mdast';
import { parseByline } from '../detect/byline.js';
import { type Segment, SourceMap } from '../tree/source-map.js';
import type { ArticleRoot } from '../tree/types.js';
import { isColumnRow, tableRowsOfBlocks, tableText } from './wire-table.js';

/** The result of reading: the tree and the map from its text back to the input. */
export interface ReadResult {
  tree: ArticleRoot;
  map: SourceMap;
}

interface Line {
  /** Offset of the first non-blank character. */
  start: number;
  /** Offset after the last non-blank character. */
  end: number;
  /** Width of the leading whitespace (a tab counts as four). */
  indent: number;
}

/**
 * A closing agency line, such as Reuters' " Reuter", often follows the last paragraph without a
 * blank line. The reader splits it off as its own block so that it is not joined into the prose;
 * the source-tags detector decides what it means.
 */
const gluedCreditLine = /^\(?(?:reuters?|ap|afp|upi|dpa|pa|ians|xinhua)\)?$/i;

/** Indentation (in columns) from which a line starts a new paragraph. */
const paragraphIndent = 2;

/**
 * Read plain text into a tree of paragraphs.
 *
 * @param input The article text, decoded. A leading BOM is skipped and not counted in offsets.
 * @returns The tree and its source map.
 */
export function readText(input: string): ReadResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const map = new SourceMap(text);
  const blocks = splitBlocks(scanLines(text), text);
  const children: Array<Paragraph | Html | Code> = [];
  const rows = tableRowsOfBlocks(text, blocks);
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as Line[];
    const table = tableAt(blocks, rows, index, text);
    if (table > 0) {
      const { before, rows, after } = tableParts(blocks.slice(index, index + table).flat(), text);
      if (before.length > 0) children.push(paragraphFromLines(before, text, map));
      children.push(codeFromLines(rows, text, map));
      if (after.length > 0) children.push(paragraphFromLines(after, text, map));
      index += table - 1;
      continue;
    }
    const only = block.length === 1 ? (block[0] as Line) : undefined;
    if (only && isCommentLine(text, only)) {
      children.push({
        type: 'html',
        value: text.slice(only.start, only.end),
        position: map.lines.position(only.start, only.end),
      });
    } else children.push(paragraphFromLines(block, text, map));
  }
  const tree: ArticleRoot = {
    type: 'root',
    children,
    position: map.lines.position(0, text.length),
  };
  return { tree, map };
}

/**
 * Scan lines with `charCodeAt` rather than `split`/regexes: this is the reader's hot loop and
 * it needs offsets anyway. Blank lines come back as `undefined`.
 */
function scanLines(text: string): Array<Line | undefined> {
  const lines: Array<Line | undefined> = [];
  let index = 0;
  const length = text.length;
  const nextLineEnd = lineEndSearch(text);
  while (index <= length) {
    let indent = 0;
    let cursor = index;
    // Leading whitespace: spaces, tabs, NBSP and other Unicode spaces.
    for (; cursor < length; cursor++) {
      const code = text.charCodeAt(cursor);
      if (code === 32 || code === 0xa0) indent++;
      else if (code === 9) indent += 4;
      else if (code === 10 || code === 13 || !isSpaceCode(code)) break;
      else indent++;
    }
    const lineEnd = nextLineEnd(cursor);
    let contentEnd = lineEnd;
    while (contentEnd > cursor && isSpaceCode(text.charCodeAt(contentEnd - 1))) contentEnd--;
    lines.push(contentEnd > cursor ? { start: cursor, end: contentEnd, indent } : undefined);
    if (lineEnd >= length) break;
    index = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  return lines;
}

/**
 * A search for the next line break (LF or CR), asked at offsets that never go back. `indexOf`
 * skips a line far faster than a loop reading each of its characters.
 *
 * @param text The input.
 * @returns A function from an offset to the index of the first LF or CR at or after it, or the
 *   text's length when there is none.
 */
function lineEndSearch(text: string): (from: number) => number {
  // Where each break was last found: -2 before the first search, -1 when none is left.
  let lf = -2;
  let cr = -2;
  return (from) => {
    if (lf !== -1 && lf < from) lf = text.indexOf('\n', from);
    if (cr !== -1 && cr < from) cr = text.indexOf('\r', from);
    if (lf < 0) return cr < 0 ? text.length : cr;
    return cr < 0 || lf < cr ? lf : cr;
  };
}

function splitBlocks(lines: Array<Line | undefined>, text: string): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] | undefined;
  // The line before was a block of its own (a byline, a comment): this one starts the next.
  let afterOwnBlock = false;
  // The number of the last list item since the last blank line ("2" of "2. Second"), or 0.
  let lastMarker = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line) {
      current = undefined;
      lastMarker = 0;
      continue;
    }
    const nextIsBreak = index + 1 >= lines.length || lines[index + 1] === undefined;
    const byline = blocks.length === 1 && current?.length === 1 && isBylineLine(text.slice(line.start, line.end));
    const comment = isCommentLine(text, line);
    const marker = listMarker(text, line);
    const startsNew =
      current === undefined ||
      line.indent >= paragraphIndent ||
      byline ||
      afterOwnBlock ||
      comment ||
      (marker > 0 && isListItem(lines, index, marker, lastMarker, text)) ||
      (nextIsBreak && gluedCreditLine.test(text.slice(line.start, line.end)));
    if (marker > 0) lastMarker = marker;
    afterOwnBlock = byline || comment;
    if (startsNew) {
      current = [line];
      blocks.push(current);
    } else current?.push(line);
  }
  return blocks;
}

/**
 * The number of a line that opens like a numbered list item ("1. First item", "2) Second"): one
 * to three digits, a full stop or a closing parenthesis, a space and more text; else 0.
 */
function listMarker(text: string, line: Line): number {
  let cursor = line.start;
  let value = 0;
  while (cursor < line.end && cursor - line.start < 3) {
    const code = text.charCodeAt(cursor);
    if (code < 48 || code > 57) break;
    value = value * 10 + code - 48;
    cursor++;
  }
  if (cursor === line.start || cursor + 2 >= line.end) return 0;
  const mark = text.charCodeAt(cursor);
  if ((mark !== 46 && mark !== 41) || text.charCodeAt(cursor + 1) !== 32) return 0;
  return value;
}

/**
 * Whether a line that opens like a list item ("2. Second item") is one, and so starts a block of
 * its own instead of being joined to the line above: the item before it (since the last blank
 * line) had the number before, or the next one has the number after. A hard-wrapped sentence
 * that puts a figure at the start of a line ("… peaked in\n1986. Since then …") has no such
 * neighbour, and stays joined.
 */
function isListItem(
  lines: ReadonlyArray<Line | undefined>,
  index: number,
  marker: number,
  lastMarker: number,
  text: string,
): boolean {
  if (lastMarker > 0 && lastMarker === marker - 1) return true;
  for (let next = index + 1; next < lines.length; next++) {
    const line = lines[next];
    if (!line) return false;
    const after = listMarker(text, line);
    if (after > 0) return after === marker + 1;
  }
  return false;
}

/**
 * A byline typed on the line right under the headline, without a blank line between them
 * ("Acme profits soar\nBy Jane Doe"): its own block, as is the line after it, so that it is not
 * joined into the headline and lost. Only the article's second line is asked.
 */
function isBylineLine(line: string): boolean {
  return parseByline(line) !== undefined;
}

/**
 * A line that is one HTML comment and nothing else: a lint directive (`<!-- copydesk-disable
 * dash-style -->`), which the README documents for plain text too. It becomes an `html` node of
 * its own, as in Markdown, so that the writers leave it out of the prose (the HTML sanitizer
 * drops comments; Markdown keeps it as a comment) instead of printing it as text.
 */
function isCommentLine(text: string, line: Line): boolean {
  // The prefix test first: the reader asks this of every line, and a slice only of the few that
  // may be a comment.
  return text.startsWith('<!--', line.start) && isHtmlComment(text.slice(line.start, line.end));
}

/**
 * Whether a text is one HTML comment and nothing else: `<!--`, then `-->` at the end only. The
 * text reader makes such a line an `html` node, and the Markdown reader such a block, and the
 * headline is looked for below them (see detect/index.ts).
 *
 * @param value A line or an `html` node's value.
 * @returns True for a lone comment.
 */
export function isHtmlComment(value: string): boolean {
  return value.startsWith('<!--') && value.length >= 7 && value.indexOf('-->', 4) === value.length - 3;
}

/**
 * How many blocks from `index` on make up a wire table (see wire-table.ts), or 0. A table's rows
 * often start blocks of their own (a row indented like a paragraph's first line), so a table is
 * the run of table blocks with no blank line between them; it needs two rows of columns, so a
 * lone line with a wide gap ("Jun 13.0, Jul 7.0.        REUTER") stays prose.
 */
function tableAt(blocks: readonly Line[][], rows: readonly number[], index: number, text: string): number {
  let tableRows = 0;
  let lines = 0;
  let end = index;
  for (; end < blocks.length && (rows[end] as number) > 0; end++) {
    const block = blocks[end] as Line[];
    if (end > index && !followsDirectly(text, (blocks[end - 1] as Line[]).at(-1) as Line, block[0] as Line)) break;
    tableRows += rows[end] as number;
    lines += block.length;
  }
  return tableRows >= 2 && lines >= 2 ? end - index : 0;
}

/**
 * A table's lines, without the prose that shares a block with its first rows ("Production
 * figures are as follows, in\nmln bpd -" over the first row) and a credit line glued under its
 * last ("REUTER"): they stay paragraphs. A short caption over the rows ("Adjustments --") is
 * the table's own.
 */
function tableParts(lines: Line[], text: string): { before: Line[]; rows: Line[]; after: Line[] } {
  let first = 0;
  while (first < lines.length && !isColumnRow(text, lines[first] as Line)) first++;
  let words = 0;
  for (const line of lines.slice(0, first)) words += text.slice(line.start, line.end).split(/\s+/).length;
  const lead = words >= captionWords ? first : 0;
  const last = lines[lines.length - 1] as Line;
  const tail = gluedCreditLine.test(text.slice(last.start, last.end)) ? 1 : 0;
  return {
    before: lines.slice(0, lead),
    rows: lines.slice(lead, lines.length - tail),
    after: lines.slice(lines.length - tail),
  };
}

/** Words from which lines over a table's first row are prose, not its caption. */
const captionWords = 5;

/** Whether a line starts on the line right after another, with no blank line between them. */
function followsDirectly(text: string, before: Line, after: Line): boolean {
  let breaks = 0;
  for (let index = before.end; index < after.start; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) breaks++;
  }
  return breaks === 1;
}

/**
 * A wire table as an mdast `code` block, with `lang` and `meta` null as remark reads a fenced
 * block without an info string, so the Markdown round trip gives the same node.
 */
function codeFromLines(lines: Line[], text: string, map: SourceMap): Code {
  const first = lines[0] as Line;
  const last = lines[lines.length - 1] as Line;
  return {
    type: 'code',
    lang: null,
    meta: null,
    value: withoutNul(tableText(text, lines)),
    position: map.lines.position(first.start, last.end),
  };
}

function paragraphFromLines(lines: Line[], text: string, map: SourceMap): Paragraph {
  const segments: Segment[] = [];
  let value = '';
  for (const line of lines) {
    if (value) value += ' ';
    segments.push({ from: value.length, at: line.start });
    value += withoutNul(text.slice(line.start, line.end));
  }
  const first = lines[0] as Line;
  const last = lines[lines.length - 1] as Line;
  const position = map.lines.position(first.start, last.end);
  const node: Text = { type: 'text', value, position };
  // A paragraph of one line needs no segments: the source map reads an unregistered node from
  // its position, which starts where its only segment would (a Map insertion per paragraph).
  if (lines.length > 1) map.register(node, segments);
  return { type: 'paragraph', children: [node], position: map.lines.position(first.start, last.end) };
}

/**
 * U+0000 becomes U+FFFD, as CommonMark's reader does: a NUL cannot be written in Markdown (nor
 * safely in HTML), so keeping it would break the round trip. One character for one, so the
 * source map is unchanged.
 */
function withoutNul(line: string): string {
  return line.includes('\u0000') ? line.replaceAll('\u0000', '\uFFFD') : line;
}

/**
 * Whitespace as JavaScript's `\s` sees it, without a regex: the reader's and the detectors'
 * hot loops call it for every character.
 *
 * @param code A UTF-16 code unit.
 * @returns True for whitespace.
 */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
