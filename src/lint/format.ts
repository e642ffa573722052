/**
 * How values appear inside messages: in backticks (STYLE B7), shortened when long, with
 * invisible characters made visible so "Unexpected `  `" still says something.
 */

/** Longest value shown in full. */
const maxLength = 40;

/**
 * A value for a message, in backticks.
 *
 * @param value The text as written.
 * @returns The value in backticks.
 */
export function code(value: string): string {
  let shown = value.replace(/\t/g, '\\t').replace(/\u00a0/g, '\\u00a0');
  if (shown.length > maxLength) shown = `${shown.slice(0, maxLength - 1)}…`;
  return shown.includes('`') ? `\`\` ${shown} \`\`` : `\`${shown}\``;
}
