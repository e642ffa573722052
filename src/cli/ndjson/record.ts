/**
 * The NDJSON records copydesk writes: one line per input, `{"id", "tree"}` (or `"html"` or
 * `"markdown"`, after `--format`) for an article, `{"id", "error"}` for one that failed.
 */
import { escapeLineSeparators } from '../../write/json-line.js';
import type { OutputFormat } from '../serializer.js';
import type { RawNumberId } from './leading-id.js';

/** The identifier of a record, as given in the input (or the file name). */
export type RecordId = string | number | null;

/** The identifier of an error record: also a number with more digits than a double holds. */
export type ErrorRecordId = RecordId | RawNumberId;

/** What went wrong with a record. */
export interface RecordError {
  /** For programs: `invalid-json`, `invalid-record`, `too-large`, `binary`, `failed`, … */
  readonly code: string;
  /** For people: one line. */
  readonly message: string;
  /** 1-based line of the record in its input, when it came from an NDJSON stream. */
  readonly line?: number | undefined;
}

/** The field that carries each payload format. */
export const payloadFields: Readonly<Record<OutputFormat, string>> = {
  json: 'tree',
  markdown: 'markdown',
  html: 'html',
};

/**
 * A result record.
 *
 * @param id The record's identifier.
 * @param format The payload's format.
 * @param payload The serialised article: for `json`, the tree as one line of JSON (a trailing
 *   newline is dropped) that is spliced in as it is, rather than parsed and stringified again.
 * @returns The record as one line, ending with a newline.
 */
export function resultRecord(id: RecordId, format: OutputFormat, payload: string): string {
  const field = payloadFields[format];
  const value = format === 'json' ? payload.trimEnd() : JSON.stringify(payload);
  return `${escapeLineSeparators(`{"id":${JSON.stringify(id)},"${field}":${value}}`)}\n`;
}

/**
 * An error record.
 *
 * @param id The record's identifier (null when it could not be read); a raw number is written
 *   with its own digits, so a consumer matches it against the number it sent.
 * @param error What went wrong.
 * @returns The record as one line, ending with a newline.
 */
export function errorRecord(id: ErrorRecordId, error: RecordError): string {
  const { code, message, line } = error;
  const idText = id !== null && typeof id === 'object' ? id.rawNumber : JSON.stringify(id);
  const record = `{"id":${idText},"error":${JSON.stringify(line === undefined ? { code, message } : { code, message, line })}}`;
  return `${escapeLineSeparators(record)}\n`;
}
