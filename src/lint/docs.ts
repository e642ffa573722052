/**
 * Where rule docs live: one anchor per rule in the README's rule table, so a message's URL
 * works on the repository page and in the npm package page alike.
 */

/** The README on the repository's home page. */
export const docsBase = 'https://github.com/copydesk/copydesk';

/**
 * The docs URL of a rule.
 *
 * @param id The rule id.
 * @returns The URL of the rule's README anchor.
 */
export function ruleUrl(id: string): string {
  return `${docsBase}#rule-${id}`;
}
