/**
 * Maps offsets in a text node's (normalised) value back to offsets in the original input.
 *
 * Readers join hard-wrapped lines and drop Markdown escapes, so a text node's `value` is not a
 * verbatim slice of the input. Each text node they create is registered here with the runs in
 * which value and input advance together; detectors that split a text node use it to give every
 * new node an exact `position`.
 */

import type { Text } from 'mdast';
import type { Point, Position } from 'unist';

/**
 * A run of characters copied verbatim: value index `from` corresponds to input offset `at`. A
 * Markdown character reference (`&ldquo;` read as `“`) is a segment of its own whose `chars`
 * value characters stand for `width` input characters.
 */
export interface Segment {
  readonly from: number;
  readonly at: number;
  readonly chars?: number;
  readonly width?: number;
}

/** Line starts of an input, for turning offsets into line/column points. */
export class LineIndex {
  readonly #starts: number[];

  constructor(input: string) {
    // Runs once per article on the hot path. Most inputs have no CR: `indexOf` then jumps from
    // line feed to line feed instead of a loop reading every character.
    this.#starts = input.includes('\r') ? lineStarts(input) : lineFeedStarts(input);
  }

  /** The 1-based line/column point of a 0-based offset. */
  point(offset: number): Point {
    const starts = this.#starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1, offset };
  }

  /** A position from two offsets. */
  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }
}

/** The offsets where lines start, for input with line feeds only. */
function lineFeedStarts(input: string): number[] {
  const starts = [0];
  for (let index = input.indexOf('\n'); index >= 0; index = input.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** The offsets where lines start after LF, CRLF or CR. */
function lineStarts(input: string): number[] {
  // Hand-written rather than a regex split.
  const starts = [0];
  for (let index = 0; index < input.length; index++) {
    const code = input.charCodeAt(index);
    if (code === 10 /* \n */) starts.push(index + 1);
    else if (code === 13 /* \r */) {
      if (input.charCodeAt(index + 1) === 10) index++;
      starts.push(index + 1);
    }
  }
  return starts;
}

/** Where the text nodes of one article came from. */
export class SourceMap {
  readonly lines: LineIndex;
  /**
   * A Map, not a WeakMap: a source map lives only as long as one article's parse, and the
   * ephemeron tables of a WeakMap holding every text node made garbage collection a seventh of
   * detection time (measured on the corpus).
   */
  readonly #segments = new Map<Text, readonly Segment[]>();

  constructor(input: string) {
    this.lines = new LineIndex(input);
  }

  /** Record the segments of a text node created by a reader. */
  register(node: Text, segments: readonly Segment[]): void {
    this.#segments.set(node, segments);
  }

  /**
   * The input offset of `index` in `node.value`.
   * Falls back to the node's start offset plus the index when the node was not registered.
   */
  offset(node: Text, index: number): number {
    return offsetIn(node, this.#segments.get(node), index);
  }

  /** The input position of `value.slice(start, end)` of a text node. */
  position(node: Text, start: number, end: number): Position | undefined {
    return this.#position(node, this.#segments.get(node), start, end);
  }

  /**
   * Where character `index` of a text node starts or ends in the input: `position(node, index,
   * index + 1)[side]` without working out the other end.
   */
  point(node: Text, index: number, side: 'start' | 'end'): Point | undefined {
    if (!node.position) return undefined;
    const segments = this.#segments.get(node);
    return this.lines.point(side === 'start' ? offsetIn(node, segments, index) : endOffsetOf(node, segments, index));
  }

  /** Create a text node for `node.value.slice(start, end)`, registered with its own segments. */
  slice(node: Text, start: number, end: number): Text {
    // The phrasing pass cuts every quote and figure out of its paragraph's text through here:
    // one look-up of the segments, and a binary search to the first one the slice overlaps
    // rather than a walk over all of them (a hard-wrapped paragraph has one per line).
    const segments = this.#segments.get(node);
    const value = node.value.slice(start, end);
    const position = this.#position(node, segments, start, end);
    const text: Text = position ? { type: 'text', value, position } : { type: 'text', value };
    if (segments) {
      const own: Segment[] = [];
      for (let index = Math.max(0, segmentAt(segments, start)); index < segments.length; index++) {
        const segment = segments[index] as Segment;
        if (segment.from >= end) break;
        const next = segments[index + 1];
        const segmentEnd = next ? next.from : Number.POSITIVE_INFINITY;
        if (segmentEnd <= start) continue;
        const from = Math.max(segment.from, start);
        const whole = from === segment.from && segment.width !== undefined;
        own.push(
          whole
            ? { from: from - start, at: segment.at, chars: segment.chars ?? 1, width: segment.width as number }
            : { from: from - start, at: segment.at + (from - segment.from) },
        );
      }
      // Most cuts fall inside one line of the input: one plain segment that starts where the new
      // node's position starts, which is what `offsetIn` assumes of a node with no segments. Such
      // a node is left unregistered: the Map insertion was the costliest part of a cut.
      if (!impliedByPosition(own, position)) this.#segments.set(text, own);
    }
    return text;
  }

  #position(node: Text, segments: readonly Segment[] | undefined, start: number, end: number): Position | undefined {
    if (!node.position) return undefined;
    const from = offsetIn(node, segments, start);
    // The end is mapped from the last character so a span never ends inside a joined gap; a
    // last character read from a character reference ends where the reference does.
    const to = end > start ? endOffsetOf(node, segments, end - 1) : from;
    return this.lines.position(from, to);
  }
}

/**
 * Whether a node's own segments say nothing its position does not: none, or one plain segment
 * from its first character at the offset its position starts at.
 */
function impliedByPosition(segments: readonly Segment[], position: Position | undefined): boolean {
  if (segments.length === 0) return true;
  if (segments.length > 1 || position === undefined) return false;
  const only = segments[0] as Segment;
  return only.from === 0 && only.width === undefined && only.at === position.start.offset;
}

/**
 * The index of the last segment that starts at or before `index` (segments are in order), or -1
 * when they all start after it.
 */
function segmentAt(segments: readonly Segment[], index: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((segments[middle] as Segment).from <= index) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The input offset just after the character at `index` of a text node's value. */
function endOffsetOf(node: Text, segments: readonly Segment[] | undefined, index: number): number {
  if (segments && segments.length > 0) {
    const found = segments[Math.max(0, segmentAt(segments, index))] as Segment;
    if (found.width !== undefined && index < found.from + (found.chars ?? 1)) return found.at + found.width;
  }
  return offsetIn(node, segments, index) + 1;
}

/** The input offset of `index` in a text node's value, from its segments. */
function offsetIn(node: Text, segments: readonly Segment[] | undefined, index: number): number {
  if (!segments || segments.length === 0) return (node.position?.start.offset ?? 0) + index;
  const found = segments[Math.max(0, segmentAt(segments, index))] as Segment;
  return found.at + (index - found.from);
}
