/**
 * Whether an input read as an article is NDJSON records instead (`{"id", "text"}` a line):
 * read as one article it gives a headline `{` and quotes around every key, with exit 0, so
 * `convert` and `extract` warn and say what to do instead.
 */

/** The warning, without the advice, which depends on the command. */
export const recordsReadAsArticle = 'this looks like NDJSON records ({"id", "text"} a line), read as one article';

/**
 * Whether a text is NDJSON records rather than an article: its first line is a JSON object with
 * a `text` string, as `convert --from ndjson` takes.
 *
 * @param text The input's text.
 * @returns True for records.
 */
export function looksLikeRecords(text: string): boolean {
  const start = text.search(/\S/);
  if (start < 0 || text.charCodeAt(start) !== 123 /* { */) return false;
  const end = text.indexOf('\n', start);
  try {
    const record: unknown = JSON.parse(text.slice(start, end < 0 ? undefined : end));
    return typeof record === 'object' && record !== null && typeof (record as { text?: unknown }).text === 'string';
  } catch {
    return false;
  }
}
