/**
 * ellipsis: an ellipsis is written one way throughout.
 *
 * Why: `...`, `. . .` and `…` mixed in one story look careless, and three periods can break
 * across lines. Typographic copy uses the single character `…`; AP style uses three periods
 * (`...`), treated as a word with a space on each side.
 *
 * Options: `style` — `character` (default) or `periods`.
 *
 * Fix: the ellipsis is rewritten in the chosen style.
 *
 * ok: `“We will see…,” he said.`
 *
 * not ok: `“We will see. . .,” he said.`
 */
import { ruleUrl } from '../docs.js';
import { code } from '../format.js';
import { mappedBlocks, replacementFix, sourceRange, touchesCode } from '../mapped-text.js';
import { choiceOption } from '../options.js';
import type { Finding, Rule } from '../types.js';

interface Options {
  style: 'character' | 'periods';
}

/** Exactly three periods, spaced or not; longer runs are a full stop plus an ellipsis, or dot leaders. */
const ellipsisPattern = /(?<!\.)(?:\.{3}|\. \. \.(?! \.))(?!\.)|…/g;

export const ellipsis: Rule<Options> = {
  meta: {
    id: 'ellipsis',
    description: 'Ellipses are written as `…` (or as `...`) throughout',
    severity: 'warning',
    recommended: true,
    fixable: true,
    url: ruleUrl('ellipsis'),
  },
  defaults: Object.freeze({ style: 'character' }),
  schema: { style: choiceOption(['character', 'periods'] as const) },
  check(tree, { options, source }) {
    const findings: Finding[] = [];
    const expected = options.style === 'character' ? '…' : '...';
    for (const mapped of mappedBlocks(tree, source)) {
      for (const match of mapped.text.matchAll(ellipsisPattern)) {
        const written = match[0];
        if (written === expected) continue;
        const from = match.index;
        const to = from + written.length;
        if (touchesCode(mapped, from, to)) continue;
        const fix = replacementFix(mapped, from, to, expected, `Replace ${code(written)} with ${code(expected)}`);
        findings.push({
          message: `Unexpected ${code(written)}, expected ${code(expected)}`,
          node: mapped.node,
          range: sourceRange(mapped, from, to),
          ...(fix ? { fix } : {}),
        });
      }
    }
    return findings;
  },
};
