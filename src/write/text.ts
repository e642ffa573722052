/**
 * The text a reader sees of phrasing content, for the places where the writers put article text
 * outside the article body: the page's `<title>`, its JSON-LD and the Markdown front matter.
 */
import type { PhrasingContent } from 'mdast';

/**
 * The visible text of phrasing content: as `phrasingText`, but without raw HTML from Markdown
 * drafts. The article body drops raw HTML (sanitised away), so a title that kept it would show
 * `</script><script>` as text where the headline shows nothing.
 *
 * @param nodes Phrasing nodes.
 * @returns Their text, with quotation marks restored and raw HTML left out.
 */
export function visibleText(nodes: readonly PhrasingContent[]): string {
  let result = '';
  for (const node of nodes) {
    if (node.type === 'html') continue;
    if ('value' in node && typeof node.value === 'string') result += node.value;
    else if (node.type === 'break') result += ' ';
    else if (node.type === 'quote') result += node.marks[0] + visibleText(node.children) + node.marks[1];
    else if ('children' in node) result += visibleText(node.children as PhrasingContent[]);
  }
  return result;
}
