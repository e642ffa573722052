/**
 * quote-balance: every quotation mark that opens is closed.
 *
 * Why: an unclosed quote makes the reader guess where the speaker's words end, and a stray
 * closing mark usually means the opening one was lost in editing. The one allowed exception is
 * the newsroom convention for a quote that runs over several paragraphs: each paragraph but the
 * last is left open, and the next one starts with an opening mark.
 *
 * Only double marks are checked: a single `'` is as often an apostrophe as a quote mark.
 *
 * ok: `"Our performance was strong," chairman Richard Parsons said.`
 *
 * not ok: `"Our performance was strong, chairman Richard Parsons said.`
 */
import { ruleUrl } from '../docs.js';
import { code } from '../format.js';
import { mappedBlocks, sourceRange } from '../mapped-text.js';
import { curlyMark, scanQuotes, startsWithOpeningMark } from '../quote-marks.js';
import type { Finding, Rule } from '../types.js';

/** This rule has no options. */
type Options = Record<never, never>;

export const quoteBalance: Rule<Options> = {
  meta: {
    id: 'quote-balance',
    description: 'Every opening quotation mark is closed, and every closing one was opened',
    severity: 'error',
    recommended: true,
    fixable: false,
    url: ruleUrl('quote-balance'),
  },
  defaults: Object.freeze({}),
  schema: {},
  check(tree, { source }) {
    const findings: Finding[] = [];
    const blocks = mappedBlocks(tree, source);
    for (const [position, mapped] of blocks.entries()) {
      const scan = scanQuotes(mapped);
      const next = blocks[position + 1];
      const continues =
        mapped.node.type === 'paragraph' && next?.node.type === 'paragraph' && startsWithOpeningMark(next.text);
      for (const [index, mark] of scan.unclosed.entries()) {
        if (continues && index === scan.unclosed.length - 1) continue;
        const close = mark.straight ? '"' : curlyMark('close');
        findings.push({
          message: `Missing closing ${code(close)} for the quote opened here, expected one before the end of the paragraph`,
          node: mapped.node,
          range: sourceRange(mapped, mark.index, mark.index + 1),
        });
      }
      for (const mark of scan.stray) {
        findings.push({
          message: `Unexpected closing ${code(mark.char)} without an opening mark, expected ${code(mark.straight ? '"' : '“')} before it`,
          node: mapped.node,
          range: sourceRange(mapped, mark.index, mark.index + 1),
        });
      }
    }
    return findings;
  },
};
