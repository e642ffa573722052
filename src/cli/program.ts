/**
 * The commander program: global options, commands, and exit-code handling.
 */
import { Command, CommanderError } from '@commander-js/extra-typings';
import { packageVersion } from '../version.js';
import type { CliIo } from './context.js';
import { exitCodes } from './exit-codes.js';

/** Adds one command to the program. */
type Register = (program: Command, io: CliIo, done: (code: number) => void) => void;

/**
 * The commands by name, each loaded only when it may run. A command module pulls in the readers,
 * detectors and writers it needs; loading them all would triple the start-up time of
 * `copydesk --version` and of converting one article (see Performance in the README).
 */
const commands: Readonly<Record<string, () => Promise<Register>>> = {
  convert: async () => (await import('./commands/convert.js')).registerConvert,
  extract: async () => (await import('./commands/extract.js')).registerExtract,
  lint: async () => (await import('./commands/lint.js')).registerLint,
};

/** The package version, from package.json (read as the library's reporters read it). */
export const version = packageVersion();

/**
 * Which commands a run needs: the one it names (also after `help`), none for a bare
 * `--version`, and all of them otherwise, so help and "unknown command" hints list them all.
 *
 * @param argv Arguments after the program name.
 * @returns Command names.
 */
export function commandsFor(argv: readonly string[]): string[] {
  const words = argv.filter((argument) => !argument.startsWith('-'));
  const named = words[0] === 'help' ? words[1] : words[0];
  if (named !== undefined && Object.hasOwn(commands, named)) return [named];
  if (named === undefined && (argv.includes('--version') || argv.includes('-V'))) return [];
  return Object.keys(commands);
}

/**
 * Build the program for one run.
 *
 * @param io The run's I/O.
 * @param done Receives each command's exit code.
 * @param argv The run's arguments, to load only the commands it needs (default: all).
 * @returns The program.
 */
export async function createProgram(
  io: CliIo,
  done: (code: number) => void,
  argv?: readonly string[],
): Promise<Command> {
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

Exit codes: 0 success, 1 an input failed (lint: errors found), 2 usage error,
130 interrupted (Ctrl-C), 143 terminated, 141 stdout closed early (| head).`,
    );
  const names = argv === undefined ? Object.keys(commands) : commandsFor(argv);
  for (const name of names) (await (commands[name] as () => Promise<Register>)())(program, io, done);
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
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return exitCodes.ok;
  // Help asked for (`help`, `help lint`) is a success; help shown because no command was given
  // (commander's exit code 1) is a usage error, so a script that forgot the command fails.
  if (error.code === 'commander.help') return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
  return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
}
