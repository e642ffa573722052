/**
 * The default `--jobs` (one thread per core) does not start worker threads for a batch that is
 * large in files but too small to pay for them when they would fill every core, while an explicit
 * `--jobs 2` does; both write the same files. Through the built bin: workers need compiled code.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerMarker, writeArticleBatch } from '../helpers/article-batch.js';
import { type CliResult, spawnCli } from '../helpers/cli.js';

let dir: string;
let marker: ReturnType<typeof workerMarker>;
const runs = new Map<string, { result: CliResult; workers: number; files: Map<string, string> }>();

/** Every file below a folder, relative to it, with its text. */
function contents(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of (readdirSync(folder, { recursive: true }) as string[]).sort()) {
    if (name.endsWith('.json')) files.set(name, readFileSync(path.join(folder, name), 'utf8'));
  }
  return files;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'copydesk-default-jobs-'));
  writeArticleBatch(path.join(dir, 'desks'));
  marker = workerMarker(dir);
  for (const [label, jobs] of [
    ['default', []],
    ['--jobs 2', ['--jobs', '2']],
  ] as const) {
    const out = path.join(dir, label.replace(/\W+/g, '-'));
    const result = spawnCli(['convert', '**/*.txt', '--out-dir', out, '-q', ...jobs], {
      cwd: path.join(dir, 'desks'),
      env: marker.env,
    });
    runs.set(label, { result, workers: marker.workersStarted(), files: contents(out) });
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('convert with the default --jobs on a batch of 68 small files', () => {
  it('should convert in the main thread alone', () => {
    expect(runs.get('default')?.workers).toBe(0);
  });

  it('should still start worker threads when --jobs 2 is given', () => {
    expect(runs.get('--jobs 2')?.workers).toBeGreaterThan(0);
  });

  it('should write the same files either way, and fail on the same two', () => {
    const byDefault = runs.get('default');
    const twoJobs = runs.get('--jobs 2');
    expect(byDefault?.result.code).toBe(1);
    expect(twoJobs?.result.code).toBe(1);
    expect(byDefault?.files.size).toBeGreaterThan(60);
    expect(byDefault?.files).toEqual(twoJobs?.files);
  });
});
