/**
 * Cut a byte stream of NDJSON into chunks of whole lines, for the tasks that turn each line into
 * an output record. Memory stays flat: only the current chunk and the current line are held, and
 * a line longer than the limit is skipped (reported by its line number) instead of buffered.
 *
 * Hand-written over bytes (`indexOf` of the newline) rather than `readline`: the chunks go to
 * worker threads as bytes, unsplit and undecoded, so the main thread does almost no work per
 * record and stays out of the workers' way.
 */
import { CopydeskError } from '../../errors.js';

/** Complete lines, with the number of the first one. */
export interface LineChunk {
  readonly kind: 'lines';
  /** Whole lines, each ending with a newline. */
  readonly bytes: Uint8Array;
  /** 1-based number of the first line in the stream. */
  readonly firstLine: number;
  /** Number of lines in `bytes`. */
  readonly lines: number;
}

/** A line that was longer than the limit and skipped. */
export interface OversizeLine {
  readonly kind: 'oversize';
  /** 1-based number of the line in the stream. */
  readonly line: number;
  /** The line's first bytes (up to `headBytes`), where its id usually stands. */
  readonly head: Uint8Array;
}

/** Bytes of a skipped line kept to read its id from (`"id"` comes first in most records). */
export const headBytes = 4096;

/** Options of `lineChunks`. */
export interface LineChunkOptions {
  /** Emit a chunk once it holds at least this many bytes of whole lines. */
  readonly chunkBytes: number;
  /** Skip lines longer than this. */
  readonly maxLineBytes: number;
}

const newline = 10;
const carriageReturn = 13;
const byteOrderMark = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The stream as buffers, without a UTF-8 byte order mark at its start: Windows tools (PowerShell
 * 5's `Out-File`, Notepad) write one, and `JSON.parse` refuses it.
 */
async function* withoutByteOrderMark(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<Buffer> {
  // The first bytes, until there are enough to tell whether they are a mark.
  let head: Buffer | undefined = Buffer.alloc(0);
  for await (const piece of stream) {
    const data =
      typeof piece === 'string' ? Buffer.from(piece) : Buffer.from(piece.buffer, piece.byteOffset, piece.length);
    if (head === undefined) {
      yield data;
      continue;
    }
    head = head.length === 0 ? data : Buffer.concat([head, data]);
    if (head.length < byteOrderMark.length && byteOrderMark.subarray(0, head.length).equals(head)) continue;
    refuseUtf16(head);
    yield head.subarray(0, byteOrderMark.length).equals(byteOrderMark) ? head.subarray(byteOrderMark.length) : head;
    head = undefined;
  }
  if (head !== undefined && head.length > 0) yield head;
}

/**
 * Refuse a stream in UTF-16 (a UTF-16 byte-order mark, or NUL bytes, which JSON text never holds
 * raw, in its first bytes): read as UTF-8, every line of it became an invalid-JSON error record
 * that did not say why.
 *
 * @param head The stream's first bytes.
 * @throws {CopydeskError} for a UTF-16 stream.
 */
function refuseUtf16(head: Buffer): void {
  const marked = head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
  if (!marked && !head.subarray(0, 1024).includes(0)) return;
  throw new CopydeskError(
    'invalid-input',
    `looks like UTF-16 (${marked ? 'a UTF-16 byte-order mark' : 'NUL bytes'} at the start), expected UTF-8 NDJSON: convert it first, for example with iconv -f UTF-16 -t UTF-8`,
  );
}

/**
 * Cut a stream into chunks of whole lines. A last line without a newline gets one; a UTF-8 byte
 * order mark at the start is dropped.
 *
 * The limit is on the record, the line without its line end (LF or CRLF, as the records task
 * reads it), and it is exact: each line is measured at its newline, so a line cannot slip past
 * the limit inside the piece that ends it, and a line still open is given up as soon as it is
 * over (one byte more while it ends with a CR that may be half of its CRLF).
 *
 * @param stream The bytes (a readable stream, for example).
 * @param options Chunk size and line limit.
 * @yields Chunks of lines and oversize lines, in stream order.
 */
export async function* lineChunks(
  stream: AsyncIterable<Uint8Array | string>,
  options: LineChunkOptions,
): AsyncGenerator<LineChunk | OversizeLine> {
  const { maxLineBytes } = options;
  let complete: Buffer[] = [];
  let completeBytes = 0;
  let completeLines = 0;
  // The line being read, which has no newline yet.
  let partial: Buffer[] = [];
  let partialBytes = 0;
  let nextLine = 1;
  let skipping = false;

  const flush = (): LineChunk => {
    const bytes = complete.length === 1 ? (complete[0] as Buffer) : Buffer.concat(complete, completeBytes);
    const chunk: LineChunk = { kind: 'lines', bytes, firstLine: nextLine, lines: completeLines };
    nextLine += completeLines;
    complete = [];
    completeBytes = 0;
    completeLines = 0;
    return chunk;
  };
  const oversize = (head: Uint8Array): OversizeLine => ({ kind: 'oversize', line: nextLine++, head });

  for await (const data of withoutByteOrderMark(stream)) {
    // Start of the line being measured, and of the lines accepted but not yet in `complete`
    // (kept as one slice of the piece, not one slice per line).
    let offset = 0;
    let accepted = 0;
    if (skipping) {
      const end = data.indexOf(newline);
      if (end < 0) continue;
      offset = accepted = end + 1;
      skipping = false;
    }
    for (let end = data.indexOf(newline, offset); end >= 0; end = data.indexOf(newline, offset)) {
      const last = end > offset ? data[end - 1] : partial[partial.length - 1]?.at(-1);
      const bytes = partialBytes + end - offset - (last === carriageReturn ? 1 : 0);
      if (bytes > maxLineBytes) {
        if (offset > accepted) add(data.subarray(accepted, offset));
        if (completeBytes > 0) yield flush();
        yield oversize(lineHead([...partial, data.subarray(offset, end)]));
        accepted = end + 1;
      } else {
        // Only the piece's first line can have a start in earlier pieces.
        for (const piece of partial) add(piece);
        completeLines++;
      }
      if (partialBytes > 0) {
        partial = [];
        partialBytes = 0;
      }
      offset = end + 1;
    }
    if (offset > accepted) add(data.subarray(accepted, offset));
    if (offset < data.length) {
      partial.push(data.subarray(offset));
      partialBytes += data.length - offset;
      const open = partialBytes - (data[data.length - 1] === carriageReturn ? 1 : 0);
      if (open > maxLineBytes) {
        if (completeBytes > 0) yield flush();
        yield oversize(lineHead(partial));
        partial = [];
        partialBytes = 0;
        skipping = true;
      }
    }
    if (completeBytes >= options.chunkBytes) yield flush();
  }
  if (partialBytes > 0 && !skipping) {
    for (const piece of partial) add(piece);
    add(Buffer.from('\n'));
    completeLines++;
  }
  if (completeBytes > 0) yield flush();

  function add(bytes: Buffer): void {
    complete.push(bytes);
    completeBytes += bytes.length;
  }
}

/** The first `headBytes` of a line held in pieces, copied so the pieces can be let go. */
function lineHead(pieces: readonly Buffer[]): Uint8Array {
  const head: Buffer[] = [];
  let bytes = 0;
  for (const piece of pieces) {
    if (bytes >= headBytes) break;
    const part = piece.subarray(0, headBytes - bytes);
    head.push(part);
    bytes += part.length;
  }
  return Buffer.concat(head, bytes);
}
