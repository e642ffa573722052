/**
 * apostrophes: apostrophes are the right character, the same kind throughout.
 *
 * Why: word processors turn the apostrophe at the start of `’90s` or `’em` into an opening
 * quote (`‘90s`), and pasted copy mixes straight (`'`) and curly (`’`) apostrophes or uses a
 * backtick or an accent (`don´t`). The curly apostrophe is the same character as the closing
 * single quote, `’`, never the opening one.
 *
 * Options: `style` — `consistent` (default: the kind used most), `curly` or `straight`.
 *
 * A mark that closes a single-quoted phrase (`'regrets'`) is a quotation mark, not a plural
 * possessive, and is left to quote-marks-consistent.
 *
 * Fix: the apostrophe is replaced.
 *
 * ok: `Time Warner’s profits rose in the ’90s.`
 *
 * not ok: `Time Warner's profits rose in the ‘90s.` (with other apostrophes curly)
 */
import { ruleUrl } from '../docs.js';
import { code } from '../format.js';
import { type MappedText, mappedBlocks, replacementFix, sourceRange, touchesCode } from '../mapped-text.js';
import { choiceOption } from '../options.js';
import { singleQuotePairs } from '../single-quotes.js';
import type { Finding, Rule } from '../types.js';

interface Options {
  style: 'consistent' | 'curly' | 'straight';
}

/**
 * Apostrophe positions: inside a word (`don't`), after a plural `s` (`analysts' views`), or
 * before a decade (`'90s`). Wrong characters (`‘`, backtick, accents, primes) are caught in the
 * same places.
 */
const apostrophePattern =
  /(?<=\p{L})['’‘`´′](?=\p{L})|(?<=\p{L}s)['’](?=[\s.,;:!?)]|$)|(?<=^|[\s(“"])['’‘`´](?=\d0s\b|\d\d\b)/gu;

interface Candidate {
  mapped: MappedText;
  index: number;
  char: string;
}

export const apostrophes: Rule<Options> = {
  meta: {
    id: 'apostrophes',
    description: "Apostrophes are `’` (or `'`) throughout, never `‘` or an accent",
    severity: 'warning',
    recommended: true,
    fixable: true,
    url: ruleUrl('apostrophes'),
  },
  defaults: Object.freeze({ style: 'consistent' }),
  schema: { style: choiceOption(['consistent', 'curly', 'straight'] as const) },
  check(tree, { options, source }) {
    const candidates: Candidate[] = [];
    for (const mapped of mappedBlocks(tree, source)) {
      // `'regrets'` ends like `analysts'`: a mark that closes a quoted phrase is no apostrophe,
      // and curling it alone would leave the pair mismatched (`'regrets’`).
      const closers = new Set(singleQuotePairs(mapped.text).map(({ close }) => close));
      for (const match of mapped.text.matchAll(apostrophePattern)) {
        if (closers.has(match.index) || touchesCode(mapped, match.index, match.index + 1)) continue;
        candidates.push({ mapped, index: match.index, char: match[0] });
      }
    }
    let straight = 0;
    let curly = 0;
    for (const { char } of candidates) {
      if (char === "'") straight++;
      else if (char === '’') curly++;
    }
    let want = options.style === 'straight' ? "'" : '’';
    if (options.style === 'consistent') {
      const first = candidates.find(({ char }) => char === "'" || char === '’')?.char;
      want = straight > curly || (straight === curly && first === "'") ? "'" : '’';
    }
    const findings: Finding[] = [];
    for (const { mapped, index, char } of candidates) {
      if (char === want) continue;
      const fix = replacementFix(mapped, index, index + 1, want, `Replace ${code(char)} with ${code(want)}`);
      findings.push({
        message: `Unexpected ${code(char)} as an apostrophe, expected ${code(want)}`,
        node: mapped.node,
        range: sourceRange(mapped, index, index + 1),
        ...(fix ? { fix } : {}),
      });
    }
    return findings;
  },
};
