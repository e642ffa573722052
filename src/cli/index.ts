/**
 * `run(argv, io)`: the whole CLI as a function returning an exit code. `bin/copydesk.js` calls it
 * with the process's streams; tests call it with fake ones.
 */
import { unlinkSync } from 'node:fs';
import { type CliIo, processIo } from './context.js';
import { CliError } from './errors.js';
import { exitCodes } from './exit-codes.js';
import { pendingTemporaryFiles, watchTemporaries } from './io.js';
import { commanderExitCode, createProgram } from './program.js';

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
    // The reader of stdout went away (`| head`): nothing is wrong, and nobody is left to tell.
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') return exitCodes.brokenPipe;
    // Loaded here: `copydesk --version` and successful runs of commands that report nothing
    // need neither the reporter nor chalk.
    const { createReporter } = await import('./report.js');
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

/** Exit codes of a run stopped by a signal: 128 + the signal's number, as shells report it. */
const signalExitCodes = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Remove temporary output files and exit when the process is interrupted, so a batch stopped
 * with Ctrl-C or `kill` leaves no partial files: outputs already renamed into place are whole,
 * the others never appear.
 *
 * The handlers are installed only while temporary files are pending. The rest of the time the
 * signal's default action ends the process at once; a handler would wait for the event loop,
 * which a long synchronous parse can hold for seconds.
 */
export function installSignalHandlers(): void {
  let armed = false;
  const handlers = new Map<NodeJS.Signals, () => void>();
  const removeAll = (files: Iterable<string>) => {
    for (const file of files) {
      try {
        unlinkSync(file);
      } catch {
        // Already renamed into place, or never created.
      }
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    handlers.set(signal, () => {
      const pending = [...pendingTemporaryFiles()];
      removeAll(pending);
      // A worker thread may be creating one of them right now; look again as the process ends.
      process.once('exit', () => removeAll([...pending, ...pendingTemporaryFiles()]));
      process.stderr.write(`copydesk: interrupted (${signal}), temporary files removed\n`);
      process.exit(signalExitCodes[signal]);
    });
  }
  // Disarming waits for the event loop's next turn: a signal that came while a thread of the
  // batch was busy is caught at once but handled only when the loop polls, and removing the
  // handlers first, as the last temporary file of a chunk is renamed, dropped it (Ctrl-C was
  // lost, and the batch ran to its end).
  let disarm: NodeJS.Immediate | undefined;
  watchTemporaries((count) => {
    if (count > 0) {
      if (disarm) clearImmediate(disarm);
      disarm = undefined;
      if (!armed) for (const [signal, handler] of handlers) process.on(signal, handler);
      armed = true;
    } else if (armed && !disarm) {
      disarm = setImmediate(() => {
        disarm = undefined;
        if (pendingTemporaryFiles().size > 0) return;
        for (const [signal, handler] of handlers) process.off(signal, handler);
        armed = false;
      });
      disarm.unref();
    }
  });
}
