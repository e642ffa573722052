/**
 * How the command line's globs expand (`expandInputs`): sorted, from the glob's fixed part, with
 * installed packages and dot folders left out unless the pattern names them.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/cli/io.js';
import { runCli, spawnCli } from '../helpers/cli.js';

let dir: string;
const story = 'Quake rattles Chile\n\nA quake shook the north of the country today, officials said.\n';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'copydesk-globs-'));
  for (const file of [
    'drafts/a.txt',
    'drafts/world/b.txt',
    'drafts/node_modules/pkg/readme.txt',
    'node_modules/pkg/notes.txt',
    '.git/notes.txt',
    'wire/c.txt',
  ]) {
    mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(dir, file), story);
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const names = async (patterns: string[], cwd = dir) =>
  (await expandInputs(patterns, cwd)).inputs.map((input) => input.name);

describe('expandInputs', () => {
  it('should leave out files in node_modules and dot folders', async () => {
    expect(await names(['**/*.txt'])).toEqual(['drafts/a.txt', 'drafts/world/b.txt', 'wire/c.txt']);
  });

  it('should take files in node_modules when the pattern names the folder', async () => {
    expect(await names(['node_modules/**/*.txt'])).toEqual(['node_modules/pkg/notes.txt']);
    expect(await names(['drafts/node_modules/*/*.txt'])).toEqual(['drafts/node_modules/pkg/readme.txt']);
  });

  it("should match the working folder's own files with a pattern that climbs out of it", async () => {
    const drafts = path.join(dir, 'drafts');
    expect(await names(['../**/*.txt'], drafts)).toEqual(['a.txt', 'world/b.txt', '../wire/c.txt']);
    expect(await names(['../drafts/*.txt'], drafts)).toEqual(['a.txt']);
  });

  it('should mirror from the fixed part of the pattern, or from the working folder for a brace across folders', async () => {
    const [first] = (await expandInputs(['drafts/**/*.txt'], dir)).inputs;
    expect(first?.base).toBe(path.join(dir, 'drafts'));
    const braced = (await expandInputs(['{drafts/world,wire}/*.txt'], dir)).inputs;
    expect(braced.map((input) => [input.name, input.base])).toEqual([
      ['drafts/world/b.txt', dir],
      ['wire/c.txt', dir],
    ]);
  });

  it('should take an absolute pattern, naming its matches by absolute paths as a file named so would be', async () => {
    expect(await names([path.join(dir, 'drafts', '**', '*.txt')])).toEqual([
      path.join(dir, 'drafts/a.txt'),
      path.join(dir, 'drafts/world/b.txt'),
    ]);
    expect(await names([path.join(dir, 'wire/c.txt')])).toEqual([path.join(dir, 'wire/c.txt')]);
  });

  it("should leave out the matches in an output folder whose name begins with `..` (inside the glob's base)", async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'copydesk-globs-dots-'));
    for (const file of ['desk/.wire/a.txt', 'desk/..site/b.md', '.wire/c.txt', '..out/d.md']) {
      mkdirSync(path.join(cwd, path.dirname(file)), { recursive: true });
      writeFileSync(path.join(cwd, file), story);
    }
    const inputs = async (pattern: string, outputFolder: string) =>
      (await expandInputs([pattern], cwd, { outputFolder })).inputs.map((input) => input.name);
    expect(await inputs('desk/.*/*', 'desk/..site')).toEqual(['desk/.wire/a.txt']);
    expect(await inputs('.*/*', '..out')).toEqual(['.wire/c.txt']);
    // An output folder outside the glob's base (`..out` beside `desk`) leaves every match in.
    expect(await inputs('desk/.*/*', '..out')).toEqual(['desk/..site/b.md', 'desk/.wire/a.txt']);
    rmSync(cwd, { recursive: true, force: true });
  });
});

describe('globs on the command line', () => {
  it('should not take the outputs of an --out-dir inside the globbed tree as inputs on the next run', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'copydesk-globs-out-'));
    const tree = path.join(cwd, 'desk');
    mkdirSync(path.join(tree, 'world'), { recursive: true });
    writeFileSync(path.join(tree, 'a.txt'), story);
    writeFileSync(path.join(tree, 'world/b.md'), '# Quake\n\nA quake shook the north.\n');
    for (let run = 0; run < 2; run++) {
      const result = await runCli(['convert', 'desk/**/*', '--to', 'markdown', '--out-dir', 'desk/out'], { cwd });
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/^2 files, 0 failed/);
    }
    expect(readdirSync(path.join(tree, 'out'), { recursive: true }).map(String).sort()).toEqual([
      'a.md',
      'world',
      'world/b.md',
    ]);
    // Named outright, a file in the output folder is still an input.
    expect((await expandInputs(['desk/out/a.md'], cwd, { outputFolder: 'desk/out' })).inputs).toHaveLength(1);
    rmSync(cwd, { recursive: true, force: true });
  });

  it('should not take the files of an --out-dir named `..site` inside the globbed tree as inputs', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'copydesk-globs-dots-'));
    mkdirSync(path.join(cwd, 'desk/.wire'), { recursive: true });
    mkdirSync(path.join(cwd, 'desk/..site'), { recursive: true });
    writeFileSync(path.join(cwd, 'desk/.wire/a.txt'), story);
    // Left by an earlier run: not an input, else it would be written again one level deeper.
    writeFileSync(path.join(cwd, 'desk/..site/old.txt'), story);
    const result = spawnCli(['convert', 'desk/.*/*', '--to', 'markdown', '--out-dir', 'desk/..site'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(readdirSync(path.join(cwd, 'desk/..site'), { recursive: true }).map(String).sort()).toEqual([
      '.wire',
      '.wire/a.md',
      'old.txt',
    ]);
    rmSync(cwd, { recursive: true, force: true });
  });

  it('should convert a tree from a pattern that climbs out of the working folder, mirroring it', async () => {
    const out = path.join(dir, 'site');
    const drafts = path.join(dir, 'drafts');
    for (const run of [
      () => runCli(['convert', '../**/*.txt', '--to', 'html', '--out-dir', out], { cwd: drafts }),
      async () => spawnCli(['convert', '../**/*.txt', '--to', 'html', '--out-dir', out], { cwd: drafts }),
    ]) {
      rmSync(out, { recursive: true, force: true });
      const result = await run();
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/^3 files, 0 failed/);
      expect(readdirSync(out, { recursive: true }).map(String).sort()).toEqual([
        'drafts',
        'drafts/a.html',
        'drafts/world',
        'drafts/world/b.html',
        'wire',
        'wire/c.html',
      ]);
    }
  });

  it('should lint no installed package with a recursive pattern', async () => {
    const result = await runCli(['lint', '**/*.txt', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(result.stdout) as Array<{ file: string }>).map((entry) => entry.file)).toEqual([
      'drafts/a.txt',
      'drafts/world/b.txt',
      'wire/c.txt',
    ]);
  });
});
