/**
 * `copydeskStringifyJson`: the unified compiler plugin behind `toJson`.
 */
import type { Plugin } from 'unified';
import type { ArticleRoot } from '../tree/types.js';
import { type JsonOptions, toJson } from '../write/json.js';

/**
 * Use copydesk's JSON writer as the processor's compiler.
 *
 * @param options As for `toJson`: positions and indentation.
 */
export const copydeskStringifyJson: Plugin<[(Readonly<JsonOptions> | null | undefined)?], ArticleRoot, string> =
  function (options) {
    this.compiler = (tree) => toJson(tree as ArticleRoot, options);
  };
