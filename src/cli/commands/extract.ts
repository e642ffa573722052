/**
 * `copydesk extract quotes|statistics|sources`: one record per item, with file, line, column,
 * text and the item's fields, as JSON, NDJSON, CSV or a terminal table.
 *
 * The files go through the batch runner (`batch.ts`) with the task `tasks/extract-file.ts`, in
 * the main thread or in worker threads (`--jobs`); the records come back in input order and are
 * formatted at the end.
 */
import { accessSync, constants, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { Argument, type Command, Option } from '@commander-js/extra-typings';
import { type ExtractFormat, extractFormats, formatRecords } from '../../extract/format.js';
import { type ExtractKind, type ExtractRecord, extractKinds } from '../../extract/records.js';
import type { InputFormat } from '../../parse.js';
import { runBatch } from '../batch.js';
import type { CliIo } from '../context.js';
import { CliError } from '../errors.js';
import { exitCodes } from '../exit-codes.js';
import type { FileItem } from '../file-task.js';
import { assertStdinUsable, describeError, expandInputs, resolvedPath, writeAtomic, writeOut } from '../io.js';
import { parseJobs } from '../jobs.js';
import { createReporter } from '../report.js';
import type { ExtractFileOptions } from '../tasks/extract-file.js';

/** Validated settings of one `extract` run. */
export interface ExtractConfig {
  readonly kind: ExtractKind;
  readonly inputs: readonly string[];
  readonly from: InputFormat;
  readonly to: ExtractFormat;
  readonly output: string | undefined;
  readonly stdinFilename: string | undefined;
  /** Threads for large batches (`--jobs`); undefined for the default, one per core. */
  readonly jobs: number | undefined;
  readonly quiet: boolean;
  readonly color: boolean | undefined;
  readonly debug: boolean;
}

/**
 * Register the `extract` command.
 *
 * @param program The root program.
 * @param io The run's I/O.
 * @param done Receives the exit code.
 */
export function registerExtract(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('extract')
    .description('list the quotes, statistics or credited sources of articles')
    .addArgument(new Argument('<what>', 'quotes, statistics or sources').choices(extractKinds))
    .argument('[files...]', 'files or globs; none or "-" reads stdin')
    .addOption(new Option('-t, --to <format>', 'output format').choices(extractFormats).default('table' as const))
    .addOption(
      new Option('-f, --from <format>', 'input format')
        .choices(['auto', 'text', 'markdown'] as const)
        .default('auto' as const),
    )
    .option('-o, --output <file>', 'write the records to this file')
    .option('--stdin-filename <name>', 'name to use for stdin in records and messages')
    .option('-j, --jobs <n>', 'threads for large batches (default: one per core)', parseJobs)
    .option('-q, --quiet', 'no summary and no progress bar on stderr', false)
    .option('--color', 'force colour on stderr')
    .option('--no-color', 'no colour on stderr')
    .option('--debug', 'print stack traces of unexpected errors', false)
    .addHelpText(
      'after',
      `
Examples:
  $ copydesk extract quotes story.txt                      readable table
  $ copydesk extract statistics 'wire/*.txt' --to csv -o figures.csv
  $ copydesk extract quotes 'archive/**/*.txt' --to ndjson --jobs 4 > quotes.ndjson
  $ copydesk extract quotes story.txt --to ndjson | jq .speaker
  $ copydesk extract sources story.txt --to json`,
    )
    .action(async (what, files, options) => {
      done(
        await runExtract(
          {
            kind: what,
            inputs: files,
            from: options.from,
            to: options.to,
            output: options.output,
            stdinFilename: options.stdinFilename,
            jobs: options.jobs,
            quiet: options.quiet,
            color: options.color,
            debug: options.debug,
          },
          io,
        ),
      );
    });
}

/**
 * Run `extract` with validated settings.
 *
 * @param config The settings.
 * @param io The run's I/O.
 * @returns The exit code.
 */
export async function runExtract(config: ExtractConfig, io: CliIo): Promise<number> {
  const report = createReporter(io, {
    quiet: config.quiet,
    ...(config.color === undefined ? {} : { color: config.color }),
  });
  const { inputs, missing } = await expandInputs(config.inputs, io.cwd);
  assertStdinUsable(inputs, io.stdinIsTty, 'extract');
  const target = config.output ? path.resolve(io.cwd, config.output) : undefined;
  if (target && config.output) {
    checkOutputPath(config.output, target);
    // Links followed, as convert compares: an -o reached through a link may be an input.
    const real = resolvedPath(target);
    if (inputs.some((input) => input.path !== undefined && resolvedPath(input.path) === real)) {
      throw new CliError(`output ${config.output} would overwrite an input; choose another -o`);
    }
  }

  const options: ExtractFileOptions = { kind: config.kind, from: config.from };
  const records: ExtractRecord[] = [];
  // Inputs read and parsed, whether or not they held records: with none, -o is left alone.
  let succeeded = 0;
  const summary = await runBatch<FileItem, ExtractRecord[]>({
    inputs,
    missing,
    io,
    report,
    jobs: config.jobs,
    quiet: config.quiet,
    debug: config.debug,
    stdinFilename: config.stdinFilename,
    task: { module: new URL('../tasks/extract-file.js', import.meta.url).href, options },
    onValue: (found) => {
      succeeded++;
      for (const record of found) records.push(record);
    },
    beforeSummary: async () => {
      // A terminal gets a table that fits its width; a pipe or a file gets every character.
      const width = (io.stdout as { columns?: number; isTTY?: boolean }).isTTY
        ? ((io.stdout as { columns?: number }).columns ?? 100)
        : Number.POSITIVE_INFINITY;
      const output = formatRecords(records, config.kind, config.to, { width });
      if (!target || !config.output) await writeOut(io.stdout, output);
      // Every input failed: an empty table over an existing file would lose it for nothing (as
      // convert, which writes -o only for an input it converted). Zero records from inputs that
      // were read is a real answer, and is written.
      else if (succeeded === 0) report.warn(`${config.output} not written: no input could be read`);
      else await writeOutput(config.output, target, output);
    },
    summaryDetail: () => `${records.length} ${config.kind}`,
  });
  return summary.failures > 0 ? exitCodes.failure : exitCodes.ok;
}

/**
 * Refuse an -o that cannot be written before extracting anything, so a long batch does not
 * fail at its very end: a folder, a path below a file, a folder we may not write in.
 *
 * A folder is a usage error (exit 2, like -o naming an input): the argument itself is wrong,
 * whatever the inputs. Left unchecked, the temporary file would also land in the folder's
 * parent and the rename fail with EISDIR. A path we cannot write is a failure (exit 1), the same
 * code as when the write itself fails at the end (`writeOutput`).
 *
 * @param output The -o path as given, for messages.
 * @param target Its absolute path.
 * @throws {CliError}
 */
function checkOutputPath(output: string, target: string): void {
  // "out/" names a folder even when it does not exist yet; path.resolve dropped the slash.
  if (isDirectory(target) || /[\\/]$/.test(output)) {
    throw new CliError(`-o ${output}: is a directory, expected a file path`);
  }
  // The nearest folder that exists: the write creates the missing ones below it.
  let folder = path.dirname(target);
  while (!pathExists(folder) && path.dirname(folder) !== folder) folder = path.dirname(folder);
  try {
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'EEXIST' });
    accessSync(folder, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new CliError(`cannot write ${output}: ${describeError(error)}`, exitCodes.failure);
  }
}

/**
 * Write the records to -o atomically; a failure names the path as the user gave it, not the
 * temporary file, and is an input-style failure (exit 1), not a crash (exit 2).
 *
 * @param output The -o path as given.
 * @param target Its absolute path.
 * @param content The formatted records.
 * @throws {CliError}
 */
async function writeOutput(output: string, target: string, content: string): Promise<void> {
  try {
    await writeAtomic(target, content);
  } catch (error) {
    throw new CliError(`cannot write ${output}: ${describeError(error)}`, exitCodes.failure);
  }
}

function isDirectory(file: string): boolean {
  return statOrUndefined(file)?.isDirectory() ?? false;
}

function pathExists(file: string): boolean {
  return statOrUndefined(file) !== undefined;
}

/** A path's stats, or undefined when it cannot be seen: missing, below a file, or not searchable. */
function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    // The check then climbs to a folder that can be seen, and reports that folder's problem.
    return undefined;
  }
}
