/**
 * quote-marks-consistent: one kind of double quotation mark throughout.
 *
 * Why: copy pasted from several sources mixes straight (`"`) and curly (`“ ”`) marks, which
 * looks careless in print and breaks search for quoted phrases. By default the kind used most
 * in the article wins; `style: 'curly'` asks for typographic marks everywhere.
 *
 * Options: `style` — `consistent` (default), `curly` or `straight`.
 *
 * A single-quoted phrase opened with one kind and closed with the other (`'regrets’`) is
 * reported too, whatever the style of the double marks. With `style: 'curly'` (the `strict`
 * preset) or `'straight'`, a phrase whose two marks are both of the other kind (`'regrets'`,
 * `‘regrets’`) is reported and fixed as double marks are; `consistent` counts double marks only,
 * and leaves such a phrase alone.
 *
 * Fix: straight marks become `“` or `”` where the neighbouring characters show which (after a
 * space and before a word it opens; after a word and before a space or punctuation it closes).
 *
 * ok: `“Our performance was strong,” he said. “We met our objectives.”`
 *
 * not ok: `“Our performance was strong,” he said. "We met our objectives."`
 *
 * not ok: `Minister 'regrets’ row`
 */
import { scanQuotes as detectQuotes } from '../../detect/quotes.js';
import { ruleUrl } from '../docs.js';
import { code } from '../format.js';
import { isVerbatim, type MappedText, mappedBlocks, replacementFix, sourceRange, touchesCode } from '../mapped-text.js';
import { choiceOption } from '../options.js';
import { curlyMark, type QuoteMark, scanQuotes } from '../quote-marks.js';
import { singleQuotePairs } from '../single-quotes.js';
import type { Finding, Rule } from '../types.js';

interface Options {
  style: 'consistent' | 'curly' | 'straight';
}

export const quoteMarksConsistent: Rule<Options> = {
  meta: {
    id: 'quote-marks-consistent',
    description: 'Double quotation marks are all straight or all curly, and single quotes pair alike',
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
    // No `push(...pairs)`: one argument per pair overflowed the call stack in a paragraph of
    // about 120,000 of them.
    for (const mapped of mappedBlocks(tree, source)) {
      for (const finding of mixedSinglePairs(mapped, wantStraight)) findings.push(finding);
      if (options.style === 'consistent') continue;
      for (const finding of unwantedSinglePairs(mapped, wantStraight)) findings.push(finding);
    }
    return findings;
  },
};

/**
 * Single-quoted phrases whose marks differ (`'regrets’`, `‘regrets'`): the straight one, or the
 * curly one when the article wants straight marks, is reported and replaced.
 */
function mixedSinglePairs(mapped: MappedText, wantStraight: boolean): Finding[] {
  const findings: Finding[] = [];
  for (const pair of singleQuotePairs(mapped.text)) {
    const openStraight = pair.openChar === "'";
    if (openStraight === (pair.closeChar === "'")) continue;
    if (touchesCode(mapped, pair.open, pair.open + 1) || touchesCode(mapped, pair.close, pair.close + 1)) continue;
    // The odd one out is whichever mark is not of the wanted kind.
    const fixOpen = wantStraight ? !openStraight : openStraight;
    const index = fixOpen ? pair.open : pair.close;
    const char = fixOpen ? pair.openChar : pair.closeChar;
    const want = wantStraight ? "'" : fixOpen ? '‘' : '’';
    const other = fixOpen ? pair.closeChar : pair.openChar;
    const fix = replacementFix(mapped, index, index + 1, want, `Replace ${code(char)} with ${code(want)}`);
    findings.push({
      message: `Unexpected ${code(char)} ${fixOpen ? 'opening' : 'closing'} a phrase ${fixOpen ? 'closed' : 'opened'} with ${code(other)}, expected ${code(want)}`,
      node: mapped.node,
      range: sourceRange(mapped, index, index + 1),
      ...(fix ? { fix } : {}),
    });
  }
  return findings;
}

/**
 * Single-quoted phrases whose marks are both of the unwanted kind (`'regrets'` when the style is
 * `curly`, `‘regrets’` when it is `straight`): each mark is reported and replaced, as a double
 * mark is. Only a phrase the quote detector pairs the same way is reported: the fix changes
 * text, and straight marks that merely look like a pair may be apostrophes (`rock 'n' roll`,
 * `give 'em the analysts' view`), which the detector knows and `singleQuotePairs` does not.
 */
function unwantedSinglePairs(mapped: MappedText, wantStraight: boolean): Finding[] {
  const unwanted = (char: string) => (char === "'") !== wantStraight;
  const pairs = singleQuotePairs(mapped.text).filter(
    ({ openChar, closeChar }) => unwanted(openChar) && unwanted(closeChar),
  );
  if (pairs.length === 0) return [];
  const detected = new Set<string>();
  for (const quote of detectQuotes(mapped.text).quotes) {
    if (quote.family === 'single' && quote.close >= 0) detected.add(`${quote.open}:${quote.close}`);
  }
  const findings: Finding[] = [];
  for (const pair of pairs) {
    if (!detected.has(`${pair.open}:${pair.close}`)) continue;
    if (touchesCode(mapped, pair.open, pair.open + 1) || touchesCode(mapped, pair.close, pair.close + 1)) continue;
    for (const [index, char, want] of [
      [pair.open, pair.openChar, wantStraight ? "'" : '‘'],
      [pair.close, pair.closeChar, wantStraight ? "'" : '’'],
    ] as const) {
      const fix = replacementFix(mapped, index, index + 1, want, `Replace ${code(char)} with ${code(want)}`);
      findings.push({
        message: `Unexpected ${wantStraight ? 'curly' : 'straight'} ${code(char)}, expected ${code(want)}`,
        node: mapped.node,
        range: sourceRange(mapped, index, index + 1),
        ...(fix ? { fix } : {}),
      });
    }
  }
  return findings;
}
