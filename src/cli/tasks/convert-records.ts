/**
 * The `convert --from ndjson` task for one chunk of NDJSON lines: each `{"id", "text"}` record
 * becomes one output record (see `ndjson/record.ts`), a bad one an error record; blank lines are
 * skipped. Nothing a record contains can stop the chunk.
 */
import { isUtf8 } from 'node:buffer';
import { CopydeskError } from '../../errors.js';
import { type InputFormat, parse } from '../../parse.js';
import { decodeRecord } from '../ndjson/decode.js';
import { errorRecord, resultRecord } from '../ndjson/record.js';
import { loadSerializer, type SerializeOptions } from '../serializer.js';
import type { TaskRunner } from '../task.js';

/** Options of the task: the same for every record of a run. */
export interface ConvertRecordsOptions extends SerializeOptions {
  /** Reader for each record's text (`auto` sniffs for Markdown). */
  readonly from: InputFormat;
}

/** Whole NDJSON lines. */
export interface RecordChunk {
  readonly bytes: Uint8Array;
  /** 1-based number of the first line in its input, for error records. */
  readonly firstLine: number;
}

/** The output records of a chunk. */
export interface RecordChunkOutcome {
  /**
   * One line per non-blank input line, in order, as UTF-8: bytes that own their buffer move from
   * a worker to the main thread without a copy and go to stdout without being decoded.
   */
  readonly output: Uint8Array;
  readonly records: number;
  readonly failures: number;
  /** Lines whose bytes were not valid UTF-8 (decoded with U+FFFD), when there are any. */
  readonly invalidUtf8?: number[];
}

/**
 * Create the task.
 *
 * @param options The run's settings.
 * @returns The runner.
 */
export async function createTask(options: ConvertRecordsOptions): Promise<TaskRunner<RecordChunk, RecordChunkOutcome>> {
  const serialize = await loadSerializer({ ...options, compact: true });
  const parseOptions = { from: options.from };
  return (chunk) => {
    const bytes = Buffer.from(chunk.bytes.buffer, chunk.bytes.byteOffset, chunk.bytes.byteLength);
    // One native check for the chunk; lines are checked one by one only in a chunk that fails it.
    const checkLines = !isUtf8(bytes);
    const invalidUtf8: number[] = [];
    let output = '';
    let records = 0;
    let failures = 0;
    let line = chunk.firstLine;
    for (let start = 0; start < bytes.length; line++) {
      let end = bytes.indexOf(10, start);
      if (end < 0) end = bytes.length;
      const lineStart = start;
      const text = bytes.toString('utf8', start, end > start && bytes[end - 1] === 13 ? end - 1 : end);
      start = end + 1;
      if (text.trim() === '') continue;
      records++;
      if (checkLines && !isUtf8(bytes.subarray(lineStart, end))) invalidUtf8.push(line);
      const record = decodeRecord(text);
      if ('error' in record) {
        failures++;
        output += errorRecord(record.id, { ...record.error, line });
        continue;
      }
      try {
        output += resultRecord(record.id, options.to, serialize(parse(record.text, parseOptions)));
      } catch (error) {
        failures++;
        const code = error instanceof CopydeskError ? error.code : 'failed';
        const message = error instanceof Error ? error.message : String(error);
        output += errorRecord(record.id, { code, message, line });
      }
    }
    return {
      output: encoder.encode(output),
      records,
      failures,
      ...(invalidUtf8.length > 0 ? { invalidUtf8 } : {}),
    };
  };
}

/** Encodes into a fresh buffer of its own (never Node's shared pool), so it can be moved. */
const encoder = new TextEncoder();
