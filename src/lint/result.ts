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
 * @param reason What went wrong.
 * @returns A fatal error message without a place.
 */
export function fatalMessage(file: string, reason: string): LintMessage {
  return {
    file,
    ruleId: null,
    source: 'copydesk',
    severity: 'error',
    fatal: true,
    message: reason,
    place: undefined,
    line: undefined,
    column: undefined,
    endLine: undefined,
    endColumn: undefined,
    url: undefined,
  };
}
