import type { Paragraph, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import { phrasingText } from '../../src/detect/text.js';
import { readText } from '../../src/read/text.js';

/** A point: line and column are 1-based, offset 0-based. */
function point(line: number, column: number, offset: number) {
  return { line, column, offset };
}

/** A paragraph with one text node spanning the same range, as the reader builds it. */
function paragraph(value: string, start: ReturnType<typeof point>, end: ReturnType<typeof point>): Paragraph {
  return {
    type: 'paragraph',
    children: [{ type: 'text', value, position: { start, end } }],
    position: { start, end },
  };
}

function texts(input: string): string[] {
  return readText(input).tree.children.map((node) => ((node as Paragraph).children[0] as Text).value);
}

function firstText(input: string): { node: Text; offset: (index: number) => number } {
  const { tree, map } = readText(input);
  const node = (tree.children[0] as Paragraph).children[0] as Text;
  return { node, offset: (index) => map.offset(node, index) };
}

describe('readText', () => {
  describe('paragraphs', () => {
    it('should split paragraphs at blank lines, with exact positions', () => {
      expect(readText('One two.\n\nThree four.\n').tree).toEqual({
        type: 'root',
        children: [
          paragraph('One two.', point(1, 1, 0), point(1, 9, 8)),
          paragraph('Three four.', point(3, 1, 10), point(3, 12, 21)),
        ],
        position: { start: point(1, 1, 0), end: point(4, 1, 22) },
      });
    });

    it('should give a byline typed right under the headline a block of its own, and the line after it', () => {
      expect(texts('Acme profits soar\nBy Jane Doe\nLONDON - Acme said\nprofits rose.\n')).toEqual([
        'Acme profits soar',
        'By Jane Doe',
        'LONDON - Acme said profits rose.',
      ]);
      // Only the article's second line, and only a byline: prose starting "By" stays joined.
      expect(texts('Acme profits soar\nBy the time it closed, shares fell.\n')).toEqual([
        'Acme profits soar By the time it closed, shares fell.',
      ]);
      expect(texts('Acme profits soar\nas sales jump\nBy Jane Doe\n')).toEqual([
        'Acme profits soar as sales jump By Jane Doe',
      ]);
    });

    it('should make a line that is one HTML comment (a lint directive) an html node of its own', () => {
      const input =
        'Shares rise\n\n<!-- copydesk-disable dash-style -->\nShares rose - a record.\n<!-- x --> not alone\n';
      const children = readText(input).tree.children;
      expect(
        children.map((node) => (node.type === 'html' ? node.value : phrasingText((node as Paragraph).children))),
      ).toEqual([
        'Shares rise',
        '<!-- copydesk-disable dash-style -->',
        // A comment with text beside it is the writer's text.
        'Shares rose - a record. <!-- x --> not alone',
      ]);
      const comment = children[1];
      expect(comment?.position).toEqual({ start: point(3, 1, 13), end: point(3, 37, 49) });
    });

    it('should start a paragraph at each indented first line (wire copy), not make code blocks', () => {
      expect(readText('    First line\nwrapped here.\n    Second one.\n').tree.children).toEqual([
        paragraph('First line wrapped here.', point(1, 5, 4), point(2, 14, 28)),
        paragraph('Second one.', point(3, 5, 33), point(3, 16, 44)),
      ]);
    });

    it('should treat blank lines made of spaces and tabs as blank', () => {
      expect(texts('One.\n   \t \nTwo.')).toEqual(['One.', 'Two.']);
    });

    it('should not start a paragraph at a line indented by one space', () => {
      expect(texts('First line\n continued here.')).toEqual(['First line continued here.']);
    });

    it('should split a glued closing agency line (" Reuter") off the last paragraph', () => {
      expect(texts('    Shares rose.\n Reuter\n')).toEqual(['Shares rose.', 'Reuter']);
    });

    it('should not split an agency word that is followed by more text', () => {
      expect(texts('The deal was announced by\nReuters\nand others.')).toEqual([
        'The deal was announced by Reuters and others.',
      ]);
    });

    it('should start a paragraph at each item of a numbered list, with exact positions', () => {
      expect(readText('Steps:\n1. First item\n2. Second item\n').tree.children).toEqual([
        paragraph('Steps:', point(1, 1, 0), point(1, 7, 6)),
        paragraph('1. First item', point(2, 1, 7), point(2, 14, 20)),
        paragraph('2. Second item', point(3, 1, 21), point(3, 15, 35)),
      ]);
    });

    it('should keep a wrapped line of a list item with its item, and read "1)" markers', () => {
      expect(texts('1) First item that\nwraps\n2) Second item\n3) Third')).toEqual([
        '1) First item that wraps',
        '2) Second item',
        '3) Third',
      ]);
    });

    it('should keep a hard-wrapped line that starts with a figure and a full stop joined ("May\\n1. They")', () => {
      expect(texts('Four programs start after May\n1. They are short-term insurance.\n')).toEqual([
        'Four programs start after May 1. They are short-term insurance.',
      ]);
    });

    it('should return no paragraphs for empty or blank input', () => {
      expect(readText('').tree.children).toEqual([]);
      expect(readText('\n \n\t\n').tree.children).toEqual([]);
    });
  });

  describe('joining hard-wrapped lines', () => {
    it('should join wrapped lines with one space, dropping trailing spaces', () => {
      expect(texts('A line   \nwrapped\t\nthrice.')).toEqual(['A line wrapped thrice.']);
    });

    it('should map every character of a joined value back to its input offset', () => {
      const { node, offset } = firstText('ab \ncd\nef');
      expect(node.value).toBe('ab cd ef');
      expect([0, 1, 3, 4, 6, 7].map(offset)).toEqual([0, 1, 4, 5, 7, 8]);
    });
  });

  describe('line endings and special characters', () => {
    it('should read CRLF line endings, counting both characters in offsets', () => {
      expect(readText('A b.\r\n\r\nC d\r\ne.\r\n').tree.children).toEqual([
        paragraph('A b.', point(1, 1, 0), point(1, 5, 4)),
        paragraph('C d e.', point(3, 1, 8), point(4, 3, 15)),
      ]);
      const { offset } = firstText('ab\r\ncd');
      expect(offset(3)).toBe(4);
    });

    it('should read CR-only line endings', () => {
      expect(readText('A b.\r\rC d\re.').tree.children).toEqual([
        paragraph('A b.', point(1, 1, 0), point(1, 5, 4)),
        paragraph('C d e.', point(3, 1, 6), point(4, 3, 12)),
      ]);
    });

    it('should skip a leading BOM and not count it in offsets', () => {
      expect(readText('\uFEFFHello world.').tree).toEqual({
        type: 'root',
        children: [paragraph('Hello world.', point(1, 1, 0), point(1, 13, 12))],
        position: { start: point(1, 1, 0), end: point(1, 13, 12) },
      });
    });

    it('should take a tab-indented line as the start of a paragraph', () => {
      expect(readText('\tFirst para\nwraps.\n\tSecond.').tree.children).toEqual([
        paragraph('First para wraps.', point(1, 2, 1), point(2, 7, 18)),
        paragraph('Second.', point(3, 2, 20), point(3, 9, 27)),
      ]);
    });

    it('should take NBSP indentation as indentation and keep an NBSP inside the text', () => {
      expect(texts('\u00a0\u00a0Para one.\n\u00a0\u00a0Children under\u00a012 go free.')).toEqual([
        'Para one.',
        'Children under\u00a012 go free.',
      ]);
    });

    it('should trim trailing Unicode spaces from a line', () => {
      expect(readText('Text.\u2003\u00a0\nMore.').tree.children).toEqual([
        paragraph('Text. More.', point(1, 1, 0), point(2, 6, 13)),
      ]);
    });

    it('should keep curly and straight quotes as they are', () => {
      expect(texts('\u201cYes,\u201d she said. "No," he said. It\u2019s \u2018fine\u2019.')).toEqual([
        '\u201cYes,\u201d she said. "No," he said. It\u2019s \u2018fine\u2019.',
      ]);
    });
  });
});
