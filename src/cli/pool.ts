/**
 * A pool of worker threads running one task module (see `task.ts`). Work goes out in chunks of
 * items, one chunk per idle worker, so a worker never waits for the main thread while work is
 * queued and per-message costs are shared by the chunk's items.
 */
import { Worker } from 'node:worker_threads';
import type { TaskRef } from './task.js';
import type { ChunkMessage, ChunkResult } from './worker.js';

/** Where the worker's compiled entry point lives, beside this module. */
const workerUrl = new URL('./worker.js', import.meta.url);

/**
 * Heap limits of a worker. V8 sizes a heap for the machine's memory and lets garbage pile up to
 * match (about 60 MB per worker streaming NDJSON, measured); a chunk's work needs a few
 * megabytes, so a small young generation keeps each worker near 20 MB. The old-generation cap
 * fits articles up to about 2 MB; a chunk that needs more kills its worker and is redone in the
 * main thread (see `executor.ts`).
 */
const resourceLimits = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 128 };

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
  busy: Pending<Outcome> | undefined;
}

/** Worker threads that run chunks of items through a task. */
export class WorkerPool<Item, Outcome> {
  readonly #task: TaskRef<unknown>;
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
   */
  constructor(size: number, task: TaskRef<unknown>) {
    this.#task = task;
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
    let busy = 0;
    for (const slot of this.#slots) if (slot.busy) busy++;
    return busy + this.#queue.length;
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
    const worker = new Worker(workerUrl, { workerData: this.#task, resourceLimits });
    const slot: Slot<Outcome> = { worker, busy: undefined };
    worker.on('message', (result: ChunkResult) => {
      const pending = slot.busy;
      slot.busy = undefined;
      this.#deaths = 0;
      if (pending?.message.id === result.id) pending.resolve(result.outcomes as Outcome[]);
      this.#dispatch();
    });
    // A worker that throws or exits mid-chunk fails that chunk only; a fresh worker takes its
    // place so the rest of the batch goes on.
    const fail = (error: Error) => {
      const pending = slot.busy;
      slot.busy = undefined;
      if (this.#closed) return;
      const index = this.#slots.indexOf(slot);
      if (index < 0) return;
      worker.removeAllListeners();
      void worker.terminate();
      pending?.reject(error);
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
    for (const slot of this.#slots) {
      if (this.#queue.length === 0) return;
      if (slot.busy) continue;
      const pending = this.#queue.shift() as Pending<Outcome>;
      slot.busy = pending;
      slot.worker.postMessage(pending.message);
    }
  }
}
