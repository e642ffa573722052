/**
 * Batches: `copydesk convert 'drafts/**\/*.txt' --out-dir site/` over many files, in the main
 * thread and in worker threads (`--jobs`), with per-file errors, the summary line, the progress
 * bar, and `runBatch` as other commands use it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BatchFailure, runBatch } from '../../src/cli/batch.js';
import type { CliIo } from '../../src/cli/context.js';
import type { FileItem } from '../../src/cli/file-task.js';
import { expandInputs } from '../../src/cli/io.js';
import { createReporter } from '../../src/cli/report.js';
import { parse } from '../../src/parse.js';
import { toHtml } from '../../src/write/html/index.js';
import { toJson } from '../../src/write/json.js';
import { runCli, spawnCli } from '../helpers/cli.js';

/** More files than `largeBatchFiles` (50), so the spawned CLI uses worker threads. */
const articleCount = 70;
const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]);

let dir: string;
/** Relative paths of the good articles, sorted as the glob sorts them, and their text. */
const articles = new Map<string, string>();

function article(index: number): string {
  return `Budget vote number ${index} passes\n\nBy Jane Doe\n\nLONDON, March ${(index % 28) + 1} - The council approved budget ${index} on Monday, officials said.\n\nThe vote was ${index} to ${index + 1}.\n`;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'copydesk-batch-'));
  for (let index = 0; index < articleCount; index++) {
    const folder = index % 3 === 0 ? 'drafts/world' : index % 3 === 1 ? 'drafts/world/europe' : 'drafts';
    const name = `${folder}/story-${String(index).padStart(3, '0')}.txt`;
    mkdirSync(path.join(dir, folder), { recursive: true });
    writeFileSync(path.join(dir, name), article(index));
    articles.set(name, article(index));
  }
  // Two unreadable inputs at different places, to check that errors come in input order.
  writeFileSync(path.join(dir, 'drafts/world/europe/photo-a.txt'), binary);
  writeFileSync(path.join(dir, 'drafts/photo-b.txt'), binary);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Every file below a folder, relative to it, sorted. */
function listFiles(folder: string): string[] {
  return (
    readdirSync(folder, { recursive: true, withFileTypes: true }) as Array<{
      isFile(): boolean;
      name: string;
      parentPath: string;
    }>
  )
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

function expectedHtml(name: string): string {
  return toHtml(parse(articles.get(name) ?? '', { file: path.basename(name) }));
}

function withoutTimes(stderr: string): string {
  return stderr.replace(/\d+\.\d\ds$/gm, 'N.NNs');
}

describe('batch convert (spawned bin)', () => {
  const results = new Map<number, ReturnType<typeof spawnCli>>();

  beforeAll(() => {
    for (const jobs of [1, 2]) {
      results.set(
        jobs,
        spawnCli(['convert', 'drafts/**/*.txt', '--to', 'html', '--out-dir', `site-${jobs}`, '--jobs', String(jobs)], {
          cwd: dir,
        }),
      );
    }
  });

  it('should mirror the input folders and write every good article', () => {
    const expected = [...articles.keys()]
      .map((name) => path.relative('drafts', name).replace(/\.txt$/, '.html'))
      .sort();
    expect(listFiles(path.join(dir, 'site-1'))).toEqual(expected);
    for (const name of articles.keys()) {
      const output = path.join(dir, 'site-1', path.relative('drafts', name).replace(/\.txt$/, '.html'));
      expect(readFileSync(output, 'utf8')).toBe(expectedHtml(name));
    }
  });

  it('should write the same files with --jobs 2 (worker threads) as with --jobs 1', () => {
    const one = listFiles(path.join(dir, 'site-1'));
    expect(listFiles(path.join(dir, 'site-2'))).toEqual(one);
    for (const file of one) {
      expect(readFileSync(path.join(dir, 'site-2', file), 'utf8')).toBe(
        readFileSync(path.join(dir, 'site-1', file), 'utf8'),
      );
    }
  });

  it('should report each failed file, go on, and exit 1 at the end', () => {
    for (const result of results.values()) {
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^error drafts\/photo-b\.txt: line 1: .*, expected text$/m);
      expect(result.stderr).toMatch(/^error drafts\/world\/europe\/photo-a\.txt: line 1: .*, expected text$/m);
    }
  });

  it('should end with a one-line summary of files, failures and time', () => {
    for (const result of results.values()) {
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines.at(-1)).toMatch(/^72 files, 2 failed, \d+\.\d\ds$/);
    }
  });

  it('should print the same messages in the same (input) order whatever the number of threads', () => {
    const one = withoutTimes(results.get(1)?.stderr ?? '');
    expect(withoutTimes(results.get(2)?.stderr ?? '')).toBe(one);
    expect(one.indexOf('drafts/photo-b.txt')).toBeLessThan(one.indexOf('drafts/world/europe/photo-a.txt'));
  });

  it('should leave no temporary files behind', () => {
    for (const jobs of [1, 2])
      expect(listFiles(path.join(dir, `site-${jobs}`)).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  it('should draw no progress bar when stderr is not a terminal', () => {
    for (const result of results.values()) expect(result.stderr).not.toContain('\r');
  });

  it('should print no summary with --quiet, only the errors', () => {
    const result = spawnCli(['convert', 'drafts/**/*.txt', '--out-dir', 'quiet', '--jobs', '2', '--quiet'], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^error drafts\/photo-b\.txt: line 1: .*, expected text$/);
    expect(lines[1]).toMatch(/^error drafts\/world\/europe\/photo-a\.txt: line 1: .*, expected text$/);
  });

  it('should write one NDJSON record per file, in input order, with error records, for --to ndjson', () => {
    const result = spawnCli(['convert', 'drafts/**/*.txt', '--to', 'ndjson', '--no-position', '--jobs', '2', '-q'], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    const records = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const names = [...articles.keys(), 'drafts/photo-b.txt', 'drafts/world/europe/photo-a.txt'].sort();
    expect(records.map((record) => record['id'])).toEqual(names);
    const good = records.find((record) => record['id'] === 'drafts/story-002.txt');
    expect(good?.['tree']).toEqual(
      JSON.parse(toJson(parse(article(2), { file: 'story-002.txt' }), { position: false })),
    );
    expect(records.find((record) => record['id'] === 'drafts/photo-b.txt')?.['error']).toEqual({
      code: 'binary',
      message: expect.stringMatching(/^line 1: .*, expected text$/),
    });
  });

  it.each([['0'], ['two'], ['1.5']])('should refuse --jobs %s with exit code 2', (jobs) => {
    const result = spawnCli(['convert', 'drafts/**/*.txt', '--out-dir', 'never', '--jobs', jobs], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--jobs');
  });
});

describe('batch convert (in-process)', () => {
  it('should convert the batch in the main thread with the same result and messages', async () => {
    const result = await runCli(['convert', 'drafts/**/*.txt', '--to', 'html', '--out-dir', 'site-in'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(listFiles(path.join(dir, 'site-in'))).toEqual(listFiles(path.join(dir, 'site-1')));
    const name = [...articles.keys()][5] as string;
    expect(
      readFileSync(path.join(dir, 'site-in', path.relative('drafts', name).replace(/\.txt$/, '.html')), 'utf8'),
    ).toBe(expectedHtml(name));
    expect(result.stderr).toMatch(/^72 files, 2 failed, \d+\.\d\ds\n$/m);
  });

  /** Run in-process with stderr reported as a terminal. */
  const runOnTerminal = (argv: string[]) => runCli(argv, { cwd: dir, env: { NO_COLOR: '1' }, stderrIsTty: true });

  it('should draw a progress bar on a terminal for a large batch, and erase it', async () => {
    const { stderr } = await runOnTerminal(['convert', 'drafts/**/*.txt', '--out-dir', 'site-tty']);
    expect(stderr).toMatch(/\r\[[#-]+\] \d+\/72 files \d+%/);
    // Erased before each message and at the end: no bar is left on the summary's line.
    expect(stderr).toMatch(/(?:^|\n|\r\u001b\[K)72 files, 2 failed, \d+\.\d\ds\n$/);
  });

  it('should draw no progress bar with --quiet, or for a small batch', async () => {
    expect(
      (await runOnTerminal(['convert', 'drafts/**/*.txt', '--out-dir', 'site-q', '--quiet'])).stderr,
    ).not.toContain('\r');
    const small = await runOnTerminal([
      'convert',
      'drafts/story-002.txt',
      'drafts/story-005.txt',
      '--out-dir',
      'site-s',
    ]);
    expect(small.code).toBe(0);
    expect(small.stderr).not.toContain('\r');
  });
});

describe('runBatch, as other commands use it', () => {
  it('should run a command task over every input and hand back values in input order', async () => {
    const { inputs, missing } = await expandInputs(['drafts/**/*.txt', 'drafts/nothing-*.md'], dir);
    const stderr = new PassThrough();
    let errors = '';
    stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString('utf8');
    });
    const io: CliIo = {
      stdin: Readable.from([]),
      stdout: new PassThrough(),
      stderr,
      cwd: dir,
      env: {},
      stderrIsTty: false,
      stdinIsTty: true,
    };
    const values: Array<[string, number]> = [];
    const failures: Array<[string, BatchFailure]> = [];
    const summary = await runBatch<FileItem, number>({
      inputs,
      missing,
      io,
      report: createReporter(io),
      jobs: 2,
      quiet: false,
      debug: false,
      task: {
        module: new URL('../helpers/word-count-task.ts', import.meta.url).href,
        options: { failOn: 'story-010' },
      },
      onValue: (words, item) => {
        values.push([item.name, words]);
      },
      onFailure: (failure, item) => {
        failures.push([item.name, failure]);
      },
      summaryDetail: () => `${values.reduce((sum, [, words]) => sum + words, 0)} words`,
    });
    expect(summary.files).toBe(73);
    expect(summary.failures).toBe(4);
    expect(values.map(([name]) => name)).toEqual(
      inputs.map((input) => input.name).filter((name) => !/photo|story-010/.test(name)),
    );
    expect(values.find(([name]) => name === 'drafts/story-002.txt')?.[1]).toBe(
      article(2).split(/\s+/).filter(Boolean).length,
    );
    expect(failures.map(([name, failure]) => [name, failure.code])).toEqual([
      ['drafts/nothing-*.md', 'not-found'],
      ['drafts/photo-b.txt', 'binary'],
      ['drafts/world/europe/photo-a.txt', 'binary'],
      ['drafts/world/europe/story-010.txt', 'failed'],
    ]);
    expect(errors).toContain('error drafts/world/europe/story-010.txt: cannot count this one');
    expect(errors).toMatch(/^73 files, \d+ words, 4 failed, \d+\.\d\ds$/m);
  });
});
