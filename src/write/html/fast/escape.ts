/**
 * Text and attribute escaping exactly as hast-util-to-html writes them with its default
 * options (hexadecimal character references, double-quoted attributes), plus the two
 * whitespace trims mdast-util-to-hast applies to text.
 */

const attributeSpecial = /[\0"&'`]/;
const lineEnding = /[\r\n]/;

/**
 * Escape text content: only `<` and `&`, as hast-util-to-html does outside `<script>` and
 * `<style>`.
 *
 * @param value The text.
 * @returns The escaped text.
 */
export function escapeText(value: string): string {
  // `replaceAll` with strings: faster than a regular expression with a replacer function.
  // `&` first, so that the references written for `<` are not escaped again.
  let result = value;
  if (result.includes('&')) result = result.replaceAll('&', '&#x26;');
  if (result.includes('<')) result = result.replaceAll('<', '&#x3C;');
  return result;
}

/**
 * A text node's content as mdast-util-to-hast and hast-util-to-html write it: trimmed around
 * line endings, trimmed at the start after a hard break, escaped. Most text needs none of it;
 * four `includes` scans find that out a little faster than one regular expression test on the
 * sliced strings the readers make (measured over the corpus).
 *
 * @param value The text node's value.
 * @param trim Drop leading spaces and tabs (the text follows a hard break).
 * @returns The HTML.
 */
export function textContent(value: string, trim: boolean): string {
  if (!(value.includes('<') || value.includes('&') || value.includes('\n') || value.includes('\r'))) {
    return trim ? trimMarkdownSpaceStart(value) : value;
  }
  const lines = trimLines(value);
  return escapeText(trim ? trimMarkdownSpaceStart(lines) : lines);
}

/**
 * Escape a double-quoted attribute value: NUL, quotes, `&` and the backtick.
 *
 * @param value The value.
 * @returns The escaped value.
 */
export function escapeAttribute(value: string): string {
  if (!attributeSpecial.test(value)) return value;
  let result = value.includes('&') ? value.replaceAll('&', '&#x26;') : value;
  if (result.includes('"')) result = result.replaceAll('"', '&#x22;');
  if (result.includes("'")) result = result.replaceAll("'", '&#x27;');
  if (result.includes('`')) result = result.replaceAll('`', '&#x60;');
  if (result.includes('\0')) result = result.replaceAll('\0', '&#x0;');
  return result;
}

/**
 * One attribute with its leading space, as hast-util-to-html writes a property that
 * hast-util-sanitize kept: strings quoted and escaped, numbers as `String` writes them (none
 * for NaN), `true` as a bare name, anything else left out.
 *
 * @param name The attribute name as written (`data-kind`, not `dataKind`).
 * @param value The property value.
 * @returns ` name="value"`, ` name`, or the empty string.
 */
export function attribute(name: string, value: unknown): string {
  if (typeof value === 'string') return ` ${name}="${escapeAttribute(value)}"`;
  if (typeof value === 'number') return Number.isNaN(value) ? '' : ` ${name}="${value}"`;
  return value === true ? ` ${name}` : '';
}

/**
 * mdast-util-to-hast's `trimLines` for a text node: spaces and tabs around line endings go.
 *
 * @param value The text.
 * @returns The text, trimmed around each line ending.
 */
export function trimLines(value: string): string {
  if (!lineEnding.test(value)) return value;
  const search = /\r?\n|\r/g;
  let result = '';
  let last = 0;
  let match = search.exec(value);
  while (match) {
    result += trimLine(value.slice(last, match.index), last > 0, true) + match[0];
    last = match.index + match[0].length;
    match = search.exec(value);
  }
  return result + trimLine(value.slice(last), last > 0, false);
}

function trimLine(value: string, start: boolean, end: boolean): string {
  let startIndex = 0;
  let endIndex = value.length;
  if (start) while (isBlank(value.charCodeAt(startIndex))) startIndex++;
  if (end) while (isBlank(value.charCodeAt(endIndex - 1))) endIndex--;
  return endIndex > startIndex ? value.slice(startIndex, endIndex) : '';
}

/**
 * Drop leading spaces and tabs, as mdast-util-to-hast does to the text after a hard break.
 *
 * @param value The text.
 * @returns The text without leading blanks.
 */
export function trimMarkdownSpaceStart(value: string): string {
  let index = 0;
  while (isBlank(value.charCodeAt(index))) index++;
  return index === 0 ? value : value.slice(index);
}

function isBlank(code: number): boolean {
  return code === 9 || code === 32;
}
