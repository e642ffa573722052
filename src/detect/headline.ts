/**
 * Headline and deck detection.
 *
 * A Markdown `#` heading at the top is the headline. In plain text the first block is the
 * headline when it is a single short line that does not read as a sentence: BBC and wire copy
 * put the headline on line 1, and an article that starts with prose has no headline.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import type { Deck, Headline } from '../tree/types.js';
import { parseByline } from './byline.js';
import { parseDateline } from './dateline.js';
import { blockText, endsLikeProse, looksLikeHeading } from './text.js';

/** Abbreviations a headline may end with although it ends with a full stop. */
const abbreviationEnd = /(?:\b(?:\p{Lu}\.)+|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros|Plc|PLC|INC|CORP|CO|LTD)\.)$/u;

/**
 * Whether the first block of an article reads as its headline.
 *
 * @param text The first block's text.
 * @returns True for a headline.
 */
export function looksLikeHeadline(text: string): boolean {
  if (text.length === 0 || text.length > 200) return false;
  if (hasMoreSpaces(text, 24)) return false;
  if (parseByline(text) || startsWithDateline(text)) return false;
  if (/ {3,}|\t/.test(text)) return false;
  if (/^[-–—*•·]/u.test(text)) return false;
  if (endsLikeProse(text)) {
    // Wire headlines are upper case and may end with "CORP." or "U.S."; "?" and "!" are fine.
    if (/(?:[?!]|\.\.\.|…)["'”’]*$/.test(text)) return true;
    if (/[.]$/.test(text) && isUpperCase(text)) return true;
    return abbreviationEnd.test(text);
  }
  return true;
}

/**
 * Whether a first block is a dateline rather than a headline. Wire headlines use " - " too
 * ("ECONOMIC SPOTLIGHT - JAPAN", "WHEAT FREE OF WINTERKILL - USDA"), so a dateline match counts
 * only when the dateline stands alone or opens a sentence-length text.
 */
function startsWithDateline(text: string): boolean {
  const dateline = parseDateline(text);
  if (!dateline) return false;
  const rest = text.slice(dateline.length).trim();
  return rest.length === 0 || rest.split(' ').length > 10 || dateline.date !== null || dateline.agency !== null;
}

/**
 * Whether a text has more than `limit` spaces (`text.split(' ').length > limit + 1`), without
 * splitting it: asked of every article's first block, the split made a string per word and cost
 * 0.8% of a parse.
 */
function hasMoreSpaces(text: string, limit: number): boolean {
  let count = 0;
  for (let index = text.indexOf(' '); index >= 0; index = text.indexOf(' ', index + 1)) {
    if (++count > limit) return true;
  }
  return false;
}

/**
 * Build a headline node from a block's phrasing.
 *
 * @param children Phrasing content.
 * @param from The block it came from (for its position).
 * @returns The headline.
 */
export function createHeadline(children: PhrasingContent[], from: RootContent): Headline {
  // The position in the literal, not added after: one map with the reader's paragraphs (see dateline.ts).
  return from.position ? { type: 'headline', children, position: from.position } : { type: 'headline', children };
}

/**
 * Build a deck node from a block's phrasing.
 *
 * @param children Phrasing content.
 * @param from The block it came from (for its position).
 * @returns The deck.
 */
export function createDeck(children: PhrasingContent[], from: RootContent): Deck {
  // The position in the literal, not added after: one map with the reader's paragraphs (see dateline.ts).
  return from.position ? { type: 'deck', children, position: from.position } : { type: 'deck', children };
}

/**
 * Whether a block right below the headline is a deck: a heading-shaped line followed by
 * prose or a dateline (a section heading never comes before any body text), or any short
 * block followed by the byline.
 *
 * @param block The block after the headline.
 * @param next The block after it.
 * @returns True for a deck.
 */
export function isDeck(block: RootContent, next: RootContent | undefined): boolean {
  // A Markdown `##` heading right below the headline is a deck when the rules below hold too.
  const isBlockOfText = block.type === 'paragraph' || (block.type === 'heading' && block.depth >= 2);
  if (!isBlockOfText || !next) return false;
  const text = blockText(block) ?? '';
  if (parseByline(text) || parseDateline(text)) return false;
  const nextText = blockText(next);
  if (nextText !== undefined && next.type === 'paragraph' && parseByline(nextText)) {
    return text.split(' ').length <= 60;
  }
  // A dateline on its own line ("VIENNA, Nov. 3 (UPI) --") opens the body just as prose does.
  return (
    looksLikeHeading(text) &&
    nextText !== undefined &&
    next.type === 'paragraph' &&
    (endsLikeProse(nextText) || parseDateline(nextText) !== undefined)
  );
}

function isUpperCase(text: string): boolean {
  return text === text.toUpperCase() && /\p{Lu}{2}/u.test(text);
}
