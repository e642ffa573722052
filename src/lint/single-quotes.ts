/**
 * Single-quoted phrases in a block (`'regrets'`, `‘bad bank’`), paired up.
 *
 * The closing single mark is the same character as the apostrophe (`’`, or `'` straight), and a
 * phrase ending in `s` (`'regrets'`) looks like a plural possessive (`analysts' views`). Only the
 * pairing tells them apart: a mark that closes a phrase opened earlier in the block is a
 * quotation mark, and an apostrophe fix must leave it alone or the pair ends up mismatched
 * (`'regrets’`).
 */

import { isPluralPossessive } from '../detect/quotes.js';

/** A single-quoted phrase: the indices of its marks in the block's text. */
export interface SingleQuotePair {
  readonly open: number;
  readonly close: number;
  readonly openChar: string;
  readonly closeChar: string;
}

/** Characters after which a single mark before a letter opens a phrase. */
const beforeOpen = new Set(['(', '[', '“', '"', '—', '–', '/']);
/** Characters after which a single mark closes a phrase, besides the end of the block and spaces. */
const afterClose = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '”', '"', '—', '–', '…']);
/** Characters before a closing mark besides letters: the phrase may end in punctuation (`'why?'`). */
const beforeCloseMarks = new Set(['.', ',', '!', '?', '…']);

const letter = /\p{L}/u;
const space = /\s/;

/**
 * The single-quoted phrases of a block. A phrase opens with `'` or `‘` after a space (or an
 * opening bracket or double mark) and before a letter — so a decade (`'90s`) never opens one —
 * and closes at the first `'` or `’` after it that follows a word and precedes a space or
 * punctuation. The first, because scare quotes are short (`'regrets'`) and a plural possessive
 * later in the block (`'regrets' over analysts' views`) is more common than one inside them;
 * but a mark that reads as a plural possessive (`s'` before a lower-case word) closes only when
 * no other closing mark follows before the next phrase opens: in `'the analysts' view'` the
 * phrase ends after `view`, as the quote detector pairs it (`isPluralPossessive`).
 *
 * @param text A block's plain text.
 * @returns The pairs, in order.
 */
export function singleQuotePairs(text: string): SingleQuotePair[] {
  const pairs: SingleQuotePair[] = [];
  let open: number | undefined;
  let close: number | undefined;
  const settle = () => {
    if (open !== undefined && close !== undefined) {
      pairs.push({ open, close, openChar: text.charAt(open), closeChar: text.charAt(close) });
    }
    open = undefined;
    close = undefined;
  };
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (char !== "'" && char !== '‘' && char !== '’') continue;
    const before = text.charAt(index - 1);
    const after = text.charAt(index + 1);
    const opens = char !== '’' && (before === '' || space.test(before) || beforeOpen.has(before)) && letter.test(after);
    if (opens) {
      settle();
      open = index;
      continue;
    }
    const closes =
      open !== undefined &&
      char !== '‘' &&
      (letter.test(before) || beforeCloseMarks.has(before)) &&
      (after === '' || space.test(after) || afterClose.has(after));
    if (!closes) continue;
    if (!isPluralPossessive(text, index)) {
      close = index;
      settle();
    } else close ??= index;
  }
  settle();
  return pairs;
}
