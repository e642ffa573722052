/**
 * headline-length: a headline is neither too long nor a stub.
 *
 * Why: long headlines are cut off in search results, social cards and app lists (around 70 to
 * 90 characters), and a one-word headline says nothing. Count characters, not words, because
 * the limits downstream are in characters.
 *
 * Options: `max` (default 90) and `min` (default 10) characters.
 *
 * ok: `Ad sales boost Time Warner profit`
 *
 * not ok: `Time Warner, the US media giant that owns AOL and Warner Bros, reports that its quarterly profits jumped 76%`
 */
import { phrasingText } from '../../detect/text.js';
import { ruleUrl } from '../docs.js';
import { integerOption } from '../options.js';
import type { Finding, Rule } from '../types.js';

interface Options {
  /** Longest headline, in characters. */
  max: number;
  /** Shortest headline, in characters. */
  min: number;
}

export const headlineLength: Rule<Options> = {
  meta: {
    id: 'headline-length',
    description: 'A headline is between `min` and `max` characters long',
    severity: 'warning',
    recommended: true,
    fixable: false,
    url: ruleUrl('headline-length'),
  },
  defaults: Object.freeze({ max: 90, min: 10 }),
  schema: { max: integerOption(1), min: integerOption(0) },
  check(tree, { options }) {
    const findings: Finding[] = [];
    for (const node of tree.children) {
      if (node.type !== 'headline') continue;
      const length = phrasingText(node.children).trim().length;
      if (length > options.max) {
        findings.push({
          message: `Unexpected headline of \`${length}\` characters, expected at most \`${options.max}\``,
          node,
        });
      } else if (length < options.min) {
        findings.push({
          message: `Unexpected headline of \`${length}\` characters, expected at least \`${options.min}\``,
          node,
        });
      }
    }
    return findings;
  },
};
