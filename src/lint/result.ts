/**
 * A file's lint result: its messages with the counts reporters and exit codes need.
 */
import type { LintMessage, LintResult } from './types.js';

/**
 * Build a file's result.
 *
 * @param fields The file's name and path, its messages, the text linted and any fixed text.
 * @returns The result with its counts.
 */
export function createResult(fields: {
  file: string;
  path: string | undefined;
  messages: readonly LintMessage[];
  source: string | undefined;
  output?: string | undefined;
}): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableCount = 0;
  for (const message of fields.messages) {
    if (message.severity === 'error') errorCount++;
    else if (message.severity === 'warning') warningCount++;
    else infoCount++;
    if (message.fix) fixableCount++;
  }
  return {
    file: fields.file,
    path: fields.path,
    messages: fields.messages,
    source: fields.source,
    ...(fields.output === undefined ? {} : { output: fields.output }),
    errorCount,
    warningCount,
    infoCount,
    fixableCount,
  };
}

/**
 * A message for a file that could not be read or parsed (ruleId `null`, as in eslint).
 *
 * @param file The file name.
 * @param reason What went wrong, without the file name or the line.
 * @param line The 1-based line of the problem (the first NUL byte of a binary file), when known.
 * @returns A fatal error message at the start of that line, or without a place.
 */
export function fatalMessage(file: string, reason: string, line?: number): LintMessage {
  return {
    file,
    ruleId: null,
    source: 'copydesk',
    severity: 'error',
    fatal: true,
    message: reason,
    // The text could not be decoded, so there are no offsets for a `place`: the line is all that
    // is known, and column 1 lets editors and annotations jump to it.
    place: undefined,
    line,
    column: line === undefined ? undefined : 1,
    endLine: undefined,
    endColumn: undefined,
    url: undefined,
  };
}
