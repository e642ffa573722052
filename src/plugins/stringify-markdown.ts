/**
 * `copydeskStringifyMarkdown`: the unified compiler plugin behind `toMarkdown`.
 */
import type { Plugin } from 'unified';
import type { ArticleRoot } from '../tree/types.js';
import { type MarkdownOptions, toMarkdown } from '../write/markdown/index.js';

/**
 * Use copydesk's Markdown writer as the processor's compiler.
 *
 * @param options As for `toMarkdown`: front matter.
 */
export const copydeskStringifyMarkdown: Plugin<[(Readonly<MarkdownOptions> | null | undefined)?], ArticleRoot, string> =
  function (options) {
    this.compiler = (tree) => toMarkdown(tree as ArticleRoot, options);
  };
