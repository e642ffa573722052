/**
 * `compact`: one line per message, `file:line:column: severity rule message`, the format
 * editors' error parsers (Vim's errorformat, VS Code problem matchers) read without setup.
 */
import type { LintReporter } from '../types.js';

export const compact: LintReporter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const message of result.messages) {
      const file = result.file || '<stdin>';
      lines.push(
        `${file}:${message.line ?? 0}:${message.column ?? 0}: ${message.severity} ${message.ruleId ?? 'fatal'} ${message.message}`,
      );
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
