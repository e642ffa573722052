/**
 * `copydesk extract quotes|statistics|sources`: one record per item, with file, line, column,
 * text and the item's fields, as JSON, NDJSON, CSV or a terminal table.
 */
import path from 'node:path';
import { Argument, type Command, Option } from '@commander-js/extra-typings';
import { type ExtractFormat, extractFormats, formatRecords } from '../../extract/format.js';
import { type ExtractKind, type ExtractRecord, extractKinds, extractRecords } from '../../extract/records.js';
import { type InputFormat, parse } from '../../parse.js';
import type { CliIo } from '../context.js';
import { CliError } from '../errors.js';
import { exitCodes } from '../exit-codes.js';
import { assertStdinUsable, describeError, expandInputs, readInput, writeAtomic } from '../io.js';
import { createReporter } from '../report.js';

/** Validated settings of one `extract` run. */
export interface ExtractConfig {
  readonly kind: ExtractKind;
  readonly inputs: readonly string[];
  readonly from: InputFormat;
  readonly to: ExtractFormat;
  readonly output: string | undefined;
  readonly stdinFilename: string | undefined;
  readonly quiet: boolean;
  readonly color: boolean | undefined;
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
    .option('-q, --quiet', 'no summary on stderr', false)
    .option('--color', 'force colour on stderr')
    .option('--no-color', 'no colour on stderr')
    .addHelpText(
      'after',
      `
Examples:
  $ copydesk extract quotes story.txt                      readable table
  $ copydesk extract statistics 'wire/*.txt' --to csv -o figures.csv
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
            quiet: options.quiet,
            color: options.color,
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
  let failures = missing.length;
  for (const item of missing) report.error(`${item.name}: ${item.message}`);
  const target = config.output ? path.resolve(io.cwd, config.output) : undefined;
  if (target && inputs.some((input) => input.path === target)) {
    throw new CliError(`output ${config.output} would overwrite an input; choose another -o`);
  }

  const records: ExtractRecord[] = [];
  for (const input of inputs) {
    const name = input.path === undefined ? (config.stdinFilename ?? '<stdin>') : input.name;
    try {
      const decoded = await readInput(input, io.stdin);
      for (const warning of decoded.warnings)
        report.warn(`${name}:${warning.line}: ${warning.message} (byte ${warning.offset})`);
      const tree = parse(decoded.text, { from: config.from, file: name });
      records.push(...extractRecords(tree, config.kind, name));
    } catch (error) {
      failures++;
      report.error(`${name}: ${describeError(error)}`);
    }
  }
  // A terminal gets a table that fits its width; a pipe or a file gets every character.
  const width = (io.stdout as { columns?: number; isTTY?: boolean }).isTTY
    ? ((io.stdout as { columns?: number }).columns ?? 100)
    : Number.POSITIVE_INFINITY;
  const output = formatRecords(records, config.kind, config.to, { width });
  if (target) await writeAtomic(target, output);
  else io.stdout.write(output);
  if (inputs.length + missing.length > 1 || failures > 0) {
    report.info(`${inputs.length + missing.length} files, ${records.length} ${config.kind}, ${failures} failed`);
  }
  return failures > 0 ? exitCodes.failure : exitCodes.ok;
}
