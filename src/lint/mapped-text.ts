/**
 * The plain text of a block together with where each character sits in the source.
 *
 * Readers join hard-wrapped lines and drop Markdown escapes, so a text node's value is not a
 * slice of the input. Rules scan the plain text (sentences, quote marks, dashes) but must report
 * exact source ranges and offer fixes as source edits, so every character carries its source
 * offset, found by aligning the node's value with the source slice its position covers.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { ArticleRoot } from '../tree/types.js';
import { SKIP, visit } from '../tree/visit.js';
import type { Fix } from './types.js';

/** Offset of a character whose source place is not known (no source, or alignment lost). */
export const unknownOffset = -1;
/** Offset of a character inside inline code or HTML: not prose, so typography rules skip it. */
export const codeOffset = -2;

/** An inline node of interest and the text range it covers. */
export interface InlineSpan {
  readonly node: PhrasingContent;
  readonly start: number;
  readonly end: number;
}

/** A block's plain text and the source offset of each character. */
export interface MappedText {
  /** The block (paragraph, headline, heading, …). */
  readonly node: RootContent;
  /** Plain text, quote marks restored, lines joined with one space. */
  readonly text: string;
  /** Source offset of each character of `text`, or `unknownOffset` / `codeOffset`. */
  readonly offsets: Int32Array;
  /** Datelines, quotes, statistics and links inside the block, with their text ranges. */
  readonly inline: readonly InlineSpan[];
}

/** Block types whose children are phrasing, the units rules read text in. */
const phrasingBlockTypes = new Set([
  'headline',
  'deck',
  'byline',
  'dateline',
  'paragraph',
  'heading',
  'sourceTags',
  'tableCell',
]);

/** Inline node types recorded in `MappedText.inline`. */
const spanTypes = new Set(['dateline', 'quote', 'statistic', 'link']);

/**
 * Every block with phrasing children, in document order, with its mapped text.
 *
 * @param tree The article tree.
 * @param source The source text, when known.
 * @returns The mapped blocks.
 */
export function mappedBlocks(tree: ArticleRoot, source: string | undefined): MappedText[] {
  const blocks: MappedText[] = [];
  visit(tree as Nodes, (node) => {
    if (!phrasingBlockTypes.has(node.type) || !('children' in node)) return undefined;
    blocks.push(mapBlock(node as RootContent & { children: PhrasingContent[] }, source));
    return SKIP;
  });
  return blocks;
}

/**
 * Map one block.
 *
 * @param node A block with phrasing children.
 * @param source The source text, when known.
 * @returns Its mapped text.
 */
export function mapBlock(node: RootContent & { children: PhrasingContent[] }, source: string | undefined): MappedText {
  // A dozen rules map the same blocks of one run: mapping was a third of lint's time.
  const cached = mapped.get(node);
  if (cached && cached.source === source) return cached.text;
  const text = mapBlockText(node, source);
  mapped.set(node, { source, text });
  return text;
}

/** Bare web addresses (up to a space or a quote mark) and backtick code spans on one line. */
const notProse = /\b(?:[a-z][a-z+.-]*:\/\/|www\.)[^\s<>"“”‘’]+|`[^`\n]+`/gi;

/** Mapped blocks by node, with the source they were mapped against (rules treat them as read-only). */
const mapped = new WeakMap<object, { source: string | undefined; text: MappedText }>();

function mapBlockText(node: RootContent & { children: PhrasingContent[] }, source: string | undefined): MappedText {
  const builder: Builder = { text: '', offsets: [], inline: [], source };
  addPhrasing(builder, node.children);
  const offsets = Int32Array.from(builder.offsets);
  // In plain text, `<!-- copydesk-disable -->` comments are paragraph text; they are not prose.
  for (const comment of builder.text.matchAll(/<!--[\s\S]*?-->/g)) {
    offsets.fill(codeOffset, comment.index, comment.index + comment[0].length);
  }
  // Nor are web addresses, or `code` in backticks (which only Markdown reads as code): a
  // typography fix there ("--" to "—", "..." to "…") breaks the address or the command.
  if (builder.text.includes('www.') || builder.text.includes('://') || builder.text.includes('`')) {
    for (const match of builder.text.matchAll(notProse))
      offsets.fill(codeOffset, match.index, match.index + match[0].length);
  }
  return { node, text: builder.text, offsets, inline: builder.inline };
}

interface Builder {
  text: string;
  offsets: number[];
  inline: InlineSpan[];
  readonly source: string | undefined;
}

function addPhrasing(builder: Builder, nodes: readonly PhrasingContent[]): void {
  for (const node of nodes) {
    const start = builder.text.length;
    if (node.type === 'text') addAligned(builder, node.value, node.position?.start.offset, node.position?.end.offset);
    else if (node.type === 'inlineCode' || node.type === 'html') addRun(builder, node.value, codeOffset);
    else if (node.type === 'break') addRun(builder, ' ', node.position?.start.offset ?? unknownOffset);
    else if (node.type === 'quote') {
      const open = node.position?.start.offset;
      const close = node.position?.end.offset;
      addMark(builder, node.marks[0], open);
      addPhrasing(builder, node.children);
      addMark(builder, node.marks[1], close === undefined ? undefined : close - node.marks[1].length);
    } else if ('children' in node) addPhrasing(builder, node.children as PhrasingContent[]);
    else if ('value' in node && typeof node.value === 'string') addRun(builder, node.value, unknownOffset);
    if (spanTypes.has(node.type)) builder.inline.push({ node, start, end: builder.text.length });
  }
}

function addRun(builder: Builder, value: string, offset: number): void {
  builder.text += value;
  for (let index = 0; index < value.length; index++) builder.offsets.push(offset);
}

function addMark(builder: Builder, mark: string, at: number | undefined): void {
  builder.text += mark;
  for (let index = 0; index < mark.length; index++) builder.offsets.push(at === undefined ? unknownOffset : at + index);
}

/**
 * Align a value with its source slice: walk both, skipping source characters until the next
 * value character matches (a joined line break matches any whitespace, escapes are skipped).
 */
function addAligned(builder: Builder, value: string, start: number | undefined, end: number | undefined): void {
  const source = builder.source;
  builder.text += value;
  if (source === undefined || start === undefined || end === undefined) {
    for (let index = 0; index < value.length; index++) builder.offsets.push(unknownOffset);
    return;
  }
  let cursor = start;
  for (let index = 0; index < value.length; index++) {
    const char = value.charCodeAt(index);
    const space = char === 32;
    while (cursor < end) {
      const code = source.charCodeAt(cursor);
      if (code === char || (space && (code === 10 || code === 13 || code === 9))) break;
      cursor++;
    }
    if (cursor >= end) {
      builder.offsets.push(unknownOffset);
      continue;
    }
    builder.offsets.push(cursor);
    cursor++;
    if (space) {
      // A joined line break stands for the break and the next line's indentation.
      while (cursor < end && isBlankCode(source.charCodeAt(cursor)) && !isBlankCode(value.charCodeAt(index + 1)))
        cursor++;
    }
  }
}

function isBlankCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

/**
 * The source range `[start, end)` of `text.slice(from, to)`, when every character in it maps.
 *
 * @param mapped The block's mapped text.
 * @param from First character.
 * @param to End character (exclusive).
 * @returns The source range, or undefined.
 */
export function sourceRange(mapped: MappedText, from: number, to: number): [number, number] | undefined {
  if (to <= from) {
    const at = mapped.offsets[from] ?? (from > 0 ? (mapped.offsets[from - 1] ?? -1) + 1 : -1);
    return at >= 0 ? [at, at] : undefined;
  }
  const first = mapped.offsets[from];
  const last = mapped.offsets[to - 1];
  if (first === undefined || last === undefined || first < 0 || last < 0 || last < first) return undefined;
  return [first, last + 1];
}

/**
 * Whether `text.slice(from, to)` is a verbatim copy of the source, so an edit there is safe.
 *
 * @param mapped The block's mapped text.
 * @param from First character.
 * @param to End character (exclusive).
 * @returns True when the characters map one to one onto consecutive source offsets.
 */
export function isVerbatim(mapped: MappedText, from: number, to: number): boolean {
  const first = mapped.offsets[from];
  if (first === undefined || first < 0) return false;
  for (let index = from + 1; index < to; index++) if (mapped.offsets[index] !== first + (index - from)) return false;
  return true;
}

/**
 * A safe fix replacing `text.slice(from, to)`: only where those characters are the source's own
 * (`isVerbatim`), since an edit over a line joined from two, or over an entity, would change
 * other characters than the ones reported.
 *
 * @param mapped The block's mapped text.
 * @param from First character.
 * @param to End character (exclusive).
 * @param text The replacement.
 * @param description What the fix does ("Replace `--` with `—`").
 * @returns The fix, or undefined where none is safe.
 */
export function replacementFix(
  mapped: MappedText,
  from: number,
  to: number,
  text: string,
  description: string,
): Fix | undefined {
  const range = sourceRange(mapped, from, to);
  if (range === undefined || !isVerbatim(mapped, from, to)) return undefined;
  return { description, edits: [{ start: range[0], end: range[1], text }] };
}

/**
 * Whether any character of `text.slice(from, to)` is inline code or HTML.
 *
 * @param mapped The block's mapped text.
 * @param from First character.
 * @param to End character (exclusive).
 * @returns True when the range touches code.
 */
export function touchesCode(mapped: MappedText, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (mapped.offsets[index] === codeOffset) return true;
  return false;
}

/**
 * The inline span of a type that contains a text index, if any.
 *
 * @param mapped The block's mapped text.
 * @param type A node type recorded in `inline`.
 * @param index A character index.
 * @returns The span.
 */
export function spanAt(mapped: MappedText, type: string, index: number): InlineSpan | undefined {
  // A block with a few spans is scanned; with many, each rule asking for each of its tokens made
  // the scan quadratic (number-style on `1, 1, 1, …`, 300 KB in one paragraph: 74 s, now 0.2 s),
  // so the block is indexed once per type instead.
  if (mapped.inline.length <= scannedSpans) {
    for (const span of mapped.inline)
      if (span.node.type === type && span.start <= index && index < span.end) return span;
    return undefined;
  }
  const byType = spanIndexes.get(mapped) ?? new Map<string, SpanIndex>();
  spanIndexes.set(mapped, byType);
  let spans = byType.get(type);
  if (spans === undefined) {
    spans = indexSpans(mapped, type);
    byType.set(type, spans);
  }
  const at = spans.at[index] ?? -1;
  return at < 0 ? undefined : spans.spans[at];
}

/** Blocks with at most this many inline spans are scanned rather than indexed. */
const scannedSpans = 16;

/** The spans of one type in a block, and for each character the span `spanAt` gives (-1 for none). */
interface SpanIndex {
  readonly spans: readonly InlineSpan[];
  readonly at: Int32Array;
}

/** Span indexes by mapped block, then by type (built when first asked for). */
const spanIndexes = new WeakMap<MappedText, Map<string, SpanIndex>>();

/**
 * Index the spans of one type: for each character, the first span of `inline` containing it,
 * as the scan finds. Spans come from nodes, so two of them nest or do not meet, and `inline`
 * lists a node after its children: the first containing span is the innermost. One sweep with a
 * stack of open spans, outermost pushed first, fills the characters in order.
 */
function indexSpans(mapped: MappedText, type: string): SpanIndex {
  const spans = mapped.inline.filter((span) => span.node.type === type && span.start < span.end);
  const order = spans.map((_, position) => position);
  // By start, the outer of two nested spans first (the longer, or the later listed if as long).
  order.sort(
    (a, b) =>
      (spans[a] as InlineSpan).start - (spans[b] as InlineSpan).start ||
      (spans[b] as InlineSpan).end - (spans[a] as InlineSpan).end ||
      b - a,
  );
  const at = new Int32Array(mapped.text.length).fill(-1);
  const open: number[] = [];
  let next = 0;
  for (let index = 0; index < at.length; index++) {
    while (open.length > 0 && (spans[open[open.length - 1] as number] as InlineSpan).end <= index) open.pop();
    while (next < order.length && (spans[order[next] as number] as InlineSpan).start <= index) {
      open.push(order[next] as number);
      next++;
    }
    const top = open[open.length - 1];
    if (top !== undefined) at[index] = top;
  }
  return { spans, at };
}
