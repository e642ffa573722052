/**
 * YAML front matter for `--front-matter`: the article's metadata for static-site generators.
 */
import { stringify } from 'yaml';
import type { ArticleRoot } from '../../tree/types.js';
import { articleMetadata } from '../metadata.js';

/**
 * YAML front matter for an article, fenced by `---` lines and followed by a blank line.
 *
 * @param tree The article tree.
 * @returns The front matter block, or an empty string when there is no metadata to put in it.
 */
export function frontMatter(tree: ArticleRoot): string {
  // Fields the draft's own front matter had (slug, tags, …) are kept; the article's wins on clashes.
  const metadata = { ...tree.data?.frontMatter, ...articleMetadata(tree) };
  // An empty block would be YAML's `{}` between the fences: noise that some generators misread.
  if (Object.keys(metadata).length === 0) return '';
  return `---\n${stringify(metadata).trimEnd()}\n---\n\n`;
}
