/**
 * Where the chunks of a batch or a stream run. With one thread, in the main thread. With `jobs`
 * threads, two ways, measured on the corpus:
 *
 * - `share` (batches): the main thread and `jobs - 1` workers. The main thread takes a chunk
 *   when every worker already holds all it can (`defaultDepth` in pool.ts), so no worker starves,
 *   and one isolate fewer has to start and warm up: `--jobs 2` converts the corpus faster this
 *   way than with two workers.
 * - `workers` (streams): `jobs` workers with capped heaps, the main thread only reading and
 *   writing. Its own heap cannot be capped, and with a share of the work it grew NDJSON
 *   streaming from 140 to 160 MB.
 */
import type { ResourceLimits } from 'node:worker_threads';
import { defaultDepth, WorkerPool, workersAvailable } from './pool.js';
import { loadTask, type TaskRef, type TaskRunner } from './task.js';

/**
 * Runs chunks of items through one task. A chunk the main thread runs itself runs before `run`
 * returns: callers yield to the event loop between chunks (`setImmediate`) so that worker
 * answers, stdout, signals and the progress bar get through.
 */
export interface Executor<Item, Outcome> {
  /** Threads doing the work. */
  readonly threads: number;
  /**
   * Run a chunk.
   *
   * @param items The items.
   * @returns Their outcomes, in order.
   */
  run(items: readonly Item[]): Promise<Outcome[]>;
  /** Stop the worker threads. */
  close(): Promise<void>;
}

/** How the work is spread over threads. */
export interface ExecutorOptions {
  /** Threads wanted; worker threads only when above 1 and available (compiled code). */
  readonly jobs: number;
  /** `share`: the main thread works too; `workers`: only worker threads do. */
  readonly mode: 'share' | 'workers';
  /** Heap limits of the workers (default: V8's). */
  readonly resourceLimits?: ResourceLimits | undefined;
}

/** Chunks each worker holds in `workers` mode (streams): one running, one waiting. */
const streamDepth = 2;

/**
 * Create an executor.
 *
 * @param task The task module and its options.
 * @param options Threads and how to use them.
 * @returns The executor.
 */
export async function createExecutor<Item, Outcome>(
  task: TaskRef<unknown>,
  options: ExecutorOptions,
): Promise<Executor<Item, Outcome>> {
  const share = options.mode === 'share';
  const workers = options.jobs > 1 && workersAvailable ? options.jobs - (share ? 1 : 0) : 0;
  // A stream's workers hold two chunks, not four: the main thread does no work of its own there,
  // so one waiting is enough, and every chunk held is memory (a stream has a memory budget).
  const pool =
    workers > 0
      ? new WorkerPool<Item, Outcome>(workers, task, options.resourceLimits, share ? defaultDepth : streamDepth)
      : undefined;
  // With workers only, the main thread loads the task if a worker dies on a chunk, not before.
  let local: Promise<TaskRunner<Item, Outcome>> | undefined = pool && !share ? undefined : loadTask(task);
  const runLocally = async (items: readonly Item[]): Promise<Outcome[]> => {
    local ??= loadTask(task);
    const run = await local;
    return items.map((item) => run(item));
  };
  await local;
  return {
    threads: (pool?.size ?? 0) + (share || !pool ? 1 : 0),
    run(items) {
      if (!pool || (share && pool.backlog >= pool.size * defaultDepth)) return runLocally(items);
      // A worker that dies on a chunk (out of memory on a huge input) leaves it to the main thread.
      return pool.run(items).catch(() => runLocally(items));
    },
    async close() {
      await pool?.close();
    },
  };
}
