import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const article = ['Council votes to close library', '', '"We had no choice," said the mayor, Ann Poe.'].join('\n');

/** A fresh folder inside a fresh parent, so a stray temporary file in the parent shows. */
function workspace(): string {
  const parent = mkdtempSync(path.join(tmpdir(), 'copydesk-extract-output-'));
  const folder = path.join(parent, 'work');
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'story.txt'), article);
  writeFileSync(path.join(folder, 'keep.csv'), 'keep\n');
  return folder;
}

/** Root writes in read-only folders, so the permission case means something only for others. */
const isRoot = process.getuid?.() === 0;

describe('extract -o when every input fails', () => {
  it('should keep an existing file, say it was not written, and exit 1', async () => {
    const cwd = workspace();
    const result = await runCli(['extract', 'quotes', 'missing.txt', '--to', 'csv', '-o', 'keep.csv'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing.txt: no such file');
    expect(result.stderr).toContain('keep.csv not written: no input could be read');
    expect(readFileSync(path.join(cwd, 'keep.csv'), 'utf8')).toBe('keep\n');
  });

  it('should not create the file when a glob matches nothing', async () => {
    const cwd = workspace();
    const result = await runCli(['extract', 'quotes', 'nothing/*.txt', '--to', 'json', '-o', 'new.json'], { cwd });
    expect(result.code).toBe(1);
    expect(readdirSync(cwd).sort()).toEqual(['keep.csv', 'story.txt']);
  });

  it('should still write the records of the inputs that were read, and exit 1', async () => {
    const cwd = workspace();
    const result = await runCli(['extract', 'quotes', 'missing.txt', 'story.txt', '--to', 'csv', '-o', 'keep.csv'], {
      cwd,
    });
    expect(result.code).toBe(1);
    expect(readFileSync(path.join(cwd, 'keep.csv'), 'utf8')).toContain('We had no choice');
  });

  it('should write a header-only CSV when the inputs were read but hold no records', async () => {
    const cwd = workspace();
    writeFileSync(path.join(cwd, 'plain.txt'), 'Nothing quoted here.\n');
    const result = await runCli(['extract', 'quotes', 'plain.txt', '--to', 'csv', '-o', 'keep.csv'], { cwd });
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(cwd, 'keep.csv'), 'utf8')).toBe(
      'file,line,column,kind,speaker,cue,text,open,close,endLine,endColumn\n',
    );
  });
});

describe('extract -o inside the glob', () => {
  it('should not read the file it writes as an input on the next run', async () => {
    const cwd = workspace();
    const first = await runCli(['extract', 'quotes', '*.txt', '--to', 'csv', '-o', 'quotes.txt'], { cwd });
    expect(first.code).toBe(0);
    const table = readFileSync(path.join(cwd, 'quotes.txt'), 'utf8');
    const second = await runCli(['extract', 'quotes', '*.txt', '--to', 'csv', '-o', 'quotes.txt'], { cwd });
    expect(second.code).toBe(0);
    expect(readFileSync(path.join(cwd, 'quotes.txt'), 'utf8')).toBe(table);
  });
});

describe('extract -o that cannot be written', () => {
  it('should refuse a directory before extracting, with exit 2, and write no temporary file', async () => {
    const cwd = workspace();
    const result = await runCli(['extract', 'quotes', 'story.txt', '--to', 'csv', '-o', '.'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error -o .: is a directory, expected a file path\n');
    expect(readdirSync(path.dirname(cwd))).toEqual(['work']);
    expect(readdirSync(cwd).sort()).toEqual(['keep.csv', 'story.txt']);
  });

  it('should refuse a path ending with a slash as a directory', async () => {
    const cwd = workspace();
    const result = await runCli(['extract', 'quotes', 'story.txt', '-o', 'out/'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('-o out/: is a directory, expected a file path');
    expect(readdirSync(cwd).sort()).toEqual(['keep.csv', 'story.txt']);
  });

  it('should name the -o path as given when a file is in the way of its folder, and exit 1', async () => {
    const cwd = workspace();
    writeFileSync(path.join(cwd, 'blocker'), 'x');
    const result = await runCli(['extract', 'quotes', 'story.txt', '--to', 'csv', '-o', 'blocker/x.csv'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error cannot write blocker/x.csv: a file is in the way of a folder to create\n');
    expect(readFileSync(path.join(cwd, 'blocker'), 'utf8')).toBe('x');
  });

  it('should still create missing folders for -o', async () => {
    const cwd = workspace();
    const result = await runCli(['extract', 'quotes', 'story.txt', '--to', 'csv', '-o', 'deep/er/x.csv'], { cwd });
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(cwd, 'deep/er/x.csv'), 'utf8')).toContain('We had no choice');
  });

  it('should name the -o path, not the temporary file, when the write itself fails', async () => {
    // A name longer than file systems allow (255 bytes) passes the up-front checks and fails at
    // the write, even for root.
    const cwd = workspace();
    const name = `${'x'.repeat(300)}.csv`;
    const result = await runCli(['extract', 'quotes', 'story.txt', '--to', 'csv', '-o', name], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^error cannot write ${name}: [^\\n]*name[^\\n]* too long[^\\n]*\\n$`));
    expect(result.stderr).not.toContain('.tmp');
    expect(readdirSync(cwd).sort()).toEqual(['keep.csv', 'story.txt']);
  });

  it.skipIf(isRoot)('should say permission denied for a read-only folder, naming the -o path, and exit 1', async () => {
    const cwd = workspace();
    const readOnly = path.join(cwd, 'ro');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o555);
    try {
      const result = await runCli(['extract', 'quotes', 'story.txt', '--to', 'csv', '-o', 'ro/x.csv'], { cwd });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('error cannot write ro/x.csv: permission denied\n');
      expect(readdirSync(readOnly)).toEqual([]);
    } finally {
      chmodSync(readOnly, 0o755);
    }
  });
});

describe('extract --to ndjson', () => {
  it('should keep each record on one line for readers that also break lines at U+2028 and U+2029', async () => {
    const text = 'Council votes\n\n"We had no\u2028choice\u2029today," said the mayor, Ann Poe.\n';
    const result = await runCli(['extract', 'quotes', '-', '--to', 'ndjson'], { stdin: text });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/[\u2028\u2029]/);
    const lines = result.stdout.split(/\r\n|[\n\r\u2028\u2029]/).filter(Boolean);
    expect(lines).toHaveLength(1);
    expect((JSON.parse(lines[0] as string) as { text: string }).text).toContain('no\u2028choice\u2029today');
  });
});

describe('extract with nothing found, as a table', () => {
  const none = 'Council meets\n\nThe council met on Monday.\n';

  it('should write nothing to a piped stdout and say so on stderr', async () => {
    const result = await runCli(['extract', 'quotes', '-'], { stdin: none });
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toContain('no quotes found\n');
  });

  it('should say nothing at all with --quiet', async () => {
    expect(await runCli(['extract', 'quotes', '-', '--quiet'], { stdin: none })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('should keep the sentence on a terminal', async () => {
    const result = await runCli(['extract', 'quotes', '-'], { stdin: none, stdoutIsTty: true });
    expect(result.stdout).toBe('no quotes found\n');
  });

  it('should leave an -o file empty rather than hold the sentence', async () => {
    const cwd = workspace();
    writeFileSync(path.join(cwd, 'none.txt'), none);
    const result = await runCli(['extract', 'statistics', 'none.txt', '-o', 'out.txt'], { cwd });
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(cwd, 'out.txt'), 'utf8')).toBe('');
    expect(result.stderr).toContain('no statistics found');
  });
});
