/**
 * A pool of worker threads running one task module (see `task.ts`). Work goes out in chunks of
 * items, so per-message costs are shared by the chunk's items, and each worker holds up to four
 * chunks: it starts the next one as soon as it answers, without waiting for the main thread,
 * which may be busy with a chunk of its own (see `executor.ts`).
 */
import { type ResourceLimits, Worker } from 'node:worker_threads';
import type { TaskRef } from './task.js';
import type { ChunkMessage, ChunkResult } from './worker.js';

/** Where the worker's compiled entry point lives, beside this module. */
const workerUrl = new URL('./worker.js', import.meta.url);

/**
 * Whether worker threads can run here: they need the compiled JavaScript, so not when the CLI
 * runs from its TypeScript sources (under vitest), where batches run in the main thread.
 */
export const workersAvailable = import.meta.url.endsWith('.js');

interface Pending<Outcome> {
  readonly message: ChunkMessage;
  readonly resolve: (outcomes: Outcome[]) => void;
  readonly reject: (error: Error) => void;
}

interface Slot<Outcome> {
  worker: Worker;
  /** Chunks sent to this worker and not answered yet, oldest first (it answers in order). */
  sent: Pending<Outcome>[];
}

/**
 * Chunks a worker holds at once by default: the one it runs and three more. With only one
 * waiting, a worker sharing a batch with the main thread sat idle while the main thread finished
 * a chunk of its own and did the batch's bookkeeping: it converted a quarter of a 17,000-file
 * batch instead of half (measured), and `--jobs 2` gained 1.09x over `--jobs 1` instead of 1.2x.
 */
export const defaultDepth = 4;

/** Worker threads that run chunks of items through a task. */
export class WorkerPool<Item, Outcome> {
  readonly #task: TaskRef<unknown>;
  readonly #resourceLimits: ResourceLimits | undefined;
  readonly #depth: number;
  readonly #slots: Slot<Outcome>[] = [];
  readonly #queue: Pending<Outcome>[] = [];
  #nextId = 0;
  #closed = false;
  /** Workers that died since the last chunk completed; a pool that cannot start gives up. */
  #deaths = 0;

  /**
   * Start the workers.
   *
   * @param size Number of worker threads.
   * @param task The task they run.
   * @param resourceLimits Heap limits of each worker (default: V8's).
   * @param depth Chunks each worker holds at once.
   */
  constructor(size: number, task: TaskRef<unknown>, resourceLimits?: ResourceLimits, depth = defaultDepth) {
    this.#task = task;
    this.#resourceLimits = resourceLimits;
    this.#depth = depth;
    for (let index = 0; index < size; index++) this.#slots.push(this.#spawn());
  }

  /**
   * Run a chunk of items on the next idle worker.
   *
   * @param items The items.
   * @returns Their outcomes, in order; rejected if the worker died on the chunk.
   */
  run(items: readonly Item[]): Promise<Outcome[]> {
    if (this.#closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ message: { id: this.#nextId++, items }, resolve, reject });
      this.#dispatch();
    });
  }

  /** Chunks given to the pool and not yet answered (running or queued). */
  get backlog(): number {
    let sent = 0;
    for (const slot of this.#slots) sent += slot.sent.length;
    return sent + this.#queue.length;
  }

  /** Number of worker threads. */
  get size(): number {
    return this.#slots.length;
  }

  /** Stop all workers; queued chunks are rejected. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const pending of this.#queue.splice(0)) pending.reject(new Error('the worker pool is closed'));
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
  }

  #spawn(): Slot<Outcome> {
    const worker = new Worker(workerUrl, {
      workerData: this.#task,
      ...(this.#resourceLimits ? { resourceLimits: this.#resourceLimits } : {}),
    });
    const slot: Slot<Outcome> = { worker, sent: [] };
    worker.on('message', (result: ChunkResult) => {
      const pending = slot.sent.shift();
      this.#deaths = 0;
      if (pending?.message.id === result.id) pending.resolve(result.outcomes as Outcome[]);
      this.#dispatch();
    });
    // A worker that throws or exits fails the chunks it holds only; a fresh worker takes its
    // place so the rest of the batch goes on.
    const fail = (error: Error) => {
      const lost = slot.sent.splice(0);
      if (this.#closed) return;
      const index = this.#slots.indexOf(slot);
      if (index < 0) return;
      worker.removeAllListeners();
      void worker.terminate();
      for (const pending of lost) pending.reject(error);
      if (++this.#deaths > 2 * this.#slots.length) {
        // Workers die before finishing anything (a task that cannot load): stop respawning.
        this.#closed = true;
        for (const queued of this.#queue.splice(0)) queued.reject(error);
        return;
      }
      this.#slots[index] = this.#spawn();
      this.#dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker thread exited with code ${code}`)));
    return slot;
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      // The least loaded worker that has room.
      let target: Slot<Outcome> | undefined;
      for (const slot of this.#slots) {
        if (slot.sent.length < this.#depth && (!target || slot.sent.length < target.sent.length)) target = slot;
      }
      if (!target) return;
      const pending = this.#queue.shift() as Pending<Outcome>;
      target.sent.push(pending);
      target.worker.postMessage(pending.message);
    }
  }
}
