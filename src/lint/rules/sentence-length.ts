/**
 * sentence-length: sentences stay readable.
 *
 * Why: long sentences are the main cause of hard-to-read copy; wire desks aim for an average
 * under 25 words and rarely go past 40. Split the sentence, or move a clause to its own one.
 *
 * Options: `max` (default 45) words.
 *
 * ok: `Time Warner said on Friday that it now owns 8% of search-engine Google.`
 *
 * not ok: a sentence of 50 words strung together with commas and "and"
 */
import { ruleUrl } from '../docs.js';
import { sourceRange } from '../mapped-text.js';
import { integerOption } from '../options.js';
import { countWordTokens, proseParagraphs, sentencesOf } from '../prose.js';
import type { Finding, Rule } from '../types.js';

interface Options {
  max: number;
}

export const sentenceLength: Rule<Options> = {
  meta: {
    id: 'sentence-length',
    description: 'A sentence has at most `max` words',
    severity: 'warning',
    recommended: true,
    fixable: false,
    url: ruleUrl('sentence-length'),
  },
  defaults: Object.freeze({ max: 45 }),
  schema: { max: integerOption(1) },
  check(tree, { options, source }) {
    const findings: Finding[] = [];
    for (const paragraph of proseParagraphs(tree, source)) {
      for (const sentence of sentencesOf(paragraph)) {
        const words = countWordTokens(paragraph.mapped.text, sentence.start, sentence.end);
        if (words <= options.max) continue;
        findings.push({
          message: `Unexpected sentence of \`${words}\` words, expected at most \`${options.max}\``,
          node: paragraph.mapped.node,
          range: sourceRange(paragraph.mapped, sentence.start, sentence.end),
        });
      }
    }
    return findings;
  },
};
