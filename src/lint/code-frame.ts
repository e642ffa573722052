/**
 * A code frame: the source line of a message with a caret under the offending text, as
 * eslint's and Babel's reporters show it. News paragraphs are often one long line, so the frame
 * shows a window of the line around the message rather than the whole line.
 */
import type { Position } from 'unist';
import type { Colors } from './colors.js';

/** Characters of a line shown around the message. */
const windowWidth = 100;

/**
 * Render a code frame.
 *
 * @param source The file's text.
 * @param place The message's place.
 * @param colors Colour functions (identity functions for no colour).
 * @returns The frame's lines, without a final newline; "" when the place is unknown.
 */
export function codeFrame(source: string, place: Position | undefined, colors: Colors): string {
  if (!place) return '';
  const lines = source.split(/\r\n|\r|\n/);
  const lineNumber = place.start.line;
  const line = lines[lineNumber - 1];
  if (line === undefined) return '';
  const startColumn = place.start.column - 1;
  const endColumn = place.end.line === lineNumber ? Math.max(place.end.column - 1, startColumn + 1) : line.length;
  let from = 0;
  let to = line.length;
  if (line.length > windowWidth) {
    from = Math.max(0, Math.min(startColumn - 30, line.length - windowWidth));
    to = Math.min(line.length, from + windowWidth);
  }
  const prefix = from > 0 ? '…' : '';
  const suffix = to < line.length ? '…' : '';
  // Tabs would shift the caret; show them as single spaces.
  const shown = prefix + line.slice(from, to).replace(/\t/g, ' ') + suffix;
  const gutter = String(lineNumber);
  const caretStart = prefix.length + Math.max(0, startColumn - from);
  const caretLength = Math.max(1, Math.min(endColumn, to) - Math.max(startColumn, from));
  return [
    `${colors.red('>')} ${colors.dim(`${gutter} |`)} ${shown}`,
    `  ${' '.repeat(gutter.length)} ${colors.dim('|')} ${' '.repeat(caretStart)}${colors.red('^'.repeat(caretLength))}`,
  ].join('\n');
}
