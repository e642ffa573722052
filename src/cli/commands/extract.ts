/**
 * `copydesk extract quotes|statistics|sources`: one record per item, with file, line, column,
 * text and the item's fields, as JSON, NDJSON, CSV or a terminal table.
 *
 * The files go through the batch runner (`batch.ts`) with the task `tasks/extract-file.ts`, in
 * the main thread or in worker threads (`--jobs`); the records come back in input order and are
 * formatted at the end.
 */
import path from 'node:path';
import { Argument, type Command, Option } from '@commander-js/extra-typings';
import { type ExtractFormat, extractFormats, formatRecords } from '../../extract/format.js';
import { type ExtractKind, type ExtractRecord, extractKinds } from '../../extract/records.js';
import type { InputFormat } from '../../parse.js';
import { runBatch } from '../batch.js';
import type { CliIo } from '../context.js';
import { exitCodes } from '../exit-codes.js';
import type { FileItem } from '../file-task.js';
import { assertStdinUsable, expandInputs, writeOut } from '../io.js';
import { parseJobs, parsePath } from '../jobs.js';
import { checkOutputFile, writeOutputFile } from '../output-file.js';
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
  /** CSV: prefix cells a spreadsheet would run as formulas with `'` (see `FormatOptions`). */
  readonly escapeFormulas: boolean;
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
    .option('-o, --output <file>', 'write the records to this file', parsePath)
    .option('--stdin-filename <name>', 'name to use for stdin in records and messages', parsePath)
    .option('--no-escape-formulas', "csv: leave cells starting with = + - @ as they are (default: prefix ')")
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
            escapeFormulas: options.escapeFormulas,
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
  const { inputs, missing } = await expandInputs(config.inputs, io.cwd, { outputFile: config.output });
  assertStdinUsable(inputs, io.stdinIsTty, 'extract');
  const target = config.output ? path.resolve(io.cwd, config.output) : undefined;
  if (target && config.output) checkOutputFile(config.output, target, inputs);

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
      const toTerminal = !target && (io.stdout as { isTTY?: boolean }).isTTY === true;
      const width = toTerminal ? ((io.stdout as { columns?: number }).columns ?? 100) : Number.POSITIVE_INFINITY;
      let output = formatRecords(records, config.kind, config.to, {
        width,
        escapeFormulas: config.escapeFormulas,
      });
      // An empty table is the sentence "no quotes found": a message for people, so it goes to
      // stderr (silent with --quiet) unless stdout is the terminal they read, never into a file
      // or a pipe, where it would be taken for a record.
      if (config.to === 'table' && records.length === 0 && !toTerminal) {
        report.info(output.trimEnd());
        output = '';
      }
      if (!target || !config.output) await writeOut(io.stdout, output);
      // Every input failed: an empty table over an existing file would lose it for nothing (as
      // convert, which writes -o only for an input it converted). Zero records from inputs that
      // were read is a real answer, and is written.
      else if (succeeded === 0) report.warn(`${config.output} not written: no input could be read`);
      else await writeOutputFile(config.output, target, output);
    },
    summaryDetail: () => `${records.length} ${config.kind}`,
  });
  return summary.failures > 0 ? exitCodes.failure : exitCodes.ok;
}
