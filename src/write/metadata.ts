/**
 * The article's metadata as one plain object, shared by the Markdown front matter and the HTML
 * page's JSON-LD. It lives apart from both so the HTML writer does not load the YAML library.
 */
import type { Nodes } from 'mdast';
import type { ArticleRoot } from '../tree/types.js';
import { visit } from '../tree/visit.js';
import { visibleText } from './text.js';

/**
 * The metadata of an article as a plain object (headline, deck, authors, dateline, sources).
 *
 * @param tree The article tree.
 * @returns The metadata; keys without a value are left out.
 */
export function articleMetadata(tree: ArticleRoot): Record<string, unknown> {
  const metadata: Record<string, unknown> = {};
  const sources: Array<{ name: string; role: string | null }> = [];
  // The tree's own walker, not unist-util-visit: same nodes, same order, and unist-util-visit's
  // bookkeeping was half the time of writing a standalone HTML page.
  visit(tree as Nodes, (node) => {
    switch (node.type) {
      case 'headline':
        metadata['title'] ??= visibleText(node.children);
        break;
      case 'deck':
        metadata['description'] ??= visibleText(node.children);
        break;
      case 'byline':
        metadata['authors'] ??= node.authors;
        break;
      case 'dateline':
        metadata['dateline'] ??= {
          place: node.place,
          ...(node.region ? { region: node.region } : {}),
          date: node.date,
          agency: node.agency,
        };
        break;
      case 'sourceTags':
        for (const tag of node.tags) sources.push(tag);
        break;
      default:
        break;
    }
  });
  if (sources.length > 0) metadata['sources'] = sources;
  return metadata;
}
