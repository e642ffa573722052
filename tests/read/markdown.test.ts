import type { Paragraph, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/index.js';
import { parse } from '../../src/parse.js';
import { readMarkdown } from '../../src/read/markdown.js';
import { withoutPositions } from '../../src/tree/compare.js';

function textNode(input: string): { node: Text; offset: (index: number) => number } {
  const { tree, map } = readMarkdown(input);
  const node = (tree.children[0] as Paragraph).children[0] as Text;
  return { node, offset: (index) => map.offset(node, index) };
}

describe('readMarkdown', () => {
  it('should read a # heading, ## sections, emphasis, strong and links as mdast', () => {
    const { tree } = readMarkdown('# Title *here*\n\n## Part\n\nSome **bold** and [a link](https://example.org/).\n');
    expect(withoutPositions(tree)).toEqual({
      type: 'root',
      children: [
        {
          type: 'heading',
          depth: 1,
          children: [
            { type: 'text', value: 'Title ' },
            { type: 'emphasis', children: [{ type: 'text', value: 'here' }] },
          ],
        },
        { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Part' }] },
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'Some ' },
            { type: 'strong', children: [{ type: 'text', value: 'bold' }] },
            { type: 'text', value: ' and ' },
            { type: 'link', url: 'https://example.org/', title: null, children: [{ type: 'text', value: 'a link' }] },
            { type: 'text', value: '.' },
          ],
        },
      ],
    });
  });

  it('should keep positions exact, as remark-parse gives them', () => {
    const { tree } = readMarkdown('# Hi\n\nText.');
    expect(tree.children[1]?.position).toEqual({
      start: { line: 3, column: 1, offset: 6 },
      end: { line: 3, column: 6, offset: 11 },
    });
  });

  it('should join soft line breaks with one space, as the text reader does', () => {
    expect(textNode('one \ntwo\n   three').node.value).toBe('one two three');
  });

  it('should map joined text back to input offsets (LF and CRLF)', () => {
    expect([0, 4].map(textNode('one\ntwo').offset)).toEqual([0, 4]);
    expect([0, 4].map(textNode('one\r\ntwo').offset)).toEqual([0, 5]);
  });

  it('should map text after a resolved escape back to its input offset', () => {
    const { node, offset } = textNode('a \\* b');
    expect(node.value).toBe('a * b');
    expect(offset(4)).toBe(5);
  });

  it('should skip a leading BOM and not count it in offsets', () => {
    const { tree } = readMarkdown('\uFEFF# Hi');
    expect(tree.children[0]?.position?.start).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('should move YAML front matter into the root data, not the children', () => {
    const { tree } = readMarkdown('---\ntitle: Hello\ntags: [a, b]\n---\n\nBody.\n');
    expect(tree.data).toEqual({ frontMatter: { title: 'Hello', tags: ['a', 'b'] } });
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
  });

  it('should keep front matter that is not a mapping under `value`', () => {
    expect(readMarkdown('---\n- a\n- b\n---\n\nBody.').tree.data).toEqual({ frontMatter: { value: ['a', 'b'] } });
  });

  it('should keep front matter that is not valid YAML as its source text', () => {
    expect(readMarkdown('---\ntitle: [unclosed\n---\n\nBody.').tree.data).toEqual({
      frontMatter: { value: 'title: [unclosed' },
    });
  });
});

describe('character references in Markdown', () => {
  it('should keep every later position exact after a named, decimal or hex reference', () => {
    const source =
      '# Markets rally\n\nThe council &ldquo;agreed&rdquo; to spend 5 pct more &#38; &#x2014; said Bob Brown.\n';
    const tree = parse(source, { from: 'markdown' });
    const slices: string[] = [];
    const walk = (node: {
      type: string;
      position?: { start: { offset?: number }; end: { offset?: number } };
      children?: unknown[];
    }) => {
      if ((node.type === 'quote' || node.type === 'statistic') && node.position) {
        slices.push(source.slice(node.position.start.offset, node.position.end.offset));
      }
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(tree as unknown as Parameters<typeof walk>[0]);
    expect(slices).toEqual(['&ldquo;agreed&rdquo;', '5 pct']);
    const paragraph = tree.children[1] as {
      children: Array<{ type: string; position?: { end: { offset?: number } } }>;
    };
    expect(paragraph.children.at(-1)?.position?.end.offset).toBe(source.length - 1);
  });
});

describe('line endings in Markdown code', () => {
  it('should give code blocks LF line ends whatever the draft used, as every output writes', () => {
    const tree = parse('# Title of the piece\r\n\r\nIntro para here.\r\n\r\n    code line 1\r\n    code line 2\r\n', {
      from: 'markdown',
    });
    const code = tree.children.find((node) => node.type === 'code') as { value: string } | undefined;
    expect(code?.value).toBe('code line 1\ncode line 2');
  });

  it('should give inline code wrapped over a CRLF line break the same tree as with LF', () => {
    const crlf = parse('# Code story\r\n\r\nRun `npm\r\ninstall` first.\r\n', { from: 'markdown' });
    const lf = parse('# Code story\n\nRun `npm\ninstall` first.\n', { from: 'markdown' });
    const inline = (tree: typeof crlf) =>
      (tree.children[1] as { children: Array<{ type: string; value?: string }> }).children.find(
        (node) => node.type === 'inlineCode',
      )?.value;
    expect(inline(crlf)).toBe('npm\ninstall');
    expect(toMarkdown(crlf)).toBe(toMarkdown(lf));
  });
});
