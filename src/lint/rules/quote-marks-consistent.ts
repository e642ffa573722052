/**
 * quote-marks-consistent: one kind of double quotation mark throughout.
 *
 * Why: copy pasted from several sources mixes straight (`"`) and curly (`“ ”`) marks, which
 * looks careless in print and breaks search for quoted phrases. By default the kind used most
 * in the article wins; `style: 'curly'` asks for typographic marks everywhere.
 *
 * Options: `style` — `consistent` (default), `curly` or `straight`.
 *
 * Fix: straight marks become `“` or `”` where the neighbouring characters show which (after a
 * space and before a word it opens; after a word and before a space or punctuation it closes).
 *
 * ok: `“Our performance was strong,” he said. “We met our objectives.”`
 *
 * not ok: `“Our performance was strong,” he said. "We met our objectives."`
 */
import { ruleUrl } from '../docs.js';
import { code } from '../format.js';
import { isVerbatim, type MappedText, mappedBlocks, sourceRange } from '../mapped-text.js';
import { choiceOption } from '../options.js';
import { curlyMark, type QuoteMark, scanQuotes } from '../quote-marks.js';
import type { Finding, Rule } from '../types.js';

interface Options {
  style: 'consistent' | 'curly' | 'straight';
}

export const quoteMarksConsistent: Rule<Options> = {
  meta: {
    id: 'quote-marks-consistent',
    description: 'Double quotation marks are all straight or all curly',
    severity: 'warning',
    recommended: true,
    fixable: true,
    url: ruleUrl('quote-marks-consistent'),
  },
  defaults: Object.freeze({ style: 'consistent' }),
  schema: { style: choiceOption(['consistent', 'curly', 'straight'] as const) },
  check(tree, { options, source }) {
    const all: Array<{ mapped: MappedText; mark: QuoteMark }> = [];
    for (const mapped of mappedBlocks(tree, source)) {
      for (const mark of scanQuotes(mapped).marks) all.push({ mapped, mark });
    }
    const straight = all.filter(({ mark }) => mark.straight).length;
    const curly = all.length - straight;
    let wantStraight = options.style === 'straight';
    if (options.style === 'consistent') {
      // Ties go to the kind used first, so fixing one file twice never flips it.
      wantStraight = straight > curly || (straight === curly && all[0]?.mark.straight === true);
    }
    const findings: Finding[] = [];
    for (const { mapped, mark } of all) {
      if (mark.straight === wantStraight) continue;
      const expected = wantStraight ? '"' : mark.certain ? curlyMark(mark.role) : '“` or `”';
      const range = sourceRange(mapped, mark.index, mark.index + 1);
      const canFix =
        range !== undefined && isVerbatim(mapped, mark.index, mark.index + 1) && (wantStraight || mark.certain);
      const replacement = wantStraight ? '"' : curlyMark(mark.role);
      findings.push({
        message: `Unexpected ${wantStraight ? 'curly' : 'straight'} ${code(mark.char)}, expected \`${expected}\``,
        node: mapped.node,
        range,
        ...(canFix && range
          ? {
              fix: {
                description: `Replace ${code(mark.char)} with ${code(replacement)}`,
                edits: [{ start: range[0], end: range[1], text: replacement }],
              },
            }
          : {}),
      });
    }
    return findings;
  },
};
