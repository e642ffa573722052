/**
 * Section detection: group the body into sections, each opened by an mdast `heading`.
 *
 * Headings are Markdown headings (depth 2, or a later depth-1 heading), or short heading-shaped
 * lines in plain text. A short line counts as a heading only between two prose paragraphs:
 * wire copy is full of short unpunctuated lines (table rows, "Shr 1.50 dlrs vs 1.20") that sit
 * next to other such lines, never between sentences.
 */
import type { Heading, RootContent } from 'mdast';
import type { Section } from '../tree/types.js';
import { blockText, endsLikeProse, looksLikeHeading } from './text.js';

/**
 * Group body blocks into sections. Blocks before the first heading stay as they are (the
 * untitled lead); each heading opens a section that runs to the next one.
 *
 * @param body Body blocks (after the top matter, before the source tags).
 * @returns The blocks, with sections.
 */
export function groupSections(body: readonly RootContent[]): RootContent[] {
  const result: RootContent[] = [];
  let current: Section | undefined;
  for (let index = 0; index < body.length; index++) {
    const block = body[index] as RootContent;
    // In bounds: a read at -1 or past the end is a slow generic look-up in V8.
    const previous = index > 0 ? body[index - 1] : undefined;
    const next = index + 1 < body.length ? body[index + 1] : undefined;
    const heading = asSectionHeading(block, previous, next);
    if (heading) {
      current = { type: 'section', children: [heading] };
      if (heading.position) current.position = { ...heading.position };
      result.push(current);
      continue;
    }
    if (current) {
      current.children.push(block);
      if (current.position && block.position) current.position.end = block.position.end;
    } else result.push(block);
  }
  return result;
}

function asSectionHeading(
  block: RootContent,
  previous: RootContent | undefined,
  next: RootContent | undefined,
): Heading | undefined {
  if (block.type === 'heading') {
    if (block.depth > 2) return undefined;
    return block.depth === 2 ? block : { ...block, depth: 2 };
  }
  if (block.type !== 'paragraph' || !previous || !next) return undefined;
  const text = blockText(block) ?? '';
  if (!looksLikeHeading(text)) return undefined;
  if (!isProseParagraph(previous) || !isProseParagraph(next)) return undefined;
  // `More than 200 people` then `were evacuated overnight.`: a sentence broken by a blank line
  // goes on in lower case; a section's first paragraph starts a sentence.
  if (startsInLowerCase(next)) return undefined;
  // The position in the literal rather than added after: one map for every heading (see dateline.ts).
  const heading: Heading = block.position
    ? { type: 'heading', depth: 2, children: block.children, position: block.position }
    : { type: 'heading', depth: 2, children: block.children };
  return heading;
}

function startsInLowerCase(block: RootContent): boolean {
  if (block.type !== 'paragraph') return false;
  return /^\p{Ll}/u.test(blockText(block) ?? '');
}

function isProseParagraph(block: RootContent): boolean {
  if (block.type === 'heading') return true;
  if (block.type !== 'paragraph') return false;
  const text = blockText(block) ?? '';
  return endsLikeProse(text) && text.includes(' ');
}
