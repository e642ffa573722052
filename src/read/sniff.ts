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
  return markdownSignals.some((signal) => signal.test(head));
}
