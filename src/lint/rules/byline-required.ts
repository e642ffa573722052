/**
 * byline-required: a story says who wrote it.
 *
 * Why: readers and editors need to know who stands behind a story, and corrections go to the
 * byline. Wire copy credits its agency instead, so by default a closing credit line ("Reuter",
 * "(Reporting by …)") or an agency in the dateline ("LONDON (Reuters) -") counts as a byline.
 *
 * Options: `allowCredit` (default `true`): accept a credit line or a dateline agency instead.
 *
 * ok:
 * ```text
 * Ad sales boost Time Warner profit
 *
 * By Jane Doe
 *
 * Quarterly profits …
 * ```
 * not ok: the same story without the `By Jane Doe` line and without a credit
 */

import type { Nodes } from 'mdast';
import { visit } from '../../tree/visit.js';
import { ruleUrl } from '../docs.js';
import { booleanOption } from '../options.js';
import { endOf, startOf } from '../places.js';
import type { Rule } from '../types.js';

interface Options {
  /** Whether a credit line or a dateline agency stands in for a byline. */
  allowCredit: boolean;
}

export const bylineRequired: Rule<Options> = {
  meta: {
    id: 'byline-required',
    description: 'A story has a byline (or, for wire copy, an agency credit)',
    severity: 'warning',
    recommended: false,
    fixable: false,
    url: ruleUrl('byline-required'),
  },
  defaults: Object.freeze({ allowCredit: true }),
  schema: { allowCredit: booleanOption() },
  check(tree, { options }) {
    let found = false;
    visit(tree as Nodes, (node) => {
      if (node.type === 'byline') found = true;
      else if (options.allowCredit && node.type === 'sourceTags') found = true;
      else if (options.allowCredit && node.type === 'dateline' && node.agency) found = true;
    });
    if (found) return [];
    // A byline belongs right below the headline and deck.
    let index = 0;
    while (index < tree.children.length && ['headline', 'deck'].includes(tree.children[index]?.type ?? '')) index++;
    const next = tree.children[index];
    const place = next ? startOf(next) : endOf(tree.children[index - 1] ?? tree);
    return [{ message: 'Missing byline, expected a line such as `By Jane Doe` below the headline', place }];
  },
};
