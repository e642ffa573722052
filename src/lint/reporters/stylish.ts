/**
 * `stylish`: the default, for people. Messages grouped by file, each with its place, severity,
 * text and rule id in aligned columns and a code frame of the line, then a summary, as
 * eslint's stylish reporter with Babel's code frames.
 */
import { showControls } from '../../show-controls.js';
import { codeFrame, sourceLines } from '../code-frame.js';
import type { LintMessage, LintReporter } from '../types.js';

export const stylish: LintReporter = (results, { colors }) => {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    fixable += result.fixableCount;
    if (result.messages.length === 0) continue;
    out.push(colors.underline(showControls(result.file || '<stdin>')));
    const places = result.messages.map(placeText);
    const lines = result.source === undefined ? undefined : sourceLines(result.source);
    // A loop, not `Math.max(...widths)`: one argument per message overflowed the call stack at
    // about 120,000 messages.
    let placeWidth = 0;
    for (const place of places) placeWidth = Math.max(placeWidth, place.length);
    for (const [index, message] of result.messages.entries()) {
      const severity =
        message.severity === 'error'
          ? colors.red('error  ')
          : message.severity === 'warning'
            ? colors.yellow('warning')
            : colors.blue('info   ');
      const place = (places[index] ?? '').padEnd(placeWidth);
      const rule = message.ruleId ? `  ${colors.dim(message.ruleId)}` : '';
      // A message may quote the article (`Missing source for \`76%\``): never its control characters.
      out.push(`  ${colors.dim(place)}  ${severity}  ${showControls(message.message)}${rule}`);
      if (lines !== undefined) {
        const frame = codeFrame(lines, message.place, colors);
        if (frame) out.push(indent(frame, '    '));
      }
    }
    out.push('');
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const counts = [
    `${errors} ${errors === 1 ? 'error' : 'errors'}`,
    `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
  ];
  if (infos > 0) counts.push(`${infos} info`);
  const summary = `✖ ${total} ${total === 1 ? 'problem' : 'problems'} (${counts.join(', ')})`;
  out.push(errors > 0 ? colors.bold(colors.red(summary)) : colors.bold(colors.yellow(summary)));
  if (fixable > 0) out.push(colors.dim(`  ${fixable} ${fixable === 1 ? 'problem' : 'problems'} fixable with --fix`));
  return `${out.join('\n')}\n`;
};

function placeText(message: LintMessage): string {
  if (message.line === undefined) return '0:0';
  const start = `${message.line}:${message.column ?? 1}`;
  if (message.endLine === undefined) return start;
  return `${start}-${message.endLine}:${message.endColumn ?? 1}`;
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}
