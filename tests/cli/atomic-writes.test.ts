/**
 * Files copydesk writes in place or replaces (`lint --fix`, `convert -o`/`--out-dir`): written to
 * a temporary file and renamed over the target, which must keep the target's mode, follow
 * symbolic links to the file they name, refuse a file this user may not write, and cope with
 * names near the file system's 255-byte limit.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolvedPath, temporaryPath, writeAtomicSync } from '../../src/cli/io.js';
import { bin, runCli, spawnCli } from '../helpers/cli.js';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
/** Root may write anything: as root, the CLI runs as `nobody` through util-linux's setpriv. */
const canDropRoot = isRoot && spawnSync('setpriv', ['--version']).status === 0;

function spawnUnprivileged(argv: string[]) {
  const command = [process.execPath, bin, ...argv];
  const [program, ...args] = isRoot
    ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...command]
    : command;
  return spawnSync(program as string, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}
const unfixed = 'Budget passes\n\nThe vote was 76% - a record, officials said.\n';
const fixed = 'Budget passes\n\nThe vote was 76% — a record, officials said.\n';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'copydesk-atomic-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const file = (name: string) => path.join(dir, name);
const mode = (name: string) => statSync(file(name)).mode & 0o777;
const leftovers = () =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.tmp'));

describe('writeAtomicSync', () => {
  it('should keep the mode of the file it replaces', () => {
    writeFileSync(file('private.txt'), 'old');
    chmodSync(file('private.txt'), 0o600);
    writeAtomicSync(file('private.txt'), 'new');
    expect(readFileSync(file('private.txt'), 'utf8')).toBe('new');
    expect(mode('private.txt')).toBe(0o600);
  });

  it('should write the file a symbolic link names, keeping the link', () => {
    mkdirSync(file('real'));
    writeFileSync(file('real/story.txt'), 'old');
    symlinkSync('real/story.txt', file('link.txt'));
    writeAtomicSync(file('link.txt'), 'new');
    expect(lstatSync(file('link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(file('real/story.txt'), 'utf8')).toBe('new');
    expect(resolvedPath(file('link.txt'))).toBe(resolvedPath(file('real/story.txt')));
    expect(leftovers()).toEqual([]);
  });

  it('should rewrite a file with other hard links in place, so that they stay one file', () => {
    writeFileSync(file('story.txt'), 'old');
    linkSync(file('story.txt'), file('linked.txt'));
    writeAtomicSync(file('story.txt'), 'new');
    expect(readFileSync(file('linked.txt'), 'utf8')).toBe('new');
    expect(statSync(file('linked.txt')).ino).toBe(statSync(file('story.txt')).ino);
    expect(leftovers()).toEqual([]);
  });

  it('should resolve a path that names nothing yet to itself', () => {
    writeFileSync(file('plain.txt'), 'text');
    symlinkSync('gone.txt', file('dangling.txt'));
    expect(resolvedPath(file('missing.txt'))).toBe(file('missing.txt'));
    expect(resolvedPath(file('no/such/folder.txt'))).toBe(file('no/such/folder.txt'));
    expect(resolvedPath(file('plain.txt/below.txt'))).toBe(file('plain.txt/below.txt'));
    expect(resolvedPath(file('dangling.txt'))).toBe(file('dangling.txt'));
  });

  it('should name a temporary file within the 255-byte limit for the longest names', () => {
    const name = `${'é'.repeat(120)}.txt`;
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(Buffer.byteLength(path.basename(temporaryPath(file(name))))).toBeLessThanOrEqual(255);
    writeAtomicSync(file(name), 'text');
    expect(readFileSync(file(name), 'utf8')).toBe('text');
  });
});

describe('lint --fix and convert writing over files', () => {
  it('should keep private and executable files so after lint --fix', async () => {
    writeFileSync(file('p.txt'), unfixed);
    writeFileSync(file('e.txt'), unfixed);
    chmodSync(file('p.txt'), 0o600);
    chmodSync(file('e.txt'), 0o755);
    const result = await runCli(['lint', '--fix', 'p.txt', 'e.txt', '--format', 'compact'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(file('p.txt'), 'utf8')).toBe(fixed);
    expect([mode('p.txt'), mode('e.txt')]).toEqual([0o600, 0o755]);
  });

  it('should fix the file a symbolic link names, through the bin too', () => {
    mkdirSync(file('real'));
    mkdirSync(file('view'));
    writeFileSync(file('real/p.txt'), unfixed);
    symlinkSync('../real/p.txt', file('view/p.txt'));
    const result = spawnCli(['lint', '--fix', 'view/p.txt', '--format', 'compact'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(lstatSync(file('view/p.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(file('real/p.txt'), 'utf8')).toBe(fixed);
  });

  it('should keep hard links to a file linked as one file after lint --fix and convert -o, through the bin', () => {
    writeFileSync(file('p.txt'), unfixed);
    linkSync(file('p.txt'), file('q.txt'));
    const result = spawnCli(['lint', '--fix', 'p.txt', '--format', 'compact'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(file('q.txt'), 'utf8')).toBe(fixed);
    writeFileSync(file('out.md'), 'old');
    linkSync(file('out.md'), file('out-link.md'));
    expect(spawnCli(['convert', 'p.txt', '--to', 'markdown', '-o', 'out.md'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(file('out-link.md'), 'utf8')).toContain('# Budget passes');
    expect(leftovers()).toEqual([]);
  });

  it('should refuse a convert output that is an input through a symbolic link', async () => {
    writeFileSync(file('story.md'), '# Quake\n\nA quake shook the north.\n');
    symlinkSync('story.md', file('out.md'));
    const result = await runCli(['convert', 'story.md', '--to', 'markdown', '-o', 'out.md'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('would overwrite an input');
    expect(readFileSync(file('story.md'), 'utf8')).toBe('# Quake\n\nA quake shook the north.\n');
  });

  it('should refuse an extract -o that is an input through a symbolic link', async () => {
    writeFileSync(file('story.txt'), unfixed);
    symlinkSync('story.txt', file('quotes.csv'));
    const result = await runCli(['extract', 'quotes', 'story.txt', '--to', 'csv', '-o', 'quotes.csv'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('would overwrite an input');
    expect(readFileSync(file('story.txt'), 'utf8')).toBe(unfixed);
  });

  it('should convert and fix files whose names are near the 255-byte limit', async () => {
    const name = `${'a'.repeat(250)}.txt`;
    writeFileSync(file(name), unfixed);
    const converted = await runCli(['convert', name, '--to', 'markdown', '--out-dir', 'out'], { cwd: dir });
    expect(converted).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(file('out'))).toEqual([`${'a'.repeat(250)}.md`]);
    const linted = await runCli(['lint', '--fix', name, '--format', 'compact'], { cwd: dir });
    expect(linted.code).toBe(0);
    expect(readFileSync(file(name), 'utf8')).toBe(fixed);
  });

  it.skipIf(isRoot && !canDropRoot)('should not fix a file this user may not write, saying the write failed', () => {
    writeFileSync(file('r.txt'), unfixed);
    chmodSync(file('r.txt'), 0o444);
    // A folder anyone may write: a rename there would replace the file without the check.
    chmodSync(dir, 0o777);
    const result = spawnUnprivileged(['lint', '--fix', 'r.txt', '--format', 'compact']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'r.txt:0:0: error fatal cannot write the fixes: permission denied; the file is unchanged',
    );
    // The file keeps its problems, and the report still lists them where they are in it.
    expect(result.stdout).toContain('r.txt:3:18: warning dash-style');
    expect(readFileSync(file('r.txt'), 'utf8')).toBe(unfixed);
    expect(statSync(file('r.txt')).uid).toBe(process.getuid?.());
  });

  describe('devices and pipes are written in place, never replaced', () => {
    const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

    it.skipIf(!hasMkfifo).each([
      [['convert', 'story.txt', '--to', 'markdown', '-o'], 'The vote was 76% - a record'],
      [['lint', 'story.txt', '--format', 'compact', '-o'], 'dash-style'],
      [['extract', 'statistics', 'story.txt', '--to', 'csv', '-o'], 'story.txt,3,14,76%'],
    ])('should write %j into a named pipe for the process reading it', async (argv, expected) => {
      writeFileSync(file('story.txt'), unfixed);
      execFileSync('mkfifo', [file('pipe')]);
      // The reader opens the pipe on a thread of its own, so the CLI's write finds it there.
      const reading = readFile(file('pipe'), 'utf8');
      const result = await runCli([...argv, 'pipe'], { cwd: dir });
      expect(result.code).toBeLessThan(2);
      expect(await reading).toContain(expected);
      expect(lstatSync(file('pipe')).isFIFO()).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(['pipe', 'story.txt']);
    });

    // A character device of one's own needs root (mknod); /dev/null itself is never risked here.
    it.skipIf(!isRoot || spawnSync('mknod', ['--version']).status !== 0)(
      'should leave a device a device (-o pointing at a copy of /dev/null)',
      () => {
        writeFileSync(file('story.txt'), unfixed);
        execFileSync('mknod', ['-m', '666', file('null'), 'c', '1', '3']);
        const result = spawnCli(['convert', 'story.txt', '--to', 'html', '-o', 'null'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(lstatSync(file('null')).isCharacterDevice()).toBe(true);
      },
    );
  });
});
