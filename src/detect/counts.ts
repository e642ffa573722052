/**
 * The article's counts (`root.data.counts`): paragraphs, sections, quotes, statistics and words.
 *
 * A word is a run of characters other than tab, LF, CR, space and no-break space, counted in
 * each `text` node on its own: a node cut inside a word ("$5bn" in a statistic, "." after it)
 * makes two words, and the text of other nodes (quotation marks, inline code) is not counted.
 *
 * Reading every character of every text node again once the tree is built was 8% of a parse's
 * instructions (callgrind, without the JIT's compiling): most text nodes are slices of the input
 * that V8 reads through an indirection. So `tokenize`, which reads every character of a block
 * anyway, counts where words start; the phrasing pass corrects that count for the places where
 * it cut the text or left a mark out (`countPhrasing`); and the walk over the finished tree
 * (`countNodes`) reads the text of the other blocks only (bylines, credit lines).
 */
import type { Nodes, PhrasingContent } from 'mdast';
import type { ArticleCounts, ArticleRoot } from '../tree/types.js';

/** Quotes, statistics and words of one block's phrasing. */
export interface PhrasingCounts {
  words: number;
  quotes: number;
  statistics: number;
}

/**
 * The counts of an article tree.
 *
 * A plain recursive walk: unist-util-visit's generic machinery (parent stacks, test functions)
 * cost more than the rest of parsing on the corpus, measured with bench/.
 *
 * @param tree The article.
 * @param known Counts of blocks whose phrasing is already counted (by the phrasing pass): the
 *   walk does not go into them.
 * @returns The counts.
 */
export function countNodes(tree: ArticleRoot, known: ReadonlyMap<Nodes, PhrasingCounts> = noCounts): ArticleCounts {
  const counts: ArticleCounts = { paragraphs: 0, sections: 0, quotes: 0, statistics: 0, words: 0 };
  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'paragraph':
        counts.paragraphs++;
        break;
      case 'section':
        counts.sections++;
        break;
      case 'quote':
        counts.quotes++;
        break;
      case 'statistic':
        counts.statistics++;
        break;
      case 'text':
        counts.words += countWords(node.value);
        return;
      default:
        break;
    }
    const phrasing = known.get(node);
    if (phrasing !== undefined) {
      counts.words += phrasing.words;
      counts.quotes += phrasing.quotes;
      counts.statistics += phrasing.statistics;
    } else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree as Nodes);
  return counts;
}

const noCounts: ReadonlyMap<Nodes, PhrasingCounts> = new Map();

/**
 * The words of a block's phrasing from the words of its text, without reading the text again:
 * only the characters around each text node's start and the text of other nodes (quotation
 * marks, inline code) are read.
 *
 * @param nodes The block's phrasing.
 * @param text Its text (`phrasingText(nodes)`), preferably flat.
 * @param words `countWords(text)`.
 * @returns The counts of the phrasing.
 */
export function countPhrasing(nodes: readonly PhrasingContent[], text: string, words: number): PhrasingCounts {
  const counts: PhrasingCounts = { words, quotes: 0, statistics: 0 };
  tally(nodes, text, 0, counts);
  return counts;
}

/**
 * Correct `counts.words` for the nodes at `offset` of the text, node by node in the order of
 * `phrasingText`, and count their quotes and statistics.
 *
 * @returns The offset after the nodes.
 */
function tally(nodes: readonly PhrasingContent[], text: string, offset: number, counts: PhrasingCounts): number {
  let at = offset;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index] as PhrasingContent;
    // By type first: the `in` tests below are slow look-ups on nodes of a dozen shapes, and
    // quotes and statistics (which have no text value) are most of the nodes that are not text.
    if (node.type === 'text') {
      const length = typeof node.value === 'string' ? node.value.length : 0;
      // A text node that starts inside a word has a word of its own there.
      if (length > 0 && at > 0 && !isSpaceAt(text, at - 1) && !isSpaceAt(text, at)) counts.words++;
      at += length;
    } else if (node.type === 'quote') {
      counts.quotes++;
      at = leaveOut(text, at, node.marks[0].length, counts);
      at = tally(node.children, text, at, counts);
      at = leaveOut(text, at, node.marks[1].length, counts);
    } else if (node.type === 'statistic') {
      counts.statistics++;
      at = tally(node.children, text, at, counts);
    } else if ('value' in node && typeof node.value === 'string') at = leaveOut(text, at, node.value.length, counts);
    else if (node.type === 'break') at = leaveOut(text, at, 1, counts);
    else if ('children' in node) at = tally(node.children as PhrasingContent[], text, at, counts);
  }
  return at;
}

/** Take out the words that start in text not held by text nodes (marks, inline code). */
function leaveOut(text: string, offset: number, length: number, counts: PhrasingCounts): number {
  if (length > 0) counts.words -= countWords(text, offset, offset + length);
  return offset + length;
}

function isSpaceAt(text: string, index: number): boolean {
  return isWordSpaceCode(text.charCodeAt(index));
}

/**
 * Whether a character separates words in the counts: tab, LF, CR, space or no-break space.
 * Other whitespace (an em space, a form feed) is part of a word, as it always was.
 *
 * @param code A UTF-16 code unit.
 * @returns True for those five.
 */
export function isWordSpaceCode(code: number): boolean {
  return code < 256 && latinSpaces[code] === 1;
}

/** Where `tokenize` puts the words it counted. */
export interface WordTally {
  words: number;
}

/**
 * Whether a word starts at a character that is not a space (`countWords`'s spaces): 1 at the
 * start of the text or after a space, else 0.
 *
 * @param text Any text.
 * @param index The index of a character that is not a space.
 * @returns 1 or 0.
 */
export function startsWordAt(text: string, index: number): number {
  if (index === 0) return 1;
  const code = text.charCodeAt(index - 1);
  return code < 256 ? (latinSpaces[code] as number) : 0;
}

/**
 * The words that start in `[from, to)` of a text: runs of characters other than tab, LF, CR,
 * space and no-break space, counted where they start (a run that starts before `from` is not
 * counted).
 *
 * Without branches: whether a word starts is unpredictable (every few characters), and the
 * branchy loop ran about 25% slower over the corpus's text nodes. Which characters are spaces
 * comes from a table rather than five comparisons: 1.6% fewer instructions for the whole parse
 * (callgrind).
 *
 * @param text Any text.
 * @param from Where to start.
 * @param to Where to stop.
 * @returns How many words start there.
 */
export function countWords(text: string, from = 0, to = text.length): number {
  let words = 0;
  let afterSpace = startsWordAt(text, from);
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    // Nearly every character is below 256: the branch is predictable, unlike the word starts.
    const space = code < 256 ? (latinSpaces[code] as number) : 0;
    words += afterSpace & (space ^ 1);
    afterSpace = space;
  }
  return words;
}

/** 1 for the characters `countWords` takes as spaces (tab, LF, CR, space, no-break space). */
const latinSpaces = new Uint8Array(256);
for (const code of [9, 10, 13, 32, 0xa0]) latinSpaces[code] = 1;
