/**
 * Decide whether a text is Markdown or plain text when the caller did not say.
 * Only unambiguous Markdown constructs count: wire copy is full of indented lines, hyphens and
 * asterisks that a looser sniff would take for Markdown.
 */

const markdownSignals = [
  /^#{1,6}[ \t]+\S/m, // ATX heading
  /^---\r?\n[\s\S]*?\r?\n---\r?$/m, // YAML front matter
  // Inline link. Neither part may contain a bracket, so every scan stops at the next `[`: with
  // brackets allowed, "[a](" repeated is rescanned from each `[` (quadratic).
  /\[[^[\]\n]+\]\([^()[\]\s]+\)/,
  /(?:^|\s)\*\*[^*\n]+\*\*(?=\s|[.,;:!?]|$)/m, // strong emphasis
  /^```/m, // fenced code
];

/**
 * Whether a text looks like Markdown.
 *
 * @param text The input text.
 * @returns True when it contains an unambiguous Markdown construct.
 */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  return markdownSignals.some((signal) => signal.test(head)) || hasTable(head);
}

/** A GFM delimiter row, trimmed: cells of dashes with optional colons, between pipes. */
const delimiterRow = /^\|?[ \t]*:?-+:?(?:[ \t]*\|[ \t]*:?-+:?)*[ \t]*\|?$/;

/**
 * Whether a text holds a GFM table: a line with a pipe over a delimiter row with a pipe
 * (`| --- | :-: |`, `--- | ---`). A loop over lines with pipes rather than one regex over the
 * text: a pattern spanning both lines backtracks polynomially (recheck found an attack).
 */
function hasTable(text: string): boolean {
  for (let pipe = text.indexOf('|'); pipe >= 0; ) {
    const start = text.indexOf('\n', pipe) + 1;
    if (start === 0) return false;
    const end = text.indexOf('\n', start);
    const row = text.slice(start, end < 0 ? text.length : end).trim();
    if (row.includes('|') && delimiterRow.test(row)) return true;
    pipe = text.indexOf('|', start);
  }
  return false;
}
