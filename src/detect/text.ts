/**
 * Small text helpers shared by the detectors: the plain text of a block, and splitting a
 * block's phrasing at a character index while keeping positions exact.
 */
import type { PhrasingContent, RootContent, Text } from 'mdast';
import type { Position } from 'unist';
import type { DetectContext } from './context.js';

/** Blocks whose content is phrasing. */
export type PhrasingBlock = Extract<RootContent, { children: PhrasingContent[] }>;

/**
 * The plain text of phrasing content, with quotation marks restored.
 *
 * @param nodes Phrasing nodes.
 * @returns Their text.
 */
export function phrasingText(nodes: readonly PhrasingContent[]): string {
  let result = '';
  for (const node of nodes) {
    // Text first, by its type: most nodes are text, and an `in` test on nodes of a dozen shapes
    // is a slow megamorphic look-up (it was most of this function's time).
    if (node.type === 'text' && typeof node.value === 'string') result += node.value;
    else if ('value' in node && typeof node.value === 'string') result += node.value;
    else if (node.type === 'break') result += ' ';
    else if (node.type === 'quote') result += node.marks[0] + phrasingText(node.children) + node.marks[1];
    else if ('children' in node) result += phrasingText(node.children as PhrasingContent[]);
  }
  return result;
}

/**
 * The length of `phrasingText([node])`, without building the text (the phrasing pass asks it of
 * every node it cuts).
 *
 * @param node A phrasing node.
 * @returns The length of its plain text.
 */
export function phrasingLength(node: PhrasingContent): number {
  if (node.type === 'text' && typeof node.value === 'string') return node.value.length;
  if ('value' in node && typeof node.value === 'string') return node.value.length;
  if (node.type === 'break') return 1;
  let length = 0;
  if (node.type === 'quote') length = node.marks[0].length + node.marks[1].length;
  if ('children' in node) for (const child of node.children as PhrasingContent[]) length += phrasingLength(child);
  return length;
}

/**
 * The first `length` characters of `phrasingText(nodes)` (fewer when the text is shorter),
 * without building the rest: the phrasing pass wants only the opening mark of the next block.
 *
 * @param nodes Phrasing nodes.
 * @param length How many characters are wanted.
 * @returns The start of their text.
 */
export function phrasingTextStart(nodes: readonly PhrasingContent[], length: number): string {
  let result = '';
  for (const node of nodes) {
    if (result.length >= length) break;
    if ('value' in node && typeof node.value === 'string') result += node.value.slice(0, length - result.length);
    else if (node.type === 'break') result += ' ';
    else if (node.type === 'quote') {
      result += node.marks[0];
      if (result.length < length) result += phrasingTextStart(node.children, length - result.length);
      if (result.length < length) result += node.marks[1];
    } else if ('children' in node)
      result += phrasingTextStart(node.children as PhrasingContent[], length - result.length);
  }
  return result.slice(0, length);
}

/**
 * The same text as a flat (sequential) string. A block's text is a slice of the input or lines
 * joined with `+`, and V8 reads each character of such a string through an indirection; the
 * detectors read every character several times (tokens, sentences, quotation marks), which ran
 * about 10% faster on a flat copy. Joining two parts makes the copy: `slice`, a template literal
 * or `String()` give back the same slice.
 *
 * @param text Any text.
 * @returns Equal text, flat.
 */
export function flatText(text: string): string {
  return text.length < 2 ? text : [text.slice(0, 1), text.slice(1)].join('');
}

/**
 * The plain text of a block with phrasing children (paragraph, heading, headline, …), or
 * `undefined` for other blocks.
 *
 * @param node A root-level block.
 * @returns Its text.
 */
export function blockText(node: RootContent): string | undefined {
  if (node.type === 'paragraph' || node.type === 'heading') return phrasingText(node.children);
  return undefined;
}

/**
 * Split phrasing at a character index of its plain text. Splits happen only inside `text`
 * nodes; an index inside another node moves to that node's end.
 *
 * @param nodes The phrasing to split.
 * @param index Character index in `phrasingText(nodes)`.
 * @param context The detection context (for positions).
 * @returns The phrasing before and after the index.
 */
export function splitPhrasing(
  nodes: readonly PhrasingContent[],
  index: number,
  context: DetectContext,
): [PhrasingContent[], PhrasingContent[]] {
  const before: PhrasingContent[] = [];
  const after: PhrasingContent[] = [];
  let seen = 0;
  for (const node of nodes) {
    const length = phrasingLength(node);
    if (seen >= index) after.push(node);
    else if (seen + length <= index) before.push(node);
    else if (node.type === 'text') {
      const cut = index - seen;
      before.push(context.map.slice(node, 0, cut));
      after.push(context.map.slice(node, cut, node.value.length));
    } else before.push(node);
    seen += length;
  }
  return [before, after];
}

/**
 * The position spanning a list of nodes, when both ends are known.
 *
 * @param nodes Nodes in document order.
 * @returns Their combined position, or undefined.
 */
export function spanPosition(nodes: ReadonlyArray<{ position?: Position | undefined }>): Position | undefined {
  const start = nodes[0]?.position?.start;
  const end = nodes[nodes.length - 1]?.position?.end;
  return start && end ? { start, end } : undefined;
}

/**
 * Whether a text node is a plain `text` node.
 *
 * @param node Any phrasing node.
 * @returns True for text.
 */
export function isText(node: PhrasingContent | undefined): node is Text {
  return node?.type === 'text';
}

/** Characters that end a sentence or a clause, possibly followed by closing marks. */
const terminal = /[.!?;:,…]["'”’)\]]*$/;

/**
 * Whether text reads as prose: it ends with sentence punctuation.
 *
 * @param text Block text.
 * @returns True when it ends like a sentence.
 */
export function endsLikeProse(text: string): boolean {
  return terminal.test(text);
}

/**
 * Whether a line could be a heading: short, starting with a capital, without sentence
 * punctuation at the end, and not a row of a table (runs of spaces, several figures).
 *
 * @param text Block text.
 * @returns True when it is heading-shaped.
 */
export function looksLikeHeading(text: string): boolean {
  if (text.length < 2 || text.length > 90) return false;
  if (!/^["'“‘]?[\p{Lu}\p{Lt}]/u.test(text)) return false;
  // `Q: When did you start?`, `JAMES HART: What's next?`: a turn of a Q&A, labelled with its
  // speaker, is speech even when it is short and ends in a question mark.
  if (speakerLabel.test(text)) return false;
  // `"We did it` opens a quotation that runs on into the next paragraph: speech, not a title.
  // A quoted heading (`'Fire and fury'`) closes its mark.
  if (opensUnclosedQuote(text)) return false;
  if (/[.!,;:…\-–—]["'”’)\]]*$/.test(text)) return false;
  if (/ {2,}|\t/.test(text)) return false;
  const words = text.split(' ');
  if (words.length > 12) return false;
  let numbers = 0;
  for (const word of words) if (/\d/.test(word)) numbers++;
  return numbers <= 1;
}

/**
 * A speaker label opening a line: `Q:` or `A:`, or a name in capitals (`JAMES HART:`, up to four
 * words). Mixed case is left alone: `Brexit: What happens now?` is a common shape of heading.
 */
const speakerLabel = /^(?:[QA]|\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]*){0,3}):\s/u;

/** Whether text starts with a quotation mark that it never closes. */
function opensUnclosedQuote(text: string): boolean {
  const open = text.charAt(0);
  if (open === '“') return !text.includes('”');
  if (open === '"') return text.indexOf('"', 1) < 0;
  // A single mark closes with ’ or ', which also serve as apostrophes: only a mark at the end
  // (or before a closing word's punctuation) closes the quote.
  if (open === '‘' || open === "'") return !closesAtEnd(text) && !/['’](?=\s)/.test(text.slice(1));
  return false;
}

/**
 * Whether a single mark is among the characters after the last word character (`'Fire and
 * fury'`, `‘Who pays?’`). A loop, not `/['’]\W*$/`, which backtracks quadratically on a long
 * run of marks.
 */
function closesAtEnd(text: string): boolean {
  for (let index = text.length - 1; index > 0; index--) {
    const code = text.charCodeAt(index);
    if (code === 39 || code === 0x2019) return true;
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95)
      return false;
  }
  return false;
}
