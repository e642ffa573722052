/**
 * Helpers for CLI tests: run the CLI in-process with fake streams, or spawn the real bin.
 */
import { spawnSync } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/context.js';
import { run } from '../../src/cli/index.js';

/** Absolute path of the repository root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));
/** Absolute path of the bin script. */
export const bin = fileURLToPath(new URL('../../bin/copydesk.js', import.meta.url));
/** Absolute path of the shared folder beside the project (may be absent). */
export const shared = fileURLToPath(new URL('../../../shared', import.meta.url));

/** What a CLI run left behind. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run the CLI in-process with fake streams.
 *
 * @param argv Arguments.
 * @param options Working directory, stdin text and environment.
 * @returns Exit code and output.
 */
export async function runCli(
  argv: string[],
  options: {
    cwd?: string;
    stdin?: string | Buffer;
    env?: Record<string, string | undefined>;
    stdinIsTty?: boolean;
    /** Report stderr as a terminal (progress bars are drawn only there). */
    stderrIsTty?: boolean;
    /** Make stdout look like a terminal 100 columns wide (`isTTY`, `columns`), as tables check. */
    stdoutIsTty?: boolean;
  } = {},
): Promise<CliResult> {
  const stdout = new PassThrough();
  if (options.stdoutIsTty) Object.assign(stdout, { isTTY: true, columns: 100 });
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const io: CliIo = {
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    stdout,
    stderr,
    cwd: options.cwd ?? root,
    env: options.env ?? {},
    stderrIsTty: options.stderrIsTty ?? false,
    stdinIsTty: options.stdinIsTty ?? options.stdin === undefined,
  };
  const code = await run(argv, io);
  return { code, stdout: out, stderr: err };
}

/**
 * Spawn the real `bin/copydesk.js`.
 *
 * @param argv Arguments.
 * @param options Working directory, stdin and environment.
 * @returns Exit code and output.
 */
export function spawnCli(
  argv: string[],
  options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {},
): CliResult {
  const result = spawnSync(process.execPath, [bin, ...argv], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
