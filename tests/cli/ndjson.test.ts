/**
 * NDJSON streaming, the contract for running copydesk as the map step of Hadoop Streaming or
 * Spark's `RDD.pipe`: `{"id", "text"}` lines in, one output line per non-blank input line, in
 * input order, error records for bad lines, exit code 0 for bad records, constant memory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { toHtml } from '../../src/write/html/index.js';
import { toJson } from '../../src/write/json.js';
import { toMarkdown } from '../../src/write/markdown/index.js';
import { bin, runCli, spawnCli } from '../helpers/cli.js';

const stream = ['convert', '--from', 'ndjson', '--to', 'ndjson'];

function article(index: number): string {
  return `Council vote number ${index} passes\n\nBy Jane Doe\n\nLONDON, March ${(index % 28) + 1} - The council approved plan ${index} on Monday, officials said.\n\n"It is a good day," said Mayor Ann Lee.\n`;
}

/** A stream of good records, with bad lines at known places. */
function records(count: number): { input: string; lines: string[] } {
  const lines: string[] = [];
  for (let index = 0; index < count; index++) {
    if (index === 7) lines.push('{"id": "broken", "text": ');
    if (index === 20) lines.push('');
    if (index === 33) lines.push('{"id": "no-text"}');
    if (index === 40) lines.push('["an", "array"]');
    if (index === 41) lines.push('{"text": "no id"}');
    lines.push(JSON.stringify({ id: `a${index}`, text: article(index) }));
  }
  return { input: `${lines.join('\n')}\n`, lines };
}

type Output = { id: unknown; tree?: unknown; html?: string; markdown?: string; error?: Record<string, unknown> };

function outputs(stdout: string): Output[] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Output);
}

describe('NDJSON streaming (spawned bin)', () => {
  // Over the 1 MB from which worker threads are used.
  const big = records(4000);
  const nonBlank = big.lines.filter((line) => line.trim() !== '');
  let two: ReturnType<typeof spawnCli>;

  beforeAll(() => {
    two = spawnCli([...stream, '--jobs', '2'], { input: big.input });
  });

  it('should write one output line per non-blank input line, in input order', () => {
    expect(two.code).toBe(0);
    const out = outputs(two.stdout);
    expect(out).toHaveLength(nonBlank.length);
    const ids = nonBlank.map((line) => {
      try {
        const value = JSON.parse(line) as { id?: unknown };
        return typeof value === 'object' && !Array.isArray(value) ? (value.id ?? null) : null;
      } catch {
        return null;
      }
    });
    expect(out.map((record) => record.id)).toEqual(ids);
  });

  it('should carry the article tree, as toJson gives it, under "tree"', () => {
    const out = outputs(two.stdout);
    for (const index of [0, 1, 999, 3999]) {
      const record = out.find((item) => item.id === `a${index}`);
      expect(record?.tree).toEqual(JSON.parse(toJson(parse(article(index)))));
    }
  });

  it('should answer bad lines with error records that give the line, and go on', () => {
    const errors = outputs(two.stdout).filter((record) => record.error);
    expect(errors).toEqual([
      { id: null, error: { code: 'invalid-json', message: expect.stringMatching(/^not valid JSON/), line: 8 } },
      { id: 'no-text', error: { code: 'invalid-record', message: expect.stringContaining('"text"'), line: 36 } },
      { id: null, error: { code: 'invalid-record', message: expect.stringContaining('object'), line: 44 } },
      { id: null, error: { code: 'invalid-record', message: expect.stringContaining('"id"'), line: 46 } },
    ]);
  });

  it('should refuse a UTF-16 stream with one clear message and exit 1, going on with the next file', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'copydesk-utf16-'));
    writeFileSync(
      path.join(folder, 'wide.ndjson'),
      Buffer.from(`\ufeff${JSON.stringify({ id: 'w', text: 'x' })}\n`, 'utf16le'),
    );
    writeFileSync(path.join(folder, 'fine.ndjson'), `${JSON.stringify({ id: 'f', text: article(1) })}\n`);
    const result = await runCli([...stream, 'wide.ndjson', 'fine.ndjson'], { cwd: folder });
    rmSync(folder, { recursive: true, force: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'error wide.ndjson: looks like UTF-16 (a UTF-16 byte-order mark at the start), expected UTF-8 NDJSON: convert it first, for example with iconv -f UTF-16 -t UTF-8',
    );
    expect(outputs(result.stdout).map((record) => record.id)).toEqual(['f']);
    // The refused file is a failure in the summary too, as in the exit code.
    expect(result.stderr).toMatch(/\n1 record, 1 failed, \d+\.\d\ds\n$/);
  });

  it('should count a UTF-16 stdin and a missing file as failed in the summary (the bin)', () => {
    const wide = Buffer.from(`\ufeff${JSON.stringify({ id: 'w', text: 'x' })}\n`, 'utf16le');
    const piped = spawnCli(stream, { input: wide });
    expect(piped.code).toBe(1);
    expect(piped.stderr).toMatch(/\n0 records, 1 failed, \d+\.\d\ds\n$/);
    const folder = mkdtempSync(path.join(tmpdir(), 'copydesk-missing-'));
    const missing = spawnCli([...stream, 'missing.ndjson'], { cwd: folder });
    rmSync(folder, { recursive: true, force: true });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/\n0 records, 1 failed, \d+\.\d\ds\n$/);
  });

  it('should warn about records with invalid UTF-8 by line, the first ten, then count the rest', async () => {
    const bad = Buffer.concat([Buffer.from('{"id":"x","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const good = Buffer.from('{"id":"g","text":"fine"}\n');
    const input = Buffer.concat([good, ...Array.from({ length: 12 }, () => bad), good]);
    const result = await runCli([...stream, '--format', 'markdown'], { stdin: input });
    expect(result.code).toBe(0);
    const warnings = result.stderr.split('\n').filter((line) => line.startsWith('warning'));
    expect(warnings.slice(0, 2)).toEqual([
      'warning <stdin>:2: invalid UTF-8 in the record, read with U+FFFD in its place',
      'warning <stdin>:3: invalid UTF-8 in the record, read with U+FFFD in its place',
    ]);
    expect(warnings).toHaveLength(11);
    expect(warnings[10]).toBe('warning 2 more records with invalid UTF-8, read with U+FFFD');
    expect(outputs(result.stdout).map((record) => record.markdown)).toEqual([
      'fine\n',
      ...Array.from({ length: 12 }, () => 'caf\ufffd\n'),
      'fine\n',
    ]);
  });

  it('should read a stream that starts with a UTF-8 byte order mark, as Windows tools write', () => {
    const input = `\ufeff${JSON.stringify({ id: 'bom', text: article(0) })}\r\n`;
    const result = spawnCli([...stream, '-q'], { input });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(outputs(result.stdout)).toEqual([{ id: 'bom', tree: JSON.parse(toJson(parse(article(0)))) }]);
  });

  it('should exit 0 with a summary of records and failures on stderr', () => {
    expect(two.stderr).toMatch(/^4004 records, 4 failed, \d+\.\d\ds\n$/);
  });

  it('should give byte-identical output with one thread', () => {
    const one = spawnCli([...stream, '--jobs', '1', '-q'], { input: big.input });
    expect(one.code).toBe(0);
    expect(one.stderr).toBe('');
    expect(one.stdout).toBe(two.stdout);
  });

  it('should carry HTML or Markdown instead of the tree with --format', () => {
    const input = records(3).input;
    const html = outputs(spawnCli([...stream, '--format', 'html', '-q'], { input }).stdout);
    expect(html).toEqual([0, 1, 2].map((index) => ({ id: `a${index}`, html: toHtml(parse(article(index))) })));
    const markdown = outputs(spawnCli([...stream, '--format', 'markdown', '--front-matter', '-q'], { input }).stdout);
    expect(markdown[1]).toEqual({ id: 'a1', markdown: toMarkdown(parse(article(1)), { frontMatter: true }) });
    const page = outputs(spawnCli([...stream, '--format', 'html', '--standalone', '-q'], { input }).stdout);
    expect(page[2]?.html).toMatch(/^<!doctype html>/);
  });

  it('should keep numeric ids as numbers, accept CRLF lines and a last line without a newline', () => {
    const input = `{"id": 1, "text": "First."}\r\n\r\n{"id": "two", "text": "Second."}`;
    const result = spawnCli([...stream, '--no-position', '-q'], { input });
    expect(result.code).toBe(0);
    expect(outputs(result.stdout)).toEqual([
      { id: 1, tree: JSON.parse(toJson(parse('First.'), { position: false })) },
      { id: 'two', tree: JSON.parse(toJson(parse('Second.'), { position: false })) },
    ]);
  });

  it('should sniff Markdown in a record text, as --from auto does for stdin', () => {
    const input = `${JSON.stringify({ id: 'md', text: '# Budget passes\n\nThe council [voted](https://example.com) yes.\n' })}\n`;
    const [record] = outputs(spawnCli([...stream, '--no-position', '-q'], { input }).stdout);
    expect(record?.tree).toMatchObject({ data: { format: 'markdown' } });
  });

  it('should skip a record over the size limit with an error record, in its place', () => {
    const huge = JSON.stringify({ id: 'huge', text: 'x'.repeat(17 * 1024 * 1024) });
    const input = `{"id": "before", "text": "A."}\n${huge}\n{"id": "after", "text": "B."}\n`;
    const result = spawnCli([...stream, '--no-position', '-q'], { input });
    expect(result.code).toBe(0);
    const out = outputs(result.stdout);
    // The id is read from the start of the skipped line.
    expect(out.map((record) => record.id)).toEqual(['before', 'huge', 'after']);
    expect(out[1]?.error).toEqual({ code: 'too-large', message: 'record is larger than the 16 MB limit', line: 2 });
  });

  it('should take a record of exactly 16 MB and skip one a byte longer, with a too-large error record', () => {
    const limit = 16 * 1024 * 1024;
    // Records without a text, to be read whole (JSON.parse) but not converted: cheap at 16 MB.
    const padded = (id: string, bytes: number) => {
      const head = `{"id": "${id}", "pad": "`;
      return `${head}${'x'.repeat(bytes - head.length - 2)}"}`;
    };
    // The longer one first: its newline falls in a read piece past the limit, where it slipped
    // through when only lines without their newline yet were measured.
    const input = `${padded('over', limit + 1)}\n${padded('edge', limit)}\r\n{"id": "after", "text": "B."}\n`;
    const result = spawnCli([...stream, '--no-position', '-q'], { input });
    expect(result.code).toBe(0);
    const out = outputs(result.stdout);
    expect(out.map((record) => [record.id, record.error?.['code']])).toEqual([
      ['over', 'too-large'],
      ['edge', 'invalid-record'],
      ['after', undefined],
    ]);
  });

  it('should give a too-large record a null id only when its start does not show one', () => {
    const late = `{"text": "${'x'.repeat(17 * 1024 * 1024)}", "id": "late"}`;
    const big = `{"meta": {"tags": ["a", "b"]}, "id": 12345678901234567890, "text": "${'x'.repeat(17 * 1024 * 1024)}"}`;
    const result = spawnCli([...stream, '--no-position', '-q'], { input: `${late}\n${big}\n` });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^\{"id":null,"error":\{"code":"too-large"/);
    expect(lines[1]).toMatch(/^\{"id":12345678901234567890,"error":\{"code":"too-large"/);
  });

  describe('NDJSON files as input', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'copydesk-ndjson-'));
      writeFileSync(path.join(dir, 'part-0.ndjson'), records(2).input);
      writeFileSync(path.join(dir, 'part-1.ndjson'), '{"id": "b0", "text": "B."}\nnope\n');
    });
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it('should stream each file in turn, numbering lines per file, and exit 1 for a missing one', () => {
      const result = spawnCli([...stream, 'part-*.ndjson', 'missing.ndjson', '-q'], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('error missing.ndjson: no such file\n');
      const out = outputs(result.stdout);
      expect(out.map((record) => record.id)).toEqual(['a0', 'a1', 'b0', null]);
      expect(out[3]?.error?.['line']).toBe(2);
    });
  });

  it.each([
    ['--from ndjson without --to ndjson', ['convert', '--from', 'ndjson', '--to', 'html']],
    ['--format without --to ndjson', ['convert', '--to', 'html', '--format', 'html']],
    ['--to ndjson with -o', [...stream, '-o', 'out.ndjson']],
    ['an unknown --format', [...stream, '--format', 'pdf']],
  ])('should refuse %s with exit code 2', (_name, argv) => {
    const result = spawnCli(argv, { input: '{"id": 1, "text": "A."}\n' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });
});

describe('NDJSON streaming (in-process)', () => {
  it('should convert records from stdin in the main thread', async () => {
    const input = records(45);
    const result = await runCli([...stream, '--format', 'markdown'], { stdin: input.input });
    expect(result.code).toBe(0);
    const out = outputs(result.stdout);
    expect(out).toHaveLength(49);
    expect(out[0]).toEqual({ id: 'a0', markdown: toMarkdown(parse(article(0))) });
    expect(out.filter((record) => record.error).map((record) => record.error?.['line'])).toEqual([8, 36, 44, 46]);
    expect(result.stderr).toMatch(/^49 records, 4 failed, \d+\.\d\ds\n$/);
  });

  it('should escape U+2028 and U+2029 so that every reader sees one line per record', async () => {
    const text = 'Council votes\u2028today\n\nThe plan\u2029passed.';
    const input = `${JSON.stringify({ id: 'ls\u2028', text })}\n`;
    for (const format of ['json', 'markdown', 'html']) {
      const result = await runCli([...stream, '--format', format, '-q'], { stdin: input });
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(/[\u2028\u2029]/);
      expect(result.stdout).toContain('\\u2028');
      // Python's str.splitlines and similar readers cut at U+2028 and U+2029 too.
      expect(result.stdout.split(/\r\n|[\n\r\u2028\u2029]/)).toHaveLength(2);
      expect(outputs(result.stdout)[0]?.id).toBe('ls\u2028');
    }
  });

  it('should count one record as "1 record" in the summary', async () => {
    const result = await runCli(stream, { stdin: '{"id": 1, "text": "A."}\n' });
    expect(result.stderr).toMatch(/^1 record, 0 failed, \d+\.\d\ds\n$/);
  });

  it('should answer ids that cannot be copied exactly, or of the wrong type, with error records', async () => {
    const input = [
      '{"id":12345678901234567890,"text":"A."}',
      '{"id":1e400,"text":"A."}',
      '{"id":"12345678901234567890","text":"A."}',
      '{"id":9007199254740991,"text":"A."}',
      '{"id":{"x":1},"text":"A."}',
      '{"id":[1],"text":"A."}',
      '{"id":true,"text":"A."}',
      '{"id":null,"text":"A."}',
      '{"text":"A."}',
      '{"id":7,"text":42}',
    ].join('\n');
    const result = await runCli([...stream, '--no-position'], { stdin: input });
    expect(result.code).toBe(0);
    const out = outputs(result.stdout);
    const lostDigits = {
      code: 'invalid-record',
      message: expect.stringMatching(/would lose digits.*send it as a string/),
    };
    const wrongType = (type: string) => `"id" is ${type}, expected a string or a number`;
    // The ids are written back with the digits they were sent with (JSON.parse here rounds them).
    expect(result.stdout).toContain('{"id":12345678901234567890,"error":');
    expect(result.stdout).toContain('{"id":1e400,"error":');
    expect(out).toEqual([
      { id: Number('12345678901234567890'), error: { ...lostDigits, line: 1 } },
      { id: Number.POSITIVE_INFINITY, error: { ...lostDigits, line: 2 } },
      { id: '12345678901234567890', tree: expect.any(Object) },
      { id: 9007199254740991, tree: expect.any(Object) },
      { id: null, error: { code: 'invalid-record', message: wrongType('an object'), line: 5 } },
      { id: null, error: { code: 'invalid-record', message: wrongType('an array'), line: 6 } },
      { id: null, error: { code: 'invalid-record', message: wrongType('a boolean'), line: 7 } },
      { id: null, error: { code: 'invalid-record', message: wrongType('null'), line: 8 } },
      { id: null, error: { code: 'invalid-record', message: 'missing "id": expected a string or a number', line: 9 } },
      {
        id: 7,
        error: { code: 'invalid-record', message: '"text" is a number, expected the article as a string', line: 10 },
      },
    ]);
    expect(result.stdout).toContain('{"id":9007199254740991,');
    expect(result.stderr).toMatch(/^10 records, 8 failed, /);
  });

  it('should hint at LF line ends when records are separated by bare CRs', async () => {
    const result = await runCli([...stream, '-q'], { stdin: '{"id":1,"text":"A."}\r{"id":2,"text":"B."}\r' });
    const [record, ...rest] = outputs(result.stdout);
    expect(rest).toEqual([]);
    expect(record).toEqual({
      id: null,
      error: {
        code: 'invalid-json',
        message: expect.stringMatching(
          /^not valid JSON: .+\(the line holds a bare CR: separate records with LF or CRLF/,
        ),
        line: 1,
      },
    });
  });

  it('should write nothing for an empty stream', async () => {
    const result = await runCli([...stream, '-q'], { stdin: '\n\n' });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('NDJSON records given without --from ndjson', () => {
  const records = '{"id":"a1","text":"Council votes\\n\\nThe council voted."}\n{"id":"a2","text":"More."}\n';
  const hint = 'this looks like NDJSON records ({"id", "text"} a line), read as one article; use --from ndjson';

  it('should warn on stdin that --from ndjson converts each record (the bin)', () => {
    const result = spawnCli(['convert', '--to', 'ndjson'], { input: records });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`warning <stdin>:1: ${hint}`);
  });

  it('should warn for a file too, and not for --from text or an article', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'copydesk-records-'));
    writeFileSync(path.join(folder, 'in.ndjson'), records);
    writeFileSync(path.join(folder, 'story.txt'), 'Council votes\n\n{"text": "a brace"} opens it.\n');
    expect((await runCli(['convert', 'in.ndjson', '--to', 'markdown'], { cwd: folder })).stderr).toContain(
      `warning in.ndjson:1: ${hint}`,
    );
    expect((await runCli(['convert', 'in.ndjson', '--from', 'text'], { cwd: folder })).stderr).toBe('');
    expect((await runCli(['convert', 'story.txt'], { cwd: folder })).stderr).toBe('');
    rmSync(folder, { recursive: true, force: true });
  });
});

describe('NDJSON streaming memory', () => {
  /** Peak RSS in MB of a spawned CLI run fed `input`, with stdout discarded. */
  function peakRss(input: string, jobs = 2): number {
    const report = "process.on('exit',()=>process.stderr.write('maxrss='+process.resourceUsage().maxRSS+'\\n'))";
    const result = spawnSync(
      process.execPath,
      ['--import', `data:text/javascript,${encodeURIComponent(report)}`, bin, ...stream, '--jobs', String(jobs), '-q'],
      { input, stdio: ['pipe', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1024 * 1024 },
    );
    expect(result.status).toBe(0);
    return Number(/maxrss=(\d+)/.exec(result.stderr)?.[1]) / 1024;
  }

  it('should stay under 150 MB and not grow with the length of the stream', () => {
    // Both over the first megabyte, so both run in worker threads.
    const small = peakRss(records(15000).input);
    const large = peakRss(records(60000).input);
    expect(small).toBeLessThan(150);
    expect(large).toBeLessThan(150);
    // Four times the records, and several times the output, cost no more than noise.
    expect(large - small).toBeLessThan(30);
  }, 120_000);

  it('should start no more threads than cores, whatever --jobs asks', () => {
    // Each thread holds a heap of its own: uncapped, --jobs 64 took 900 MB and 9 s on 2 cores.
    expect(peakRss(records(4000).input, 64)).toBeLessThan(150);
  }, 120_000);
});
