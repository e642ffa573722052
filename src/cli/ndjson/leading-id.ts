/**
 * The `id` of a record read from the start of its line, for the error records of lines that
 * cannot be decoded whole: a line over the size limit is skipped unread but for its first few
 * kilobytes, and an id beyond 2^53 is rounded by `JSON.parse`. Either way `{"id": null, …}` left
 * the consumer unable to tell which record failed.
 *
 * A small tokenizer over the top-level object: it reads keys in order, skips other values
 * (strings, numbers, literals, nested objects and arrays, by counting brackets) and stops at
 * `id` or wherever the text ends or stops being JSON. Every character is looked at once, and no
 * regular expression runs over a value, so a head cut anywhere costs no more than its length.
 */

/** A numeric id written back with the digits it was sent with (`JSON.parse` would round it). */
export interface RawNumberId {
  /** The number as it stands in the input, a valid JSON number. */
  readonly rawNumber: string;
}

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * The first top-level `id` of a record's text, when it is a string or a number whole within it.
 *
 * @param text The record's line, or its first kilobytes.
 * @returns The id: a string, a number that copies exactly, a raw number for one that would lose
 *   digits; or undefined when there is none to read (absent, of another type, or cut off).
 */
export function leadingId(text: string): string | number | RawNumberId | undefined {
  let index = skipSpace(text, 0);
  if (text.charCodeAt(index) !== 123 /* { */) return undefined;
  index++;
  for (;;) {
    index = skipSpace(text, index);
    const keyEnd = stringEnd(text, index);
    if (keyEnd === undefined) return undefined;
    const key = text.slice(index, keyEnd);
    index = skipSpace(text, keyEnd);
    if (text.charCodeAt(index) !== 58 /* : */) return undefined;
    index = skipSpace(text, index + 1);
    if (key === '"id"') return idValue(text, index);
    const valueEnd = skipValue(text, index);
    if (valueEnd === undefined) return undefined;
    index = skipSpace(text, valueEnd);
    if (text.charCodeAt(index) !== 44 /* , */) return undefined;
    index++;
  }
}

function idValue(text: string, index: number): string | number | RawNumberId | undefined {
  const end = skipValue(text, index);
  // A value must be followed by something to be known whole: `"id": 12` cut after `12` may be
  // `123…`.
  if (end === undefined || end >= text.length) return undefined;
  const raw = text.slice(index, end);
  if (raw.charCodeAt(0) === 34 /* " */) {
    try {
      return JSON.parse(raw) as string;
    } catch {
      // A bad escape (`"\x"`): not JSON, so no id to give.
      return undefined;
    }
  }
  numberPattern.lastIndex = 0;
  if (!numberPattern.test(raw) || numberPattern.lastIndex !== raw.length) return undefined;
  const value = Number(raw);
  const exact = Number.isFinite(value) && (!Number.isInteger(value) || Number.isSafeInteger(value));
  return exact ? value : { rawNumber: raw };
}

function skipSpace(text: string, index: number): number {
  let at = index;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return at;
    at++;
  }
}

/** The end (after the closing quote) of a JSON string at `index`, or undefined. */
function stringEnd(text: string, index: number): number | undefined {
  if (text.charCodeAt(index) !== 34) return undefined;
  for (let at = index + 1; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 92 /* \ */) at++;
    else if (code === 34) return at + 1;
  }
  return undefined;
}

/** The end of any JSON value at `index`, or undefined when it is cut off or not JSON. */
function skipValue(text: string, index: number): number | undefined {
  const code = text.charCodeAt(index);
  if (code === 34) return stringEnd(text, index);
  if (code === 123 || code === 91 /* { [ */) {
    let depth = 0;
    for (let at = index; at < text.length; at++) {
      const inner = text.charCodeAt(at);
      if (inner === 34) {
        const end = stringEnd(text, at);
        if (end === undefined) return undefined;
        at = end - 1;
      } else if (inner === 123 || inner === 91) depth++;
      else if (inner === 125 || inner === 93) {
        depth--;
        if (depth === 0) return at + 1;
      }
    }
    return undefined;
  }
  numberPattern.lastIndex = index;
  if (numberPattern.test(text)) return numberPattern.lastIndex;
  for (const literal of ['true', 'false', 'null']) if (text.startsWith(literal, index)) return index + literal.length;
  return undefined;
}
