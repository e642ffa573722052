/**
 * JSON meant to stay on one line: NDJSON records (`convert --to ndjson`, `extract --to ndjson`).
 */

const lineSeparators = /[\u2028\u2029]/g;

/**
 * A line of JSON with U+2028 and U+2029 escaped. JSON.stringify leaves them raw, and readers that
 * split lines by Unicode's rules (Python's `str.splitlines`, some JavaScript tools) would cut a
 * record there. In valid JSON they can only stand inside strings, where `\u2028` means the same.
 *
 * @param json One JSON value on one line.
 * @returns The same value, still on one line for every reader.
 */
export function escapeLineSeparators(json: string): string {
  // Most lines have neither: those are returned as they are, without a replace that copies them.
  if (!json.includes('\u2028') && !json.includes('\u2029')) return json;
  return json.replace(lineSeparators, (character) => (character === '\u2028' ? '\\u2028' : '\\u2029'));
}
