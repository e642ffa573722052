/**
 * headline-case: a headline is not in capitals, and follows the house case style.
 *
 * Why: wire systems send headlines in capitals ("STANDARD OIL TO FORM FINANCIAL UNIT"); on a
 * page they read as shouting and are harder to scan. AP headlines are in sentence case (only
 * the first word and proper nouns capitalised); many magazines use title case.
 *
 * Options: `style` — `any` (default: only capitals are wrong), `sentence` or `title`.
 *
 * ok: `Standard Oil to form financial unit`
 *
 * not ok: `STANDARD OIL TO FORM FINANCIAL UNIT`; with `style: 'sentence'`, `Ad Sales Boost Time Warner Profit`
 */
import { isAllCaps, looksTitleCase, minorWords, startsLower, wordsOf } from '../case.js';
import { ruleUrl } from '../docs.js';
import { code } from '../format.js';
import { mapBlock, sourceRange } from '../mapped-text.js';
import { choiceOption } from '../options.js';
import type { Finding, Rule } from '../types.js';

interface Options {
  /** The case headlines are written in. */
  style: 'any' | 'sentence' | 'title';
}

export const headlineCase: Rule<Options> = {
  meta: {
    id: 'headline-case',
    description: 'A headline is not in capitals and follows the house case style',
    severity: 'warning',
    recommended: true,
    fixable: false,
    url: ruleUrl('headline-case'),
  },
  defaults: Object.freeze({ style: 'any' }),
  schema: { style: choiceOption(['any', 'sentence', 'title'] as const) },
  check(tree, { options, source }) {
    const findings: Finding[] = [];
    // With no house style (`any`), either case is right: say so rather than name one.
    const expected =
      options.style === 'title'
        ? 'title case'
        : options.style === 'sentence'
          ? 'sentence case'
          : 'sentence or title case';
    for (const node of tree.children) {
      if (node.type !== 'headline') continue;
      const mapped = mapBlock(node, source);
      const text = mapped.text;
      if (isAllCaps(text)) {
        findings.push({ message: `Unexpected capitals in headline, expected ${expected}`, node });
      } else if (options.style === 'sentence' && looksTitleCase(text)) {
        findings.push({ message: 'Unexpected title case in headline, expected sentence case', node });
      } else if (options.style === 'title') {
        const lower = wordsOf(text).find(
          ({ word }, index) => index > 0 && startsLower(word) && !minorWords.has(word.toLowerCase()),
        );
        if (lower) {
          findings.push({
            message: `Unexpected lower-case ${code(lower.word)} in headline, expected title case`,
            node,
            range: sourceRange(mapped, lower.start, lower.start + lower.word.length),
          });
        }
      }
    }
    return findings;
  },
};
