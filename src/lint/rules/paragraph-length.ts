/**
 * paragraph-length: body paragraphs stay short.
 *
 * Why: news paragraphs are read on phones, in narrow columns; the usual advice is one idea per
 * paragraph and two or three sentences at most. A wall of text hides the news.
 *
 * Options: `maxWords` (default 120) and `maxSentences` (default 6).
 *
 * ok: `Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn.`
 *
 * not ok: a paragraph of seven sentences, or of 130 words
 */
import { ruleUrl } from '../docs.js';
import { integerOption } from '../options.js';
import { countWordTokens, proseParagraphs, sentencesOf } from '../prose.js';
import type { Finding, Rule } from '../types.js';

interface Options {
  maxWords: number;
  maxSentences: number;
}

export const paragraphLength: Rule<Options> = {
  meta: {
    id: 'paragraph-length',
    description: 'A paragraph has at most `maxWords` words and `maxSentences` sentences',
    severity: 'warning',
    recommended: true,
    fixable: false,
    url: ruleUrl('paragraph-length'),
  },
  defaults: Object.freeze({ maxWords: 120, maxSentences: 6 }),
  schema: { maxWords: integerOption(1), maxSentences: integerOption(1) },
  check(tree, { options, source }) {
    const findings: Finding[] = [];
    for (const paragraph of proseParagraphs(tree, source)) {
      const node = paragraph.mapped.node;
      const words = countWordTokens(paragraph.mapped.text, paragraph.start);
      if (words > options.maxWords) {
        findings.push({
          message: `Unexpected paragraph of \`${words}\` words, expected at most \`${options.maxWords}\``,
          node,
        });
        continue;
      }
      const sentences = sentencesOf(paragraph).length;
      if (sentences > options.maxSentences) {
        findings.push({
          message: `Unexpected paragraph of \`${sentences}\` sentences, expected at most \`${options.maxSentences}\``,
          node,
        });
      }
    }
    return findings;
  },
};
