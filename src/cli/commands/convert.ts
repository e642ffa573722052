/**
 * `copydesk convert`: articles in, JSON / Markdown / HTML out — one file, a batch of files
 * mirrored into an output folder, or a stream of NDJSON records.
 *
 * This module only declares the command and checks its settings; the work happens in batch
 * tasks (`tasks/convert-file.ts`, `tasks/convert-records.ts`), loaded when it starts, in the main
 * thread or in worker threads.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { type Command, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { displayPath } from '../../display-path.js';
import { isLanguageTag } from '../../language-tag.js';
import type { InputFormat } from '../../parse.js';
import { runBatch } from '../batch.js';
import type { CliIo } from '../context.js';
import { CliError } from '../errors.js';
import { exitCodes } from '../exit-codes.js';
import {
  assertStdinUsable,
  expandInputs,
  type InputRef,
  type MissingInput,
  resolvedPath,
  temporaryPath,
  trackTemporary,
  untrackTemporary,
  writeOut,
} from '../io.js';
import { defaultJobs, parseJobs, parsePath } from '../jobs.js';
import { errorRecord } from '../ndjson/record.js';
import { refuseFolder } from '../output-file.js';
import { createReporter, type Reporter } from '../report.js';
import { type OutputFormat, outputFormats } from '../serializer.js';
import type { ConvertFileItem, ConvertFileOptions } from '../tasks/convert-file.js';
import type { ConvertRecordsOptions } from '../tasks/convert-records.js';

/** What `--to` accepts: an output format, or NDJSON records. */
export const convertTargets = [...outputFormats, 'ndjson'] as const;
export type ConvertTarget = (typeof convertTargets)[number];

/** What `--from` accepts: an input format, or NDJSON records. */
export const convertSources = ['auto', 'text', 'markdown', 'ndjson'] as const;
export type ConvertSource = InputFormat | 'ndjson';

const extensions: Record<OutputFormat, string> = { json: '.json', markdown: '.md', html: '.html' };

/** Validated settings of one `convert` run. */
export interface ConvertConfig {
  readonly inputs: readonly string[];
  readonly from: ConvertSource;
  readonly to: ConvertTarget;
  /** What NDJSON output records carry (`--format`); undefined: the tree. */
  readonly format: OutputFormat | undefined;
  readonly output: string | undefined;
  readonly outDir: string | undefined;
  readonly standalone: boolean;
  /** The standalone page's language (`--lang`). */
  readonly lang: string | undefined;
  readonly position: boolean;
  readonly frontMatter: boolean;
  readonly stdinFilename: string | undefined;
  /** Threads for large batches and streams (`--jobs`); undefined for the default, one per core. */
  readonly jobs: number | undefined;
  readonly quiet: boolean;
  readonly color: boolean | undefined;
  readonly debug: boolean;
}

/**
 * Register the `convert` command.
 *
 * @param program The root program.
 * @param io The run's I/O.
 * @param done Receives the exit code.
 */
export function registerConvert(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('convert')
    .description('convert articles (plain text or Markdown) to JSON, Markdown or HTML')
    .argument('[files...]', 'files or globs to convert; none or "-" reads stdin')
    .addOption(new Option('-t, --to <format>', 'output format').choices(convertTargets).default('json' as const))
    .addOption(new Option('-f, --from <format>', 'input format').choices(convertSources).default('auto' as const))
    .addOption(
      new Option('--format <payload>', 'with --to ndjson: what each record carries (json: the tree)').choices(
        outputFormats,
      ),
    )
    .option('-o, --output <file>', 'write the output to this file (one input only)', parsePath)
    .option(
      '-d, --out-dir <dir>',
      'write one output per input into this directory, mirroring the input folders',
      parsePath,
    )
    .option('--standalone', 'HTML: a complete page with CSS and JSON-LD metadata', false)
    .option(
      '--lang <tag>',
      "standalone HTML: the page's language (default: the front matter's lang, else en)",
      parseLanguage,
    )
    .option('--no-position', 'JSON: leave out node positions')
    .option('--front-matter', 'Markdown: start with YAML metadata', false)
    .option('--stdin-filename <name>', 'name to use for stdin in messages and output file names', parsePath)
    .option('-j, --jobs <n>', 'threads for large batches and streams (default: one per core)', parseJobs)
    .option('-q, --quiet', 'no summary and no progress bar on stderr', false)
    .option('--color', 'force colour on stderr')
    .option('--no-color', 'no colour on stderr')
    .option('--debug', 'print stack traces of unexpected errors', false)
    .addHelpText(
      'after',
      `
Examples:
  $ copydesk convert story.txt                       tree as JSON on stdout
  $ copydesk convert story.txt --to html --standalone -o story.html
  $ copydesk convert 'drafts/**/*.txt' --to html --out-dir site/ --jobs 4
  $ cat story.txt | copydesk convert --to markdown --front-matter
  $ copydesk convert --from ndjson --to ndjson --format html < articles.ndjson > pages.ndjson`,
    )
    .action(async (files, options) => {
      const config: ConvertConfig = {
        inputs: files,
        from: options.from,
        to: options.to,
        format: options.format,
        output: options.output,
        outDir: options.outDir,
        standalone: options.standalone,
        lang: options.lang,
        position: options.position,
        frontMatter: options.frontMatter,
        stdinFilename: options.stdinFilename,
        jobs: options.jobs,
        quiet: options.quiet,
        color: options.color,
        debug: options.debug,
      };
      done(await runConvert(config, io));
    });
}

/**
 * Run `convert` with validated settings.
 *
 * @param config The settings.
 * @param io The run's I/O.
 * @returns The exit code.
 */
export async function runConvert(config: ConvertConfig, io: CliIo): Promise<number> {
  const report = createReporter(io, {
    quiet: config.quiet,
    ...(config.color === undefined ? {} : { color: config.color }),
  });
  checkCombination(config);
  const { inputs, missing } = await expandInputs(config.inputs, io.cwd, { outputFolder: config.outDir });
  if (inputs.length === 0 && missing.length === 0) throw new CliError('no input files');
  const several = inputs.length + missing.length > 1;
  if (several && !config.outDir && config.to !== 'ndjson') {
    throw new CliError(`${inputs.length + missing.length} inputs need --out-dir <dir> (or convert one file at a time)`);
  }
  assertStdinUsable(inputs, io.stdinIsTty, 'convert');
  // A folder as -o is a usage mistake, refused before any work as lint -o and extract -o do.
  if (config.output) refuseFolder(config.output, path.resolve(io.cwd, config.output), ' (use --out-dir for a folder)');
  return config.from === 'ndjson'
    ? convertRecords(config, io, report, inputs, missing)
    : convertFiles(config, io, report, inputs, missing);
}

/**
 * A path as the file system tells paths apart: macOS and Windows file systems ignore case by
 * default, so `A.html` and `a.html` are one file there.
 */
function pathKey(file: string): string {
  return process.platform === 'darwin' || process.platform === 'win32' ? file.toLowerCase() : file;
}

/** Refuse option combinations that have no meaning. */
function checkCombination(config: ConvertConfig): void {
  if (config.output && config.outDir) throw new CliError('use either --output or --out-dir, not both');
  if (config.from === 'ndjson' && config.to !== 'ndjson') {
    throw new CliError(
      '--from ndjson needs --to ndjson (records in, records out); add --format to choose their payload',
    );
  }
  if (config.format !== undefined && config.to !== 'ndjson') {
    throw new CliError(
      `--format chooses what NDJSON records carry: use it with --to ndjson, or use --to ${config.format}`,
    );
  }
  // Options that shape one output format only: silently ignored, they looked like they worked.
  const payload = config.to === 'ndjson' ? (config.format ?? 'json') : config.to;
  if (config.standalone && payload !== 'html') {
    throw new CliError('--standalone makes a whole HTML page: use it with --to html (or --format html)');
  }
  if (config.lang !== undefined && !(config.standalone && payload === 'html')) {
    throw new CliError("--lang sets the standalone page's language: use it with --to html --standalone");
  }
  if (config.frontMatter && payload !== 'markdown') {
    throw new CliError(
      '--front-matter starts Markdown with YAML metadata: use it with --to markdown (or --format markdown)',
    );
  }
  if (config.to === 'ndjson' && (config.output || config.outDir)) {
    throw new CliError(
      '--to ndjson writes one stream to stdout: redirect it (> out.ndjson) instead of -o or --out-dir',
    );
  }
}

/** Articles from files or stdin: one output each, in a file, on stdout, or as NDJSON records. */
async function convertFiles(
  config: ConvertConfig,
  io: CliIo,
  report: Reporter,
  inputs: readonly InputRef[],
  missing: readonly MissingInput[],
): Promise<number> {
  const records = config.to === 'ndjson';
  const options: ConvertFileOptions = {
    from: config.from === 'ndjson' ? 'auto' : config.from,
    to: config.to === 'ndjson' ? (config.format ?? 'json') : config.to,
    position: config.position,
    standalone: config.standalone,
    lang: config.lang,
    frontMatter: config.frontMatter,
    record: records,
  };
  // Compared with links followed: an output reached through a symbolic link may be an input.
  const inputPaths = new Set(inputs.flatMap((input) => (input.path ? [pathKey(resolvedPath(input.path))] : [])));
  // Which input each output path was given to: `a.txt` and `a.md` both become `a.html`.
  const claimed = new Map<string, string>();
  const summary = await runBatch<ConvertFileItem, string | undefined>({
    inputs,
    missing,
    io,
    report,
    jobs: config.jobs,
    quiet: config.quiet,
    debug: config.debug,
    stdinFilename: config.stdinFilename,
    task: { module: new URL('../tasks/convert-file.js', import.meta.url).href, options },
    prepare: (item, input) => {
      const file = input.path === undefined ? config.stdinFilename : path.basename(input.path);
      const output = outputPath(input, config, io.cwd);
      if (output === undefined) return { ...item, file };
      // Links followed once, here: the checks and the temporary file's folder need the real path.
      const target = resolvedPath(output);
      const key = pathKey(target);
      if (inputPaths.has(key)) {
        throw new CliError(
          `output ${displayPath(output, io.cwd)} would overwrite an input; choose another --out-dir or -o`,
        );
      }
      const owner = claimed.get(key);
      if (owner !== undefined) {
        throw new CliError(
          `output ${displayPath(output, io.cwd)} is already the output of ${owner}; rename one of them or convert them in separate runs`,
        );
      }
      claimed.set(key, input.name);
      // Named here, not in the worker, so that an interrupted run can remove it.
      const temporary = temporaryPath(target);
      trackTemporary(temporary);
      return { ...item, file, target, temporary, targetName: displayPath(output, io.cwd) };
    },
    onValue: async (output, item) => {
      if (item.temporary !== undefined) untrackTemporary(item.temporary);
      if (output !== undefined) await writeOut(io.stdout, output);
    },
    onFailure: async (failure, item) => {
      const temporary = (item as Partial<ConvertFileItem>).temporary;
      if (temporary !== undefined) untrackTemporary(temporary);
      // Without `line`: in a record it is the line of an NDJSON input, which a file is not.
      if (records) await writeOut(io.stdout, errorRecord(item.name, { code: failure.code, message: failure.message }));
    },
  });
  return summary.failures > 0 ? exitCodes.failure : exitCodes.ok;
}

/**
 * NDJSON records from stdin or files, streamed. Bad records become error records and leave the
 * exit code alone (a distributed job should not fail for one bad article); an input that cannot
 * be read makes it 1.
 */
async function convertRecords(
  config: ConvertConfig,
  io: CliIo,
  report: Reporter,
  inputs: readonly InputRef[],
  missing: readonly MissingInput[],
): Promise<number> {
  for (const item of missing) report.error(`${item.name}: ${item.message}`);
  const options: ConvertRecordsOptions = {
    from: 'auto',
    to: config.format ?? 'json',
    position: config.position,
    standalone: config.standalone,
    lang: config.lang,
    frontMatter: config.frontMatter,
  };
  const sources = inputs.map((input) => ({
    name: input.path === undefined ? (config.stdinFilename ?? '<stdin>') : input.name,
    open: () => (input.path === undefined ? io.stdin : createReadStream(input.path)),
  }));
  const { runRecordStream } = await import('../ndjson/stream.js');
  const summary = await runRecordStream({
    sources,
    io,
    report,
    jobs: config.jobs ?? defaultJobs(),
    quiet: config.quiet,
    task: { module: new URL('../tasks/convert-records.js', import.meta.url).href, options },
    missing: missing.length,
  });
  return missing.length + summary.unreadable > 0 ? exitCodes.failure : exitCodes.ok;
}

/** Where an input's output goes: a file path, or undefined for stdout. */
function outputPath(input: InputRef, config: ConvertConfig, cwd: string): string | undefined {
  if (config.output) return path.resolve(cwd, config.output);
  if (!config.outDir || config.to === 'ndjson') return undefined;
  const extension = extensions[config.to];
  if (input.path === undefined) {
    const name = config.stdinFilename ? path.basename(config.stdinFilename) : 'stdin';
    return path.resolve(cwd, config.outDir, replaceExtension(name, extension));
  }
  const relative = path.relative(input.base ?? path.dirname(input.path), input.path);
  return path.resolve(cwd, config.outDir, replaceExtension(relative, extension));
}

function replaceExtension(file: string, extension: string): string {
  const parsed = path.parse(file);
  return path.join(parsed.dir, parsed.name + extension);
}

/** `--lang`: a BCP 47 language tag (`en`, `pt-BR`), refused otherwise as a usage error. */
function parseLanguage(value: string): string {
  if (!isLanguageTag(value)) throw new InvalidArgumentError('expected a language tag such as en or pt-BR');
  return value;
}
