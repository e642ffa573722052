/**
 * `copydesk lint` over a batch large enough for worker threads, through the built bin (workers
 * need the compiled code): `--jobs 1` and `--jobs 2` give the same report byte for byte in every
 * format, per-directory configs, `.copydeskignore` and disable comments apply in workers,
 * unreadable files are fatal messages and the batch goes on, `--fix` is written by the workers,
 * `--quiet` drops the summary. In-process runs (main thread only) give the same reports.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/lint/types.js';
import { type ArticleBatch, withoutTimes, workerMarker, writeArticleBatch } from '../helpers/article-batch.js';
import { type CliResult, runCli, spawnCli } from '../helpers/cli.js';

let dir: string;
let batch: ArticleBatch;
let marker: ReturnType<typeof workerMarker>;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'copydesk-lint-batch-'));
  batch = writeArticleBatch(path.join(dir, 'desks'));
  marker = workerMarker(dir);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Lint the batch with the real bin, in a folder below `dir`. */
function spawnLint(argv: string[], folder = 'desks'): CliResult {
  return spawnCli(['lint', '**/*.txt', ...argv], { cwd: path.join(dir, folder), env: marker.env });
}

/** Every file below a folder, relative to it, sorted, with its bytes. */
function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of (readdirSync(folder, { recursive: true }) as string[]).sort()) {
    try {
      files.set(name, readFileSync(path.join(folder, name), 'latin1'));
    } catch {
      // A folder.
    }
  }
  return files;
}

const summary = /^\d+ files, 2 failed, \d+\.\d\ds$/;

describe.each(['stylish', 'json', 'compact', 'sarif', 'github'])('lint --format %s on a large batch', (format) => {
  const runs = new Map<number, CliResult>();
  let started = new Map<number, number>();

  beforeAll(() => {
    started = new Map();
    for (const jobs of [1, 2]) {
      runs.set(jobs, spawnLint(['--format', format, '--jobs', String(jobs)]));
      started.set(jobs, marker.workersStarted());
    }
  });

  it('should use worker threads with --jobs 2 and none with --jobs 1', () => {
    expect(started.get(1)).toBe(0);
    expect(started.get(2)).toBeGreaterThan(0);
  });

  it('should give byte-identical output and the same exit code with --jobs 1 and --jobs 2', () => {
    const one = runs.get(1) as CliResult;
    const two = runs.get(2) as CliResult;
    expect(one.code).toBe(1);
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    expect(withoutTimes(two.stderr)).toBe(withoutTimes(one.stderr));
    if (format === 'stylish') expect(one.stdout).toBe('');
    else expect(one.stdout.length).toBeGreaterThan(1000);
  });

  it('should give the same report as a run in the main thread of this process', async () => {
    const inProcess = await runCli(['lint', '**/*.txt', '--format', format], { cwd: path.join(dir, 'desks') });
    const two = runs.get(2) as CliResult;
    expect(inProcess.code).toBe(two.code);
    expect(inProcess.stdout).toBe(two.stdout);
    expect(withoutTimes(inProcess.stderr)).toBe(withoutTimes(two.stderr));
  });

  it('should end stderr with the summary line', () => {
    for (const result of runs.values()) expect(result.stderr.trimEnd().split('\n').at(-1)).toMatch(summary);
  });
});

describe('lint --format json on a large batch, read back', () => {
  let results: LintResult[];
  let stderr: string;

  beforeAll(() => {
    const result = spawnLint(['--format', 'json', '--jobs', '2']);
    results = JSON.parse(result.stdout) as LintResult[];
    stderr = result.stderr;
  });

  it('should list every file that is not ignored, in input order', () => {
    expect(results.map((result) => result.file)).toEqual(batch.linted);
    expect(results.map((result) => result.file)).not.toContain(batch.ignored);
  });

  it('should report unreadable files as fatal messages mid-batch and lint the files after them', () => {
    for (const name of batch.unreadable) {
      const index = batch.linted.indexOf(name);
      expect(index).toBeGreaterThan(0);
      expect(index).toBeLessThan(batch.linted.length - 1);
      const messages = results[index]?.messages ?? [];
      expect(messages).toHaveLength(1);
      // The line of the first NUL byte is the message's place, not part of its text.
      expect(messages[0]).toMatchObject({ fatal: true, ruleId: null, severity: 'error', line: 1, column: 1 });
      expect(messages[0]?.message).toMatch(/^looks like a binary file\b.*, expected text$/);
    }
    // No separate error lines: the report carries the failures.
    expect(stderr).not.toMatch(/^error /m);
  });

  it("should apply each folder's config in the workers", () => {
    const world = results.filter(
      (result) => result.file.startsWith('world/') && !batch.unreadable.includes(result.file),
    );
    const city = results.filter((result) => result.file.startsWith('city/') && !batch.unreadable.includes(result.file));
    const severities = (group: LintResult[]) =>
      new Set(group.flatMap((result) => result.messages.map((m) => m.severity)));
    // strict: every rule is an error; recommended: most are warnings.
    expect([...severities(world)]).toEqual(['error']);
    expect(severities(city)).toContain('warning');
  });

  it('should honour disable comments in the workers', () => {
    expect(results.find((result) => result.file === batch.disabled)?.messages).toEqual([]);
  });

  it('should report the Latin-1 file as decoded with a warning, in order', () => {
    expect(stderr).toMatch(new RegExp(`^warning ${batch.latin}:1: not valid UTF-8`, 'm'));
  });
});

describe('lint --quiet on a large batch', () => {
  it('should print no summary and no progress, with the same output for both --jobs', () => {
    const one = spawnLint(['--format', 'compact', '--quiet', '--jobs', '1']);
    const two = spawnLint(['--format', 'compact', '--quiet', '--jobs', '2']);
    expect(two).toEqual(one);
    expect(one.code).toBe(1);
    expect(one.stderr).not.toMatch(/files, \d+ failed/);
    expect(one.stderr).not.toContain('\r');
    // Errors only: the unreadable files (fatal) are there, warnings are not.
    expect(one.stdout).toContain(`${batch.unreadable[0]}:1:1: error fatal looks like a binary file`);
    expect(one.stdout).not.toContain(' warning ');
  });
});

describe('lint --max-warnings on a large batch', () => {
  beforeAll(() => {
    // Sixty articles with one warning each and no errors.
    mkdirSync(path.join(dir, 'warnings'));
    for (let index = 0; index < 60; index++) {
      writeFileSync(
        path.join(dir, 'warnings', `story-${String(index).padStart(2, '0')}.txt`),
        'Ad sales boost Time Warner profit\n\nProfits rose - a record, it said.\n',
      );
    }
  });

  it.each([
    ['59', 1],
    ['60', 0],
  ])('should count the warnings of every thread against --max-warnings %s', (max, code) => {
    for (const jobs of ['1', '2']) {
      const result = spawnLint(['--format', 'compact', '--max-warnings', max, '--jobs', jobs], 'warnings');
      expect(result.code).toBe(code);
      expect(result.stdout.trimEnd().split('\n')).toHaveLength(60);
      if (code === 1) expect(result.stderr).toContain('60 warnings, more than --max-warnings 59');
      else expect(result.stderr).not.toContain('more than --max-warnings');
    }
  });
});

describe('lint --fix from worker threads', () => {
  const fixRuns = new Map<number, CliResult>();
  let original: Map<string, string>;

  beforeAll(() => {
    original = snapshot(path.join(dir, 'desks'));
    for (const jobs of [1, 2]) {
      cpSync(path.join(dir, 'desks'), path.join(dir, `fix-${jobs}`), { recursive: true });
      // Compact: the JSON report holds absolute paths, which differ between the two folders.
      fixRuns.set(jobs, spawnLint(['--fix', '--format', 'compact', '--jobs', String(jobs)], `fix-${jobs}`));
    }
  });

  it('should write the same fixed files with --jobs 1 and --jobs 2, and change some', () => {
    const one = snapshot(path.join(dir, 'fix-1'));
    const two = snapshot(path.join(dir, 'fix-2'));
    expect(two).toEqual(one);
    expect([...one.keys()]).toEqual([...original.keys()]);
    const changed = [...one].filter(([name, content]) => original.get(name) !== content).map(([name]) => name);
    expect(changed).toContain('city/story-004.txt');
    expect(changed).toContain(batch.bom);
    expect(changed).not.toContain(batch.latin);
    expect(changed).not.toContain(batch.ignored);
    expect(readFileSync(path.join(dir, 'fix-2', 'city/story-004.txt'), 'utf8')).toBe(
      'Ad sales boost Time Warner profit\n\nProfits rose — a record. It said so.\n',
    );
    // The byte-order mark is kept.
    expect(readFileSync(path.join(dir, 'fix-2', batch.bom), 'utf8').startsWith('\ufeffAd sales')).toBe(true);
  });

  it('should report the same, leave no temporary files, and say what it fixed', () => {
    const one = fixRuns.get(1) as CliResult;
    const two = fixRuns.get(2) as CliResult;
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
    expect(withoutTimes(two.stderr)).toBe(withoutTimes(one.stderr));
    expect(two.stderr).toMatch(/^fixed \d+ problems in \d+ files$/m);
    expect(two.stderr).toContain(`warning ${batch.latin}: not fixed, it is windows-1252`);
    expect([...snapshot(path.join(dir, 'fix-2')).keys()].filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('should change nothing when fixing a second time', () => {
    const before = snapshot(path.join(dir, 'fix-2'));
    const again = spawnLint(['--fix', '--format', 'json', '--jobs', '2'], 'fix-2');
    expect(snapshot(path.join(dir, 'fix-2'))).toEqual(before);
    expect(again.stderr).not.toContain('fixed ');
    expect((JSON.parse(again.stdout) as LintResult[]).filter((result) => result.output !== undefined)).toEqual([]);
  });
});

describe('lint --fix-dry-run on a large batch', () => {
  it('should print the same diffs in input order with --jobs 1 and --jobs 2, and write nothing', () => {
    const before = snapshot(path.join(dir, 'desks'));
    const one = spawnLint(['--fix-dry-run', '--jobs', '1']);
    const two = spawnLint(['--fix-dry-run', '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(withoutTimes(two.stderr)).toBe(withoutTimes(one.stderr));
    const labels = [...one.stdout.matchAll(/^--- a\/(.+)$/gm)].map((match) => match[1]);
    expect(labels).toContain('city/story-004.txt');
    expect(labels).toEqual([...labels].sort());
    expect(snapshot(path.join(dir, 'desks'))).toEqual(before);
  });
});

describe('lint with a bad config in one folder of a large batch', () => {
  it('should stop with exit code 2 before linting anything, naming the file and the key', () => {
    cpSync(path.join(dir, 'desks'), path.join(dir, 'bad-config'), { recursive: true });
    writeFileSync(
      path.join(dir, 'bad-config', 'world', '.copydeskrc.json'),
      JSON.stringify({ rules: { 'sentence-length': ['warn', { max: 0 }] } }),
    );
    const result = spawnLint(['--format', 'json', '--jobs', '2'], 'bad-config');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'Unexpected `0` for `rules.sentence-length.max` in `world/.copydeskrc.json`, expected a positive integer',
    );
  });
});

describe('lint --jobs', () => {
  it.each([['0'], ['1.5'], ['all']])('should refuse --jobs %s with exit code 2', (jobs) => {
    const result = spawnLint(['--jobs', jobs]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--jobs');
  });
});

describe('lint progress bar (in-process, stderr as a terminal)', () => {
  const runOnTerminal = async (argv: string[]) =>
    (await runCli(argv, { cwd: path.join(dir, 'desks'), env: { NO_COLOR: '1' }, stderrIsTty: true })).stderr;

  it('should draw a bar for a large batch and erase it before the report', async () => {
    const stderr = await runOnTerminal(['lint', '**/*.txt', '--format', 'json']);
    expect(stderr).toMatch(/\r\[[#-]+\] \d+\/\d+ files \d+%/);
    expect(stderr).toMatch(/(?:^|\n|\r\u001b\[K)\d+ files, 2 failed, \d+\.\d\ds\n$/);
  });

  it('should draw no bar with --quiet', async () => {
    expect(await runOnTerminal(['lint', '**/*.txt', '--format', 'json', '--quiet'])).not.toContain('\r');
  });
});
