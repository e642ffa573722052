/**
 * Read one NDJSON input line as a record: a JSON object with a string or number `id` and a
 * string `text`. Anything else gets an error (an error record, written in the line's place),
 * never an exception.
 */
import { leadingId } from './leading-id.js';
import type { ErrorRecordId, RecordError, RecordId } from './record.js';

/** A line read: the record, or what is wrong with it (without its line number, added later). */
export type DecodedRecord =
  | { readonly id: RecordId; readonly text: string }
  | { readonly id: ErrorRecordId; readonly error: Omit<RecordError, 'line'> };

/**
 * Decode one input line.
 *
 * @param line The line, without its line end (LF, or CRLF).
 * @returns The record's id and text, or its id (null when unknown) and an error.
 */
export function decodeRecord(line: string): DecodedRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: null, error: { code: 'invalid-json', message: invalidJsonMessage(line, error) } };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return invalid(null, 'expected an object such as {"id": "a1", "text": "…"}');
  }
  const record = value as { id?: unknown; text?: unknown };
  const { id, text } = record;
  if (typeof id !== 'string' && typeof id !== 'number') {
    return invalid(null, fieldMessage(record, 'id', 'a string or a number'));
  }
  if (typeof id === 'number' && !copiesExactly(id)) {
    // JSON.parse has already rounded it (Node 20 gives no access to the source digits), so the
    // record cannot be answered: a consumer would mismatch the id. The error record gives the
    // id with the digits the line holds, read from its text.
    return invalid(
      leadingId(line) ?? null,
      '"id" is a number that would lose digits (beyond 9007199254740991, or out of range): send it as a string',
    );
  }
  if (typeof text !== 'string') return invalid(id, fieldMessage(record, 'text', 'the article as a string'));
  return { id, text };
}

function invalid(id: ErrorRecordId, message: string): DecodedRecord {
  return { id, error: { code: 'invalid-record', message } };
}

/**
 * Whether a parsed number is written back as the number that was read. Integers beyond 2^53 were
 * rounded by JSON.parse (12345678901234567890 comes back as 12345678901234567000), and numbers
 * out of range became Infinity, which JSON.stringify writes as null.
 */
function copiesExactly(id: number): boolean {
  return Number.isFinite(id) && (!Number.isInteger(id) || Number.isSafeInteger(id));
}

/** "missing" for an absent field, its type for a present one of the wrong type. */
function fieldMessage(record: object, field: string, expected: string): string {
  if (!Object.hasOwn(record, field)) return `missing "${field}": expected ${expected}`;
  return `"${field}" is ${describeType((record as Record<string, unknown>)[field])}, expected ${expected}`;
}

/** A JSON value's type, in words: "an object", "an array", "a boolean", "null", … */
function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * A bare CR (old Mac line ends) does not end a record, so the records it separates reach
 * JSON.parse as one line, which fails after the first: say why, as the parser's message alone
 * ("Unexpected non-whitespace character after JSON") does not.
 */
function invalidJsonMessage(line: string, error: unknown): string {
  const message = `not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  return /\r(?!\n)/.test(line)
    ? `${message} (the line holds a bare CR: separate records with LF or CRLF line ends)`
    : message;
}
