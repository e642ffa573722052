/**
 * `runBatch` options for commands that report at the end (lint, extract): failures left to the
 * command (`reportFailures: false`), output written before the summary (`beforeSummary`), and
 * messages from callbacks that never share a line with the progress bar.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BatchFailure, runBatch } from '../../src/cli/batch.js';
import type { CliIo } from '../../src/cli/context.js';
import type { FileItem } from '../../src/cli/file-task.js';
import { expandInputs } from '../../src/cli/io.js';
import { createReporter } from '../../src/cli/report.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'copydesk-batch-options-'));
  for (let index = 0; index < 60; index++) {
    writeFileSync(path.join(dir, `story-${String(index).padStart(2, '0')}.txt`), `Story ${index} has words.\n`);
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function io(stderrIsTty: boolean): { io: CliIo; stderr: () => string } {
  const stderr = new PassThrough();
  let text = '';
  stderr.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  return {
    io: {
      stdin: Readable.from([]),
      stdout: new PassThrough().resume(),
      stderr,
      cwd: dir,
      env: { NO_COLOR: '1' },
      stderrIsTty,
      stdinIsTty: true,
    },
    stderr: () => text,
  };
}

const task = {
  module: new URL('../helpers/word-count-task.ts', import.meta.url).href,
  options: { failOn: 'story-13' },
};

describe('expandInputs', () => {
  it('should give files named outright the folder they share as the base --out-dir mirrors, and a glob its fixed part', async () => {
    mkdirSync(path.join(dir, 'one'), { recursive: true });
    mkdirSync(path.join(dir, 'two', 'deep'), { recursive: true });
    writeFileSync(path.join(dir, 'one', 'x.txt'), 'x');
    writeFileSync(path.join(dir, 'two', 'deep', 'x.txt'), 'x');
    const { inputs } = await expandInputs(['one/x.txt', 'two/deep/x.txt', 'story-1*.txt'], dir);
    expect(inputs.slice(0, 2).map((input) => input.base)).toEqual([dir, dir]);
    expect(new Set(inputs.slice(2).map((input) => input.base))).toEqual(new Set([dir]));
    const alone = await expandInputs(['two/deep/x.txt'], dir);
    expect(alone.inputs[0]?.base).toBe(path.join(dir, 'two', 'deep'));
  });
});

describe('runBatch for commands that report at the end', () => {
  it('should leave failures to the command with reportFailures: false, and still count them', async () => {
    const { inputs, missing } = await expandInputs(['*.txt', 'nothing-*.md'], dir);
    const run = io(false);
    const failures: Array<[string, BatchFailure]> = [];
    const order: string[] = [];
    const summary = await runBatch<FileItem, number>({
      inputs,
      missing,
      io: run.io,
      report: createReporter(run.io),
      jobs: 1,
      quiet: false,
      debug: false,
      task,
      reportFailures: false,
      onValue: () => {
        order.push('value');
      },
      onFailure: (failure, item) => {
        failures.push([item.name, failure]);
        order.push('failure');
      },
      beforeSummary: () => {
        order.push('end');
        run.io.stderr.write('the report\n');
      },
    });
    expect(summary.failures).toBe(2);
    expect(failures.map(([name, failure]) => [name, failure.code, failure.message])).toEqual([
      ['nothing-*.md', 'not-found', 'no files match this pattern'],
      ['story-13.txt', 'failed', 'cannot count this one'],
    ]);
    // An unexpected error keeps its stack for --debug.
    expect(failures[1]?.[1].stack).toContain('cannot count this one');
    expect(order.at(-1)).toBe('end');
    expect(order.filter((step) => step === 'value')).toHaveLength(59);
    expect(run.stderr()).not.toMatch(/^error /m);
    expect(run.stderr()).toMatch(/^the report\n61 files, 2 failed, \d+\.\d\ds\n$/);
  });

  it('should erase the progress bar before a message from a callback', async () => {
    const { inputs, missing } = await expandInputs(['*.txt'], dir);
    const run = io(true);
    await runBatch<FileItem, number>({
      inputs,
      missing,
      io: run.io,
      report: createReporter(run.io),
      jobs: 1,
      quiet: false,
      debug: false,
      task,
      onValue: (_words, item, report) => {
        // In the second chunk (of 8 files), after the first one drew the bar.
        if (item.name === 'story-10.txt') report.warn('story-10.txt: a note');
      },
    });
    expect(run.stderr()).toMatch(/\r\[[#-]+\] \d+\/60 files/);
    // The warning starts on a clean line: the bar was erased just before it.
    expect(run.stderr()).toContain('\r\u001b[Kwarning story-10.txt: a note\n');
    expect(run.stderr()).not.toMatch(/\ds(?:warning|error)/);
  });
});
