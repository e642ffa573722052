/**
 * `copydeskParse`: the unified parser plugin behind `parse`. Text in, article tree out, so that
 * copydesk's reader can head any unified pipeline:
 *
 * ```ts
 * const file = unified().use(copydeskParse).use(copydeskStringifyHtml).processSync(text);
 * ```
 */
import type { Plugin } from 'unified';
import { checkParseOptions, type ParseOptions, parse } from '../parse.js';
import type { ArticleRoot } from '../tree/types.js';

/**
 * Use copydesk's reader and detectors as the processor's parser.
 *
 * @param options As for `parse`; without `file`, the name of the processed file (its
 *   `basename`, when it has one) picks the reader under `from: 'auto'`.
 * @throws {CopydeskError} `invalid-option` when an option has the wrong type or value.
 */
export const copydeskParse: Plugin<[(Readonly<ParseOptions> | null | undefined)?], string, ArticleRoot> = function (
  options,
) {
  // Checked when the processor is frozen, so a wrong option fails before any file is read.
  checkParseOptions(options, 'copydeskParse options');
  this.parser = (document, file) => {
    const name = options?.file ?? file.basename;
    return parse(document, name === undefined ? options : { ...options, file: name });
  };
};
