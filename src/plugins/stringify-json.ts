/**
 * `copydeskStringifyJson`: the unified compiler plugin behind `toJson`.
 */
import type { Plugin } from 'unified';
import type { ArticleRoot } from '../tree/types.js';
import { checkJsonOptions, type JsonOptions, toJson } from '../write/json.js';

/**
 * Use copydesk's JSON writer as the processor's compiler.
 *
 * @param options As for `toJson`: positions and indentation.
 * @throws {CopydeskError} `invalid-option` when an option has the wrong type.
 */
export const copydeskStringifyJson: Plugin<[(Readonly<JsonOptions> | null | undefined)?], ArticleRoot, string> =
  function (options) {
    // Checked when the processor is frozen, so a wrong option fails before any file is read.
    checkJsonOptions(options, 'copydeskStringifyJson options');
    this.compiler = (tree) => toJson(tree as ArticleRoot, options);
  };
