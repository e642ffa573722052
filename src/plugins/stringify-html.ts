/**
 * `copydeskStringifyHtml`: the unified compiler plugin behind `toHtml`.
 */
import type { Plugin } from 'unified';
import type { ArticleRoot } from '../tree/types.js';
import { type HtmlOptions, toHtml } from '../write/html/index.js';

/**
 * Use copydesk's HTML writer as the processor's compiler.
 *
 * @param options As for `toHtml`: fragment or standalone page, and its language.
 */
export const copydeskStringifyHtml: Plugin<[(Readonly<HtmlOptions> | null | undefined)?], ArticleRoot, string> =
  function (options) {
    this.compiler = (tree) => toHtml(tree as ArticleRoot, options);
  };
