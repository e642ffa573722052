/**
 * `run(argv, io)`: the whole CLI as a function returning an exit code. `bin/copydesk.js` calls it
 * with the process's streams; tests call it with fake ones.
 */
import { type CliIo, processIo } from './context.js';
import { CliError } from './errors.js';
import { exitCodes } from './exit-codes.js';
import { pendingTemporaryFiles } from './io.js';
import { commanderExitCode, createProgram } from './program.js';
import { createReporter } from './report.js';

/**
 * Run the CLI.
 *
 * @param argv Arguments after the program name.
 * @param io The run's I/O (default: the process's).
 * @returns The exit code.
 */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let code: number = exitCodes.ok;
  const debug = argv.includes('--debug');
  try {
    const program = await createProgram(
      io,
      (result) => {
        code = result;
      },
      argv,
    );
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    const commanderCode = commanderExitCode(error);
    if (commanderCode !== undefined) return commanderCode;
    const report = createReporter(io);
    if (error instanceof CliError) {
      report.error(error.message);
      return error.exitCode;
    }
    report.error(
      debug && error instanceof Error
        ? (error.stack ?? error.message)
        : `${String(error instanceof Error ? error.message : error)} (run with --debug for details)`,
    );
    return exitCodes.usage;
  }
}

/**
 * Remove temporary output files and exit when the process is interrupted, so a batch stopped
 * with Ctrl-C or `kill` leaves no partial files.
 */
export function installSignalHandlers(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      const { unlinkSync } = await import('node:fs');
      for (const file of pendingTemporaryFiles()) {
        try {
          unlinkSync(file);
        } catch {
          // Already renamed or removed.
        }
      }
      process.stderr.write(`copydesk: interrupted (${signal})\n`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}
