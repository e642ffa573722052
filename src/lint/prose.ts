/**
 * Sentences and words of body paragraphs, for the length and number rules. Built on the
 * detectors' tokenizer and sentence splitter so that lint and detection agree on what a
 * sentence is.
 */
import type { Nodes } from 'mdast';
import { type Range, splitSentences, tokenize } from '../detect/sentences.js';
import { endsLikeProse } from '../detect/text.js';
import type { ArticleRoot } from '../tree/types.js';
import { SKIP, visit } from '../tree/visit.js';
import { type MappedText, mapBlock } from './mapped-text.js';

/** A body paragraph's mapped text, with the dateline at its start left out of the prose. */
export interface ProseParagraph {
  readonly mapped: MappedText;
  /** Index where the prose starts (after a dateline and the space after it). */
  readonly start: number;
  /**
   * Whether the paragraph reads as prose (ends like a sentence). Wire copy carries tables as
   * paragraphs ("Shr 68 cts vs 58 cts"), where number and sourcing conventions do not apply.
   */
  readonly prose: boolean;
}

/**
 * The body paragraphs of an article (not headline, byline or credits), in document order.
 *
 * @param tree The article tree.
 * @param source The source text, when known.
 * @returns The paragraphs.
 */
export function proseParagraphs(tree: ArticleRoot, source: string | undefined): ProseParagraph[] {
  const paragraphs: ProseParagraph[] = [];
  visit(tree as Nodes, (node) => {
    if (node.type !== 'paragraph') return undefined;
    const mapped = mapBlock(node, source);
    let start = 0;
    const dateline = mapped.inline.find((span) => span.node.type === 'dateline');
    if (dateline && dateline.start === 0) {
      start = dateline.end;
      while (start < mapped.text.length && /\s/.test(mapped.text.charAt(start))) start++;
    }
    paragraphs.push({ mapped, start, prose: endsLikeProse(mapped.text.trimEnd()) });
    return SKIP;
  });
  return paragraphs;
}

/**
 * The sentences of a paragraph's prose.
 *
 * @param paragraph A body paragraph.
 * @returns Sentence ranges of its text.
 */
export function sentencesOf(paragraph: ProseParagraph): Range[] {
  const text = paragraph.mapped.text;
  return splitSentences(text.slice(paragraph.start)).map((range) => ({
    start: range.start + paragraph.start,
    end: trimEnd(text, range.end + paragraph.start),
  }));
}

function trimEnd(text: string, end: number): number {
  let index = end;
  while (index > 0 && /\s/.test(text.charAt(index - 1))) index--;
  return index;
}

/**
 * How many words a range of text has, as the detectors tokenize them (a dash or a quote mark is
 * no word), which is what a style guide's "words per sentence" means. Not the article's word
 * count (`countWords` in detect/counts.ts), which counts runs between spaces as `wc -w` does.
 *
 * @param text The text.
 * @param start First index.
 * @param end End index.
 * @returns The number of word tokens.
 */
export function countWordTokens(text: string, start = 0, end = text.length): number {
  let count = 0;
  for (const token of tokenize(text, start, end)) if (token.word) count++;
  return count;
}
