/**
 * `copydeskStringifyHtml`: the unified compiler plugin behind `toHtml`.
 */
import type { Plugin } from 'unified';
import type { ArticleRoot } from '../tree/types.js';
import { checkHtmlOptions, type HtmlOptions, toHtml } from '../write/html/index.js';

/**
 * Use copydesk's HTML writer as the processor's compiler.
 *
 * @param options As for `toHtml`: fragment or standalone page, and its language.
 * @throws {CopydeskError} `invalid-option` when an option has the wrong type.
 */
export const copydeskStringifyHtml: Plugin<[(Readonly<HtmlOptions> | null | undefined)?], ArticleRoot, string> =
  function (options) {
    // Checked when the processor is frozen, so a wrong option fails before any file is read.
    checkHtmlOptions(options, 'copydeskStringifyHtml options');
    this.compiler = (tree) => toHtml(tree as ArticleRoot, options);
  };
