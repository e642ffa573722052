/**
 * The detection pipeline: turns a reader's tree of paragraphs and headings into an article tree.
 * Steps run in this order, each on what the previous ones left:
 *
 * 1. source tags — closing credit lines, taken off the end first so nothing else claims them (with
 *    the site's footer lines under them, which stay paragraphs);
 * 2. headline — the first block, when it reads as one;
 * 3. deck and byline — the blocks right after the headline;
 * 4. dateline — the start of the first body paragraph (or of the one below a stray top line);
 * 5. sections — headings and heading-shaped lines in the body;
 * 6. phrasing — quotes and statistics inside paragraphs, then in the headline and deck, with one
 *    per-article state for speakers (the phrasing pass).
 */
import type { Heading, Nodes, Paragraph, RootContent } from 'mdast';
import { isHtmlComment } from '../read/text.js';
import type { ArticleRoot } from '../tree/types.js';
import { toByline } from './byline.js';
import type { DetectContext } from './context.js';
import type { PhrasingCounts } from './counts.js';
import { detectDateline } from './dateline.js';
import { createDeck, createHeadline, isDeck, looksLikeHeadline } from './headline.js';
import { createPhrasingState, detectPhrasing } from './phrasing.js';
import { groupSections } from './sections.js';
import { takeClosingCredits } from './source-tags.js';
import { blockText, endsLikeProse } from './text.js';

/** How many blocks after the headline may hold the byline. */
const bylineWindow = 3;

/**
 * Run every detector over a reader's tree.
 *
 * @param tree The tree from a reader (not changed).
 * @param context The detection context.
 * @returns A new article tree.
 */
export function detect(tree: ArticleRoot, context: DetectContext): ArticleRoot {
  return detectArticle(tree, context).tree;
}

/** The article tree, and the counts of the blocks the phrasing pass counted (for `countNodes`). */
export interface DetectedArticle {
  tree: ArticleRoot;
  counted: ReadonlyMap<Nodes, PhrasingCounts>;
}

/**
 * `detect`, giving back besides the tree what `parse` needs to count its words without reading
 * the text again.
 *
 * @param tree The tree from a reader (not changed).
 * @param context The detection context.
 * @returns The new article tree and the counts known of its blocks.
 */
export function detectArticle(tree: ArticleRoot, context: DetectContext): DetectedArticle {
  const blocks = [...tree.children];

  const tail = takeClosingCredits(blocks);

  const top: RootContent[] = [];
  // Comments above the headline (a lint directive, `<!-- copydesk-disable … -->`) stay in front
  // of it; the headline is the first block after them.
  while (blocks.length > 1 && isComment(blocks[0])) top.push(blocks.shift() as RootContent);
  const first = blocks[0];
  let headline = false;
  if (first?.type === 'heading' && first.depth === 1) {
    top.push(createHeadline(first.children, first));
    blocks.shift();
    headline = true;
  } else if (first?.type === 'paragraph' && blocks.length > 1 && looksLikeHeadline(blockText(first) ?? '')) {
    top.push(createHeadline(first.children, first));
    blocks.shift();
    headline = true;
  }

  if (headline && blocks[0] && isDeck(blocks[0], blocks[1]) && !opensSections(blocks)) {
    const deck = blocks.shift() as Paragraph | Heading;
    top.push(createDeck(deck.children, deck));
  }

  for (let index = 0; index < Math.min(bylineWindow, blocks.length); index++) {
    const block = blocks[index];
    const byline = block?.type === 'paragraph' ? toByline(block) : undefined;
    if (!byline) continue;
    // Blocks before the byline are top matter too (a kicker or a label above it).
    top.push(...blocks.splice(0, index + 1).slice(0, index), byline);
    break;
  }

  // The dateline opens the lead; or the paragraph after a short line above it that nothing
  // claimed (a label, a byline in mixed case), which would otherwise hide it.
  for (let index = 0; index < Math.min(2, blocks.length); index++) {
    const block = blocks[index];
    if (block?.type !== 'paragraph') break;
    const dated = detectDateline(block, context);
    if (dated) {
      blocks[index] = dated;
      break;
    }
    if (!isTopLine(blockText(block) ?? '')) break;
  }

  // The phrasing pass reads the body first, then the headline and deck (see phrasing.ts).
  const state = createPhrasingState();
  const [head, body] = detectPhrasing(top, groupSections(blocks), context, state);
  const root: ArticleRoot = { type: 'root', children: joinBlocks(head, body, tail) };
  if (tree.data) root.data = tree.data;
  if (tree.position) root.position = tree.position;
  return { tree: root, counted: state.counted };
}

/**
 * The blocks of three lists in one, pushed in loops. Not spreads: spreading iterates each array
 * inline, and `tail`, empty in most articles, came with other elements once credits were found
 * ("wrong map" in detect). Not `concat` either, which took 0.7% of a parse on these short lists.
 */
function joinBlocks(
  head: readonly RootContent[],
  body: readonly RootContent[],
  tail: readonly RootContent[],
): RootContent[] {
  const blocks: RootContent[] = [];
  for (let index = 0; index < head.length; index++) blocks.push(head[index] as RootContent);
  for (let index = 0; index < body.length; index++) blocks.push(body[index] as RootContent);
  for (let index = 0; index < tail.length; index++) blocks.push(tail[index] as RootContent);
  return blocks;
}

/**
 * Whether a paragraph above the lead reads as top matter the byline search did not claim: a
 * short line that starts with "By" (a byline in lower case) or does not end like a sentence (a
 * label). The dateline search looks past it; past a short sentence it does not.
 */
function isTopLine(text: string): boolean {
  return text.length <= 80 && (/^by\s/i.test(text) || !endsLikeProse(text));
}

/**
 * Whether the block after the headline is the first of several Markdown headings of one depth:
 * then it opens the first section (`## Background` … `## Reaction`), not a deck, even with no
 * text between it and the headline. A lone `##` under the headline stays a deck.
 */
function opensSections(blocks: readonly RootContent[]): boolean {
  const first = blocks[0];
  if (first?.type !== 'heading') return false;
  return blocks.some((block, index) => index > 0 && block.type === 'heading' && block.depth === first.depth);
}

/** Whether a block is an HTML comment and nothing else (what both readers make of `<!-- … -->`). */
function isComment(block: RootContent | undefined): boolean {
  return block?.type === 'html' && isHtmlComment(block.value);
}
