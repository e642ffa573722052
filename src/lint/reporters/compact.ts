/**
 * `compact`: one line per message, `file:line:column: severity rule message`, the format
 * editors' error parsers (Vim's errorformat, VS Code problem matchers) read without setup.
 */
import { showControls } from '../../show-controls.js';
import type { LintReporter } from '../types.js';

export const compact: LintReporter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const message of result.messages) {
      const file = showControls(result.file || '<stdin>');
      // The rule's place holds a word for messages of no rule: `fatal` for a file that could not
      // be read, `parse` for a part of it that could not be (front matter that is not YAML, a
      // disable comment naming no rule).
      const rule = message.ruleId ?? (message.fatal ? 'fatal' : 'parse');
      // One line per message, whatever the article quoted in it holds (a line break, an escape).
      const text = showControls(message.message);
      lines.push(`${file}:${message.line ?? 0}:${message.column ?? 0}: ${message.severity} ${rule} ${text}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
