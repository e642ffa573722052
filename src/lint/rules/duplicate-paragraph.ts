/**
 * duplicate-paragraph: no paragraph appears twice.
 *
 * Why: copy-and-paste during editing, or a CMS that merged two versions, leaves the same
 * paragraph twice; readers notice at once. Quote glyphs and spacing are ignored when
 * comparing, so a paragraph pasted with straight quotes still counts as the same.
 *
 * Options: `minWords` (default 8): shorter paragraphs ("Reuter", "More follows") may repeat.
 *
 * ok: two different paragraphs
 *
 * not ok: the same paragraph on line 3 and on line 9
 */
import type { Nodes, Paragraph } from 'mdast';
import { phrasingText } from '../../detect/text.js';
import { SKIP, visit } from '../../tree/visit.js';
import { ruleUrl } from '../docs.js';
import { integerOption } from '../options.js';
import { countWordTokens } from '../prose.js';
import type { Finding, Rule } from '../types.js';

interface Options {
  minWords: number;
}

export const duplicateParagraph: Rule<Options> = {
  meta: {
    id: 'duplicate-paragraph',
    description: 'No paragraph appears twice',
    severity: 'error',
    recommended: true,
    fixable: false,
    url: ruleUrl('duplicate-paragraph'),
  },
  defaults: Object.freeze({ minWords: 8 }),
  schema: { minWords: integerOption(1) },
  check(tree, { options }) {
    const findings: Finding[] = [];
    const seen = new Map<string, Paragraph>();
    visit(tree as Nodes, 'paragraph', (node) => {
      const text = phrasingText(node.children);
      if (countWordTokens(text) < options.minWords) return SKIP;
      const key = normalise(text);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, node);
        return SKIP;
      }
      const line = first.position?.start.line;
      findings.push({
        message:
          line === undefined
            ? 'Unexpected repeat of an earlier paragraph, expected each paragraph once'
            : `Unexpected repeat of the paragraph on line \`${line}\`, expected each paragraph once`,
        node,
      });
      return SKIP;
    });
    return findings;
  },
};

function normalise(text: string): string {
  return text
    .replace(/[“”„‟]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
