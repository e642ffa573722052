/**
 * The outside world as the CLI sees it, injected so tests can run commands in-process.
 */
import type { Readable, Writable } from 'node:stream';

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
