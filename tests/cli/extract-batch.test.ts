/**
 * `copydesk extract` over a batch large enough for worker threads, through the built bin
 * (workers need the compiled code): `--jobs 1` and `--jobs 2` write the same records byte for
 * byte in every format, unreadable files are reported in input order and the batch goes on,
 * the summary counts files, records and failures, `--quiet` drops it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ArticleBatch, withoutTimes, workerMarker, writeArticleBatch } from '../helpers/article-batch.js';
import { type CliResult, runCli, spawnCli } from '../helpers/cli.js';

let dir: string;
let batch: ArticleBatch;
let marker: ReturnType<typeof workerMarker>;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'copydesk-extract-batch-'));
  batch = writeArticleBatch(path.join(dir, 'desks'));
  marker = workerMarker(dir);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Extract from the batch with the real bin. */
function spawnExtract(argv: string[]): CliResult {
  return spawnCli(['extract', ...argv], { cwd: path.join(dir, 'desks'), env: marker.env });
}

/** Files in the batch: `.copydeskignore` is lint's, so extract reads the ignored file too. */
const fileCount = () => batch.linted.length + 1;

describe.each([
  ['quotes', 'json'],
  ['quotes', 'ndjson'],
  ['quotes', 'csv'],
  ['quotes', 'table'],
  ['statistics', 'csv'],
  ['sources', 'ndjson'],
])('extract %s --to %s on a large batch', (kind, format) => {
  const runs = new Map<number, CliResult>();
  const started = new Map<number, number>();

  beforeAll(() => {
    for (const jobs of [1, 2]) {
      runs.set(jobs, spawnExtract([kind, '**/*.txt', '--to', format, '--jobs', String(jobs)]));
      started.set(jobs, marker.workersStarted());
    }
  });

  it('should use worker threads with --jobs 2 and none with --jobs 1', () => {
    expect(started.get(1)).toBe(0);
    expect(started.get(2)).toBeGreaterThan(0);
  });

  it('should write byte-identical records and exit the same with --jobs 1 and --jobs 2', () => {
    const one = runs.get(1) as CliResult;
    const two = runs.get(2) as CliResult;
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(one.stdout.length).toBeGreaterThan(500);
    expect(two.stdout).toBe(one.stdout);
    expect(withoutTimes(two.stderr)).toBe(withoutTimes(one.stderr));
  });

  it('should write the same records as a run in the main thread of this process', async () => {
    const inProcess = await runCli(['extract', kind, '**/*.txt', '--to', format], { cwd: path.join(dir, 'desks') });
    expect(inProcess.stdout).toBe(runs.get(2)?.stdout);
    expect(withoutTimes(inProcess.stderr)).toBe(withoutTimes(runs.get(2)?.stderr ?? ''));
  });

  it('should report the unreadable files in input order, go on, and end with the summary', () => {
    for (const result of runs.values()) {
      const lines = result.stderr.trimEnd().split('\n');
      const errors = lines.filter((line) => line.startsWith('error '));
      expect(errors).toHaveLength(2);
      expect(errors[0]).toMatch(new RegExp(`^error ${batch.unreadable[0]}: line 1: .*, expected text$`));
      expect(errors[1]).toMatch(new RegExp(`^error ${batch.unreadable[1]}: line 1: .*, expected text$`));
      expect(lines.at(-1)).toMatch(new RegExp(`^${fileCount()} files, \\d+ ${kind}, 2 failed, \\d+\\.\\d\\ds$`));
    }
  });
});

describe('extract on a large batch, read back', () => {
  it('should hold records of files on both sides of a failure, in input order', () => {
    const result = spawnExtract(['sources', '**/*.txt', '--to', 'ndjson', '--jobs', '2']);
    const files = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { file: string }).file);
    expect(files).toEqual([...files].sort());
    expect(files.some((file) => file < batch.unreadable[0])).toBe(true);
    expect(files.some((file) => file > batch.unreadable[1])).toBe(true);
  });

  it('should write the same file with -o whatever --jobs is', () => {
    for (const jobs of [1, 2])
      spawnExtract(['quotes', '**/*.txt', '--to', 'csv', '-o', `../quotes-${jobs}.csv`, '--jobs', String(jobs)]);
    const one = readFileSync(path.join(dir, 'quotes-1.csv'), 'utf8');
    expect(one.split('\n').length).toBeGreaterThan(10);
    expect(readFileSync(path.join(dir, 'quotes-2.csv'), 'utf8')).toBe(one);
  });

  it('should print only the errors with --quiet: no summary, no progress', () => {
    const one = spawnExtract(['statistics', '**/*.txt', '--to', 'csv', '--quiet', '--jobs', '1']);
    const two = spawnExtract(['statistics', '**/*.txt', '--to', 'csv', '--quiet', '--jobs', '2']);
    expect(two).toEqual(one);
    const lines = one.stderr.trimEnd().split('\n');
    expect(lines.filter((line) => !line.startsWith('warning '))).toEqual([
      expect.stringMatching(new RegExp(`^error ${batch.unreadable[0]}: `)),
      expect.stringMatching(new RegExp(`^error ${batch.unreadable[1]}: `)),
    ]);
    expect(one.stderr).not.toContain('\r');
  });

  it.each([['0'], ['many']])('should refuse --jobs %s with exit code 2', (jobs) => {
    const result = spawnExtract(['quotes', '**/*.txt', '--jobs', jobs]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--jobs');
  });
});
