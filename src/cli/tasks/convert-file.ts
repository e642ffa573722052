/**
 * The `convert` task for one input file: read, parse, serialise, then write the output file
 * atomically or hand the output back (for stdout, or as an NDJSON record).
 */
import { type InputFormat, parse } from '../../parse.js';
import { frontMatterProblem } from '../../read/front-matter.js';
import { CliError } from '../errors.js';
import { exitCodes } from '../exit-codes.js';
import { type FileItem, type FileOutcome, fileTask } from '../file-task.js';
import { describeError, writeAtomicSync } from '../io.js';
import { looksLikeRecords, recordsReadAsArticle } from '../ndjson/looks-like-records.js';
import { resultRecord } from '../ndjson/record.js';
import { loadSerializer, type SerializeOptions } from '../serializer.js';
import type { TaskRunner } from '../task.js';

/** Options of the task: the same for every file of a run. */
export interface ConvertFileOptions extends SerializeOptions {
  readonly from: InputFormat;
  /** Return each output as an NDJSON record named after the file (`--to ndjson`). */
  readonly record: boolean;
}

/** One file to convert. */
export interface ConvertFileItem extends FileItem {
  /** File name given to the parser (for `--from auto` and the tree's `data.file`). */
  readonly file: string | undefined;
  /** Where the output goes; undefined to return it. */
  readonly target?: string | undefined;
  /** The temporary file to write first, named by the main thread so it can clean it up. */
  readonly temporary?: string | undefined;
  /** `target` as messages show it (relative to the working folder, where it is inside it). */
  readonly targetName?: string | undefined;
}

/**
 * Create the task.
 *
 * @param options The run's settings.
 * @returns The runner: the output text, or undefined when it was written to `target`.
 */
export async function createTask(
  options: ConvertFileOptions,
): Promise<TaskRunner<ConvertFileItem, FileOutcome<string | undefined>>> {
  const serialize = await loadSerializer({ ...options, compact: options.record });
  return fileTask((text, item: ConvertFileItem, warn) => {
    if (options.from === 'auto' && looksLikeRecords(text)) {
      warn({
        message: `${recordsReadAsArticle}; use --from ndjson to convert each record`,
        offset: 0,
        line: 1,
      });
    }
    const tree = parse(
      text,
      item.file === undefined ? { from: options.from } : { from: options.from, file: item.file },
    );
    // Only a Markdown draft's tree has front matter.
    if (tree.data?.frontMatter !== undefined) {
      const problem = frontMatterProblem(text, tree.data.frontMatter);
      if (problem) {
        warn({
          message: `front matter is not valid YAML: ${problem.reason}; its fields are not read`,
          line: problem.line,
          column: problem.column,
        });
      }
      // Markdown out is the one output that could have kept it (JSON keeps it in `data`, and
      // HTML has no place for it), and a draft's own fields (slug, tags) would go unnoticed.
      if (options.to === 'markdown' && !options.frontMatter) {
        warn({ message: 'front matter left out; add --front-matter to keep it', line: 1, hint: true });
      }
    }
    const output = serialize(tree);
    if (item.target !== undefined) {
      try {
        writeAtomicSync(item.target, output, item.temporary);
      } catch (error) {
        // Name the output: "permission denied" alone would read as a problem with the input.
        throw new CliError(
          `cannot write ${item.targetName ?? item.target}: ${describeError(error)}`,
          exitCodes.failure,
        );
      }
      return undefined;
    }
    return options.record ? resultRecord(item.name, options.to, output) : output;
  });
}
