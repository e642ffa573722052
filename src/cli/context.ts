/**
 * The outside world as the CLI sees it, injected so tests can run commands in-process.
 */
import type { Readable, Writable } from 'node:stream';
import { exitCodes } from './exit-codes.js';

/** Streams, working directory and environment of one CLI run. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal (for colour and progress). */
  stderrIsTty: boolean;
  /** Whether stdin is a terminal (then no input was piped in). */
  stdinIsTty: boolean;
}

/**
 * The real process's streams and environment.
 *
 * @returns The process I/O.
 */
export function processIo(): CliIo {
  endQuietlyOnBrokenPipe();
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    stderrIsTty: Boolean(process.stderr.isTTY),
    stdinIsTty: Boolean(process.stdin.isTTY),
  };
}

let watchingStdout = false;

/**
 * End the process with 141 and no message when the reader of stdout goes away (`copydesk --help
 * | head -1`). Writes that wait for the stream see the error themselves (see `run`), but a short
 * write, such as a help text, is buffered and fails later, as an 'error' event that nobody
 * listens to: Node.js then printed a stack trace and exited with 1.
 */
function endQuietlyOnBrokenPipe(): void {
  if (watchingStdout) return;
  watchingStdout = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(exitCodes.brokenPipe);
    throw error;
  });
}
