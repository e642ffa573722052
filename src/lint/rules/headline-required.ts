/**
 * headline-required: an article starts with a headline.
 *
 * Why: a story without a headline cannot be listed, indexed or shared; CMS imports and RSS
 * feeds fail or fall back to the first sentence. In plain text the headline is a short first
 * line followed by a blank line; in Markdown a `#` heading.
 *
 * ok:
 * ```text
 * Ad sales boost Time Warner profit
 *
 * Quarterly profits at US media giant TimeWarner jumped 76% …
 * ```
 * not ok (the story starts straight with prose):
 * ```text
 * Quarterly profits at US media giant TimeWarner jumped 76% …
 * ```
 */
import { ruleUrl } from '../docs.js';
import { startOf } from '../places.js';
import type { Rule } from '../types.js';

/** This rule has no options. */
type Options = Record<never, never>;

export const headlineRequired: Rule<Options> = {
  meta: {
    id: 'headline-required',
    description: 'An article starts with a headline',
    severity: 'error',
    recommended: true,
    fixable: false,
    url: ruleUrl('headline-required'),
  },
  defaults: Object.freeze({}),
  schema: {},
  check(tree) {
    if (tree.children.some((node) => node.type === 'headline')) return [];
    return [
      {
        message: 'Missing headline, expected a short first line above the story',
        place: startOf(tree.children[0] ?? tree),
      },
    ];
  },
};
