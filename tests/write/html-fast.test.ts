/**
 * The fast HTML writer (`src/write/html/fast/`) against the reference hast pipeline
 * (`toHtmlWithHast`: mdast-util-to-hast, hast-util-sanitize, hast-util-to-html): the output of
 * `toHtml` must be byte-identical, fragment and standalone page, on every fixture read as text
 * and as Markdown, on the whole corpus when `../shared/corpus` sits beside the project, and on
 * generated trees and texts full of hostile strings. Trees the fast writer does not cover fall
 * back to the reference, so they must match too.
 *
 * The seed is fixed so a run is repeatable; set FC_SEED and FC_RUNS to explore.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { toHtml as hastToHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import type { ArticleRoot } from '../../src/tree/types.js';
import { writeArticle } from '../../src/write/html/fast/index.js';
import { type HtmlOptions, toArticleElement, toHtml, toHtmlWithHast } from '../../src/write/html/index.js';
import { paragraph } from '../helpers/build.js';
import { listFixtures, readInputText } from '../helpers/fixtures.js';
import { articleText, hostileMarkdown } from '../robustness/arbitraries.js';

const seed = Number(process.env['FC_SEED'] ?? 20_261_125);
const runs = Number(process.env['FC_RUNS'] ?? 300);

const fragment: HtmlOptions = {};
const page: HtmlOptions = { standalone: true };
const pageWithLang: HtmlOptions = { standalone: true, lang: 'fr-CA" onload="x&<' };

/** Fast and reference output for each set of options. */
function expectSameHtml(tree: ArticleRoot, label: string, options = [fragment, page, pageWithLang]): void {
  for (const option of options) {
    const fast = toHtml(tree, option);
    expect(fast, `${label} ${JSON.stringify(option)}`).toBe(toHtmlWithHast(tree, option));
  }
}

/** Whether the fast writer covers the tree (rather than falling back). */
function covered(tree: ArticleRoot): boolean {
  return 'html' in writeArticle(tree);
}

describe('fast HTML writer', () => {
  describe('fixtures', () => {
    describe.each(listFixtures())('$name', (fixture) => {
      const input = readInputText(fixture);

      it.each(['text', 'markdown'] as const)('should write what the reference writes, read as %s', (from) => {
        const tree = parse(input, { from, file: fixture.inputName });
        expect(writeArticle(tree)).toHaveProperty('html');
        expectSameHtml(tree, fixture.name);
      });
    });
  });

  const corpus = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));

  describe.skipIf(!existsSync(corpus))('corpus', () => {
    it('should write what the reference writes for every article, without falling back', () => {
      let articles = 0;
      for (const source of readdirSync(corpus)) {
        const folder = `${corpus}/${source}/articles`;
        if (!existsSync(folder)) continue;
        for (const name of readdirSync(folder).sort()) {
          if (!name.endsWith('.txt')) continue;
          const tree = parse(readFileSync(`${folder}/${name}`, 'utf8'), { from: 'text' });
          expect(writeArticle(tree), name).toHaveProperty('html');
          expectSameHtml(tree, name, articles % 4 === 0 ? [fragment, page] : [fragment]);
          articles++;
        }
      }
      expect(articles).toBeGreaterThan(0);
    }, 60_000);
  });

  describe('tables', () => {
    const markdown = [
      '# Budget vote',
      '',
      'The figures, in full:',
      '',
      '| Party | Seats | Share |',
      '| :--- | ---: | :---: |',
      '| Labour & "co" <3 | 412 | 40.7% |',
      '| Tory *and* `allies` | 166 |',
      '| Others | 31 | 1 | extra |',
      '',
      '| header only |',
      '| - |',
      '',
      '| plain | columns |',
      '| --- | --- |',
      '| [a link](https://example.com/a?b=1&c=2) | ![x](https://example.com/x.png) |',
    ].join('\n');

    it('should write GFM tables itself, as the reference does: aligned, ragged and header-only', () => {
      const tree = parse(markdown, { from: 'markdown' });
      expect(writeArticle(tree)).toHaveProperty('html');
      expectSameHtml(tree, 'tables');
      const html = toHtml(tree);
      expect(html).toContain('<th align="right">Seats</th>');
      expect(html).toContain('<td align="left">Labour &#x26; "co" &#x3C;3</td>');
      expect(html).toContain('<td align="center"></td>\n</tr>');
      expect(html).not.toContain('extra');
      expect(html).toContain('<table>\n<thead>\n<tr>\n<th>header only</th>\n</tr>\n</thead>\n</table>');
    });

    it('should leave a table of another shape to the reference', () => {
      const cell = (value: string, data?: object) => ({ type: 'tableCell', children: [{ type: 'text', value }], data });
      const row = (...cells: object[]) => ({ type: 'tableRow', children: cells });
      for (const [label, table] of [
        ['no rows', { type: 'table', align: [], children: [] }],
        ['a row with hast data', { type: 'table', children: [{ ...row(cell('a')), data: { hName: 'div' } }] }],
        ['a cell with hast data', { type: 'table', children: [row(cell('a', { hProperties: { id: 'x' } }))] }],
        ['a paragraph for a row', { type: 'table', children: [{ type: 'paragraph', children: [] }] }],
        ['an odd alignment', { type: 'table', align: ['justify'], children: [row(cell('a'))] }],
      ] as const) {
        const tree = { type: 'root', children: [table] } as unknown as ArticleRoot;
        expect(covered(tree), label).toBe(false);
        expectSameHtml(tree, label);
      }
    });
  });

  describe('fallback', () => {
    it('should leave a node kind it does not cover to the reference (a link reference)', () => {
      const tree = parse('Title\n\nSee [the report][r].\n\n[r]: https://example.com/r', { from: 'markdown' });
      expect(writeArticle(tree)).toEqual({ unsupported: 'linkReference' });
      expectSameHtml(tree, 'linkReference');
      expect(toHtml(tree)).toContain('<a href="https://example.com/r">the report</a>');
    });

    it('should leave a node whose data asks for another element to the reference', () => {
      const tree: ArticleRoot = {
        type: 'root',
        children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x', data: { hName: 'b' } }] }],
      };
      expect(covered(tree)).toBe(false);
      expectSameHtml(tree, 'hName');
      expect(toHtml(tree)).toBe('<article>\n<p><b>x</b></p>\n</article>\n');
    });

    it('should leave a task list item, a heading of depth 7, text at the root and a text value that is no string to the reference', () => {
      const item = { type: 'listItem', checked: true, spread: false, children: [] };
      for (const child of [
        { type: 'list', ordered: false, spread: false, children: [item] },
        { type: 'heading', depth: 7, children: [{ type: 'text', value: 'x' }] },
        { type: 'text', value: '\n' },
        { type: 'paragraph', children: [{ type: 'text', value: 42 }] },
      ]) {
        const tree = { type: 'root', children: [child] } as unknown as ArticleRoot;
        expect(covered(tree), child.type).toBe(false);
        expectSameHtml(tree, child.type);
      }
    });
  });

  describe('reference', () => {
    it('should build the element of an article of 130,000 paragraphs', () => {
      // The body was added with `push(...blocks)`, one argument each: a RangeError.
      const paragraphs = Array.from({ length: 130_000 }, () => paragraph('A paragraph.'));
      const element = toArticleElement({ type: 'root', children: paragraphs });
      expect(element.children.filter((child) => child.type === 'element')).toHaveLength(130_000);
    });

    it('should still build the sanitised hast element that unified users get from toArticleElement', () => {
      const tree = parse('Quake hits\n\nBy Jane Doe\n\nSANTIAGO (AP) - "It shook," she said of 5% of homes.', {
        from: 'text',
      });
      expect(`${hastToHtml(toArticleElement(tree))}\n`).toBe(toHtml(tree));
    });
  });

  describe('properties', () => {
    it('should write what the reference writes for article text and Markdown drafts, read either way', () => {
      const input = fc.oneof(articleText, hostileMarkdown, fc.string({ unit: 'binary', maxLength: 200 }));
      fc.assert(
        fc.property(input, fc.constantFrom('text' as const, 'markdown' as const), (text, from) => {
          expectSameHtml(parse(text, { from }), JSON.stringify(text));
        }),
        { seed, numRuns: runs },
      );
    });

    it('should write what the reference writes for generated trees with hostile strings', () => {
      let fast = 0;
      fc.assert(
        fc.property(articleTree, (tree) => {
          if (covered(tree)) fast++;
          expectSameHtml(tree, 'generated tree');
        }),
        { seed, numRuns: runs },
      );
      // Most generated trees must exercise the fast writer, not the fallback.
      expect(fast).toBeGreaterThan(runs / 2);
    });
  });
});

/** Strings that need escaping, trimming or URL sanitising, and raw code units. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 10 }),
  fc.constantFrom(
    '<',
    '&',
    '"',
    "'",
    '`',
    '\0',
    '\ud800',
    '\udfff',
    '\ud83d\ude00',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,x',
    'http://example.com/a b?c=d&e="f"',
    'https://example.com/%41%zz%',
    'mailto:a@b.c',
    'HTTPS://EXAMPLE.COM/',
    'MAILTO:a@b.c',
    'Https://example.com/',
    'mAiLtO:a@b.c',
    'Data:text/html,x',
    'A+b.C-d:rest',
    '/relative:path',
    '#x:y',
    '\n',
    '\r\n',
    '\r',
    '  ',
    '\t',
    ' x ',
    '&amp;',
    '</q>',
    'Jane Doe',
    '',
  ),
);

const text = fc
  .array(hostile, { minLength: 1, maxLength: 4 })
  .map((parts) => ({ type: 'text', value: parts.join('') }));

/** Sometimes `data` for mdast-util-to-hast (which the fast writer leaves to the reference). */
const data = fc.oneof(
  { weight: 30, arbitrary: fc.constant(null) },
  fc.constantFrom<object>({}, { meta: 1 }, { hName: 'span' }, { hProperties: { id: 'x' } }),
);

function withData<T extends object>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.tuple(arbitrary, data).map(([node, extra]) => (extra === null ? node : { ...node, data: extra }));
}

const nullable = (arbitrary: fc.Arbitrary<string>) => fc.option(arbitrary, { nil: null });

const tags = fc.array(fc.record({ name: hostile, role: nullable(hostile) }), { maxLength: 2 });

function dateline(children: fc.Arbitrary<object[]>) {
  return fc.record({
    type: fc.constant('dateline'),
    place: hostile,
    date: nullable(hostile),
    agency: nullable(hostile),
    children,
  });
}

const { phrasing, block } = fc.letrec<{ phrasing: object; block: object }>((tie) => {
  const inline = fc.array(tie('phrasing'), { maxLength: 4 });
  const blocks = fc.array(tie('block'), { maxLength: 4 });
  return {
    phrasing: fc.oneof(
      { maxDepth: 3, depthSize: 'small' },
      { weight: 6, arbitrary: text },
      { weight: 2, arbitrary: fc.constant({ type: 'break' }) },
      withData(
        fc.record({
          type: fc.constant('quote'),
          kind: fc.constantFrom('direct', 'phrase', 'quote', 'other'),
          speaker: nullable(hostile),
          cue: nullable(hostile),
          marks: fc.tuple(hostile, hostile),
          children: inline,
        }),
      ),
      withData(
        fc.record({
          type: fc.constant('statistic'),
          value: fc.oneof(fc.integer(), fc.double()),
          high: fc.option(fc.double(), { nil: null }),
          kind: fc.constantFrom('money', 'percent', 'count', 'other'),
          unit: nullable(hostile),
          qualifier: nullable(hostile),
          source: nullable(hostile),
          children: inline,
        }),
      ),
      fc.record({ type: fc.constantFrom('emphasis', 'strong'), children: inline }),
      fc.record({ type: fc.constant('link'), url: hostile, title: nullable(hostile), children: inline }),
      fc.record({ type: fc.constant('image'), url: hostile, alt: nullable(hostile), title: nullable(hostile) }),
      fc.record({ type: fc.constantFrom('inlineCode', 'html'), value: hostile }),
      dateline(inline),
    ),
    block: fc.oneof(
      { maxDepth: 3, depthSize: 'small' },
      { weight: 5, arbitrary: withData(fc.record({ type: fc.constant('paragraph'), children: inline })) },
      fc.record({ type: fc.constantFrom('headline', 'deck'), children: inline }),
      fc.record({ type: fc.constant('sourceTags'), tags, children: inline }),
      dateline(inline),
      fc.record({ type: fc.constant('heading'), depth: fc.integer({ min: 1, max: 7 }), children: inline }),
      fc
        .tuple(fc.array(hostile, { maxLength: 3 }), hostile, fc.boolean())
        .chain(([authors, joiner, plain]) =>
          (plain
            ? fc.constant([{ type: 'text', value: `By ${authors.join(joiner)}` }])
            : fc.array(tie('phrasing'), { maxLength: 3 })
          ).map((children) => ({ type: 'byline', authors, children })),
        ),
      fc.record({ type: fc.constantFrom('section', 'blockquote'), children: blocks }),
      fc.record({
        type: fc.constant('list'),
        ordered: fc.boolean(),
        start: fc.option(fc.integer({ min: -2, max: 3 }), { nil: null }),
        spread: fc.option(fc.boolean(), { nil: null }),
        children: fc.array(
          fc.record({
            type: fc.constant('listItem'),
            spread: fc.option(fc.boolean(), { nil: null }),
            checked: fc.oneof({ weight: 20, arbitrary: fc.constant(null) }, fc.boolean()),
            children: blocks,
          }),
          { maxLength: 3 },
        ),
      }),
      fc.record({
        type: fc.constant('code'),
        lang: fc.option(fc.oneof(hostile, fc.constantFrom('js', ' js', 'js python')), { nil: null }),
        meta: nullable(hostile),
        value: hostile,
      }),
      fc.record({ type: fc.constantFrom('thematicBreak') }),
      fc.record({ type: fc.constant('html'), value: hostile }),
      fc.record({ type: fc.constant('definition'), identifier: hostile, url: hostile, title: fc.constant(null) }),
    ),
  };
});

/** An article: top matter, body blocks, credits, in any mix the writer might meet. */
const articleTree: fc.Arbitrary<ArticleRoot> = fc
  .tuple(
    fc.array(
      fc.oneof(
        block,
        phrasing.filter((node) => (node as { type: string }).type === 'dateline'),
      ),
      {
        maxLength: 3,
      },
    ),
    fc.array(block, { maxLength: 6 }),
    fc.array(fc.record({ type: fc.constant('sourceTags'), tags, children: fc.array(text) }), {
      maxLength: 2,
    }),
  )
  .map(([top, body, credits]) => ({ type: 'root', children: [...top, ...body, ...credits] }) as unknown as ArticleRoot);
