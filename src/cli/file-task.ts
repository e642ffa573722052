/**
 * The shape of batch tasks over files: an item names one input, the task reads and decodes it
 * and does its work, and every failure becomes an outcome (with a one-line message) rather than
 * an exception, so one bad file never stops a batch or kills a worker.
 */
import { CopydeskError } from '../errors.js';
import { decode } from '../read/decode.js';
import { CliError } from './errors.js';
import { describeError, readInputSync } from './io.js';
import type { TaskRunner } from './task.js';

/** One input of a batch, as a task receives it. */
export interface FileItem {
  /** Name for messages: the path as given, or the stdin name. */
  readonly name: string;
  /** Absolute path of the file; undefined when `bytes` holds the input. */
  readonly path: string | undefined;
  /** The input's bytes when the main thread read it (stdin). */
  readonly bytes?: Uint8Array | undefined;
}

/**
 * Something to tell about one input on stderr, with its name and line: decoding warnings, and
 * warnings and hints of the task's own.
 */
export interface FileWarning {
  readonly message: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, for a problem in the text (front matter that is not YAML): `name:line:column:`. */
  readonly column?: number | undefined;
  /** 0-based byte offset, for a problem in the bytes (decoding): `(byte N)`. */
  readonly offset?: number | undefined;
  /**
   * A hint about a choice, not a problem ("front matter left out; add --front-matter to keep
   * it"): said once for all the inputs it applies to, and not at all with `--quiet`.
   */
  readonly hint?: boolean | undefined;
}

/** What a task made of one input. */
export type FileOutcome<Value> =
  | { readonly ok: true; readonly value: Value; readonly warnings: readonly FileWarning[] }
  | {
      readonly ok: false;
      /** For programs: a `CopydeskError` code (`binary`, …), a Node.js code (`ENOENT`, …) or `failed`. */
      readonly code: string;
      /** One line, without the file name (`line 3: …` when the problem has a line). */
      readonly message: string;
      /** The 1-based line of the problem (a binary file's first NUL byte), when known. */
      readonly line?: number | undefined;
      /** The stack of an unexpected error, for `--debug`. */
      readonly stack?: string | undefined;
      readonly warnings: readonly FileWarning[];
    };

/**
 * Build a task runner over files from the work done on each decoded text.
 *
 * @param work Turns an input's text into the task's value; may throw, and may add warnings
 *   (shown as decoding warnings are, with the file and line).
 * @returns The runner.
 */
export function fileTask<Item extends FileItem, Value>(
  work: (text: string, item: Item, warn: (warning: FileWarning) => void) => Value,
): TaskRunner<Item, FileOutcome<Value>> {
  return (item) => {
    let warnings: FileWarning[] = [];
    const warn = (warning: FileWarning) => {
      warnings.push(warning);
    };
    try {
      // An item carries its bytes (stdin) or names its file: `prepare` in batch.ts makes sure.
      const decoded = item.bytes ? decode(item.bytes) : readInputSync(item.path as string);
      warnings = decoded.warnings;
      return { ok: true, value: work(decoded.text, item, warn), warnings };
    } catch (error) {
      return failure(error, warnings);
    }
  };
}

/**
 * The outcome of an input that failed.
 *
 * @param error What was thrown.
 * @param warnings Decoding warnings collected before it.
 * @returns The failed outcome.
 */
export function failure(error: unknown, warnings: readonly FileWarning[] = []): FileOutcome<never> {
  const systemCode = (error as NodeJS.ErrnoException | undefined)?.code;
  const code = error instanceof CopydeskError ? error.code : typeof systemCode === 'string' ? systemCode : 'failed';
  const expected = error instanceof CopydeskError || error instanceof CliError || typeof systemCode === 'string';
  const stack = !expected && error instanceof Error ? error.stack : undefined;
  const line = error instanceof CopydeskError ? error.line : undefined;
  return { ok: false, code, message: describeError(error), line, stack, warnings };
}
