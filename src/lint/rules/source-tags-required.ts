/**
 * source-tags-required: a story filed from the field ends with its credit line.
 *
 * Why: agencies require their credit ("Reuter", "(AP)"), and a newsroom records who reported
 * and who edited a story: "(Reporting by Jane Doe; Editing by John Roe)". A story with a
 * dateline was filed from somewhere, so by default those need a closing credit.
 *
 * Options: `when` — `dateline` (default: only stories with a dateline) or `always`.
 *
 * ok:
 * ```text
 *     SALVADOR, Feb 26 - Showers continued throughout the week …
 *  Reuter
 * ```
 * not ok: the same story without the ` Reuter` line
 */
import type { Nodes } from 'mdast';
import { visit } from '../../tree/visit.js';
import { ruleUrl } from '../docs.js';
import { choiceOption } from '../options.js';
import { endOf } from '../places.js';
import type { Rule } from '../types.js';

interface Options {
  /** Which stories need a credit line. */
  when: 'dateline' | 'always';
}

export const sourceTagsRequired: Rule<Options> = {
  meta: {
    id: 'source-tags-required',
    description: 'A story with a dateline ends with a credit line such as `(Reporting by …)`',
    severity: 'warning',
    recommended: true,
    fixable: false,
    url: ruleUrl('source-tags-required'),
  },
  defaults: Object.freeze({ when: 'dateline' }),
  schema: { when: choiceOption(['dateline', 'always'] as const) },
  check(tree, { options }) {
    let tags = false;
    let dateline = false;
    visit(tree as Nodes, (node) => {
      if (node.type === 'sourceTags') tags = true;
      else if (node.type === 'dateline') dateline = true;
    });
    if (tags || (options.when === 'dateline' && !dateline) || tree.children.length === 0) return [];
    return [
      {
        message: 'Missing credit line, expected one such as `(Reporting by Jane Doe; Editing by John Roe)` at the end',
        place: endOf(tree.children[tree.children.length - 1]),
      },
    ];
  },
};
