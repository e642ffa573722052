/**
 * The unified diff of a text and its fixed version (`--fix-dry-run`), in time linear in the
 * text and the changes. Written here rather than left to jsdiff's `createTwoFilesPatch`, which
 * diffs the whole files with Myers' algorithm, O((N + M) · D): a draft of 10,000 fixed lines took
 * 17 s, one of 10,000 fixed paragraphs 51 s. No library we know of builds a diff from changes
 * already known, and fixing knows them (`changesOfFix`): this module widens them to whole lines,
 * builds the hunks the way jsdiff builds them from its diff (same context, same merging of close
 * hunks, same "\ No newline at end of file") and leaves the headers and the formatting to
 * jsdiff's `formatPatch`. Where lines could be aligned in more than one way (a fixed line that
 * reads as the line beside it), jsdiff itself diffs a window of lines around the change.
 *
 * The output is the bytes `createTwoFilesPatch` writes for drafts (compared on generated drafts
 * in tests/lint/fix-patch.test.ts, on the fixtures in tests/cli/lint.test.ts). Only where changes
 * are packed among many alike lines (fixed lines alternating with already fixed copies) can a
 * whole-file diff pick an alignment of the same length that a window does not see; the diff then
 * differs from jsdiff's, is as short, and applies as exactly.
 */
import { diffLines, formatPatch, type StructuredPatchHunk } from 'diff';
import type { TextChange } from './fix.js';

/** Lines of context around each change: jsdiff's default, which the output had so far. */
const context = 4;

/**
 * Unchanged lines on each side of a place that could be aligned in more than one way, diffed
 * with it by jsdiff: far more than the runs of equal lines (blank lines) a change slides along.
 */
const margin = 16;

/** Lines jsdiff diffs at once at most: Myers' time grows with their square. */
const maxWindow = 500;

/** A stretch of lines: the same in both texts, removed from the old one, or added in the new. */
interface Part {
  readonly kind: 'same' | 'removed' | 'added';
  /** First line, in the old text (same, removed) or the new one (added). */
  readonly line: number;
  readonly count: number;
}

/** Where the two texts differ, in whole lines: `oldStart`–`oldEnd` of the old lines became `newStart`–`newEnd`. */
interface LineChange {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
  /** Whether its lines could be aligned with lines around it in more than one way. */
  ambiguous: boolean;
}

/**
 * A unified diff of a text and its fixed version: what jsdiff's
 * `createTwoFilesPatch(oldFileName, newFileName, oldText, newText)` writes, in linear time,
 * given where they differ.
 *
 * @param oldFileName Name on the `---` line.
 * @param newFileName Name on the `+++` line.
 * @param oldText The text.
 * @param newText The fixed text.
 * @param changes Where they differ, in order (`changesOfFix`, moved by any prefix given to both texts).
 * @returns The diff.
 */
export function createFixPatch(
  oldFileName: string,
  newFileName: string,
  oldText: string,
  newText: string,
  changes: readonly TextChange[],
): string {
  const oldLines = splitLines(oldText);
  const newLines = splitLines(newText);
  const lineChanges = toLines(changes, oldText, newText, oldLines.starts, newLines.starts);
  const parts = partsOf(lineChanges, oldLines.lines, newLines.lines);
  return formatPatch({
    oldFileName,
    newFileName,
    oldHeader: undefined,
    newHeader: undefined,
    hunks: hunksOf(parts, oldLines.lines, newLines.lines),
  });
}

/** Lines as jsdiff's line diff cuts them: each with its line break, `\n` or `\r\n`; none empty. */
function splitLines(text: string): { lines: string[]; starts: number[] } {
  const lines: string[] = [];
  const starts: number[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline + 1;
    starts.push(start);
    lines.push(text.slice(start, end));
    start = end;
  }
  return { lines, starts };
}

function atLineStart(text: string, offset: number): boolean {
  return offset === 0 || text.charCodeAt(offset - 1) === 10;
}

/**
 * The changes widened to whole lines and merged where they share a line or are on adjacent
 * lines (a diff shows those as one block). Between two changes the texts are the same, so a line
 * start found in one is one in the other, as far from the change. Each stretch of text is
 * scanned for line breaks at most twice, also with thousands of changes on one long line.
 */
function toLines(
  changes: readonly TextChange[],
  oldText: string,
  newText: string,
  oldStarts: readonly number[],
  newStarts: readonly number[],
): LineChange[] {
  const merged: Array<{ oldStart: number; oldEnd: number; newStart: number; newEnd: number }> = [];
  let index = 0;
  while (index < changes.length) {
    const first = changes[index] as TextChange;
    const oldStart = first.oldStart === 0 ? 0 : oldText.lastIndexOf('\n', first.oldStart - 1) + 1;
    const newStart = first.newStart - (first.oldStart - oldStart);
    // The end of the line the changes so far end on (a line start, or the end of the text).
    let oldEnd = -1;
    let newEnd = -1;
    for (;;) {
      const last = changes[index] as TextChange;
      index++;
      if (last.oldEnd < oldEnd) {
        newEnd = last.newEnd + (oldEnd - last.oldEnd);
      } else if (atLineStart(oldText, last.oldEnd) && atLineStart(newText, last.newEnd)) {
        oldEnd = last.oldEnd;
        newEnd = last.newEnd;
      } else {
        const newline = oldText.indexOf('\n', last.oldEnd);
        oldEnd = newline < 0 ? oldText.length : newline + 1;
        newEnd = last.newEnd + (oldEnd - last.oldEnd);
      }
      const next = changes[index];
      // The next change joins if it starts on this line or the one after it.
      if (next === undefined || (next.oldStart > oldEnd && oldText.lastIndexOf('\n', next.oldStart - 1) >= oldEnd)) {
        break;
      }
    }
    merged.push({ oldStart, oldEnd, newStart, newEnd });
  }
  // Offsets to line numbers: the offsets are line starts (or the end), in order.
  const lineChanges: LineChange[] = [];
  let oldLine = 0;
  let newLine = 0;
  const lineOf = (starts: readonly number[], from: number, offset: number) => {
    let line = from;
    while (line < starts.length && (starts[line] as number) < offset) line++;
    return line;
  };
  for (const change of merged) {
    const oldStart = lineOf(oldStarts, oldLine, change.oldStart);
    const oldEnd = lineOf(oldStarts, oldStart, change.oldEnd);
    const newStart = lineOf(newStarts, newLine, change.newStart);
    const newEnd = lineOf(newStarts, newStart, change.newEnd);
    lineChanges.push({ oldStart, oldEnd, newStart, newEnd, ambiguous: false });
    oldLine = oldEnd;
    newLine = newEnd;
  }
  return lineChanges;
}

/**
 * The texts as stretches of same, removed and added lines, as jsdiff's line diff gives them.
 * Lines both texts have at the start or end of a change are the same (a diff matches them).
 * Each change is then its old lines removed and its new lines added, which is the only shortest
 * diff unless one of its lines is also a line near it: a fixed line that reads as the line after
 * it, say, where either could be kept as the same. Those few places are diffed with jsdiff, on
 * the lines around them; lines alike far apart do not give a diff as short.
 */
function partsOf(changes: LineChange[], oldLines: readonly string[], newLines: readonly string[]): Part[] {
  for (const change of changes) {
    while (
      change.oldStart < change.oldEnd &&
      change.newStart < change.newEnd &&
      oldLines[change.oldStart] === newLines[change.newStart]
    ) {
      change.oldStart++;
      change.newStart++;
    }
    while (
      change.oldEnd > change.oldStart &&
      change.newEnd > change.newStart &&
      oldLines[change.oldEnd - 1] === newLines[change.newEnd - 1]
    ) {
      change.oldEnd--;
      change.newEnd--;
    }
    change.ambiguous = isAmbiguous(change, oldLines, newLines);
  }
  const parts: Part[] = [];
  const same = (line: number, count: number) => {
    if (count === 0) return;
    const last = parts[parts.length - 1];
    if (last?.kind === 'same') parts[parts.length - 1] = { kind: 'same', line: last.line, count: last.count + count };
    else parts.push({ kind: 'same', line, count });
  };
  // Old line up to which the parts are built; between changes the lines are the same.
  let oldLine = 0;
  let index = 0;
  while (index < changes.length) {
    const change = changes[index] as LineChange;
    if (!change.ambiguous) {
      same(oldLine, change.oldStart - oldLine);
      if (change.oldEnd > change.oldStart)
        parts.push({ kind: 'removed', line: change.oldStart, count: change.oldEnd - change.oldStart });
      if (change.newEnd > change.newStart)
        parts.push({ kind: 'added', line: change.newStart, count: change.newEnd - change.newStart });
      oldLine = change.oldEnd;
      index++;
      continue;
    }
    // A window of `margin` lines around the change, taking in the changes it reaches, up to
    // `maxWindow` lines; beyond that the change keeps its plain diff, which also applies.
    let last = index;
    while (last + 1 < changes.length) {
      const next = changes[last + 1] as LineChange;
      if (next.oldStart - (changes[last] as LineChange).oldEnd > 2 * margin) break;
      if (next.oldEnd - change.oldStart + next.newEnd - change.newStart > maxWindow - 4 * margin) break;
      last++;
    }
    const lastChange = changes[last] as LineChange;
    const before = Math.min(margin, change.oldStart - oldLine);
    const nextChange = changes[last + 1];
    const after = Math.min(margin, (nextChange?.oldStart ?? oldLines.length) - lastChange.oldEnd);
    const oldFrom = change.oldStart - before;
    const newFrom = change.newStart - before;
    const oldTo = lastChange.oldEnd + after;
    const newTo = lastChange.newEnd + after;
    if (oldTo - oldFrom + newTo - newFrom > maxWindow) {
      change.ambiguous = false;
      continue;
    }
    same(oldLine, oldFrom - oldLine);
    let oldAt = oldFrom;
    let newAt = newFrom;
    const diff = diffLines(oldLines.slice(oldFrom, oldTo).join(''), newLines.slice(newFrom, newTo).join(''));
    for (const component of diff) {
      const count = component.count;
      if (component.added) {
        parts.push({ kind: 'added', line: newAt, count });
        newAt += count;
      } else if (component.removed) {
        parts.push({ kind: 'removed', line: oldAt, count });
        oldAt += count;
      } else {
        same(oldAt, count);
        oldAt += count;
        newAt += count;
      }
    }
    oldLine = oldTo;
    index = last + 1;
  }
  same(oldLine, oldLines.length - oldLine);
  return parts;
}

/**
 * Whether a change's lines could be aligned in more than one way: one of its old or new lines is
 * one of the other side's, or one of the `margin` lines before or after it on either side.
 */
function isAmbiguous(change: LineChange, oldLines: readonly string[], newLines: readonly string[]): boolean {
  const removed = new Set(oldLines.slice(change.oldStart, change.oldEnd));
  const added = new Set(newLines.slice(change.newStart, change.newEnd));
  for (const line of added) if (removed.has(line)) return true;
  for (let offset = 1; offset <= margin; offset++) {
    const oldAround = [oldLines[change.oldStart - offset], oldLines[change.oldEnd + offset - 1]];
    const newAround = [newLines[change.newStart - offset], newLines[change.newEnd + offset - 1]];
    for (const line of oldAround) if (line !== undefined && (added.has(line) || removed.has(line))) return true;
    for (const line of newAround) if (line !== undefined && (removed.has(line) || added.has(line))) return true;
  }
  return false;
}

/**
 * The hunks of a diff given as parts: jsdiff's `structuredPatch` step for step (a hunk opens
 * with up to `context` same lines before a change, takes in same stretches of at most
 * 2 · `context` lines between changes, and closes with up to `context` same lines; a line
 * without a line break is followed by "\ No newline at end of file").
 */
function hunksOf(
  parts: readonly Part[],
  oldLines: readonly string[],
  newLines: readonly string[],
): StructuredPatchHunk[] {
  const hunks: StructuredPatchHunk[] = [];
  let oldRangeStart = 0;
  let newRangeStart = 0;
  let lines: string[] = [];
  let oldLine = 1;
  let newLine = 1;
  const sameLines = (part: Part, from: number, to: number) => {
    for (let line = part.line + from; line < part.line + to; line++) lines.push(` ${oldLines[line] as string}`);
  };
  // jsdiff appends an empty same stretch to close the last hunk.
  const all = [...parts, { kind: 'same', line: oldLines.length, count: 0 } satisfies Part];
  for (let index = 0; index < all.length; index++) {
    const part = all[index] as Part;
    if (part.kind !== 'same') {
      if (!oldRangeStart) {
        const previous = all[index - 1];
        oldRangeStart = oldLine;
        newRangeStart = newLine;
        if (previous) {
          const count = Math.min(context, previous.count);
          sameLines(previous, previous.count - count, previous.count);
          oldRangeStart -= count;
          newRangeStart -= count;
        }
      }
      const source = part.kind === 'added' ? newLines : oldLines;
      const sign = part.kind === 'added' ? '+' : '-';
      for (let line = part.line; line < part.line + part.count; line++) lines.push(sign + (source[line] as string));
      if (part.kind === 'added') newLine += part.count;
      else oldLine += part.count;
    } else {
      if (oldRangeStart) {
        if (part.count <= context * 2 && index < all.length - 2) {
          sameLines(part, 0, part.count);
        } else {
          const count = Math.min(part.count, context);
          sameLines(part, 0, count);
          hunks.push({
            oldStart: oldRangeStart,
            oldLines: oldLine - oldRangeStart + count,
            newStart: newRangeStart,
            newLines: newLine - newRangeStart + count,
            lines: withoutLineBreaks(lines),
          });
          oldRangeStart = 0;
          newRangeStart = 0;
          lines = [];
        }
      }
      oldLine += part.count;
      newLine += part.count;
    }
  }
  return hunks;
}

/** A hunk's lines without their `\n`, with jsdiff's marker after a line that had none. */
function withoutLineBreaks(lines: readonly string[]): string[] {
  const result: string[] = [];
  for (const line of lines) {
    if (line.endsWith('\n')) result.push(line.slice(0, -1));
    else result.push(line, '\\ No newline at end of file');
  }
  return result;
}
