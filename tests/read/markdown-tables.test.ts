/**
 * GFM tables in Markdown drafts, the one GFM construct the Markdown reader reads: the reader
 * gives mdast `table` / `tableRow` / `tableCell`, the detectors leave them alone, every writer
 * keeps them (Markdown writes a table that reads back to the same tree, HTML a real `<table>`,
 * JSON valid against the schema), lint leaves their layout alone, and the plain-text reader
 * reads the same lines as it always did.
 */
import { Ajv } from 'ajv';
import fc from 'fast-check';
import type { Nodes, Table } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { readMarkdown } from '../../src/read/markdown.js';
import { withoutPositions } from '../../src/tree/compare.js';
import schema from '../../src/tree/schema.json' with { type: 'json' };
import type { ArticleRoot } from '../../src/tree/types.js';
import { writeArticle } from '../../src/write/html/fast/index.js';
import { toHtml, toHtmlWithHast } from '../../src/write/html/index.js';
import { css } from '../../src/write/html/page.js';
import { toJson } from '../../src/write/json.js';
import { toMarkdown } from '../../src/write/markdown/index.js';
import { runCli } from '../helpers/cli.js';
import { check, fixWith } from '../lint/helpers.js';

const validate = new Ajv({ allErrors: true }).compile(schema);

const brief = '# Budget table\n\n| t | a |\n| - | - |\n| 1 | 2 |\n\nText after.\n';

const article = `# Council backs budget

By Jane Doe

LONDON, March 3 (Reuters) - The council approved a budget of $4.5 million, the mayor said.

## The figures

| Item | "Cost" | Share |
| :--- | ---: | :-: |
| Roads | $1.2m | 45% |
| Parks \\| gardens | **$300,000** | 12 percent |
| "We are pleased," he said |

"We are pleased," the mayor said.

## Next

More text.
`;

function nodesOf(tree: ArticleRoot, type: string): Nodes[] {
  const found: Nodes[] = [];
  visit(tree as Nodes, type, (node: Nodes) => {
    found.push(node);
  });
  return found;
}

function inTables(tree: ArticleRoot, type: string): Nodes[] {
  return nodesOf(tree, 'table').flatMap((table) => {
    const found: Nodes[] = [];
    visit(table, type, (node: Nodes) => {
      found.push(node);
    });
    return found;
  });
}

function roundTrip(tree: ArticleRoot): ArticleRoot {
  return parse(toMarkdown(tree), { from: 'markdown' });
}

describe('GFM tables in Markdown drafts', () => {
  it('should read a table as mdast table, tableRow and tableCell with align', () => {
    const { tree } = readMarkdown(brief);
    expect(withoutPositions(tree.children[1])).toEqual({
      type: 'table',
      align: [null, null],
      children: [
        {
          type: 'tableRow',
          children: [
            { type: 'tableCell', children: [{ type: 'text', value: 't' }] },
            { type: 'tableCell', children: [{ type: 'text', value: 'a' }] },
          ],
        },
        {
          type: 'tableRow',
          children: [
            { type: 'tableCell', children: [{ type: 'text', value: '1' }] },
            { type: 'tableCell', children: [{ type: 'text', value: '2' }] },
          ],
        },
      ],
    });
    const aligned = readMarkdown('| a | b | c | d |\n| :- | :-: | -: | - |\n').tree.children[0] as Table;
    expect(aligned.align).toEqual(['left', 'center', 'right', null]);
  });

  it('should read none of the rest of GFM: autolink literals, strikethrough, task lists, footnotes', () => {
    const { tree } = readMarkdown('See www.example.com and https://example.org, ~~gone~~.\n\n- [ ] task\n\nA[^1].\n');
    expect(nodesOf(tree, 'link')).toEqual([]);
    expect(nodesOf(tree, 'delete')).toEqual([]);
    expect(nodesOf(tree, 'footnoteReference')).toEqual([]);
    const item = nodesOf(tree, 'listItem')[0] as { checked?: boolean | null };
    expect(item.checked ?? null).toBeNull();
  });

  it('should map cell text to its source', () => {
    const { tree } = readMarkdown(brief);
    const [cell] = inTables(tree, 'text') as Array<{ value: string; position?: { start: { offset?: number } } }>;
    expect(cell?.value).toBe('t');
    expect(brief.charAt(cell?.position?.start.offset ?? -1)).toBe('t');
  });

  it('should leave table cells alone when detecting quotes and statistics, and keep tables in sections', () => {
    const tree = parse(article, { from: 'markdown' });
    expect(inTables(tree, 'statistic')).toEqual([]);
    expect(inTables(tree, 'quote')).toEqual([]);
    // Outside the table, detection goes on as before.
    expect(nodesOf(tree, 'statistic').length).toBeGreaterThan(0);
    expect(nodesOf(tree, 'quote').length).toBeGreaterThan(0);
    const section = tree.children.find((node) => node.type === 'section');
    expect(section && 'children' in section ? section.children.map((node) => node.type) : []).toEqual([
      'heading',
      'table',
      'paragraph',
    ]);
    const flattened = parse(brief, { from: 'markdown' });
    expect(flattened.children.map((node) => node.type)).toEqual(['headline', 'table', 'paragraph']);
    expect(flattened.data?.counts?.statistics).toBe(0);
  });

  it('should write the table back as a table that reads back to the same tree', () => {
    const tree = parse(brief, { from: 'markdown' });
    expect(toMarkdown(tree)).toBe('# Budget table\n\n| t | a |\n| - | - |\n| 1 | 2 |\n\nText after.\n');
    const full = parse(article, { from: 'markdown' });
    const markdown = toMarkdown(full);
    expect(markdown).toContain('| :------------------------ | -----------: | :--------: |');
    expect(markdown).toContain('| Parks \\| gardens          | **$300,000** | 12 percent |');
    expect(withoutPositions(roundTrip(full), { rootData: false })).toEqual(withoutPositions(full, { rootData: false }));
  });

  it('should write HTML with a real table, the same through the fast writer and the reference', () => {
    const tree = parse(article, { from: 'markdown' });
    const html = toHtml(tree);
    expect(html).toContain('<table>\n<thead>\n<tr>\n<th align="left">Item</th>');
    expect(html).toContain('<td align="left">Parks | gardens</td>\n<td align="right"><strong>$300,000</strong></td>');
    expect(html).toContain('</tbody>\n</table>');
    // The fast writer covers tables: no fallback to the reference pipeline, and the same bytes.
    expect(writeArticle(tree)).toHaveProperty('html');
    for (const options of [{}, { standalone: true }]) expect(toHtml(tree, options)).toBe(toHtmlWithHast(tree, options));
  });

  it('should let a wide table scroll on its own on the standalone page', () => {
    expect(css).toMatch(/\ntable \{[^}]*display: block;[^}]*overflow-x: auto;/);
    // The header cells' `align` (a presentational hint) is not overridden by the page's CSS.
    expect(css).toMatch(/\nth:not\(\[align\]\) \{ text-align: start; \}/);
  });

  it('should give JSON valid against the schema, which checks table shapes', () => {
    const tree = parse(article, { from: 'markdown', file: 'story.md' });
    for (const position of [true, false]) {
      expect(validate(JSON.parse(toJson(tree, { position }))), JSON.stringify(validate.errors)).toBe(true);
    }
    const table = (align: unknown, cell: unknown) => ({
      type: 'root',
      children: [{ type: 'table', align, children: [{ type: 'tableRow', children: [cell] }] }],
    });
    const cell = { type: 'tableCell', children: [{ type: 'text', value: 'a' }] };
    expect(validate(table(['left'], cell))).toBe(true);
    expect(validate(table(null, cell))).toBe(true);
    expect(validate(table(['middle'], cell))).toBe(false);
    expect(validate(table([null], { type: 'paragraph', children: [] }))).toBe(false);
    expect(validate(table([null], { type: 'tableCell' }))).toBe(false);
  });

  it('should take a table as a sign of Markdown when the format is not given, through the API and the CLI', async () => {
    const draft = 'Council backs budget\n\nThe figures:\n\nItem | Cost\n--- | ---:\nRoads | $1.2m\n';
    expect(nodesOf(parse(draft), 'table')).toHaveLength(1);
    const result = await runCli(['convert', '-', '--to', 'html'], { stdin: draft });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('<th align="right">Cost</th>');
  });

  it('should not touch the plain-text reader: pipes there are paragraph text, as before', () => {
    const tree = parse(brief, { from: 'text' });
    expect(nodesOf(tree, 'table')).toEqual([]);
    expect(tree.children.map((node) => node.type)).toEqual(['headline', 'paragraph', 'paragraph']);
    expect(withoutPositions(roundTrip(tree), { rootData: false })).toEqual(withoutPositions(tree, { rootData: false }));
  });

  it('should keep a table laid out with spaces out of the whitespace rule, and fix typography in cells', () => {
    const draft = '# Budget\n\n| col  | b |\n| ---- | - |\n| 1    | 2 |\n\nText  after.\n';
    expect(check('whitespace', draft, { from: 'markdown' })).toEqual(['7:5-7:7: Unexpected `2` spaces, expected `1`']);
    expect(fixWith('whitespace', draft, { from: 'markdown' })).toBe(draft.replace('Text  after', 'Text after'));
    expect(
      check('dash-style', '# Budget\n\n| a | b |\n| - | - |\n| roads -- fast | 2 |\n', { from: 'markdown' }),
    ).toEqual(['5:9-5:11: Unexpected `--`, expected `—`']);
  });
});

/** Cell text: words, figures, quote marks, escaped pipes, emphasis, code, and characters to escape. */
const cellText = fc
  .array(
    fc.constantFrom(
      'Roads',
      'parks',
      '$1.2m',
      '45%',
      '12 percent',
      '"We are pleased," he said',
      '“curly”',
      '\\|',
      '*em*',
      '**strong**',
      '`code`',
      '-',
      ':',
      '#',
      '<b>',
      '&amp;',
      '[link](https://example.org/)',
      '1.',
      '\\',
      '_',
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join(' '));

const alignment = fc.constantFrom('---', ':--', '-:', ':-:');

/** A Markdown article with a table of generated cells somewhere in it. */
const tableArticle = fc
  .tuple(
    fc.array(alignment, { minLength: 1, maxLength: 4 }),
    fc.array(cellText, { minLength: 4, maxLength: 4 }),
    fc.array(fc.array(cellText, { minLength: 1, maxLength: 5 }), { maxLength: 3 }),
    fc.boolean(),
  )
  .map(([aligns, headings, rows, inSection]) => {
    const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    // The header row has as many cells as the delimiter row, or it is no table.
    const header = row(headings.slice(0, aligns.length));
    const delimiter = row(aligns);
    const body = rows.map(row);
    return [
      '# Budget story',
      'By Jane Doe',
      'The council said 45% of the $1.2m went to roads.',
      ...(inSection ? ['## The figures'] : []),
      [header, delimiter, ...body].join('\n'),
      'Text after.',
    ].join('\n\n');
  });

describe('GFM tables, on generated drafts', () => {
  const settings = {
    seed: Number(process.env['FC_SEED'] ?? 20_261_125),
    numRuns: Number(process.env['FC_RUNS'] ?? 150),
  };

  it('should read back the same tree, validate, write identical HTML both ways, and detect nothing in cells', () => {
    fc.assert(
      fc.property(tableArticle, (input) => {
        const tree = parse(input, { from: 'markdown', file: 'story.md' });
        expect(nodesOf(tree, 'table')).toHaveLength(1);
        expect(inTables(tree, 'statistic')).toEqual([]);
        expect(inTables(tree, 'quote')).toEqual([]);
        expect(withoutPositions(roundTrip(tree), { rootData: false })).toEqual(
          withoutPositions(tree, { rootData: false }),
        );
        expect(validate(JSON.parse(toJson(tree))), JSON.stringify(validate.errors)).toBe(true);
        expect(toHtml(tree)).toBe(toHtmlWithHast(tree));
        expect(toHtml(tree)).toContain('<table>\n<thead>');
      }),
      settings,
    );
  });
});
