/**
 * Entry point of a worker thread of the pool: loads one task module and runs it over each chunk
 * of items the main thread sends, answering with the outcomes in the same order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadTask, type TaskRef } from './task.js';

/**
 * The byte arrays among the outcomes' fields that own their whole buffer: they are moved to the
 * main thread rather than copied, so large outputs never enter the main thread's heap.
 */
function movable(outcomes: readonly unknown[]): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const outcome of outcomes) {
    if (typeof outcome !== 'object' || outcome === null) continue;
    for (const value of Object.values(outcome)) {
      if (
        value instanceof Uint8Array &&
        value.buffer instanceof ArrayBuffer &&
        value.byteLength === value.buffer.byteLength
      ) {
        buffers.push(value.buffer);
      }
    }
  }
  return buffers;
}

/** A chunk of work from the pool. */
export interface ChunkMessage {
  readonly id: number;
  readonly items: readonly unknown[];
}

/** The answer to a chunk. */
export interface ChunkResult {
  readonly id: number;
  readonly outcomes: readonly unknown[];
}

const port = parentPort;
if (port) {
  const run = await loadTask<unknown, unknown, unknown>(workerData as TaskRef<unknown>);
  port.on('message', (message: ChunkMessage) => {
    const outcomes = message.items.map((item) => run(item));
    port.postMessage({ id: message.id, outcomes } satisfies ChunkResult, movable(outcomes));
  });
}
