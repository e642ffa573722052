/**
 * The progress bar's line (`createProgress`), drawn on a fake terminal.
 */
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/context.js';
import { createProgress } from '../../src/cli/progress.js';

/** Draw one update on a terminal `columns` wide; the line as drawn, without its control codes. */
function drawOnce(columns: number | undefined, total: number | undefined): string {
  const stderr = Object.assign(new PassThrough(), { columns });
  let text = '';
  stderr.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  const io: CliIo = {
    stdin: Readable.from([]),
    stdout: new PassThrough(),
    stderr,
    cwd: '/',
    env: {},
    stderrIsTty: true,
    stdinIsTty: true,
  };
  createProgress(io, { enabled: true, total, unit: 'files' }).advance(3);
  stderr.end();
  return text.replace(/\r|\u001b\[K/g, '');
}

describe('createProgress', () => {
  it('should draw a bar with the count, percentage and seconds', () => {
    expect(drawOnce(100, 12)).toMatch(/^\[#+-+\] 3\/12 files 25% {2}\d+\.\ds$/);
  });

  it('should keep the whole line when the terminal does not say how wide it is (0 columns)', () => {
    expect(drawOnce(0, 12)).toMatch(/ 3\/12 files 25% {2}\d+\.\ds$/);
    expect(drawOnce(undefined, 12)).toMatch(/ 3\/12 files 25% {2}\d+\.\ds$/);
  });

  it('should cut the line to a narrow terminal rather than wrap it', () => {
    expect(drawOnce(20, 12).length).toBeLessThanOrEqual(19);
  });

  it('should count without a bar when the total is unknown (streams)', () => {
    expect(drawOnce(80, undefined)).toMatch(/^3 files {2}\d+\.\ds$/);
  });
});
