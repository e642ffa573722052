/**
 * quote-attribution: every direct quotation says who said it.
 *
 * Why: an unattributed quote cannot be checked, and readers cannot weigh it; news style puts
 * the speaker in the same sentence ("…," Parsons said) or right before it. Short fragments of
 * a word or two are often not speech, so they are left alone.
 *
 * Headlines and decks are left alone: they quote a claim the story attributes ("Rank 'set to
 * sell off film unit'"), and have no room for a speaker.
 *
 * Options: `minWords` (default 4): shorter quotations are not checked.
 *
 * ok: `"Our financial performance was strong," chairman Richard Parsons said.`
 *
 * not ok: `"Our financial performance was strong."`
 */
import type { Nodes } from 'mdast';
import { phrasingText } from '../../detect/text.js';
import { SKIP, visit } from '../../tree/visit.js';
import { ruleUrl } from '../docs.js';
import { integerOption } from '../options.js';
import { countWordTokens } from '../prose.js';
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
    visit(tree as Nodes, (node) => {
      if (node.type === 'headline' || node.type === 'deck') return SKIP;
      if (node.type !== 'quote' || node.kind !== 'direct' || node.speaker) return undefined;
      // '"…," she said.' is attributed even where no earlier name tells who "she" is: the cue
      // shows the writer attributed it, and the suggestion would be what is already there.
      if (node.cue) return undefined;
      if (countWordTokens(phrasingText(node.children)) < options.minWords) return undefined;
      findings.push({
        message: 'Missing speaker for this quotation, expected an attribution such as `, she said`',
        node,
      });
      return undefined;
    });
    return findings;
  },
};
