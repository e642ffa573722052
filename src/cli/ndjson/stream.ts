/**
 * NDJSON streaming (`convert --from ndjson --to ndjson`): records are read, converted and written
 * as they come, one output line per input line and in input order, in constant memory however
 * long the stream: a bounded number of chunks is in flight, reading pauses while they are, and
 * writing waits for stdout to drain. A stream that ends within its first megabyte runs in the
 * main thread; a longer one is shared with worker threads (see `executor.ts`).
 */
import { availableParallelism } from 'node:os';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { CliIo } from '../context.js';
import { createExecutor } from '../executor.js';
import { describeError, writeOut } from '../io.js';
import { createProgress } from '../progress.js';
import type { Reporter } from '../report.js';
import type { TaskRef } from '../task.js';
import type { RecordChunk, RecordChunkOutcome } from '../tasks/convert-records.js';
import { leadingId } from './leading-id.js';
import { type LineChunk, lineChunks, type OversizeLine } from './lines.js';
import { errorRecord } from './record.js';

/** One NDJSON input: stdin or a file. */
export interface RecordSource {
  /** Name for messages. */
  readonly name: string;
  /** Open it (when its turn comes, so files are opened one at a time). */
  readonly open: () => AsyncIterable<Uint8Array | string>;
}

/** Options of `runRecordStream`. */
export interface RecordStreamOptions {
  readonly sources: Iterable<RecordSource>;
  readonly io: CliIo;
  readonly report: Reporter;
  /** Threads to use (`--jobs`). */
  readonly jobs: number;
  /** No summary and no progress. */
  readonly quiet: boolean;
  /** The records task and its options. */
  readonly task: TaskRef<unknown>;
  /** Inputs already reported as missing (a glob that matched nothing), failed in the summary. */
  readonly missing?: number;
}

/** How a stream went. */
export interface RecordStreamSummary {
  /** Non-blank input lines. */
  readonly records: number;
  /** Records answered with an error record. */
  readonly failures: number;
  /** Sources that could not be read to the end (reported on stderr). */
  readonly unreadable: number;
  readonly seconds: number;
}

/**
 * Bytes of whole lines per chunk: about 8 corpus articles, a few milliseconds of work. A tree
 * as JSON is 15 times its text, so larger chunks mostly grow the workers' heaps.
 */
export const chunkBytes = 32 * 1024;

/** A chunk of a stream, with the name of the stream for messages. */
interface SourcedChunk {
  readonly chunk: LineChunk | OversizeLine;
  readonly source: string;
}

/** Records with invalid UTF-8 warned about one by one; the rest are counted. */
const invalidUtf8Warnings = 10;

/**
 * Longest record accepted, in bytes without its line end (LF or CRLF); a longer line gets an error
 * record and is skipped unread.
 */
export const maxRecordBytes = 16 * 1024 * 1024;

/**
 * Heap limits of the workers. V8 sizes a heap for the machine's memory and lets garbage pile up
 * to match (about 60 MB per worker here, measured); a chunk's work needs a few megabytes, so a
 * small young generation keeps each worker near 20 MB (2 MB rather than 4 took another 5 to
 * 10 MB off the peak of a 30,000-article stream, at the same speed). The old-generation cap fits
 * records up to about 2 MB; a chunk that needs more kills its worker and is redone in the main
 * thread.
 */
const workerLimits = { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 128 };

/** Input read in the main thread before worker threads are worth starting. */
const poolAfterBytes = 1024 * 1024;

/**
 * Convert NDJSON records from the sources to stdout.
 *
 * @param options Sources, threads and task.
 * @returns Counts and time.
 */
export async function runRecordStream(options: RecordStreamOptions): Promise<RecordStreamSummary> {
  const { io } = options;
  const started = performance.now();
  const progress = createProgress(io, { enabled: io.stderrIsTty && !options.quiet, unit: 'records' });
  let unreadable = 0;
  const chunks = allChunks(options.sources, (source, error) => {
    // A source that fails (a missing file) is reported, and the next one goes on.
    unreadable++;
    progress.erase();
    options.report.error(`${source.name}: ${describeError(error)}`);
  })[Symbol.asyncIterator]();

  // Look ahead before choosing threads: a stream that ends within the first megabyte runs in
  // the main thread alone, without the cost of starting workers.
  const head: SourcedChunk[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes <= poolAfterBytes) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    if (next.value.chunk.kind === 'lines') headBytes += next.value.chunk.bytes.length;
  }
  // Never more threads than cores: CPU-bound work gains nothing from more, and each thread holds
  // a heap of its own (up to `workerLimits`), which would break the stream's flat-memory promise
  // (`--jobs 64` on a 2-core machine would have reserved 64 heaps).
  const threads = ended ? 1 : Math.min(options.jobs, availableParallelism());
  const executor = await createExecutor<RecordChunk, RecordChunkOutcome>(options.task, {
    jobs: threads,
    mode: 'workers',
    resourceLimits: workerLimits,
  });
  const convert = (chunk: LineChunk): Promise<RecordChunkOutcome> =>
    executor
      .run([{ bytes: chunk.bytes, firstLine: chunk.firstLine }])
      // One outcome per item, always: the task turns every failure into an error record.
      .then((outcomes) => outcomes[0] as RecordChunkOutcome);

  let records = 0;
  let failures = 0;
  // Outputs in input order; each is written after the one before it.
  const inFlight: Array<Promise<void>> = [];
  const release = outputReleaser();
  let tail: Promise<void> = Promise.resolve();
  let invalidUtf8 = 0;
  const emit = ({ chunk, source }: SourcedChunk) => {
    const result = chunk.kind === 'lines' ? convert(chunk) : Promise.resolve(oversize(chunk));
    tail = Promise.all([tail, result]).then(async ([, outcome]) => {
      records += outcome.records;
      failures += outcome.failures;
      for (const line of outcome.invalidUtf8 ?? []) {
        // The first ten by line, then a count at the end, as for the broken bytes of a file.
        if (++invalidUtf8 > invalidUtf8Warnings) continue;
        progress.erase();
        options.report.warn(`${source}:${line}: invalid UTF-8 in the record, read with U+FFFD in its place`);
      }
      progress.advance(outcome.records);
      await writeOut(io.stdout, outcome.output, () => release(outcome.output));
    });
    inFlight.push(tail);
    // Awaited in turn below, but it may fail first (stdout closed): mark it handled now, or
    // Node.js ends the process on an unhandled rejection before the loop gets to it.
    tail.catch(() => undefined);
  };
  // Two chunks per worker keep the workers busy while the oldest output is written; the bound
  // is what keeps memory flat, as reading waits while it is reached.
  const window = executor.threads * 2;

  try {
    for await (const chunk of resume(head, chunks)) {
      emit(chunk);
      if (inFlight.length < window) await yieldToEventLoop();
      while (inFlight.length >= window) await inFlight.shift();
    }
    while (inFlight.length > 0) await inFlight.shift();
  } finally {
    for (const chunk of inFlight) chunk.catch(() => undefined);
    progress.erase();
    await executor.close();
  }
  if (invalidUtf8 > invalidUtf8Warnings) {
    options.report.warn(`${invalidUtf8 - invalidUtf8Warnings} more records with invalid UTF-8, read with U+FFFD`);
  }
  const seconds = (performance.now() - started) / 1000;
  // An input that could not be read (missing, UTF-16) makes the exit code 1, so the summary
  // counts it as failed too: `0 records, 0 failed` with exit 1 read as a bug.
  const failed = failures + unreadable + (options.missing ?? 0);
  options.report.info(`${records} ${records === 1 ? 'record' : 'records'}, ${failed} failed, ${seconds.toFixed(2)}s`);
  return { records, failures, unreadable, seconds };
}

/**
 * A function that frees a written output's memory at once. Outputs come from the workers as
 * byte arrays that own their buffers; once written, a buffer is garbage, but the main thread
 * allocates so little that V8 collects it late, and 14 to 32 MB of written outputs sat in memory
 * at any moment (measured). Moving a buffer into a message for a closed port detaches it and
 * frees it without waiting for a collection: peak RSS over 100,000 articles went from 144-146 MB
 * to 126-138 MB.
 *
 * @returns The releaser; it leaves alone a byte array that does not own its whole buffer.
 */
function outputReleaser(): (bytes: Uint8Array) => void {
  const { port1, port2 } = new MessageChannel();
  port2.close();
  return (bytes) => {
    const buffer = bytes.buffer;
    if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) {
      port1.postMessage(null, [buffer]);
    }
  };
}

/** The chunks looked ahead at, then the rest. */
async function* resume<Chunk>(head: readonly Chunk[], rest: AsyncIterator<Chunk>): AsyncGenerator<Chunk> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/** The chunks of every source in turn. */
async function* allChunks(
  sources: Iterable<RecordSource>,
  onError: (source: RecordSource, error: unknown) => void,
): AsyncGenerator<SourcedChunk> {
  for (const source of sources) {
    const bytes = readSource(source, (error) => onError(source, error));
    try {
      for await (const chunk of lineChunks(bytes, { chunkBytes, maxLineBytes: maxRecordBytes })) {
        yield { chunk, source: source.name };
      }
    } catch (error) {
      // A source refused for its content (UTF-16): reported like one that cannot be read.
      onError(source, error);
    }
  }
}

/** The error record of a line over the limit, with the id read from its first bytes if it can be. */
function oversize(chunk: OversizeLine): RecordChunkOutcome {
  const message = `record is larger than the ${maxRecordBytes / 1048576} MB limit`;
  // A cut in the middle of a character decodes to U+FFFD at the end, past any id to be read.
  const id = leadingId(new TextDecoder().decode(chunk.head)) ?? null;
  const output = new TextEncoder().encode(errorRecord(id, { code: 'too-large', message, line: chunk.line }));
  return { output, records: 1, failures: 1 };
}

/** A source's bytes; an error while reading ends it and goes to `onError`. */
async function* readSource(
  source: RecordSource,
  onError: (error: unknown) => void,
): AsyncGenerator<Uint8Array | string> {
  try {
    yield* source.open();
  } catch (error) {
    onError(error);
  }
}
