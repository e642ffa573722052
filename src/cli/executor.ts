/**
 * Where the chunks of a batch or a stream run: with one thread, in the main thread; with more,
 * in that many worker threads, the main thread only reading, dispatching and writing. (Sharing
 * the work with the main thread was tried: its heap cannot be capped like a worker's, and
 * streaming NDJSON then took 160 MB instead of 140.)
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { WorkerPool, workersAvailable } from './pool.js';
import { loadTask, type TaskRef, type TaskRunner } from './task.js';

/** Runs chunks of items through one task. */
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

/**
 * Create an executor.
 *
 * @param task The task module and its options.
 * @param jobs Threads wanted; worker threads only when above 1 and available (compiled code).
 * @returns The executor.
 */
export async function createExecutor<Item, Outcome>(
  task: TaskRef<unknown>,
  jobs: number,
): Promise<Executor<Item, Outcome>> {
  const pool = jobs > 1 && workersAvailable ? new WorkerPool<Item, Outcome>(jobs, task) : undefined;
  // The main thread loads the task only when it runs chunks itself.
  let local: Promise<TaskRunner<Item, Outcome>> | undefined = pool ? undefined : loadTask(task);
  const runLocally = async (items: readonly Item[]): Promise<Outcome[]> => {
    local ??= loadTask(task);
    const run = await local;
    const outcomes = items.map((item) => run(item));
    // Let stdout, signals and the progress bar through between chunks.
    await yieldToEventLoop();
    return outcomes;
  };
  await local;
  return {
    threads: pool ? pool.size : 1,
    // A worker that dies on a chunk (out of memory on a huge input) leaves it to the main thread.
    run: (items) => (pool ? pool.run(items).catch(() => runLocally(items)) : runLocally(items)),
    close: async () => {
      await pool?.close();
    },
  };
}
