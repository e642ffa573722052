/**
 * A reader that stops early (`copydesk … | head`) ends the run quietly with 141, what a shell
 * reports for a program its pipe ended, instead of an EPIPE error message. Through the built
 * bin, with a real pipe closed after the first output.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bin, root } from '../helpers/cli.js';

const article = 'Shares rise\n\n"We are pleased," said Jane Doe. Sales rose 5% to $3bn.\n';

/** Run the CLI, close its stdout after the first bytes, and give back its exit code and stderr. */
function readThenClose(argv: string[], input: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...argv], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (code) => resolve({ code, stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

describe('stdout closed by its reader', () => {
  // Five times: whether an output fails before or after the loop awaits it is a matter of timing,
  // and one of the two used to end the process on an unhandled rejection.
  it('should end an NDJSON stream with exit code 141 and no message, every time', async () => {
    const line = `${JSON.stringify({ id: 'a', text: article })}\n`;
    for (let run = 0; run < 5; run++) {
      // Enough records that output is still being written when the reader goes.
      const { code, stderr } = await readThenClose(
        ['convert', '--from', 'ndjson', '--to', 'ndjson', '-q'],
        line.repeat(3000),
      );
      expect(stderr).toBe('');
      expect(code).toBe(141);
    }
  }, 60_000);

  // A help text is one short write, buffered and failing only later, as an 'error' event no
  // write waits for: Node.js printed a stack trace and exited with 1.
  it('should end a help text or a short output with 141 when stdout is already closed', async () => {
    for (const argv of [['--help'], ['convert', '--help'], ['help', 'lint'], ['convert', '-', '--to', 'markdown']]) {
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [bin, ...argv], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
        child.stdout.destroy();
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString('utf8');
        });
        child.on('close', (code) => resolve({ code, stderr }));
        child.stdin.on('error', () => undefined);
        child.stdin.end(article);
      });
      expect(result, argv.join(' ')).toEqual({ code: 141, stderr: '' });
    }
  }, 60_000);
});
