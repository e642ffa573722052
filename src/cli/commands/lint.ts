/**
 * `copydesk lint`: check article formatting, report it for people or programs, and apply safe
 * fixes. Exit 0 without errors (and within `--max-warnings`), 1 with errors or too many
 * warnings, 2 on usage or config errors.
 *
 * The main thread expands the inputs, drops ignored files and finds each file's config; the
 * files then go through the batch runner (`batch.ts`) with the task `tasks/lint-file.ts`, in the
 * main thread or in worker threads (`--jobs`), and the report is written at the end from the
 * results in input order, the same whatever thread linted which file.
 */
import path from 'node:path';
import { type Command, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { Chalk } from 'chalk';
import { CopydeskError } from '../../errors.js';
import { type ConfigLoader, createConfigLoader } from '../../lint/config.js';
import { type ConfigData, configData } from '../../lint/config-data.js';
import { createIgnoreChecker } from '../../lint/ignore-files.js';
import { isDataReporter, type ReporterName, reporterNames, reporters } from '../../lint/reporters/index.js';
import { createResult, fatalMessage } from '../../lint/result.js';
import { rules } from '../../lint/rules/index.js';
import type { LintMessage, LintResult, ResolvedConfig } from '../../lint/types.js';
import type { InputFormat } from '../../parse.js';
import { type BatchFailure, runBatch } from '../batch.js';
import type { CliIo } from '../context.js';
import { CliError } from '../errors.js';
import { exitCodes } from '../exit-codes.js';
import {
  expandInputs,
  type InputRef,
  resolvedPath,
  temporaryPath,
  trackTemporary,
  untrackTemporary,
  writeOut,
} from '../io.js';
import { parseJobs, parsePath } from '../jobs.js';
import { checkOutputFile, writeOutputFile } from '../output-file.js';
import { version } from '../program.js';
import { createReporter } from '../report.js';
import type { LintFileItem, LintFileOptions, LintFileValue } from '../tasks/lint-file.js';

/** Validated settings of one `lint` run. */
export interface LintCommandConfig {
  readonly inputs: readonly string[];
  readonly from: InputFormat;
  readonly format: ReporterName;
  /** Most warnings allowed before the run fails; undefined for no limit. */
  readonly maxWarnings: number | undefined;
  readonly fix: boolean;
  readonly fixDryRun: boolean;
  /** A file to write the report to instead of stdout or stderr (`-o`). */
  readonly outputFile: string | undefined;
  /** A config file to use instead of searching for one. */
  readonly config: string | undefined;
  /** Whether `.copydeskignore` files apply. */
  readonly ignore: boolean;
  readonly stdinFilename: string | undefined;
  /** Threads for large batches (`--jobs`); undefined for the default, one per core. */
  readonly jobs: number | undefined;
  /** Report errors only; no summary and no progress bar. */
  readonly quiet: boolean;
  readonly color: boolean | undefined;
  readonly debug: boolean;
}

/**
 * Register the `lint` command.
 *
 * @param program The root program.
 * @param io The run's I/O.
 * @param done Receives the exit code.
 */
export function registerLint(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('lint')
    .description('check article formatting: structure, quotes, numbers and typography')
    .argument('[files...]', 'files or globs to lint; none or "-" reads stdin')
    .addOption(new Option('--format <name>', 'report format').choices(reporterNames).default('stylish' as ReporterName))
    .addOption(
      new Option('-f, --from <format>', 'input format')
        .choices(['auto', 'text', 'markdown'] as const)
        .default('auto' as const),
    )
    .option('--max-warnings <n>', 'fail when there are more warnings than this', parseCount)
    .option('--fix', 'apply safe fixes to the files in place', false)
    .option('--fix-dry-run', 'print the safe fixes as a unified diff instead of applying them', false)
    .option('-o, --output-file <file>', 'write the report to this file instead of stdout or stderr', parsePath)
    .option('-c, --config <file>', 'use this config file instead of searching for one', parsePath)
    .option('--no-ignore', 'lint files listed in .copydeskignore too')
    .option('--stdin-filename <name>', 'name to use for stdin in messages (and to find its config)', parsePath)
    .option('-j, --jobs <n>', 'threads for large batches (default: one per core)', parseJobs)
    .option(
      '-q, --quiet',
      'run and report only rules set to error (warnings neither shown nor counted), no summary, no progress bar',
      false,
    )
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .option('--debug', 'print stack traces of unexpected errors', false)
    .addHelpText(
      'after',
      `
Reports: stylish goes to stderr; json, sarif, github and compact go to stdout; -o writes any
of them to a file instead (without colour unless --color).

Examples:
  $ copydesk lint story.txt
  $ copydesk lint 'drafts/**/*.{txt,md}' --max-warnings 0
  $ copydesk lint 'drafts/**/*.md' --fix
  $ copydesk lint story.txt --fix-dry-run
  $ copydesk lint 'stories/**/*.txt' --format sarif -o copydesk.sarif
  $ copydesk lint 'stories/**/*.txt' --format github
  $ copydesk lint 'archive/**/*.txt' --format json --jobs 4 > report.json

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage or config error.`,
    )
    .action(async (files, options) => {
      const config: LintCommandConfig = {
        inputs: files,
        from: options.from,
        format: options.format,
        maxWarnings: options.maxWarnings,
        fix: options.fix,
        fixDryRun: options.fixDryRun,
        outputFile: options.outputFile,
        config: options.config,
        ignore: options.ignore,
        stdinFilename: options.stdinFilename,
        jobs: options.jobs,
        quiet: options.quiet,
        color: options.color,
        debug: options.debug,
      };
      done(await runLint(config, io));
    });
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(count)) {
    throw new InvalidArgumentError('expected a whole number of 0 or more');
  }
  return count;
}

/**
 * Run `lint` with validated settings.
 *
 * @param config The settings.
 * @param io The run's I/O.
 * @returns The exit code.
 */
export async function runLint(config: LintCommandConfig, io: CliIo): Promise<number> {
  const report = createReporter(io, {
    quiet: config.quiet,
    ...(config.color === undefined ? {} : { color: config.color }),
  });
  if (config.fix && config.fixDryRun) throw new CliError('use either --fix or --fix-dry-run, not both');
  if (config.fixDryRun && isDataReporter(config.format) && config.outputFile === undefined) {
    throw new CliError(
      `--fix-dry-run prints a diff on stdout, so --format ${config.format} needs -o to write its report to a file`,
    );
  }
  const { inputs, missing } = await expandInputs(config.inputs, io.cwd, { outputFile: config.outputFile });
  if (inputs.filter((input) => input.path === undefined).length > 1) {
    throw new CliError('stdin ("-") can be read only once');
  }
  if (config.fix && inputs.some((input) => input.path === undefined)) {
    throw new CliError('--fix rewrites files, so it cannot fix stdin; use --fix-dry-run to see the fixes as a diff');
  }
  if (inputs.length === 1 && inputs[0]?.path === undefined && io.stdinIsTty && missing.length === 0) {
    throw new CliError('no input: give a file, or pipe an article into stdin (see copydesk lint --help)');
  }

  // The report file (-o): the name as given, for messages, and where it goes.
  const reportFile =
    config.outputFile === undefined
      ? undefined
      : { name: config.outputFile, target: path.resolve(io.cwd, config.outputFile) };
  if (reportFile) checkOutputFile(reportFile.name, reportFile.target, inputs);

  const { linted, configIndex, configs } = await planInputs(inputs, config, io, report.warn);
  const options: LintFileOptions = { from: config.from, fix: config.fix, fixDryRun: config.fixDryRun, configs };
  const results: LintResult[] = [];
  let fixedFiles = 0;
  let fixedProblems = 0;
  let errors = 0;
  let warnings = 0;
  const add = (result: LintResult) => {
    results.push(result);
    errors += result.errorCount;
    // Warnings of no rule (front matter that is not YAML) are hidden by --quiet too, so not counted.
    if (!config.quiet) warnings += result.warningCount;
  };
  await runBatch<LintFileItem, LintFileValue>({
    inputs: linted,
    missing,
    io,
    report,
    jobs: config.jobs,
    quiet: config.quiet,
    debug: config.debug,
    stdinFilename: config.stdinFilename,
    task: { module: new URL('../tasks/lint-file.js', import.meta.url).href, options },
    // Failures are fatal messages in the report, as eslint shows them, not extra lines.
    reportFailures: false,
    prepare: (item, input) => {
      const file = input.path === undefined ? config.stdinFilename : path.basename(input.path);
      const prepared: LintFileItem = { ...item, file, config: configIndex.get(input) ?? 0 };
      if (!config.fix || input.path === undefined) return prepared;
      // Named here, not in the worker, so that an interrupted run can remove it.
      const temporary = temporaryPath(resolvedPath(input.path));
      trackTemporary(temporary);
      return { ...prepared, temporary };
    },
    onValue: async (value, item, batchReport) => {
      if (item.temporary !== undefined) untrackTemporary(item.temporary);
      if (value.notFixed !== undefined) batchReport.warn(`${item.name}: ${value.notFixed}`);
      if (value.diff !== undefined) await writeOut(io.stdout, value.diff);
      if (value.result.output !== undefined) {
        fixedFiles++;
        fixedProblems += value.fixed;
      }
      add(value.result);
    },
    onFailure: (failure, item) => {
      const temporary = (item as Partial<LintFileItem>).temporary;
      if (temporary !== undefined) untrackTemporary(temporary);
      add(
        createResult({
          file: item.name,
          path: item.path,
          messages: [failureMessage(item.name, failure, config.debug)],
          source: undefined,
        }),
      );
    },
    beforeSummary: async () => {
      const shown = config.quiet ? results.map(errorsOnly) : results;
      const text = reporters[config.format](shown, {
        // A report file has no terminal to colour for: plain, unless --color asks.
        colors: reportFile && config.color !== true ? new Chalk({ level: 0 }) : report.chalk,
        cwd: io.cwd,
        version,
        rules: rules.map((rule) => rule.meta),
      });
      // The file is written even when the report is empty, so a CI step that uploads it finds
      // one from this run, not a stale one.
      if (reportFile) await writeOutputFile(reportFile.name, reportFile.target, text);
      else if (isDataReporter(config.format)) await writeOut(io.stdout, text);
      else if (text) await writeOut(io.stderr, text);
      if (config.fix && fixedFiles > 0) {
        report.info(
          `fixed ${fixedProblems} ${fixedProblems === 1 ? 'problem' : 'problems'} in ${fixedFiles} ${fixedFiles === 1 ? 'file' : 'files'}`,
        );
      }
    },
  });

  if (errors > 0) return exitCodes.failure;
  if (config.maxWarnings !== undefined && warnings > config.maxWarnings) {
    report.error(
      `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${config.maxWarnings}`,
    );
    return exitCodes.failure;
  }
  return exitCodes.ok;
}

/**
 * Which inputs to lint and with which config, decided in the main thread before any file is
 * linted: `.copydeskignore` leaves files out (with a warning for one named on the command line),
 * and each file gets the nearest config above it, as plain data a worker thread can receive.
 * A bad config stops the run with exit code 2 before any file is linted.
 */
async function planInputs(
  inputs: readonly InputRef[],
  config: LintCommandConfig,
  io: CliIo,
  warn: (message: string) => void,
): Promise<{ linted: InputRef[]; configIndex: Map<InputRef, number>; configs: ConfigData[] }> {
  const loader = createConfigLoader({ cwd: io.cwd, configFile: config.config });
  const ignored = createIgnoreChecker();
  const linted: InputRef[] = [];
  const configIndex = new Map<InputRef, number>();
  const configs: ConfigData[] = [];
  // The loader resolves once per folder; folders that share a config file share an entry, so
  // the workers get each config once however many folders there are.
  const byObject = new Map<ResolvedConfig, number>();
  const byData = new Map<string, number>();
  for (const input of inputs) {
    if (config.ignore && input.path !== undefined && (await ignored.isIgnored(input.path))) {
      if (config.inputs.includes(input.name))
        warn(`${input.name}: ignored by .copydeskignore (use --no-ignore to lint it)`);
      continue;
    }
    const configPath = input.path ?? (config.stdinFilename ? path.resolve(io.cwd, config.stdinFilename) : undefined);
    const resolved = await configFor(loader, configPath);
    let index = byObject.get(resolved);
    if (index === undefined) {
      const data = quietData(configData(resolved), config.quiet);
      const key = JSON.stringify(data);
      index = byData.get(key) ?? configs.push(data) - 1;
      byData.set(key, index);
      byObject.set(resolved, index);
    }
    linted.push(input);
    configIndex.set(input, index);
  }
  return { linted, configIndex, configs };
}

/**
 * With `--quiet`, as in eslint 9, rules below `error` are not run at all: their messages would be
 * hidden, and they must not count towards `--max-warnings` either (`--quiet --max-warnings 0`
 * failed on warnings it did not show). It also saves their time.
 */
function quietData(data: ConfigData, quiet: boolean): ConfigData {
  return quiet ? { ...data, rules: data.rules.filter((rule) => rule.severity === 'error') } : data;
}

/** A bad config stops the whole run with exit code 2: every file after it would be wrong too. */
async function configFor(loader: ConfigLoader, file: string | undefined): Promise<ResolvedConfig> {
  try {
    return await loader.forFile(file);
  } catch (error) {
    if (error instanceof CopydeskError) throw new CliError(error.message, exitCodes.usage);
    throw error;
  }
}

/**
 * The fatal message of a file that could not be read. A failure with a line (a binary file's
 * first NUL byte) reads `line 3: looks like a binary file…`, the form the other commands print;
 * in a lint report the line belongs in the message's place, not in its text.
 *
 * @param file The file name.
 * @param failure Why it failed.
 * @param debug Whether to show the stack of an unexpected error.
 * @returns The message.
 */
function failureMessage(file: string, failure: BatchFailure, debug: boolean): LintMessage {
  if (debug && failure.stack) return fatalMessage(file, failure.stack);
  if (failure.line === undefined) return fatalMessage(file, failure.message);
  const prefix = `line ${failure.line}: `;
  const reason = failure.message.startsWith(prefix) ? failure.message.slice(prefix.length) : failure.message;
  return fatalMessage(file, reason, failure.line);
}

function errorsOnly(result: LintResult): LintResult {
  const messages: LintMessage[] = result.messages.filter((message) => message.severity === 'error');
  return createResult({ file: result.file, path: result.path, messages, source: result.source, output: result.output });
}
