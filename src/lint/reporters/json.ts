/**
 * `json`: one array of file results for programs, VFileMessage-shaped messages included
 * (place with offsets, rule id, severity, URL, fix). The linted text is left out; a file
 * fixed with `--fix-dry-run` carries its fixed text in `output`.
 */
import type { LintReporter } from '../types.js';

export const json: LintReporter = (results) =>
  `${JSON.stringify(
    results.map(({ source: _source, ...result }) => result),
    null,
    2,
  )}\n`;
