/**
 * Batches of files for any command (`convert`, `lint`, `extract`): every input goes through a
 * task (see `task.ts` and `file-task.ts`), in the main thread for small batches or in a pool of
 * worker threads for large ones. Results, warnings and errors come back in input order whatever
 * thread finished first; a failed input is reported and the batch goes on; a one-line summary
 * (files, failures, time) ends the run on stderr.
 *
 * ```ts
 * const records: ExtractRecord[] = [];
 * const summary = await runBatch<FileItem, ExtractRecord[]>({
 *   inputs, missing, io, report, jobs: config.jobs, quiet: config.quiet, debug: config.debug,
 *   task: { module: new URL('../tasks/extract-file.js', import.meta.url).href, options: { kind, from } },
 *   onValue: (found) => { for (const record of found) records.push(record); },
 *   beforeSummary: () => writeOut(io.stdout, formatRecords(records, kind, to)),
 * });
 * return summary.failures > 0 ? exitCodes.failure : exitCodes.ok;
 * ```
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { CliIo } from './context.js';
import { createExecutor } from './executor.js';
import { type FileItem, type FileOutcome, failure } from './file-task.js';
import { type InputRef, type MissingInput, readStream } from './io.js';
import { batchThreads, isLargeBatch, largeBatchBytes, largeBatchFiles } from './jobs.js';
import { createProgress, type Progress } from './progress.js';
import type { Reporter } from './report.js';
import type { TaskRef } from './task.js';

/** Options of `runBatch`. */
export interface BatchOptions<Item extends FileItem, Value> {
  /** The inputs, from `expandInputs`. */
  readonly inputs: readonly InputRef[];
  /** Patterns that matched nothing, from `expandInputs`: reported as failures first. */
  readonly missing: readonly MissingInput[];
  readonly io: CliIo;
  readonly report: Reporter;
  /**
   * Threads to use (`--jobs`); large batches only get worker threads when above 1. Undefined (no
   * `--jobs`): one per core, and a batch whose threads would take every core gets worker threads
   * only once it is big enough to pay for them (see `batchThreads`).
   */
  readonly jobs: number | undefined;
  /** No summary and no progress bar. */
  readonly quiet: boolean;
  /** Print the stacks of unexpected errors. */
  readonly debug: boolean;
  /** Name of stdin in messages; default `<stdin>`. */
  readonly stdinFilename?: string | undefined;
  /** The task module run on each item, and its options (plain data). */
  readonly task: TaskRef<unknown>;
  /**
   * Turn an input into the task's item, in the main thread, in input order; throw (a `CliError`)
   * to fail that input, for example when its output path would overwrite an input.
   */
  readonly prepare?: ((item: FileItem, input: InputRef) => Item) | undefined;
  /**
   * Receives each success in input order (write it out here). Messages for stderr go through
   * `report`, which erases the progress bar first.
   */
  readonly onValue?: ((value: Value, item: Item, report: Reporter) => void | Promise<void>) | undefined;
  /**
   * Receives each failure in input order (patterns that matched nothing first), after it was
   * reported on stderr (unless `reportFailures` is false).
   */
  readonly onFailure?:
    | ((failure: BatchFailure, item: Item | FileItem, report: Reporter) => void | Promise<void>)
    | undefined;
  /**
   * Whether each failure gets an `error` line on stderr (default true). False when the command
   * reports failures itself: `lint` puts them in its report as fatal messages.
   */
  readonly reportFailures?: boolean | undefined;
  /**
   * Runs after the last value and failure, before the summary line: commands that write their
   * output at the end (lint's report, extract's table) write it here, so the summary stays last.
   */
  readonly beforeSummary?: (() => void | Promise<void>) | undefined;
  /** Extra words for the summary line, after the file count: "12 quotes". */
  readonly summaryDetail?: (() => string) | undefined;
}

/** Why an input failed. */
export interface BatchFailure {
  /** For programs: `not-found`, a `CopydeskError` code, a Node.js code (`ENOENT`) or `failed`. */
  readonly code: string;
  /** For people: one line, without the file name (`line 3: …` when the problem has a line). */
  readonly message: string;
  /** The 1-based line of the problem, when known. */
  readonly line?: number | undefined;
  /** The stack of an unexpected error, for `--debug`. */
  readonly stack?: string | undefined;
}

/** How a batch went. */
export interface BatchSummary {
  /** Inputs, including patterns that matched nothing. */
  readonly files: number;
  /** Inputs that failed. */
  readonly failures: number;
  /** Wall time in seconds. */
  readonly seconds: number;
}

/** An input with its item, and its outcome when it failed before reaching the task. */
interface Entry<Item> {
  readonly item: Item | FileItem;
  outcome?: FileOutcome<unknown>;
}

/** Most files in one chunk: enough to share a message's cost, few enough to balance threads. */
const maxChunk = 64;

/**
 * Run a task over a batch of inputs.
 *
 * @param options Inputs, task, threads and callbacks.
 * @returns Counts and time; the caller turns failures into the exit code.
 */
export async function runBatch<Item extends FileItem, Value>(
  options: BatchOptions<Item, Value>,
): Promise<BatchSummary> {
  const { inputs, io } = options;
  const started = performance.now();
  const files = inputs.length + options.missing.length;
  const reportFailures = options.reportFailures ?? true;
  const size = (limit: number) => totalSize(inputs, limit);
  const large = isLargeBatch(inputs.length, inputs.length <= largeBatchFiles ? size(largeBatchBytes + 1) : 0);
  const threads = batchThreads({
    large,
    files: inputs.length,
    jobs: options.jobs,
    cores: availableParallelism(),
    size,
  });
  const chunkSize = Math.max(1, Math.min(maxChunk, Math.ceil(inputs.length / (threads * 8))));
  const progress = createProgress(io, {
    enabled: large && io.stderrIsTty && !options.quiet,
    total: inputs.length,
    unit: 'files',
  });
  const report = erasingProgress(options.report, progress);

  let failures = options.missing.length;
  for (const item of options.missing) {
    if (reportFailures) report.error(`${item.name}: ${item.message}`);
    await options.onFailure?.(
      { code: 'not-found', message: item.message },
      { name: item.name, path: undefined },
      report,
    );
  }

  /** Hints (`FileWarning.hint`) by message, with the inputs they apply to, in input order. */
  const hints = new Map<string, string[]>();
  const executor = await createExecutor<Item | FileItem, FileOutcome<Value>>(options.task, {
    jobs: threads,
    mode: 'share',
  });
  const settle = async (entries: Array<Entry<Item>>, outcomes: Promise<FileOutcome<Value>[]>) => {
    const results = await outcomes;
    let next = 0;
    for (const entry of entries) {
      const outcome = entry.outcome ?? (results[next++] as FileOutcome<Value>);
      const name = entry.item.name;
      for (const warning of outcome.warnings) {
        if (warning.hint) {
          // Said once for the run, after the last file: a hint per file is noise in a batch. A
          // file that failed has no output for the hint to be about.
          if (!outcome.ok) continue;
          const names = hints.get(warning.message) ?? [];
          names.push(name);
          hints.set(warning.message, names);
          continue;
        }
        const place = warning.column === undefined ? `${warning.line}` : `${warning.line}:${warning.column}`;
        const byte = warning.offset === undefined ? '' : ` (byte ${warning.offset})`;
        report.warn(`${name}:${place}: ${warning.message}${byte}`);
      }
      if (outcome.ok) await options.onValue?.(outcome.value as Value, entry.item as Item, report);
      else {
        failures++;
        if (reportFailures) {
          report.error(`${name}: ${options.debug && outcome.stack ? outcome.stack : outcome.message}`);
        }
        await options.onFailure?.(
          { code: outcome.code, message: outcome.message, line: outcome.line, stack: outcome.stack },
          entry.item,
          report,
        );
      }
    }
    progress.advance(entries.length);
  };

  // Chunks in flight, oldest first: settling them in this order keeps the output in input
  // order, and the bound keeps memory flat however many files there are. Four per thread let
  // the main thread, which works too, run ahead of a slower worker instead of waiting for it.
  const window = executor.threads * 4;
  const inFlight: Array<Promise<void>> = [];
  try {
    for (let start = 0; start < inputs.length; start += chunkSize) {
      const entries: Array<Entry<Item>> = [];
      for (const input of inputs.slice(start, start + chunkSize)) entries.push(await prepare(input, options));
      // A loop rather than filter/map: their arrays came in more than one elements kind, and the
      // first of another kind threw away runBatch's optimised (on-stack) code ("wrong map").
      const pending: Array<Item | FileItem> = [];
      for (const entry of entries) if (!entry.outcome) pending.push(entry.item);
      const outcomes = pending.length > 0 ? executor.run(pending) : Promise.resolve([]);
      const previous = inFlight[inFlight.length - 1] ?? Promise.resolve();
      const settled = previous.then(() => settle(entries, outcomes));
      // Awaited in order below; marked handled now in case it fails before its turn.
      settled.catch(() => undefined);
      inFlight.push(settled);
      if (inFlight.length >= window) await inFlight.shift();
      // Always through the event loop, not only while the window fills: a chunk the main thread
      // ran itself settles in a microtask, and a loop that only awaited settled chunks never let
      // Ctrl-C, SIGTERM or a worker's answer in until the whole batch was done.
      await yieldToEventLoop();
    }
    while (inFlight.length > 0) await inFlight.shift();
  } finally {
    // After a failure (stdout closed, say) the chunks still in flight are abandoned.
    for (const chunk of inFlight) chunk.catch(() => undefined);
    progress.erase();
    await executor.close();
  }
  await options.beforeSummary?.();
  // Hints are info: `--quiet` silences them with the summary.
  for (const [message, names] of hints) {
    report.info(`${names.length === 1 ? names[0] : `${names.length} files`}: ${message}`);
  }

  const seconds = (performance.now() - started) / 1000;
  if (files > 1 || failures > 0) {
    const detail = options.summaryDetail ? `, ${options.summaryDetail()}` : '';
    report.info(`${files} ${files === 1 ? 'file' : 'files'}${detail}, ${failures} failed, ${seconds.toFixed(2)}s`);
  }
  return { files, failures, seconds };
}

/** The reporter, erasing the progress bar before each message so the two never share a line. */
function erasingProgress(report: Reporter, progress: Progress): Reporter {
  return {
    chalk: report.chalk,
    error(message) {
      progress.erase();
      report.error(message);
    },
    warn(message) {
      progress.erase();
      report.warn(message);
    },
    info(message) {
      progress.erase();
      report.info(message);
    },
  };
}

/** An input's entry: its item, or its failure when it could not be read or prepared. */
async function prepare<Item extends FileItem, Value>(
  input: InputRef,
  options: BatchOptions<Item, Value>,
): Promise<Entry<Item>> {
  const base: FileItem = {
    name: input.path === undefined ? (options.stdinFilename ?? '<stdin>') : input.name,
    path: input.path,
  };
  try {
    // Only the main thread can read this process's stdin: it hands the bytes to the task.
    const item: FileItem = input.path === undefined ? { ...base, bytes: await readStream(options.io.stdin) } : base;
    return { item: options.prepare ? options.prepare(item, input) : item };
  } catch (error) {
    return { item: base, outcome: failure(error) };
  }
}

/**
 * Total size of the files, to tell a handful of huge files from a handful of articles, and a
 * batch worth its worker threads from one that is not; it stops counting at `limit`.
 */
function totalSize(inputs: readonly InputRef[], limit: number): number {
  let bytes = 0;
  for (const input of inputs) {
    if (bytes >= limit) break;
    try {
      if (input.path !== undefined) bytes += statSync(input.path).size;
    } catch {
      // Reported when the task reads it.
    }
  }
  return bytes;
}
