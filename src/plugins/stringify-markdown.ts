/**
 * `copydeskStringifyMarkdown`: the unified compiler plugin behind `toMarkdown`.
 */
import type { Plugin } from 'unified';
import type { ArticleRoot } from '../tree/types.js';
import { checkMarkdownOptions, type MarkdownOptions, toMarkdown } from '../write/markdown/index.js';

/**
 * Use copydesk's Markdown writer as the processor's compiler.
 *
 * @param options As for `toMarkdown`: front matter.
 * @throws {CopydeskError} `invalid-option` when an option has the wrong type.
 */
export const copydeskStringifyMarkdown: Plugin<[(Readonly<MarkdownOptions> | null | undefined)?], ArticleRoot, string> =
  function (options) {
    // Checked when the processor is frozen, so a wrong option fails before any file is read.
    checkMarkdownOptions(options, 'copydeskStringifyMarkdown options');
    this.compiler = (tree) => toMarkdown(tree as ArticleRoot, options);
  };
