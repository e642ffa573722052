import type { Paragraph, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { groupSections } from '../../src/detect/sections.js';
import { looksLikeHeading } from '../../src/detect/text.js';
import { parse } from '../../src/parse.js';
import { heading, paragraph, text } from '../helpers/build.js';

const before = paragraph('Waiting lists fell for a third month.');
const after = paragraph('Ministers promised shorter waits.');

function types(nodes: readonly RootContent[]): string[] {
  return nodes.map((node) => (node.type === 'section' ? `section(${node.children.length})` : node.type));
}

describe('looksLikeHeading', () => {
  it.each([
    'Background',
    'What Happens Next',
    'DELIVERY SCHEDULE',
    'How It Will Be Paid For',
    'Why it passed',
    '"A better deal"',
    "'Fire and fury'",
    '‘Nobody’s fault’',
    'What happens next?',
    'Brexit: What happens now?',
  ])('should accept %j', (value) => {
    expect(looksLikeHeading(value)).toBe(true);
  });

  it.each([
    ['a sentence', 'The plan passed.'],
    ['a lower-case start', 'background'],
    ['a table row with two figures', 'Shr 1.84 dlrs vs 1.52 dlrs'],
    ['a table row with runs of spaces', 'Net profit   12.5   10.1'],
    ['a line ending in a colon', 'The company reported:'],
    ['a line ending in a dash', 'NEW YORK -'],
    ['more than 12 words', 'One two three four five six seven eight nine ten eleven twelve thirteen'],
    ['a quotation that runs on', '"We did it'],
    ['a curly quotation that runs on', '“We did it'],
    ['a single-quoted one that runs on', '‘We did it'],
    ['a question labelled Q:', 'Q: When did you start writing?'],
    ['an answer labelled A:', 'A: Ten years ago'],
    ['a turn labelled with a name in capitals', "JAMES HART: What's next?"],
  ])('should reject %s', (_name, value) => {
    expect(looksLikeHeading(value)).toBe(false);
  });
});

describe('groupSections', () => {
  it('should open a section at a heading-shaped line between two prose paragraphs', () => {
    expect(groupSections([before, paragraph('Background'), after])).toEqual([
      before,
      { type: 'section', children: [{ type: 'heading', depth: 2, children: [text('Background')] }, after] },
    ]);
  });

  it('should run a section to the next heading', () => {
    const result = groupSections([before, paragraph('One'), after, before, paragraph('TWO'), after]);
    expect(types(result)).toEqual(['paragraph', 'section(3)', 'section(2)']);
  });

  it('should not take a heading-shaped first or last block for a section head', () => {
    expect(types(groupSections([paragraph('Background'), after]))).toEqual(['paragraph', 'paragraph']);
    expect(types(groupSections([before, paragraph('Background')]))).toEqual(['paragraph', 'paragraph']);
  });

  it('should not take table rows in wire copy for section heads', () => {
    const blocks = [
      paragraph('Meridian said fourth quarter earnings rose.'),
      paragraph('Oper shr 52 cts vs 38 cts'),
      paragraph('Year'),
      paragraph('Oper shr 1.84 dlrs vs 1.52 dlrs'),
      paragraph('Pay April 15'),
      paragraph('The board raised the dividend.'),
    ];
    expect(groupSections(blocks)).toEqual(blocks);
  });

  it('should not take a one-word prose paragraph for prose around a head', () => {
    const blocks = [paragraph('Yes.'), paragraph('Background'), after];
    expect(groupSections(blocks)).toEqual(blocks);
  });

  it('should not take the start of a sentence that goes on in lower case for a head', () => {
    const blocks = [before, paragraph('More than 200 people'), paragraph('were evacuated overnight.')];
    expect(groupSections(blocks)).toEqual(blocks);
  });

  it('should not take the labelled turns of a Q&A for heads', () => {
    const tree = parse(
      [
        'Author talks',
        'The novelist James Hart spoke to us about his new book.',
        'Q: When did you start writing?',
        'A: When I was ten, in my bedroom, on a typewriter.',
        "JAMES HART: What's next?",
        'A third book, set in Wales.',
      ].join('\n\n'),
      { from: 'text' },
    );
    expect(tree.children.map((node) => node.type)).not.toContain('section');
  });

  it('should use a Markdown ## heading as it is, and lower a later # heading to depth 2', () => {
    const two = heading(2, 'Why it passed');
    expect(groupSections([before, two, after, heading(1, 'Later'), after])).toEqual([
      before,
      { type: 'section', children: [two, after] },
      { type: 'section', children: [heading(2, 'Later'), after] },
    ]);
  });

  it('should keep a ### heading inside the current section', () => {
    const three = heading(3, 'Detail');
    expect(groupSections([heading(2, 'Part'), after, three, after])).toEqual([
      { type: 'section', children: [heading(2, 'Part'), after, three, after] },
    ]);
  });

  it('should give a section the span from its heading to its last block', () => {
    const at = (line: number) => ({
      start: { line, column: 1, offset: line * 10 },
      end: { line, column: 5, offset: line * 10 + 4 },
    });
    const blocks: Paragraph[] = [
      { ...before, position: at(1) },
      { ...paragraph('Background'), position: at(3) },
      { ...after, position: at(5) },
      { ...after, position: at(7) },
    ];
    const [, section] = groupSections(blocks);
    expect(section?.position).toEqual({ start: at(3).start, end: at(7).end });
  });
});

describe('sections in the pipeline', () => {
  it('should find title-case, ALL-CAPS and Markdown heads', () => {
    const titled = parse('Headline\n\nOne two.\n\nWhat Happens Next\n\nThree four.', { from: 'text' });
    const caps = parse('Headline\n\nOne two.\n\nROUTE NETWORK\n\nThree four.', { from: 'text' });
    const markdown = parse('# Headline\n\nOne two.\n\n## Why it passed\n\nThree four.', { from: 'markdown' });
    for (const tree of [titled, caps, markdown]) {
      expect(types(tree.children)).toEqual(['headline', 'paragraph', 'section(2)']);
    }
  });
});

describe('a Markdown ## heading right below the headline', () => {
  const read = (markdown: string) => parse(markdown, { from: 'markdown' }).children.map((node) => node.type);

  it('should open the first section when more headings of its depth follow', () => {
    expect(
      read(
        '# Council backs new budget plan\n\n## Background\n\nThe council met on Monday.\n\n## Reaction\n\nTraders were unhappy.\n',
      ),
    ).toEqual(['headline', 'section', 'section']);
  });

  it('should be the deck when it is the only heading of its depth', () => {
    expect(
      read('# Council backs new budget plan\n\n## A deck under the headline\n\nThe council met on Monday.\n'),
    ).toEqual(['headline', 'deck', 'paragraph']);
  });
});
