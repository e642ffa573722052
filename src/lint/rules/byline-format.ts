/**
 * byline-format: a byline reads `By Jane Doe` or `By Jane Doe and John Roe`.
 *
 * Why: bylines are parsed into author pages and metadata, and a house keeps them uniform: `By`
 * with a capital B and no colon, names in normal case (not capitals, not lower case), `and` rather than `&`
 * between authors, and no full stop at the end.
 *
 * Options: `allowCapitals` — accept names in capitals (`By MARIA GONZALEZ`), as wire services
 * such as AP set them (default false; the `ap` preset sets it).
 *
 * ok: `By Jane Doe and John Roe`
 *
 * not ok: `BY JANE DOE & JOHN ROE.`, `by jane doe`
 */
import { isAllCaps } from '../case.js';
import { ruleUrl } from '../docs.js';
import { code } from '../format.js';
import { mapBlock, sourceRange } from '../mapped-text.js';
import { booleanOption } from '../options.js';
import type { Finding, Rule } from '../types.js';

interface Options {
  allowCapitals: boolean;
}

const lead = /^(?:by|written by|words by|story by|reported by)(?=\s)/i;

export const bylineFormat: Rule<Options> = {
  meta: {
    id: 'byline-format',
    description: 'A byline reads `By Jane Doe and John Roe`',
    severity: 'warning',
    recommended: true,
    fixable: false,
    url: ruleUrl('byline-format'),
  },
  defaults: Object.freeze({ allowCapitals: false }),
  schema: { allowCapitals: booleanOption() },
  check(tree, { options, source }) {
    const findings: Finding[] = [];
    for (const node of tree.children) {
      if (node.type !== 'byline') continue;
      const mapped = mapBlock(node, source);
      const text = mapped.text;
      const at = (start: number, end: number) => ({ node, range: sourceRange(mapped, start, end) });
      const match = lead.exec(text);
      if (match && match[0] !== 'By') {
        findings.push({ message: `Unexpected ${code(match[0])}, expected \`By\``, ...at(0, match[0].length) });
      }
      for (const author of node.authors) {
        const start = text.indexOf(author);
        if (isAllCaps(author)) {
          if (options.allowCapitals) continue;
          findings.push({
            message: `Unexpected capitals in ${code(author)}, expected ${code(titleCase(author))}`,
            ...at(Math.max(start, 0), Math.max(start, 0) + author.length),
          });
        } else if (author === author.toLowerCase()) {
          // A draft's "by jane doe" (the detector reads such a byline only when every name is lower case).
          findings.push({
            message: `Unexpected lower case in ${code(author)}, expected ${code(titleCase(author))}`,
            ...at(Math.max(start, 0), Math.max(start, 0) + author.length),
          });
        }
      }
      for (const ampersand of text.matchAll(/\s&\s/g)) {
        findings.push({
          message: 'Unexpected `&` between authors, expected `and`',
          ...at(ampersand.index + 1, ampersand.index + 2),
        });
      }
      const trimmed = text.trimEnd();
      // "By Jane Doe Jr." ends with an abbreviation, not a full stop.
      if (/[.;,]$/.test(trimmed) && !/\b(?:\p{Lu}|Jr|Sr)\.$/u.test(trimmed)) {
        findings.push({
          message: `Unexpected ${code(trimmed.slice(-1))} at the end of the byline, expected none`,
          ...at(trimmed.length - 1, trimmed.length),
        });
      }
    }
    return findings;
  },
};

function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
