/**
 * nested-quote-style: a quote inside a quote uses the other kind of marks.
 *
 * Why: American (and AP) style puts quotations in double marks and a quotation inside one in
 * single marks; British style does the reverse. Mixing them up makes it hard to tell where the
 * inner quotation ends.
 *
 * Options: `outer` — `double` (default) or `single`.
 *
 * Headlines are exempt from the outer style: AP and British papers alike quote in single marks
 * there.
 *
 * ok: `“He told me ‘never again’ and left,” she said.`
 *
 * not ok: `“He told me “never again” and left,” she said.`
 */
import type { Nodes } from 'mdast';
import type { Quote } from '../../tree/types.js';
import { SKIP, visit } from '../../tree/visit.js';
import { ruleUrl } from '../docs.js';
import { code } from '../format.js';
import { mappedBlocks, sourceRange } from '../mapped-text.js';
import { choiceOption } from '../options.js';
import { scanQuotes } from '../quote-marks.js';
import type { Finding, Rule } from '../types.js';

interface Options {
  outer: 'double' | 'single';
}

const doubleMarks = new Set(['"', '“', '”', '„']);
const headlineTypes = new Set(['headline', 'deck', 'heading']);

export const nestedQuoteStyle: Rule<Options> = {
  meta: {
    id: 'nested-quote-style',
    description: 'Quotations use double marks, and quotations inside them single marks (or the reverse)',
    severity: 'warning',
    recommended: true,
    fixable: false,
    url: ruleUrl('nested-quote-style'),
  },
  defaults: Object.freeze({ outer: 'double' }),
  schema: { outer: choiceOption(['double', 'single'] as const) },
  check(tree, { options, source }) {
    const findings: Finding[] = [];
    const reported = new Set<number>();
    const outerOpen = options.outer === 'double' ? '“' : '‘';
    const innerOpen = options.outer === 'double' ? '‘' : '“';

    const checkQuote = (node: Quote, nested: boolean) => {
      const isDouble = doubleMarks.has(node.marks[0]);
      const wantDouble = nested ? options.outer === 'single' : options.outer === 'double';
      // Single marks around a phrase ('bad bank') are a headline and scare-quote habit, not a quotation.
      if (!nested && node.kind !== 'direct') return;
      if (isDouble === wantDouble || node.marks[0] === '') return;
      const start = node.position?.start.offset;
      if (start !== undefined) reported.add(start);
      findings.push({
        message: `Unexpected ${code(node.marks[0])} ${nested ? 'inside' : 'around'} a quotation, expected ${code(nested ? innerOpen : outerOpen)}`,
        node,
        range: start === undefined ? undefined : [start, start + node.marks[0].length],
      });
    };
    // Headlines quote in single marks in both AP and British style, so only nesting counts there.
    const headlineQuotes = new Set<Quote>();
    visit(tree as Nodes, (node) => {
      if (!headlineTypes.has(node.type)) return undefined;
      visit(node, 'quote', (quote: Quote) => {
        headlineQuotes.add(quote);
      });
      return SKIP;
    });
    visit(tree as Nodes, 'quote', (outer: Quote) => {
      if (!headlineQuotes.has(outer)) checkQuote(outer, false);
      for (const child of outer.children) {
        visit(child as Nodes, 'quote', (inner: Quote) => checkQuote(inner, true));
      }
      return SKIP;
    });

    if (options.outer === 'double') {
      // Curly double marks nest visibly even before quotes are detected: “… “…” …”.
      for (const mapped of mappedBlocks(tree, source)) {
        for (const mark of scanQuotes(mapped).marks) {
          if (mark.depth === 0 || mark.role !== 'open' || mark.straight) continue;
          const range = sourceRange(mapped, mark.index, mark.index + 1);
          if (range && reported.has(range[0])) continue;
          findings.push({
            message: `Unexpected ${code(mark.char)} inside a quotation, expected ${code(innerOpen)}`,
            node: mapped.node,
            range,
          });
        }
      }
    }
    return findings;
  },
};
