/**
 * The commander program: global options, commands, and exit-code handling.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from '@commander-js/extra-typings';
import { registerConvert } from './commands/convert.js';
import { registerExtract } from './commands/extract.js';
import { registerLint } from './commands/lint.js';
import type { CliIo } from './context.js';
import { exitCodes } from './exit-codes.js';

/** The package version, from package.json (dist/cli and src/cli are both two levels down). */
export const version = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/**
 * Build the program for one run.
 *
 * @param io The run's I/O.
 * @param done Receives each command's exit code.
 * @returns The program.
 */
export function createProgram(io: CliIo, done: (code: number) => void): Command {
  const program = new Command()
    .name('copydesk')
    .description(
      'Turn plain-text news articles into a structured article tree, and back out as JSON, Markdown or HTML.',
    )
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .addHelpText(
      'after',
      `
Examples:
  $ copydesk convert story.txt --to html --standalone -o story.html
  $ copydesk convert 'drafts/**/*.txt' --to markdown --out-dir md/

Exit codes: 0 success, 1 an input failed, 2 usage error.`,
    );
  registerConvert(program, io, done);
  registerExtract(program, io, done);
  registerLint(program, io, done);
  return program;
}

/**
 * Commander's own exits (help, version, usage errors) as exit codes.
 *
 * @param error What commander threw.
 * @returns The exit code, or undefined when it is not commander's.
 */
export function commanderExitCode(error: unknown): number | undefined {
  if (!(error instanceof CommanderError)) return undefined;
  if (
    error.code === 'commander.helpDisplayed' ||
    error.code === 'commander.version' ||
    error.code === 'commander.help'
  ) {
    return exitCodes.ok;
  }
  return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
}
