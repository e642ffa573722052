/**
 * How much parallelism a run gets: the `--jobs` option, and when a batch is large enough for
 * worker threads and a progress bar.
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
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return jobs;
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
