/**
 * `copydesk convert`: articles in, JSON / Markdown / HTML out.
 */
import path from 'node:path';
import { type Command, Option } from '@commander-js/extra-typings';
import { type InputFormat, parse } from '../../parse.js';
import type { ArticleRoot } from '../../tree/types.js';
import { toHtml } from '../../write/html/index.js';
import { toJson } from '../../write/json.js';
import { toMarkdown } from '../../write/markdown/index.js';
import type { CliIo } from '../context.js';
import { CliError } from '../errors.js';
import { exitCodes } from '../exit-codes.js';
import { describeError, expandInputs, type InputRef, readInput, writeAtomic } from '../io.js';
import { createReporter } from '../report.js';

/** Output formats of `convert`. */
export const outputFormats = ['json', 'markdown', 'html'] as const;
export type OutputFormat = (typeof outputFormats)[number];

const extensions: Record<OutputFormat, string> = { json: '.json', markdown: '.md', html: '.html' };

/** Validated settings of one `convert` run. */
export interface ConvertConfig {
  readonly inputs: readonly string[];
  readonly from: InputFormat;
  readonly to: OutputFormat;
  readonly output: string | undefined;
  readonly outDir: string | undefined;
  readonly standalone: boolean;
  readonly position: boolean;
  readonly frontMatter: boolean;
  readonly stdinFilename: string | undefined;
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
    .addOption(new Option('-t, --to <format>', 'output format').choices(outputFormats).default('json' as const))
    .addOption(
      new Option('-f, --from <format>', 'input format')
        .choices(['auto', 'text', 'markdown'] as const)
        .default('auto' as const),
    )
    .option('-o, --output <file>', 'write the output to this file (one input only)')
    .option('-d, --out-dir <dir>', 'write one output per input into this directory, mirroring the input folders')
    .option('--standalone', 'HTML: a complete page with CSS and JSON-LD metadata', false)
    .option('--no-position', 'JSON: leave out node positions')
    .option('--front-matter', 'Markdown: start with YAML metadata', false)
    .option('--stdin-filename <name>', 'name to use for stdin in messages and output file names')
    .option('-q, --quiet', 'no summary on stderr', false)
    .option('--color', 'force colour on stderr')
    .option('--no-color', 'no colour on stderr')
    .option('--debug', 'print stack traces of unexpected errors', false)
    .addHelpText(
      'after',
      `
Examples:
  $ copydesk convert story.txt                       tree as JSON on stdout
  $ copydesk convert story.txt --to html --standalone -o story.html
  $ copydesk convert 'drafts/**/*.txt' --to markdown --out-dir md/
  $ cat story.txt | copydesk convert --to markdown --front-matter`,
    )
    .action(async (files, options) => {
      const config: ConvertConfig = {
        inputs: files,
        from: options.from,
        to: options.to,
        output: options.output,
        outDir: options.outDir,
        standalone: options.standalone,
        position: options.position,
        frontMatter: options.frontMatter,
        stdinFilename: options.stdinFilename,
        quiet: options.quiet,
        color: options.color,
        debug: options.debug,
      };
      done(await runConvert(config, io));
    });
}

/**
 * Serialise a tree in the chosen format.
 *
 * @param tree The article tree.
 * @param config The run's settings.
 * @returns The output text.
 */
export function serialize(
  tree: ArticleRoot,
  config: Pick<ConvertConfig, 'to' | 'position' | 'standalone' | 'frontMatter'>,
): string {
  switch (config.to) {
    case 'json':
      return toJson(tree, { position: config.position });
    case 'markdown':
      return toMarkdown(tree, { frontMatter: config.frontMatter });
    case 'html':
      return toHtml(tree, { standalone: config.standalone });
  }
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
  if (config.output && config.outDir) throw new CliError('use either --output or --out-dir, not both');
  const { inputs, missing } = await expandInputs(config.inputs, io.cwd);
  if (inputs.length === 0 && missing.length === 0) throw new CliError('no input files');
  const several = inputs.length + missing.length > 1;
  if (several && !config.outDir) {
    throw new CliError(`${inputs.length + missing.length} inputs need --out-dir <dir> (or convert one file at a time)`);
  }
  if (inputs.filter((input) => input.path === undefined).length > 1)
    throw new CliError('stdin ("-") can be read only once');
  if (inputs.length === 1 && inputs[0]?.path === undefined && io.stdinIsTty) {
    throw new CliError('no input: give a file, or pipe an article into stdin (see copydesk convert --help)');
  }

  const inputPaths = new Set(inputs.flatMap((input) => (input.path ? [input.path] : [])));
  let failures = missing.length;
  for (const item of missing) report.error(`${item.name}: ${item.message}`);

  const started = performance.now();
  for (const input of inputs) {
    const name = input.path === undefined ? (config.stdinFilename ?? '<stdin>') : input.name;
    try {
      const target = outputPath(input, config, io.cwd);
      if (target && inputPaths.has(target)) {
        throw new CliError(
          `output ${path.relative(io.cwd, target)} would overwrite an input; choose another --out-dir or -o`,
        );
      }
      const decoded = await readInput(input, io.stdin);
      for (const warning of decoded.warnings)
        report.warn(`${name}:${warning.line}: ${warning.message} (byte ${warning.offset})`);
      const fileName = input.path === undefined ? config.stdinFilename : path.basename(input.path);
      const tree = parse(decoded.text, { from: config.from, ...(fileName === undefined ? {} : { file: fileName }) });
      const output = serialize(tree, config);
      if (target) await writeAtomic(target, output);
      else await writeStdout(io, output);
    } catch (error) {
      failures++;
      if (config.debug && error instanceof Error && !(error instanceof CliError))
        report.error(`${name}: ${error.stack}`);
      else report.error(`${name}: ${describeError(error)}`);
    }
  }
  if (several || failures > 0) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const files = inputs.length + missing.length;
    report.info(`${files} ${files === 1 ? 'file' : 'files'}, ${failures} failed, ${seconds}s`);
  }
  return failures > 0 ? exitCodes.failure : exitCodes.ok;
}

/** Where an input's output goes: a file path, or undefined for stdout. */
function outputPath(input: InputRef, config: ConvertConfig, cwd: string): string | undefined {
  if (config.output) return path.resolve(cwd, config.output);
  if (!config.outDir) return undefined;
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

function writeStdout(io: CliIo, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    io.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
