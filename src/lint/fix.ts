/**
 * Applying fixes. A fix is data (edits at source offsets) until here; this module applies the
 * non-overlapping ones and re-lints, because one fix can reveal another (a dash fix that adds
 * a space next to an existing one). It stops when nothing changes, so fixing is idempotent:
 * running it on its own output changes nothing.
 */
import { optionsRecord } from '../options.js';
import { type ParseOptions, parse } from '../parse.js';
import { LineIndex } from '../tree/source-map.js';
import { type LintOptions, lint } from './engine.js';
import type { Fix, LintMessage, TextEdit } from './types.js';

/** The result of applying one round of fixes. */
export interface AppliedFixes {
  /** The text with the fixes applied. */
  readonly output: string;
  /** How many fixes were applied (each may have several edits). */
  readonly applied: number;
  /** The edits applied, in text order, at offsets of the source. */
  readonly edits: readonly TextEdit[];
}

/**
 * Apply the fixes of some messages to a text. A fix whose edits overlap an earlier fix's is
 * left for a later round, so every fix applies whole or not at all.
 *
 * @param source The text the messages were found in.
 * @param messages Messages, some with fixes.
 * @returns The fixed text and the number of fixes applied.
 */
export function applyFixes(source: string, messages: readonly LintMessage[]): AppliedFixes {
  const fixes = messages.flatMap((message) => (message.fix ? [message.fix] : [])).sort(compareFixes);
  // Accepted edits, kept sorted by start: no two of them overlap, so their ends are in order too
  // and an edit is checked against its neighbours only (binary search), and the output is built
  // in one pass. Checking each fix against every accepted edit, and splicing each edit into the
  // whole text, were both quadratic: 40,000 ellipses in one paragraph (200 KB) took 25 s to fix,
  // now 0.8 s.
  const accepted: TextEdit[] = [];
  let applied = 0;
  for (const fix of fixes) {
    if (fix.edits.some((edit, index) => overlapsAccepted(accepted, edit) || overlapsEarlier(fix.edits, index)))
      continue;
    if (fix.edits.some((edit) => edit.start < 0 || edit.end > source.length || edit.end < edit.start)) continue;
    for (const edit of fix.edits) accepted.splice(insertionIndex(accepted, edit), 0, edit);
    applied++;
  }
  const parts: string[] = [];
  let from = 0;
  for (const edit of accepted) {
    parts.push(source.slice(from, edit.start), edit.text);
    from = edit.end;
  }
  parts.push(source.slice(from));
  return { output: parts.join(''), applied, edits: accepted };
}

/** Where `edit` goes among edits sorted by start, then end: after those that sort before or equal it. */
function insertionIndex(edits: readonly TextEdit[], edit: TextEdit): number {
  let low = 0;
  let high = edits.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = edits[middle] as TextEdit;
    if (other.start < edit.start || (other.start === edit.start && other.end <= edit.end)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Whether `edit` overlaps one of `accepted` (sorted, none overlapping another). Only the last
 * edit starting at or before `edit`'s end, and those before it that still reach `edit`'s start,
 * can overlap it; as the ends are in order, the walk back stops at the first that does not reach.
 */
function overlapsAccepted(accepted: readonly TextEdit[], edit: TextEdit): boolean {
  let low = 0;
  let high = accepted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((accepted[middle] as TextEdit).start <= edit.end) low = middle + 1;
    else high = middle;
  }
  for (let index = low - 1; index >= 0; index--) {
    const other = accepted[index] as TextEdit;
    if (other.end < edit.start) return false;
    if (overlaps(edit, other)) return true;
  }
  return false;
}

/** Whether the edit at `index` of a fix overlaps one before it in the same fix (it could not apply whole). */
function overlapsEarlier(edits: readonly TextEdit[], index: number): boolean {
  const edit = edits[index] as TextEdit;
  for (let other = 0; other < index; other++) if (overlaps(edit, edits[other] as TextEdit)) return true;
  return false;
}

function compareFixes(a: Fix, b: Fix): number {
  return (a.edits[0]?.start ?? 0) - (b.edits[0]?.start ?? 0);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}

/** The result of fixing a text until no fix is left. */
export interface FixedText {
  /** The fixed text (the input when nothing was fixed). */
  readonly output: string;
  /** Messages left after fixing, found in `output`. */
  readonly messages: LintMessage[];
  /** How many fixes were applied in all. */
  readonly applied: number;
  /** The edits of each round, in text order, at offsets of the text that round started from. */
  readonly rounds: readonly (readonly TextEdit[])[];
}

/** The keys `fixText` reads: the options of `parse` and of `lint`. */
const fixTextOptionKeys = ['parse', 'lint'];

/** Rounds of fixing before giving up; real articles settle in two or three. */
const maxRounds = 10;

/**
 * Lint a text and apply its safe fixes, repeatedly, until none is left.
 *
 * @param text The article text.
 * @param options How to parse it, and the lint options (its `source` is ignored).
 * @returns The fixed text and what is left to fix by hand.
 */
export function fixText(
  text: string,
  options?: Readonly<{ parse?: ParseOptions | undefined; lint?: LintOptions | undefined }> | null,
): FixedText {
  // `{ config }` at the top level (the shape `lint` takes) was ignored without a word: the
  // options are `{ parse, lint }`, and anything else throws as unknown keys do elsewhere.
  optionsRecord(options, fixTextOptionKeys, 'fixText() options');
  let output = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let applied = 0;
  const rounds: TextEdit[][] = [];
  for (let round = 0; round < maxRounds; round++) {
    const messages = lint(parse(output, options?.parse), { ...options?.lint, source: output });
    const result = applyFixes(output, messages);
    if (result.applied === 0 || result.output === output) return { output, messages, applied, rounds };
    output = result.output;
    applied += result.applied;
    rounds.push([...result.edits]);
  }
  const messages = lint(parse(output, options?.parse), { ...options?.lint, source: output });
  return { output, messages, applied, rounds };
}

/**
 * The messages left after fixing, placed in the text as it was before (`--fix-dry-run`, where
 * the file keeps that text, so an editor jumping to `3:12` must land on the problem in it). A
 * place inside a fixed span widens to the whole span it replaced.
 *
 * @param fixed What `fixText` gave.
 * @param text The text given to `fixText` (without a byte-order mark).
 * @returns The messages, with places, line/columns and fixes at offsets of `text`.
 */
export function placeInOriginal(fixed: FixedText, text: string): LintMessage[] {
  if (fixed.rounds.length === 0) return fixed.messages;
  const lines = new LineIndex(text);
  const rounds = fixed.rounds.map(shiftedEdits);
  const back = (offset: number, side: 'start' | 'end') => {
    for (let round = rounds.length - 1; round >= 0; round--) {
      offset = offsetBefore(offset, rounds[round] as ShiftedEdits, side);
    }
    return offset;
  };
  return fixed.messages.map((message) => {
    const place = message.place;
    const start = place?.start.offset;
    const end = place?.end.offset;
    const moved =
      start === undefined || end === undefined ? place : lines.position(back(start, 'start'), back(end, 'end'));
    const fix = message.fix && {
      ...message.fix,
      edits: message.fix.edits.map((edit) => ({
        ...edit,
        start: back(edit.start, 'start'),
        end: back(edit.end, 'end'),
      })),
    };
    return {
      ...message,
      place: moved,
      line: moved?.start.line,
      column: moved?.start.column,
      endLine: moved?.end.line,
      endColumn: moved?.end.column,
      ...(fix ? { fix } : {}),
    };
  });
}

/** A round's edits, with where each starts in the round's output and the shift before it. */
interface ShiftedEdits {
  readonly edits: readonly TextEdit[];
  /** Where each edit's new text starts in the output (in order, as the edits are). */
  readonly starts: readonly number[];
  /** How far the output has moved before each edit (one more: after the last). */
  readonly shifts: readonly number[];
}

function shiftedEdits(edits: readonly TextEdit[]): ShiftedEdits {
  const starts: number[] = [];
  const shifts: number[] = [0];
  let shift = 0;
  for (const edit of edits) {
    starts.push(edit.start + shift);
    shift += edit.text.length - (edit.end - edit.start);
    shifts.push(shift);
  }
  return { edits, starts, shifts };
}

/**
 * An offset of a round's output, as an offset of the text the round started from. An offset
 * inside an edit's new text goes to the start of the span it replaced (`side` start) or its end.
 * The edit is found by binary search: reading the edits from the first for every message was
 * quadratic under --fix-dry-run (40,000 fixes and as many messages left, 1.2 MB: 5.8 s, now
 * 0.05 s).
 *
 * @param offset Offset in the output.
 * @param round The round's edits.
 * @param side Which end of a range the offset is.
 * @returns The offset in the round's input.
 */
function offsetBefore(offset: number, round: ShiftedEdits, side: 'start' | 'end'): number {
  // The first edit whose new text starts at or after the offset; only the one before it can
  // hold the offset, as each edit's new text ends before the next one starts.
  let low = 0;
  let high = round.starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((round.starts[middle] as number) < offset) low = middle + 1;
    else high = middle;
  }
  const previous = round.edits[low - 1];
  if (previous !== undefined && offset < (round.starts[low - 1] as number) + previous.text.length) {
    return side === 'start' ? previous.start : previous.end;
  }
  return offset - (round.shifts[low] as number);
}

/** Where a text and its fixed version differ: `oldStart`–`oldEnd` of the one became `newStart`–`newEnd` of the other. */
export interface TextChange {
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newStart: number;
  readonly newEnd: number;
}

/**
 * Where fixing changed a text, composed from the edits of every round, so that a diff of the
 * text and `fixed.output` need only look there (`createFixPatch`). Outside the changes the two
 * texts are the same, character for character.
 *
 * @param fixed What `fixText` gave.
 * @param text The text given to `fixText` (a byte-order mark it dropped counts as a change).
 * @returns The changes, in text order, none overlapping or touching another.
 */
export function changesOfFix(fixed: FixedText, text: string): TextChange[] {
  let changes: TextChange[] = text.charCodeAt(0) === 0xfeff ? [{ oldStart: 0, oldEnd: 1, newStart: 0, newEnd: 0 }] : [];
  for (const edits of fixed.rounds) changes = composeRound(changes, edits);
  return changes;
}

/**
 * The changes from the original text to a round's output, given those to the round's input and
 * the round's edits (at offsets of its input): one pass over both lists, merging what overlaps or
 * touches. Outside a change, an offset of the round's input is one of the original moved by the
 * changes before it, and one of the round's output moved by the edits before it.
 */
function composeRound(changes: readonly TextChange[], edits: readonly TextEdit[]): TextChange[] {
  const composed: TextChange[] = [];
  let change = 0;
  let edit = 0;
  // How far the round's input has moved from the original, and its output from its input,
  // before the next change and edit.
  let inputShift = 0;
  let outputShift = 0;
  while (change < changes.length || edit < edits.length) {
    const start = Math.min(
      changes[change]?.newStart ?? Number.POSITIVE_INFINITY,
      edits[edit]?.start ?? Number.POSITIVE_INFINITY,
    );
    const oldStart = start - inputShift;
    const newStart = start + outputShift;
    let end = start;
    for (;;) {
      const nextChange = changes[change];
      if (nextChange !== undefined && nextChange.newStart <= end) {
        end = Math.max(end, nextChange.newEnd);
        inputShift += nextChange.newEnd - nextChange.newStart - (nextChange.oldEnd - nextChange.oldStart);
        change++;
        continue;
      }
      const nextEdit = edits[edit];
      if (nextEdit !== undefined && nextEdit.start <= end) {
        end = Math.max(end, nextEdit.end);
        outputShift += nextEdit.text.length - (nextEdit.end - nextEdit.start);
        edit++;
        continue;
      }
      break;
    }
    composed.push({ oldStart, oldEnd: end - inputShift, newStart, newEnd: end + outputShift });
  }
  return composed;
}
