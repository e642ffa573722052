/**
 * Wire tables typed in columns: the plain-text reader keeps them as one `code` block (through
 * the API), and `convert` writes them as a fenced block and `<pre>` (through the CLI).
 */
import type { Code, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { charSearch } from '../../src/detect/sentences.js';
import { parse } from '../../src/parse.js';
import { readText } from '../../src/read/text.js';
import { isColumnRow, tableRows } from '../../src/read/wire-table.js';
import { withoutPositions } from '../../src/tree/compare.js';
import { toHtml } from '../../src/write/html/index.js';
import { toMarkdown } from '../../src/write/markdown/index.js';
import { spawnCli } from '../helpers/cli.js';

const table = [
  'FERRY TIMES CUT',
  '',
  '    DOVER, May 2 - The ferry line cut crossing times, it said.',
  '    Times in minutes, new and old -',
  '             NEW    OLD',
  ' Calais      75     90',
  ' Dunkirk/',
  ' Gravelines  110    120',
  '    Boulogne    95     105',
  '    The cuts take effect in June.',
  '',
].join('\n');

const rows = [
  '            NEW    OLD',
  'Calais      75     90',
  'Dunkirk/',
  'Gravelines  110    120',
  '   Boulogne    95     105',
];

function kinds(nodes: readonly RootContent[]): string[] {
  return nodes.map((node) => node.type);
}

function codeOf(text: string): Code {
  const code = readText(text).tree.children.find((node) => node.type === 'code');
  if (!code) throw new Error('no code block');
  return code as Code;
}

describe('isColumnRow', () => {
  const row = (text: string) => isColumnRow(text, { start: 0, end: text.length, indent: 0 });

  it('should take two gaps of two spaces, or one of three, for columns', () => {
    expect(row('Calais  75  90')).toBe(true);
    expect(row('Sum of adjustments   12.75')).toBe(true);
    expect(row('Calais\t75\t90')).toBe(true);
  });

  it('should not take prose, with one space between words or two after a full stop', () => {
    expect(row('The ferry line cut crossing times, it said.')).toBe(false);
    expect(row('dealers showed.  Bids are in dollars.')).toBe(false);
    expect(row('Calais  75')).toBe(false);
  });
});

describe('charSearch for column gaps', () => {
  it('should find the next two spaces or tab', () => {
    const text = 'a  b c\td  e';
    const gaps = charSearch(text, ['  ', '\t']);
    expect(gaps(0)).toBe(1);
    expect(gaps(3)).toBe(6);
    expect(gaps(7)).toBe(8);
    expect(gaps(9)).toBe(-1);
  });
});

describe('tableRows', () => {
  const lines = (...texts: string[]) => {
    const text = texts.join('\n');
    let start = 0;
    return {
      text,
      lines: texts.map((line) => {
        const result = { start, end: start + line.length, indent: 0 };
        start += line.length + 1;
        return result;
      }),
    };
  };

  it('should count the rows of a block whose lines are mostly rows', () => {
    const { text, lines: block } = lines('Dunkirk/', 'Gravelines  110    120', 'Calais      75     90');
    expect(tableRows(text, block)).toBe(2);
  });

  it('should give 0 for a block of prose with one wide gap', () => {
    const { text, lines: block } = lines(
      'It said costs rose.   Sales fell',
      'in the year to March, it said.',
      'Profits were flat.',
    );
    expect(tableRows(text, block)).toBe(0);
  });
});

describe('readText: wire tables', () => {
  it('should keep the rows in one code block, the blocks around it paragraphs', () => {
    const { tree } = readText(table);
    expect(kinds(tree.children)).toEqual(['paragraph', 'paragraph', 'paragraph', 'code', 'paragraph']);
  });

  it('should keep the columns: relative indentation, shared indentation dropped', () => {
    expect(codeOf(table).value).toBe(rows.join('\n'));
  });

  it('should read a code block as remark does a fenced block without an info string', () => {
    const code = codeOf(table);
    expect(code.lang).toBeNull();
    expect(code.meta).toBeNull();
  });

  it('should place the block from its first row to its last', () => {
    const code = codeOf(table);
    const start = table.indexOf('NEW');
    const end = table.indexOf('105') + 3;
    expect(code.position?.start).toEqual({ line: 5, column: 14, offset: start });
    expect(code.position?.end).toEqual({ line: 9, column: 27, offset: end });
  });

  it('should leave prose glued above the header a paragraph, but keep a short caption', () => {
    const glued = 'PRICES\n\n    LONDON, May 2 - Prices were as follows, in dollars a\nbarrel -\n A  1  2\n B  3  4\n';
    expect(kinds(readText(glued).tree.children)).toEqual(['paragraph', 'paragraph', 'code']);
    const captioned = 'PRICES\n\n    LONDON, May 2 - Prices rose.\n    Spot --\n A  1  2\n B  3  4\n';
    expect(codeOf(captioned).value).toBe('   Spot --\nA  1  2\nB  3  4');
  });

  it('should leave a credit line glued under the last row out of the table', () => {
    const credited = 'PRICES\n\n    LONDON, May 2 - Prices rose.\n A  1  2\n B  3  4\n REUTER\n';
    const { tree } = readText(credited);
    expect(kinds(tree.children)).toEqual(['paragraph', 'paragraph', 'code', 'paragraph']);
    expect(codeOf(credited).value).toBe('A  1  2\nB  3  4');
  });

  it('should not join tables that a blank line separates', () => {
    const two = 'PRICES\n\n    LONDON, May 2 - Prices rose.\n A  1  2\n B  3  4\n\n C  5  6\n D  7  8\n';
    expect(kinds(readText(two).tree.children)).toEqual(['paragraph', 'paragraph', 'code', 'code']);
  });

  it('should leave prose alone: one row of columns, or a headline, is no table', () => {
    const lone = 'PRICES  UP  AGAIN\nTOP  LINE  TOO\n\n    Jun 13.0, Jul 7.0, total 55.8.        REUTER\n';
    expect(kinds(readText(lone).tree.children)).toEqual(['paragraph', 'paragraph']);
  });

  it('should read CRLF, tabs and NUL as the rest of the reader does', () => {
    const crlf = table.replaceAll('\n', '\r\n');
    expect(codeOf(crlf).value).toBe(rows.join('\n'));
    const tabbed = 'PRICES\n\n    LONDON, May 2 - Prices rose.\n A\t1\t2\n B\t3\t\u0000\n';
    expect(codeOf(tabbed).value).toBe('A\t1\t2\nB\t3\t\uFFFD');
  });
});

describe('parse and the writers: wire tables', () => {
  it('should detect nothing inside a table: its figures are not statistics', () => {
    const tree = parse(table, { from: 'text' });
    const code = tree.children.find((node) => node.type === 'code') as Code;
    expect(code.value).toContain('110    120');
    expect(tree.data?.counts?.statistics).toBe(0);
  });

  it('should write a fenced block that reads back to the same tree', () => {
    const tree = parse(table, { from: 'text' });
    const markdown = toMarkdown(tree);
    expect(markdown).toContain(`\`\`\`\n${rows.join('\n')}\n\`\`\``);
    const again = parse(markdown, { from: 'markdown' });
    expect(withoutPositions(again, { rootData: false })).toEqual(withoutPositions(tree, { rootData: false }));
  });

  it('should write <pre><code> in HTML', () => {
    expect(toHtml(parse(table, { from: 'text' }))).toContain(
      '<pre><code>            NEW    OLD\nCalais      75     90\nDunkirk/\n',
    );
  });
});

describe('copydesk convert: wire tables (spawned bin)', () => {
  it('should keep the columns in Markdown and HTML', () => {
    const markdown = spawnCli(['convert', '--from', 'text', '--to', 'markdown'], { input: table });
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain(`\`\`\`\n${rows.join('\n')}\n\`\`\``);
    const html = spawnCli(['convert', '--from', 'text', '--to', 'html'], { input: table });
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<pre><code>            NEW    OLD\n');
    const json = spawnCli(['convert', '--from', 'text', '--to', 'json', '--no-position'], { input: table });
    const tree = JSON.parse(json.stdout) as { children: RootContent[] };
    expect(tree.children.find((node) => node.type === 'code')).toEqual({
      type: 'code',
      lang: null,
      meta: null,
      value: rows.join('\n'),
    });
  });
});
