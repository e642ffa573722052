/**
 * A progress bar on stderr for long batches and streams: one line, redrawn in place at most ten
 * times a second and erased before any message and at the end, so it never mixes with messages
 * or stays behind.
 * It is drawn only on a terminal and never with `--quiet`; elsewhere every call is a no-op.
 */
import type { CliIo } from './context.js';

/** Reports advancement of a batch. */
export interface Progress {
  /**
   * Count finished items.
   *
   * @param items How many finished since the last call.
   */
  advance(items: number): void;
  /** Erase the bar: before a message is written to stderr, and at the end. */
  erase(): void;
}

/** Options of `createProgress`. */
export interface ProgressOptions {
  /** Draw at all (a terminal, a large batch, not quiet). */
  readonly enabled: boolean;
  /** Number of items, when known; a counter without a bar otherwise (streams). */
  readonly total?: number | undefined;
  /** What the items are: "files", "records". */
  readonly unit: string;
}

const idle: Progress = { advance() {}, erase() {} };

/** Redraw interval in milliseconds: often enough to look alive, rarely enough to cost nothing. */
const interval = 100;

/**
 * Create a progress bar on the run's stderr.
 *
 * @param io The run's I/O.
 * @param options When to draw, the total and the unit.
 * @returns The progress reporter.
 */
export function createProgress(io: CliIo, options: ProgressOptions): Progress {
  if (!options.enabled) return idle;
  const started = performance.now();
  let count = 0;
  let drawn = 0;
  let visible = false;
  // A terminal whose width is unknown reports 0 columns (`script` without `stty cols`).
  const columns = (io.stderr as { columns?: number }).columns || 80;
  const draw = () => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const total = options.total;
    let line: string;
    if (total === undefined) {
      line = `${count.toLocaleString('en')} ${options.unit}  ${seconds}s`;
    } else {
      const label = ` ${count.toLocaleString('en')}/${total.toLocaleString('en')} ${options.unit} ${Math.floor((100 * count) / Math.max(total, 1))}%  ${seconds}s`;
      const width = Math.max(10, Math.min(40, columns - label.length - 3));
      const filled = Math.round((width * count) / Math.max(total, 1));
      line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${label}`;
    }
    io.stderr.write(`\r${line.slice(0, columns - 1)}\u001b[K`);
    visible = true;
  };
  return {
    advance(items) {
      count += items;
      const now = performance.now();
      if (now - drawn < interval) return;
      drawn = now;
      draw();
    },
    erase() {
      if (visible) io.stderr.write('\r\u001b[K');
      visible = false;
    },
  };
}
