/**
 * empty-section: every section heading is followed by text.
 *
 * Why: a heading with nothing under it is a leftover from editing (a paragraph moved or cut)
 * and renders as a dangling crosshead.
 *
 * ok:
 * ```markdown
 * ## Gaza
 *
 * Israel has been waging a war on Gaza since October 7.
 * ```
 * not ok:
 * ```markdown
 * ## Gaza
 *
 * ## Reactions
 * ```
 */
import type { Nodes } from 'mdast';
import { phrasingText } from '../../detect/text.js';
import { visit } from '../../tree/visit.js';
import { ruleUrl } from '../docs.js';
import { code } from '../format.js';
import type { Finding, Rule } from '../types.js';

/** This rule has no options. */
type Options = Record<never, never>;

export const emptySection: Rule<Options> = {
  meta: {
    id: 'empty-section',
    description: 'Every section heading is followed by text',
    severity: 'error',
    recommended: true,
    fixable: false,
    url: ruleUrl('empty-section'),
  },
  defaults: Object.freeze({}),
  schema: {},
  check(tree) {
    const findings: Finding[] = [];
    visit(tree as Nodes, 'section', (section) => {
      const [heading, ...rest] = section.children;
      if (heading?.type !== 'heading') return;
      const hasText = rest.some((block) => {
        let text = false;
        visit(block as Nodes, 'text', (node) => {
          if (node.value.trim() !== '') text = true;
        });
        return text || block.type === 'image' || block.type === 'table' || block.type === 'code';
      });
      if (!hasText) {
        findings.push({
          message: `Missing text in section ${code(phrasingText(heading.children).trim())}, expected a paragraph after the heading`,
          node: heading,
        });
      }
    });
    return findings;
  },
};
