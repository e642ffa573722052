/**
 * quote-attribution: every direct quotation says who said it.
 *
 * Why: an unattributed quote cannot be checked, and readers cannot weigh it; news style puts
 * the speaker in the same sentence ("…," Parsons said) or right before it. Short fragments of
 * a word or two are often not speech, so they are left alone.
 *
 * Options: `minWords` (default 4): shorter quotations are not checked.
 *
 * ok: `"Our financial performance was strong," chairman Richard Parsons said.`
 *
 * not ok: `"Our financial performance was strong."`
 */
import type { Nodes } from 'mdast';
import { phrasingText } from '../../detect/text.js';
import type { Quote } from '../../tree/types.js';
import { visit } from '../../tree/visit.js';
import { ruleUrl } from '../docs.js';
import { integerOption } from '../options.js';
import { countWords } from '../prose.js';
import type { Finding, Rule } from '../types.js';

interface Options {
  minWords: number;
}

export const quoteAttribution: Rule<Options> = {
  meta: {
    id: 'quote-attribution',
    description: 'A direct quotation has a speaker',
    severity: 'warning',
    recommended: true,
    fixable: false,
    url: ruleUrl('quote-attribution'),
  },
  defaults: Object.freeze({ minWords: 4 }),
  schema: { minWords: integerOption(1) },
  check(tree, { options }) {
    const findings: Finding[] = [];
    visit(tree as Nodes, 'quote', (node: Quote) => {
      if (node.kind !== 'direct' || node.speaker) return;
      if (countWords(phrasingText(node.children)) < options.minWords) return;
      findings.push({
        message: 'Missing speaker for this quotation, expected an attribution such as `, she said`',
        node,
      });
    });
    return findings;
  },
};
