/**
 * The phrasing pass: where quotes and statistics are found inside paragraphs and headlines.
 * Each block with phrasing children goes through the phrasing detectors in turn; until they
 * land, blocks pass through unchanged.
 */
import type { RootContent } from 'mdast';
import type { DetectContext } from './context.js';

/**
 * Run the phrasing detectors over one block (and the blocks inside a section).
 *
 * @param block A body block.
 * @param context The detection context.
 * @returns The block with its phrasing detected.
 */
export function detectPhrasing(block: RootContent, context: DetectContext): RootContent {
  void context;
  return block;
}
