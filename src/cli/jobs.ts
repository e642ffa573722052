/**
 * How much parallelism a run gets: the `--jobs` option, and when a batch is large enough for
 * worker threads and a progress bar; and the parsers of the commands' other option values.
 */
import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from '@commander-js/extra-typings';

/**
 * Batches up to this many files run in the main thread: starting a worker and loading the
 * pipeline in it costs about as much as converting 50 articles.
 */
export const largeBatchFiles = 50;

/** …unless together they are larger than this many bytes. */
export const largeBatchBytes = 4 * 1024 * 1024;

/**
 * The default `--jobs`: one per core the process may use.
 *
 * @returns The number of cores.
 */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Parse a `--jobs` value (commander's option parser).
 *
 * @param value The text given.
 * @returns A positive integer.
 * @throws {InvalidArgumentError} for anything else.
 */
export function parseJobs(value: string): number {
  // Digits only: Number() would also take "1e3", "0x2" and " 2".
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return Number(value);
}

/**
 * Parse a path option (`-o`, `--out-dir`, `--config`, `--stdin-filename`; commander's option
 * parser): an empty value is refused, as `-o "$OUT"` with `OUT` unset in a script would otherwise
 * quietly write to stdout instead of failing.
 *
 * @param value The text given.
 * @returns The value.
 * @throws {InvalidArgumentError} for an empty value.
 */
export function parsePath(value: string): string {
  if (value === '') throw new InvalidArgumentError('expected a path, not an empty string');
  return value;
}

/**
 * Whether a batch is large: then it gets worker threads (with `--jobs` above 1) and a
 * progress bar (on a terminal).
 *
 * @param files Number of files.
 * @param bytes Their total size, when known.
 * @returns True for a large batch.
 */
export function isLargeBatch(files: number, bytes = 0): boolean {
  return files > largeBatchFiles || bytes > largeBatchBytes;
}

/**
 * Bytes of input a batch needs before worker threads pay off when the run's threads would take
 * every core. Each worker warms up on its own (V8 compiles the detectors again for it, on
 * background threads), and with no core to spare that work competes with the conversion itself.
 * Measured on 2 cores, converting the corpus to HTML: `--jobs 2` against `--jobs 1` was 0.9x at
 * 5.5 MB, even at 11 MB and 1.2x at 22 MB.
 */
export const crowdedBatchBytes = 12 * 1024 * 1024;

/** What `batchThreads` decides from. */
export interface BatchShape {
  /** Whether the batch is large (`isLargeBatch`). */
  readonly large: boolean;
  /** Number of inputs. */
  readonly files: number;
  /** `--jobs`: a large batch gets the threads asked for; undefined (not given) for one per core. */
  readonly jobs: number | undefined;
  /** Cores the process may use. */
  readonly cores: number;
  /**
   * The inputs' total size, or any number of at least `limit` once the sum reaches it (so a
   * huge batch is not measured file by file).
   */
  readonly size: (limit: number) => number;
}

/**
 * How many threads a batch runs on: one for a small batch; for a large one, `--jobs`, but never
 * more than the batch can use: one thread per `largeBatchFiles` files (a thread costs about as
 * much to start as converting that many articles, and `--jobs 64` on 60 files started 60 of
 * them: 2.2 s and 725 MB against 0.3 s and 85 MB with 2), or one per file in a batch large by
 * its size. Without `--jobs`, a batch whose threads would fill every core runs on one thread
 * until it has `crowdedBatchBytes` of input.
 *
 * @param shape The batch and the machine.
 * @returns The number of threads, 1 or more.
 */
export function batchThreads(shape: BatchShape): number {
  if (!shape.large) return 1;
  const usable = shape.files > largeBatchFiles ? Math.ceil(shape.files / largeBatchFiles) : shape.files;
  const threads = Math.min(shape.jobs ?? shape.cores, usable);
  if (threads <= 1 || shape.jobs !== undefined || threads < shape.cores) return threads;
  return shape.size(crowdedBatchBytes) >= crowdedBatchBytes ? threads : 1;
}
