/**
 * The `lint` batch task (`cli/tasks/lint-file.ts`) called directly, as a worker thread calls it:
 * options and items are plain data, outcomes say what was found, fixed or why a file failed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyPatch, parsePatch } from 'diff';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileOutcome } from '../../../src/cli/file-task.js';
import {
  createTask,
  type LintFileItem,
  type LintFileOptions,
  type LintFileValue,
} from '../../../src/cli/tasks/lint-file.js';
import { configData } from '../../../src/lint/config-data.js';
import { lint } from '../../../src/lint/engine.js';
import { resolveConfig } from '../../../src/lint/resolve.js';
import { parse } from '../../../src/parse.js';

const fixable = 'Ad sales boost Time Warner profit\n\nProfits rose -- a record.  It said so. \n';
const fixed = 'Ad sales boost Time Warner profit\n\nProfits rose — a record. It said so.\n';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'copydesk-lint-task-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The task with options as they arrive in a worker: structured-cloned. */
async function task(options: Partial<LintFileOptions> = {}) {
  const full: LintFileOptions = {
    from: 'auto',
    fix: false,
    fixDryRun: false,
    configs: [configData(resolveConfig({}, 'x')), configData(resolveConfig({ extends: 'strict' }, 'y', '/y'))],
    ...options,
  };
  return createTask(structuredClone(full));
}

function item(name: string, content: string | Buffer | undefined, config = 0): LintFileItem {
  const file = path.join(dir, name);
  if (content !== undefined) writeFileSync(file, content);
  return { name, path: file, file: name, config };
}

function value(outcome: FileOutcome<LintFileValue>): LintFileValue {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.message}`);
  return outcome.value;
}

describe('lint-file task', () => {
  it('should lint a file with the config it names, as lint() does', async () => {
    const run = await task();
    const recommended = value(run(item('story.txt', fixable)));
    expect(recommended.result.file).toBe('story.txt');
    expect(recommended.result.source).toBe(fixable);
    expect(recommended.result.messages).toEqual(
      lint(parse(fixable, { from: 'auto', file: 'story.txt' }), { source: fixable, file: 'story.txt' }),
    );
    expect(recommended.result.warningCount).toBeGreaterThan(0);
    expect(recommended.fixed).toBe(0);
    const strict = value(run(item('story.txt', undefined, 1)));
    expect(strict.result.errorCount).toBeGreaterThan(0);
    expect(strict.result.warningCount).toBe(0);
    // Nothing is written without --fix.
    expect(readFileSync(path.join(dir, 'story.txt'), 'utf8')).toBe(fixable);
  });

  it('should lint bytes handed over by the main thread (stdin)', async () => {
    const run = await task();
    const outcome = run({
      name: 'wire.txt',
      path: undefined,
      file: 'wire.txt',
      config: 0,
      bytes: Buffer.from(fixable),
    });
    expect(value(outcome).result.path).toBeUndefined();
    expect(value(outcome).result.messages.length).toBeGreaterThan(0);
  });

  it('should fail a file that cannot be read, with a code and a one-line message', async () => {
    const run = await task();
    const missing = run(item('gone.txt', undefined));
    expect(missing).toMatchObject({ ok: false, code: 'ENOENT', message: 'no such file' });
    const binary = run(item('photo.txt', Buffer.from([0x89, 0x50, 0x00, 0x00])));
    expect(binary).toMatchObject({ ok: false, code: 'binary' });
  });

  it('should write the fixes atomically with --fix, keeping a byte-order mark', async () => {
    const run = await task({ fix: true });
    const temporary = path.join(dir, '.story.txt.named.tmp');
    const outcome = value(run({ ...item('story.txt', `\ufeff${fixable}`), temporary }));
    expect(outcome.fixed).toBe(3);
    expect(outcome.result.output).toBe(fixed);
    expect(outcome.result.messages).toEqual([]);
    expect(readFileSync(path.join(dir, 'story.txt'), 'utf8')).toBe(`\ufeff${fixed}`);
    expect(readdirSync(dir)).toEqual(['story.txt']);
    // Idempotent: a second run finds nothing to fix and writes nothing.
    const again = value(run(item('story.txt', undefined)));
    expect(again.fixed).toBe(0);
    expect(again.result.output).toBeUndefined();
  });

  it('should not fix a file in another encoding, and say why', async () => {
    const run = await task({ fix: true });
    const latin = Buffer.from('Caf\xe9 owners protest rents\n\nPrices rose -- a record, the group said.\n', 'latin1');
    const outcome = run(item('latin.txt', latin));
    expect(outcome.warnings[0]?.message).toContain('not valid UTF-8');
    expect(value(outcome).notFixed).toBe('not fixed, it is windows-1252 and fixes are written as UTF-8');
    expect(readFileSync(path.join(dir, 'latin.txt'))).toEqual(latin);
  });

  it('should hand back a unified diff with --fix-dry-run and write nothing', async () => {
    const run = await task({ fixDryRun: true });
    const outcome = value(run(item('story.txt', fixable)));
    expect(outcome.diff).toContain('--- a/story.txt\n+++ b/story.txt\n');
    expect(outcome.diff).toContain('-Profits rose -- a record.  It said so. \n+Profits rose — a record. It said so.\n');
    expect(outcome.fixed).toBe(3);
    expect(readFileSync(path.join(dir, 'story.txt'), 'utf8')).toBe(fixable);
  });

  it('should hand back the diff of 10,000 fixed lines in time linear in them', { timeout: 20_000 }, async () => {
    // jsdiff's Myers diff of the whole files took 17 s here, O(lines × changes).
    const lines = Array.from({ length: 10_000 }, (_, index) => `Line ${index} rose -- a record, it said.\n`);
    const draft = `\ufeffAd sales boost Time Warner profit\n\n${lines.join('')}Last line, unchanged.`;
    const run = await task({ fixDryRun: true });
    const outcome = value(run(item('long.txt', draft)));
    const hunks = parsePatch(outcome.diff ?? '')[0]?.hunks;
    expect(hunks?.map((hunk) => [hunk.oldStart, hunk.oldLines, hunk.newStart, hunk.newLines])).toEqual([
      [1, 10_003, 1, 10_003],
    ]);
    expect(outcome.fixed).toBe(10_000);
    expect(applyPatch(draft, outcome.diff ?? '', { fuzzFactor: 0 })).toBe(`\ufeff${outcome.result.output}`);
  });

  it('should return outcomes that survive a structured clone unchanged', async () => {
    const run = await task({ fixDryRun: true });
    const outcome = run(item('story.txt', fixable));
    expect(structuredClone(outcome)).toEqual(outcome);
  });
});
