/**
 * `github`: GitHub Actions workflow commands, which show each message as an annotation on the
 * pull request's diff: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 * Property values and messages are escaped as the runner expects (`%`, CR, LF; in properties
 * also `:` and `,`).
 */
import path from 'node:path';
import { showControls } from '../../show-controls.js';
import type { LintReporter } from '../types.js';

const commands = { error: 'error', warning: 'warning', info: 'notice' } as const;

export const github: LintReporter = (results, { cwd }) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = result.path ? path.relative(cwd, result.path).split(path.sep).join('/') : result.file;
    for (const message of result.messages) {
      const properties = [`file=${escapeProperty(file)}`];
      if (message.line !== undefined) properties.push(`line=${message.line}`);
      if (message.column !== undefined) properties.push(`col=${message.column}`);
      if (message.endLine !== undefined) properties.push(`endLine=${message.endLine}`);
      if (message.endColumn !== undefined) properties.push(`endColumn=${message.endColumn}`);
      properties.push(`title=${escapeProperty(`copydesk${message.ruleId ? ` (${message.ruleId})` : ''}`)}`);
      lines.push(`::${commands[message.severity]} ${properties.join(',')}::${escapeData(message.message)}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

function escapeData(text: string): string {
  // The runner's escapes first (CR and LF are part of the format), then the other control
  // characters drawn as symbols, so an escape sequence quoted from an article stays out of the log.
  return showControls(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
