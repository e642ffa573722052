/**
 * `copydesk lint`: check article formatting, report it for people or programs, and apply safe
 * fixes. Exit 0 without errors (and within `--max-warnings`), 1 with errors or too many
 * warnings, 2 on usage or config errors.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { type Command, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { createTwoFilesPatch } from 'diff';
import { CopydeskError } from '../../errors.js';
import { createConfigLoader } from '../../lint/config.js';
import { lint } from '../../lint/engine.js';
import { fixText } from '../../lint/fix.js';
import { createIgnoreChecker } from '../../lint/ignore-files.js';
import { isDataReporter, type ReporterName, reporterNames, reporters } from '../../lint/reporters/index.js';
import { createResult, fatalMessage } from '../../lint/result.js';
import { rules } from '../../lint/rules/index.js';
import type { LintMessage, LintResult, ResolvedConfig } from '../../lint/types.js';
import { type InputFormat, parse } from '../../parse.js';
import type { CliIo } from '../context.js';
import { CliError } from '../errors.js';
import { exitCodes } from '../exit-codes.js';
import { describeError, expandInputs, type InputRef, readInput, writeAtomic } from '../io.js';
import { version } from '../program.js';
import { createReporter, type Reporter } from '../report.js';

/** Validated settings of one `lint` run. */
export interface LintCommandConfig {
  readonly inputs: readonly string[];
  readonly from: InputFormat;
  readonly format: ReporterName;
  /** Most warnings allowed before the run fails; undefined for no limit. */
  readonly maxWarnings: number | undefined;
  readonly fix: boolean;
  readonly fixDryRun: boolean;
  /** A config file to use instead of searching for one. */
  readonly config: string | undefined;
  /** Whether `.copydeskignore` files apply. */
  readonly ignore: boolean;
  readonly stdinFilename: string | undefined;
  /** Report errors only. */
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
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .option('--no-ignore', 'lint files listed in .copydeskignore too')
    .option('--stdin-filename <name>', 'name to use for stdin in messages (and to find its config)')
    .option('-q, --quiet', 'report errors only', false)
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .option('--debug', 'print stack traces of unexpected errors', false)
    .addHelpText(
      'after',
      `
Reports: stylish goes to stderr; json, sarif, github and compact go to stdout.

Examples:
  $ copydesk lint story.txt
  $ copydesk lint 'drafts/**/*.{txt,md}' --max-warnings 0
  $ copydesk lint 'drafts/**/*.md' --fix
  $ copydesk lint story.txt --fix-dry-run
  $ copydesk lint 'stories/**/*.txt' --format sarif > copydesk.sarif
  $ copydesk lint 'stories/**/*.txt' --format github

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
        config: options.config,
        ignore: options.ignore,
        stdinFilename: options.stdinFilename,
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
  const report = createReporter(io, { ...(config.color === undefined ? {} : { color: config.color }) });
  if (config.fix && config.fixDryRun) throw new CliError('use either --fix or --fix-dry-run, not both');
  if (config.fixDryRun && isDataReporter(config.format)) {
    throw new CliError(`--fix-dry-run prints a diff on stdout, so it cannot be used with --format ${config.format}`);
  }
  const { inputs, missing } = await expandInputs(config.inputs, io.cwd);
  if (inputs.filter((input) => input.path === undefined).length > 1) {
    throw new CliError('stdin ("-") can be read only once');
  }
  if (config.fix && inputs.some((input) => input.path === undefined)) {
    throw new CliError('--fix rewrites files, so it cannot fix stdin; use --fix-dry-run to see the fixes as a diff');
  }
  if (inputs.length === 1 && inputs[0]?.path === undefined && io.stdinIsTty && missing.length === 0) {
    throw new CliError('no input: give a file, or pipe an article into stdin (see copydesk lint --help)');
  }

  const loader = createConfigLoader({ cwd: io.cwd, configFile: config.config });
  const ignored = createIgnoreChecker();
  const results: LintResult[] = [];
  for (const item of missing) {
    results.push(
      createResult({
        file: item.name,
        path: undefined,
        messages: [fatalMessage(item.name, item.message)],
        source: undefined,
      }),
    );
  }
  let fixedFiles = 0;
  let fixedProblems = 0;
  for (const input of inputs) {
    if (config.ignore && input.path !== undefined && (await ignored.isIgnored(input.path))) {
      if (config.inputs.includes(input.name))
        report.warn(`${input.name}: ignored by .copydeskignore (use --no-ignore to lint it)`);
      continue;
    }
    const name = input.path === undefined ? (config.stdinFilename ?? '<stdin>') : input.name;
    const configPath = input.path ?? (config.stdinFilename ? path.resolve(io.cwd, config.stdinFilename) : undefined);
    const resolved = await configFor(loader, configPath);
    const result = await lintInput(input, name, resolved, config, io, report);
    if (result.output !== undefined) {
      fixedFiles++;
      fixedProblems += result.fixed;
    }
    results.push(result.result);
  }

  const shown = config.quiet ? results.map(errorsOnly) : results;
  const text = reporters[config.format](shown, {
    colors: report.chalk,
    cwd: io.cwd,
    version,
    rules: rules.map((rule) => rule.meta),
  });
  if (isDataReporter(config.format)) await write(io.stdout, text);
  else if (text) await write(io.stderr, text);

  if (config.fix && fixedFiles > 0 && !config.quiet) {
    report.info(
      `fixed ${fixedProblems} ${fixedProblems === 1 ? 'problem' : 'problems'} in ${fixedFiles} ${fixedFiles === 1 ? 'file' : 'files'}`,
    );
  }
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0) return exitCodes.failure;
  if (config.maxWarnings !== undefined && warnings > config.maxWarnings) {
    report.error(
      `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${config.maxWarnings}`,
    );
    return exitCodes.failure;
  }
  return exitCodes.ok;
}

/** A bad config stops the whole run with exit code 2: every file after it would be wrong too. */
async function configFor(
  loader: ReturnType<typeof createConfigLoader>,
  file: string | undefined,
): Promise<ResolvedConfig> {
  try {
    return await loader.forFile(file);
  } catch (error) {
    if (error instanceof CopydeskError) throw new CliError(error.message, exitCodes.usage);
    throw error;
  }
}

/** Lint one input; a file that cannot be read or parsed gets a fatal message and the run goes on. */
async function lintInput(
  input: InputRef,
  name: string,
  resolved: ResolvedConfig,
  config: LintCommandConfig,
  io: CliIo,
  report: Reporter,
): Promise<{ result: LintResult; output: string | undefined; fixed: number }> {
  let text: string;
  try {
    const decoded = await readInput(input, io.stdin);
    for (const warning of decoded.warnings)
      report.warn(`${name}:${warning.line}: ${warning.message} (byte ${warning.offset})`);
    text = decoded.text;
    if (config.fix && decoded.encoding !== 'utf-8') {
      report.warn(`${name}: not fixed, it is ${decoded.encoding} and fixes are written as UTF-8`);
      return { result: lintOnly(input, name, text, resolved, config), output: undefined, fixed: 0 };
    }
  } catch (error) {
    return { result: failed(input, name, error, config), output: undefined, fixed: 0 };
  }
  try {
    if (!config.fix && !config.fixDryRun)
      return { result: lintOnly(input, name, text, resolved, config), output: undefined, fixed: 0 };
    const file = fileName(input, config);
    const fixed = fixText(text, {
      parse: { from: config.from, ...(file === undefined ? {} : { file }) },
      lint: { config: resolved, file: name },
    });
    const output = fixed.output === text ? undefined : fixed.output;
    if (output !== undefined && config.fix && input.path !== undefined) {
      await writeAtomic(input.path, (await hasBom(input.path)) ? `\ufeff${output}` : output);
    }
    if (output !== undefined && config.fixDryRun) {
      // Labels as git writes them: "a/story.txt", also for absolute paths.
      const label = name.replace(/^[/\\]+/, '');
      await write(io.stdout, createTwoFilesPatch(`a/${label}`, `b/${label}`, text, output));
    }
    const result = createResult({
      file: name,
      path: input.path,
      messages: fixed.messages,
      source: fixed.output,
      ...(output === undefined ? {} : { output }),
    });
    return { result, output, fixed: fixed.applied };
  } catch (error) {
    return { result: failed(input, name, error, config), output: undefined, fixed: 0 };
  }
}

function lintOnly(
  input: InputRef,
  name: string,
  text: string,
  resolved: ResolvedConfig,
  config: LintCommandConfig,
): LintResult {
  const file = fileName(input, config);
  const tree = parse(text, { from: config.from, ...(file === undefined ? {} : { file }) });
  const messages = lint(tree, { source: text, file: name, config: resolved });
  return createResult({ file: name, path: input.path, messages, source: text });
}

function failed(input: InputRef, name: string, error: unknown, config: LintCommandConfig): LintResult {
  const reason =
    config.debug && error instanceof Error && !(error instanceof CopydeskError)
      ? (error.stack ?? error.message)
      : describeError(error);
  return createResult({ file: name, path: input.path, messages: [fatalMessage(name, reason)], source: undefined });
}

/** The name `parse` gets: it picks the reader by extension. */
function fileName(input: InputRef, config: LintCommandConfig): string | undefined {
  return input.path === undefined ? config.stdinFilename : path.basename(input.path);
}

function errorsOnly(result: LintResult): LintResult {
  const messages: LintMessage[] = result.messages.filter((message) => message.severity === 'error');
  return createResult({ file: result.file, path: result.path, messages, source: result.source, output: result.output });
}

/** `decode` drops a UTF-8 byte-order mark; a fixed file keeps the one it had. */
async function hasBom(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(3), 0, 3, 0);
    return bytesRead === 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  } finally {
    await handle.close();
  }
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
