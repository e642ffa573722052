/**
 * Hostile and broken input at the command line: every case gives a clear message naming the
 * file (and the line where one applies), the documented exit code, no stack trace, and the
 * other files of the run still converted. Most cases run the CLI in-process; the slow, large
 * and signal cases spawn the real bin.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bin, root, runCli, spawnCli } from '../helpers/cli.js';

const story = readFileSync(path.join(root, 'fixtures/every-kind/input.txt'), 'utf8');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** A stack trace line, which must never reach a user without --debug. */
const stackLine = /^\s+at .+[:(]/m;

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'copydesk-bad-input-'));
  writeFileSync(path.join(dir, 'story.txt'), story);
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: string | Uint8Array): void {
  writeFileSync(path.join(dir, name), content);
}

function json(text: string): { type: string; children: Array<{ type: string }> } {
  return JSON.parse(text) as { type: string; children: Array<{ type: string }> };
}

/** Every file under a folder, relative to it. */
function listFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else found.push(path.relative(folder, full));
    }
  };
  walk(folder);
  return found.sort();
}

describe('empty and blank input', () => {
  it('should convert an empty file to an empty article, with a warning naming the file', async () => {
    write('empty.txt', '');
    const result = await runCli(['convert', 'empty.txt'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(json(result.stdout)).toMatchObject({ type: 'root', children: [] });
    expect(result.stderr).toMatch(/empty\.txt:1: the file is empty/);
  });

  it('should convert a whitespace-only file to an empty article, with a warning', async () => {
    write('blank.txt', ' \n\t\r\n  \u00a0\n');
    const result = await runCli(['convert', 'blank.txt'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(json(result.stdout).children).toEqual([]);
    expect(result.stderr).toMatch(/blank\.txt:1: the file holds only whitespace/);
  });
});

describe('binary input', () => {
  it('should refuse a file with NUL bytes, naming the file, the line and the byte', async () => {
    write('nul.txt', 'Headline\nabc\u0000def\n');
    const result = await runCli(['convert', 'nul.txt'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nul\.txt: line 2: looks like a binary file \(a NUL byte at byte 12\)/);
    expect(result.stdout).toBe('');
  });

  it('should refuse a PNG image and say what it looks like (spawned bin)', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    write('photo.txt', png);
    const result = spawnCli(['convert', 'photo.txt', 'story.txt', '--out-dir', 'out'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/photo\.txt: line 3: looks like a binary file, a PNG image/);
    expect(result.stderr).not.toMatch(stackLine);
    expect(listFiles(path.join(dir, 'out'))).toEqual(['story.json']);
  });
});

describe('encodings', () => {
  it('should replace invalid UTF-8 with U+FFFD and warn with the line and byte offset', async () => {
    write(
      'broken.txt',
      Buffer.concat([Buffer.from('Café prices rose.\n\nThen '), Buffer.from([0xff]), Buffer.from(' fell.\n')]),
    );
    const result = await runCli(['convert', 'broken.txt', '--to', 'markdown'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Then \uFFFD fell.');
    // "Café prices rose.\n\nThen " is 25 bytes: é takes two.
    expect(result.stderr).toMatch(/broken\.txt:3: invalid UTF-8 byte 0xff replaced with U\+FFFD \(byte 25\)/);
  });

  it('should count a UTF-8 BOM in the byte offset it reports', async () => {
    write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café '), Buffer.from([0xc3])]));
    const result = await runCli(['convert', 'bom.txt'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/bom\.txt:1: invalid UTF-8 byte 0xc3 replaced with U\+FFFD \(byte 9\)/);
  });

  it.each([
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, 'utf16le')])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(story, 'utf16le').swap16()])],
  ])('should decode %s with a BOM to the same article as UTF-8', async (name, bytes) => {
    write(`${name}.txt`, bytes);
    const expected = await runCli(['convert', 'story.txt', '--no-position', '--to', 'markdown'], { cwd: dir });
    const result = await runCli(['convert', `${name}.txt`, '--no-position', '--to', 'markdown'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(expected.stdout);
  });

  it('should warn about a lone surrogate in UTF-16 and keep going', async () => {
    write('lone.txt', Buffer.from([0xff, 0xfe, 0x48, 0x00, 0x0a, 0x00, 0x00, 0xd8, 0x69, 0x00]));
    const result = await runCli(['convert', 'lone.txt', '--to', 'markdown'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/lone\.txt:2: unpaired UTF-16 surrogate 0xd800 replaced with U\+FFFD \(byte 6\)/);
  });

  it('should detect Latin-1 text, decode it, and warn', async () => {
    write('latin.txt', Buffer.from('Caf\xe9 prices rose to \xa3100.\n\nNa\xefve buyers paid.\n', 'latin1'));
    const result = await runCli(['convert', 'latin.txt', '--to', 'markdown'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Café prices rose to £100.');
    expect(result.stdout).toContain('Naïve buyers paid.');
    expect(result.stderr).toMatch(/latin\.txt:1: not valid UTF-8; decoded as Latin-1 \(Windows-1252\).*\(byte 3\)/);
  });
});

describe('line endings', () => {
  const lines = [
    'Council approves flood barrier',
    '',
    'By Jane Doe',
    '',
    'The council voted on',
    'Tuesday.',
    '',
    'Work starts in May.',
  ];

  it.each([
    ['CR only', lines.join('\r')],
    [
      'mixed CR, LF and CRLF',
      `${lines.slice(0, 3).join('\r')}\n\n${lines.slice(4, 6).join('\r\n')}\r\n\r${lines[7]}\n`,
    ],
  ])('should read %s line endings like LF', async (_name, text) => {
    write('endings.txt', text);
    write('lf.txt', lines.join('\n'));
    const expected = await runCli(['convert', 'lf.txt', '--no-position'], { cwd: dir });
    const result = await runCli(['convert', 'endings.txt', '--no-position'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(json(result.stdout).children).toEqual(json(expected.stdout).children);
    const types = json(result.stdout).children.map((node) => node.type);
    expect(types).toEqual(['headline', 'byline', 'paragraph', 'paragraph']);
  });

  it('should give CR-only input the right line numbers in positions', async () => {
    write('cr.txt', lines.join('\r'));
    const tree = json((await runCli(['convert', 'cr.txt'], { cwd: dir })).stdout) as unknown as {
      children: Array<{ position: { start: { line: number } } }>;
    };
    expect(tree.children.map((node) => node.position.start.line)).toEqual([1, 3, 5, 8]);
  });
});

describe('large and pathological input (spawned bin)', () => {
  it('should convert a 20 MB single-line file', () => {
    // Plain prose keeps the run short; tests/robustness/linear-time.test.ts covers dense shapes.
    const sentence = 'Officials said the council approved the plan on Tuesday after a long debate over costs. ';
    write('huge.txt', sentence.repeat(Math.ceil((20 * 1024 * 1024) / sentence.length)));
    const started = Date.now();
    const result = spawnCli(['convert', 'huge.txt', '--to', 'markdown', '-o', 'huge.md'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(readFileSync(path.join(dir, 'huge.md'), 'utf8').length).toBeGreaterThan(20 * 1024 * 1024);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);

  it.each([
    ['straight', '"'],
    ['curly opening', '\u201c'],
    ['alternating curly', '\u201c\u201d'],
  ])(
    'should convert 100,000 %s quotation marks without running out of time or stack',
    (_name, mark) => {
      write('marks.txt', `Headline\n\n${mark.repeat(100_000 / mark.length)}\n`);
      const result = spawnCli(['convert', 'marks.txt', '--to', 'html', '-o', 'marks.html'], { cwd: dir });
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(readFileSync(path.join(dir, 'marks.html'), 'utf8')).toContain('<article>');
    },
    60_000,
  );
});

describe('inputs that cannot be read', () => {
  it('should report a directory and a missing file among the inputs and convert the others', async () => {
    mkdirSync(path.join(dir, 'folder'));
    write('second.txt', 'Another story.\n');
    const result = await runCli(['convert', 'story.txt', 'folder', 'missing.txt', 'second.txt', '--out-dir', 'out'], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/folder: is a directory, expected a file/);
    expect(result.stderr).toMatch(/missing\.txt: no such file/);
    expect(result.stderr).toMatch(/4 files, 2 failed/);
    expect(result.stderr).not.toMatch(stackLine);
    expect(listFiles(path.join(dir, 'out'))).toEqual(['second.json', 'story.json']);
  });

  it('should report a path whose parent is a file (ENOTDIR) as unreadable', async () => {
    const result = await runCli(['convert', 'story.txt/child.txt'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/story\.txt\/child\.txt: a parent of this path is not a directory/);
  });

  it.skipIf(isRoot)('should report a file without read permission (skipped as root: root reads anything)', async () => {
    write('secret.txt', story);
    chmodSync(path.join(dir, 'secret.txt'), 0o000);
    const result = await runCli(['convert', 'secret.txt', 'story.txt', '--out-dir', 'out'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/secret\.txt: permission denied/);
    expect(listFiles(path.join(dir, 'out'))).toEqual(['story.json']);
  });
});

describe('outputs that cannot be written', () => {
  it('should refuse an output path equal to an input, leaving the input untouched', async () => {
    const result = await runCli(['convert', 'story.txt', '-o', 'story.txt'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/story\.txt: output story\.txt would overwrite an input/);
    expect(readFileSync(path.join(dir, 'story.txt'), 'utf8')).toBe(story);
  });

  it('should refuse an --out-dir output that lands on an input', async () => {
    write('notes.json', '{"keep": true}\n');
    const result = await runCli(['convert', 'notes.json', 'story.txt', '--from', 'text', '--out-dir', '.'], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/notes\.json: output notes\.json would overwrite an input/);
    expect(readFileSync(path.join(dir, 'notes.json'), 'utf8')).toBe('{"keep": true}\n');
    expect(json(readFileSync(path.join(dir, 'story.json'), 'utf8')).type).toBe('root');
  });

  it('should refuse a second input whose --out-dir output is taken by the first, converting the rest', async () => {
    mkdirSync(path.join(dir, 'drafts'));
    write('drafts/quake.md', '# Quake rattles Chile\n\nA quake shook the north of the country today.\n');
    write('drafts/quake.txt', story);
    write('drafts/other.txt', story);
    for (const run of [
      () => runCli(['convert', 'drafts/*', '--to', 'html', '--out-dir', 'site'], { cwd: dir }),
      async () => spawnCli(['convert', 'drafts/*', '--to', 'html', '--out-dir', 'site', '--jobs', '2'], { cwd: dir }),
    ]) {
      rmSync(path.join(dir, 'site'), { recursive: true, force: true });
      const result = await run();
      expect(result.code).toBe(1);
      // Inputs go in name order: quake.md comes first and keeps site/quake.html.
      expect(result.stderr).toContain(
        'error drafts/quake.txt: output site/quake.html is already the output of drafts/quake.md; rename one of them or convert them in separate runs',
      );
      expect(result.stderr).toMatch(/3 files, 1 failed/);
      expect(listFiles(path.join(dir, 'site'))).toEqual(['other.html', 'quake.html']);
      expect(readFileSync(path.join(dir, 'site/quake.html'), 'utf8')).toContain('Quake rattles Chile');
    }
  });

  it('should report an --out-dir that is a file, naming the output, for every input', async () => {
    write('taken', 'not a folder\n');
    write('second.txt', 'Another story.\n');
    const result = await runCli(['convert', 'story.txt', 'second.txt', '--out-dir', 'taken'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/story\.txt: cannot write .*taken\/story\.json: a file is in the way/);
    expect(result.stderr).toMatch(/second\.txt: cannot write .*taken\/second\.json/);
    expect(result.stderr).not.toMatch(stackLine);
    expect(listFiles(dir).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  it.skipIf(isRoot)('should report a read-only --out-dir (skipped as root: root writes anywhere)', async () => {
    mkdirSync(path.join(dir, 'locked'));
    chmodSync(path.join(dir, 'locked'), 0o555);
    const result = await runCli(['convert', 'story.txt', '--out-dir', 'locked'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/story\.txt: cannot write .*locked\/story\.json: permission denied/);
  });
});

describe('interrupted batches (spawned bin)', () => {
  /** Start a long batch, wait until some outputs exist, send the signal, and wait for the end. */
  async function interrupt(signal: 'SIGINT' | 'SIGTERM', jobs: readonly string[]) {
    const inputs = path.join(dir, 'in');
    rmSync(inputs, { recursive: true, force: true });
    rmSync(path.join(dir, 'out'), { recursive: true, force: true });
    mkdirSync(inputs);
    // Quote-dense copy keeps each file busy for a while, so the signal lands mid-batch.
    const long = `${story}\n\n${'"We will build it," she said. '.repeat(400)}\n`;
    for (let index = 0; index < 300; index++) writeFileSync(path.join(inputs, `story-${index}.txt`), long);
    const out = path.join(dir, 'out');
    const child = spawn(process.execPath, [bin, 'convert', 'in/*.txt', '--out-dir', 'out', '--to', 'json', ...jobs], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      child.on('exit', (code, exitSignal) => resolve({ code, signal: exitSignal }));
    });
    const deadline = Date.now() + 20_000;
    let seen = 0;
    while (Date.now() < deadline && child.exitCode === null) {
      try {
        seen = readdirSync(out).filter((file) => file.endsWith('.json')).length;
      } catch {
        seen = 0;
      }
      if (seen >= 3) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill(signal);
    const exit = await ended;
    return { exit, stderr, out };
  }

  // The default runs this batch in the main thread (too small for workers without --jobs), so
  // the signal waits for the chunk in hand; --jobs 2 runs it in worker threads.
  it.each([
    ['SIGINT', []],
    ['SIGTERM', []],
    ['SIGINT', ['--jobs', '2']],
    ['SIGTERM', ['--jobs', '2']],
  ] as const)(
    'should leave no temporary or partial output files after %s (%j)',
    async (signal, jobs) => {
      const { exit, stderr, out } = await interrupt(signal, jobs);
      // Either the handler ran (exit 130/143) or the signal's default action ended the process
      // while no temporary file was pending; both are interruptions, neither leaves debris.
      const code = signal === 'SIGINT' ? 130 : 143;
      expect(exit.code === code || exit.signal === signal, `exit ${JSON.stringify(exit)}`).toBe(true);
      expect(stderr).not.toMatch(stackLine);
      const files = listFiles(out);
      expect(files.filter((file) => !file.endsWith('.json'))).toEqual([]);
      expect(files.length).toBeLessThan(300);
      for (const file of files) {
        const tree = json(readFileSync(path.join(out, file), 'utf8'));
        expect(tree.type, file).toBe('root');
        expect(tree.children.length, file).toBeGreaterThan(0);
      }
    },
    60_000,
  );
});

describe('stack traces', () => {
  it('should print no stack trace for any expected failure, and none for usage errors', async () => {
    write('nul.txt', 'a\u0000b');
    const failures = await runCli(['convert', 'nul.txt', 'missing.txt', 'story.txt/x', '--out-dir', 'out'], {
      cwd: dir,
    });
    const usage = await runCli(['convert', 'story.txt', '--to', 'pdf'], { cwd: dir });
    expect(failures.code).toBe(1);
    expect(usage.code).toBe(2);
    expect(failures.stderr).not.toMatch(stackLine);
    expect(usage.stderr).not.toMatch(stackLine);
  });
});
