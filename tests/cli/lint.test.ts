/**
 * `copydesk lint` in-process (`run` with fake streams) and through the real bin: exit codes,
 * reporters and streams, config discovery in temporary folders, `.copydeskignore`, `--fix` and
 * `--fix-dry-run`.
 */
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { applyPatch, createTwoFilesPatch, parsePatch } from 'diff';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bin, runCli, spawnCli } from '../helpers/cli.js';
import { listFixtures } from '../helpers/fixtures.js';

const clean = 'Ad sales boost Time Warner profit\n\nQuarterly profits at the firm rose, it said.\n';
const warning = 'Ad sales boost Time Warner profit\n\nProfits rose - a record, it said.\n';
const error = 'Ad sales boost Time Warner profit\n\n"Our performance was strong, he said.\n';
const fixable = 'Ad sales boost Time Warner profit\n\nProfits rose -- a record.  It said so. \n';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'copydesk-lint-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string): string {
  const target = path.join(dir, name);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
  return target;
}

function lint(argv: string[], options: { stdin?: string } = {}) {
  return runCli(['lint', ...argv], { cwd: dir, ...options });
}

describe('copydesk lint: a byline typed in lower case', () => {
  it('should read it as the byline and ask for capitals, not report the byline missing', async () => {
    file('.copydeskrc.yaml', 'rules:\n  byline-required: error\n');
    file('draft.txt', 'Council votes to close library\n\nby jane doe\n\nThe council voted on Tuesday.\n');
    file('none.txt', 'Council votes to close library\n\nThe council voted on Tuesday.\n');
    expect((await lint(['none.txt', '--format', 'compact'])).stdout).toContain('byline-required');
    const result = await lint(['draft.txt', '--format', 'compact']);
    expect(result.stdout).toContain('draft.txt:3:4: warning byline-format Unexpected lower case in `jane doe`');
    expect(result.stdout).not.toContain('byline-required');
  });
});

describe('copydesk lint: a byline without "By"', () => {
  it('should count "Name Transport correspondent" under the headline as the byline', async () => {
    file('.copydeskrc.yaml', 'rules:\n  byline-required: error\n');
    file('web.txt', 'Rail fares to rise\n\nGwyn Topham Transport correspondent\n\nFares will rise in March.\n');
    const result = await lint(['web.txt', '--format', 'compact']);
    expect(result.stdout).not.toContain('byline-required');
  });
});

describe('copydesk lint: quote-attribution', () => {
  it('should not ask for the attribution a quote already has ("…," she said)', async () => {
    file('q.txt', 'Council approves budget\n\n"We will fight on for the city and for all of it," she said.\n');
    expect((await lint(['q.txt', '--format', 'compact'])).stdout).not.toContain('quote-attribution');
  });
});

describe('copydesk lint: long drafts', () => {
  type Report = Array<{ messages: Array<{ ruleId: string | null; line: number }> }>;

  it('should honour tens of thousands of disable-next-line comments', async () => {
    // Every comment was read for every message, and every line tested against every comment:
    // 36,000 comments took about a minute.
    const lines = '<!-- copydesk-disable-next-line dash-style -->\nProfits rose - a record.\n'.repeat(36_000);
    file('long.txt', `Ad sales boost Time Warner profit\n\n${lines}Sales rose - again.\n`);
    const result = await lint(['long.txt', '--format', 'json']);
    const [report] = JSON.parse(result.stdout) as Report;
    const dashes = report?.messages.filter((message) => message.ruleId === 'dash-style');
    expect(dashes?.map((message) => message.line)).toEqual([72_003]);
  });

  it('should check the numbers of a paragraph of 100,000 figures', async () => {
    // Each figure looked for its statistic among all the paragraph's statistics: 74 s.
    file('long.txt', `Scores posted\n\nThe scores were ${'1, '.repeat(100_000)}1. In the end, 2 people left.\n`);
    const result = await lint(['long.txt', '--format', 'json']);
    const [report] = JSON.parse(result.stdout) as Report;
    const numbers = report?.messages.filter((message) => message.ruleId === 'number-style');
    expect(numbers?.map((message) => message.line)).toEqual([3]);
  });

  it('should check the spacing of many lines after many comments', async () => {
    // Each line was tested against every comment: 30,000 comments before 300,000 lines took 45 s.
    file(
      'long.txt',
      `Ad sales boost Time Warner profit\n\n${'<!-- note -->\n\n'.repeat(30_000)}Prices rose  again.\n${'a\n'.repeat(300_000)}`,
    );
    const result = await lint(['long.txt', '--format', 'json']);
    const [report] = JSON.parse(result.stdout) as Report;
    const spaces = report?.messages.filter((message) => message.ruleId === 'whitespace');
    expect(spaces?.map((message) => message.line)).toEqual([60_003]);
  });
});

describe('copydesk lint: control characters in a draft', () => {
  it('should draw an escape sequence in the code frame as symbols, not send it to the terminal (bin)', () => {
    file('esc.txt', 'Vote passes\n\nThe vote \u001b]0;pwned\u0007was 76% - a record, officials said.\n');
    const result = spawnCli(['lint', 'esc.txt'], { cwd: dir });
    expect(result.stderr).toContain('> 3 | The vote \u241b]0;pwned\u2407was 76% - a record');
    expect(result.stderr).not.toContain('\u001b');
  });
});

describe('copydesk lint: exit codes and reports', () => {
  it('should exit 0 and print nothing for a clean file', async () => {
    file('clean.txt', clean);
    expect(await lint(['clean.txt'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('should exit 1 on errors, with the stylish report on stderr', async () => {
    file('error.txt', error);
    const result = await lint(['error.txt']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('error.txt\n');
    expect(result.stderr).toContain(
      '3:1-3:2  error    Missing closing `"` for the quote opened here, expected one before the end of the paragraph  quote-balance',
    );
    expect(result.stderr).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  it('should put the stylish caret under the text after CJK, emoji and combining marks', async () => {
    file('wide.txt', 'Tokyo budget passes\n\n東京 👍🏽 and cafe\u0301 officials said the cost rose 76% - a record.\n');
    const result = await lint(['wide.txt']);
    // Column 52 in UTF-16 units, as eslint counts (and compact, json and sarif print); on screen
    // the dash is at column 51: +2 for 東京, -2 for 👍🏽 (four units, two columns), -1 for the accent.
    expect(result.stderr).toContain(
      [
        '  3:52-3:53  warning  Unexpected `-` used as a dash, expected `—`  dash-style',
        '    > 3 | 東京 👍🏽 and cafe\u0301 officials said the cost rose 76% - a record.',
        `        | ${' '.repeat(50)}^`,
      ].join('\n'),
    );
    expect((await lint(['wide.txt', '--format', 'compact'])).stdout).toContain('wide.txt:3:52: warning dash-style');
  });

  it('should report front matter that is not valid YAML as a warning at its line, and lint the rest', async () => {
    file('bad.md', '---\nslug: plan\ntitle: [unclosed\n---\n\n# Council backs the plan\n\nProfits rose - a record.\n');
    const result = await lint(['bad.md']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      [
        '  3:17-3:17  warning  Front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; its fields are not read',
        '    > 3 | title: [unclosed',
        `        | ${' '.repeat(16)}^`,
      ].join('\n'),
    );
    expect(result.stderr).toContain('dash-style');
    expect((await lint(['bad.md', '--max-warnings', '1'])).code).toBe(1);
  });

  it('should exit 0 with warnings, and 1 when they exceed --max-warnings', async () => {
    file('warning.txt', warning);
    expect((await lint(['warning.txt'])).code).toBe(0);
    expect((await lint(['warning.txt', '--max-warnings', '1'])).code).toBe(0);
    const over = await lint(['warning.txt', '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('1 warning, more than --max-warnings 0');
  });

  it('should report errors only with --quiet', async () => {
    file('warning.txt', warning);
    expect(await lint(['warning.txt', '--quiet'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('should not count the warnings --quiet hides towards --max-warnings, as eslint 9 does not run them', async () => {
    file('warning.txt', warning);
    expect(await lint(['warning.txt', '--quiet', '--max-warnings', '0'])).toEqual({ code: 0, stdout: '', stderr: '' });
    file('error.txt', error);
    const errors = await lint(['error.txt', 'warning.txt', '--quiet', '--max-warnings', '0', '--format', 'json']);
    expect(errors.code).toBe(1);
    const report = JSON.parse(errors.stdout) as Array<{ warningCount: number; errorCount: number }>;
    expect(report.map((result) => result.warningCount)).toEqual([0, 0]);
  });

  it('should not run rules set to warn with --quiet, so --fix leaves their problems alone', async () => {
    const target = file('warning.txt', warning);
    await lint(['warning.txt', '--quiet', '--fix']);
    expect(readFileSync(target, 'utf8')).toBe(warning);
  });

  it('should print compact lines on stdout', async () => {
    file('error.txt', error);
    file('warning.txt', warning);
    const result = await lint(['*.txt', '--format', 'compact']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'error.txt:3:1: error quote-balance Missing closing `"` for the quote opened here, expected one before the end of the paragraph',
        'warning.txt:3:14: warning dash-style Unexpected `-` used as a dash, expected `—`',
        '',
      ].join('\n'),
    );
  });

  it('should print JSON, SARIF and GitHub reports on stdout', async () => {
    file('warning.txt', warning);
    const json = JSON.parse((await lint(['warning.txt', '--format', 'json'])).stdout) as Array<{ file: string }>;
    expect(json.map((result) => result.file)).toEqual(['warning.txt']);
    const sarif = JSON.parse((await lint(['warning.txt', '--format', 'sarif'])).stdout) as {
      version: string;
      runs: Array<{ results: Array<{ fixes?: unknown }> }>;
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results[0]?.fixes).toMatchObject([
      {
        artifactChanges: [
          {
            artifactLocation: { uri: 'warning.txt' },
            replacements: [
              {
                deletedRegion: { startLine: 3, startColumn: 14, endLine: 3, endColumn: 15 },
                insertedContent: { text: '—' },
              },
            ],
          },
        ],
      },
    ]);
    expect((await lint(['warning.txt', '--format', 'github'])).stdout).toBe(
      '::warning file=warning.txt,line=3,col=14,endLine=3,endColumn=15,title=copydesk (dash-style)::Unexpected `-` used as a dash, expected `—`\n',
    );
  });

  it('should report a missing file as fatal and go on with the others', async () => {
    file('error.txt', error);
    file('clean.txt', clean);
    const result = await lint(['gone.txt', 'clean.txt', '--format', 'compact']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('gone.txt:0:0: error fatal no such file\n');
  });

  it("should put a binary file's fatal message at the line of its first NUL byte", async () => {
    file('photo.txt', 'ok\nok\n\u0000\u0000\u0000\u0000');
    const reason =
      'looks like a binary file (a NUL byte at byte 6), expected text; UTF-16 text needs a byte-order mark';
    const compact = await lint(['photo.txt', '--format', 'compact']);
    expect(compact.code).toBe(1);
    expect(compact.stdout).toBe(`photo.txt:3:1: error fatal ${reason}\n`);
    expect((await lint(['photo.txt'])).stderr).toContain(`photo.txt\n  3:1  error    ${reason}\n`);
    const [json] = JSON.parse((await lint(['photo.txt', '--format', 'json'])).stdout) as Array<{ messages: unknown[] }>;
    expect(json?.messages).toEqual([
      {
        file: 'photo.txt',
        ruleId: null,
        source: 'copydesk',
        severity: 'error',
        fatal: true,
        message: reason,
        line: 3,
        column: 1,
      },
    ]);
  });

  it('should give SARIF a URI reference for an odd file name, and no success when a file failed', async () => {
    file('my story #1 é.txt', warning);
    file('we,ird:na%%me.txt', warning);
    const result = await lint(['my story #1 é.txt', 'we,ird:na%%me.txt', 'gone.txt', '--format', 'sarif']);
    const run = (
      JSON.parse(result.stdout) as {
        runs: Array<{
          results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
          invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: unknown[] }>;
        }>;
      }
    ).runs[0];
    const uris = run?.results.map((entry) => entry.locations[0]?.physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(['my%20story%20%231%20%C3%A9.txt', 'we,ird%3Ana%25%25me.txt']);
    expect(uris?.map((uri) => decodeURIComponent(uri ?? ''))).toEqual(['my story #1 é.txt', 'we,ird:na%%me.txt']);
    expect(run?.invocations[0]?.executionSuccessful).toBe(false);
    expect(run?.invocations[0]?.toolExecutionNotifications).toHaveLength(1);
  });

  it('should lint stdin, named by --stdin-filename', async () => {
    const result = await lint(['--stdin-filename', 'story.txt', '--format', 'compact'], { stdin: warning });
    expect(result.stdout).toBe('story.txt:3:14: warning dash-style Unexpected `-` used as a dash, expected `—`\n');
  });

  it.each([
    [['a.txt', '--fix', '--fix-dry-run'], 'use either --fix or --fix-dry-run, not both'],
    [['a.txt', '--fix-dry-run', '--format', 'json'], '--fix-dry-run prints a diff on stdout'],
    [['--fix', '-'], '--fix rewrites files, so it cannot fix stdin'],
    [['a.txt', '--format', 'xml'], "argument 'xml' is invalid"],
    [['a.txt', '--max-warnings', 'many'], 'expected a whole number of 0 or more'],
  ])('should exit 2 on usage errors: %j', async (argv, message) => {
    file('a.txt', clean);
    const result = await lint(argv, { stdin: clean });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe('copydesk lint -o', () => {
  it('should write the report to the file instead of stdout or stderr, without colour', async () => {
    file('warning.txt', warning);
    const sarif = await lint(['warning.txt', '--format', 'sarif', '-o', 'reports/copy.sarif']);
    expect(sarif).toMatchObject({ code: 0, stdout: '' });
    const written = JSON.parse(readFileSync(path.join(dir, 'reports/copy.sarif'), 'utf8')) as { version: string };
    expect(written.version).toBe('2.1.0');
    const stylish = await lint(['warning.txt', '--output-file', 'report.txt', '--color']);
    expect(stylish.stderr).not.toContain('dash-style');
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toContain('\u001b[');
    await lint(['warning.txt', '-o', 'report.txt']);
    const plain = readFileSync(path.join(dir, 'report.txt'), 'utf8');
    expect(plain).toContain('3:14-3:15  warning  Unexpected `-` used as a dash, expected `—`  dash-style');
    expect(plain).not.toContain('\u001b[');
  });

  it('should write an empty report over an old one, and keep the exit code of the lint', async () => {
    file('clean.txt', clean);
    file('error.txt', error);
    file('report.json', 'stale');
    expect((await lint(['clean.txt', '--format', 'json', '-o', 'report.json'])).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'))).toMatchObject([{ file: 'clean.txt' }]);
    expect((await lint(['error.txt', '--format', 'compact', '-o', 'report.txt'])).code).toBe(1);
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toContain('error.txt:3:1: error quote-balance');
  });

  it('should let --fix-dry-run print its diff while a data report goes to the file', async () => {
    file('fixable.txt', fixable);
    const result = await lint(['fixable.txt', '--fix-dry-run', '--format', 'json', '-o', 'report.json']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('+++ b/fixable.txt');
    expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'))).toMatchObject([{ file: 'fixable.txt' }]);
  });

  it('should not lint its own report on the next run of the same glob, but refuse it named as an input', async () => {
    file('warning.txt', warning);
    expect((await lint(['*.txt', '-o', 'report.txt'])).code).toBe(0);
    const report = readFileSync(path.join(dir, 'report.txt'), 'utf8');
    expect(report).toContain('warning.txt');
    expect((await lint(['*.txt', '-o', 'report.txt'])).code).toBe(0);
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toBe(report);
    const named = await lint(['warning.txt', 'report.txt', '-o', 'report.txt']);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('output report.txt would overwrite an input');
  });

  it.each([
    [['a.txt', '-o', 'a.txt'], 2, 'output a.txt would overwrite an input; choose another -o'],
    [['a.txt', '-o', 'reports/'], 2, '-o reports/: is a directory, expected a file path'],
    [
      ['a.txt', '-o', 'a.txt/report.txt'],
      1,
      'cannot write a.txt/report.txt: a file is in the way of a folder to create',
    ],
  ])('should refuse %j before linting, leaving the files alone', async (argv, code, message) => {
    file('a.txt', warning);
    const result = await lint(argv);
    expect(result).toMatchObject({ code, stdout: '' });
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain('dash-style');
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(warning);
  });
});

describe('copydesk lint: config discovery', () => {
  it('should use the nearest config above each file', async () => {
    file('desk/.copydeskrc.json', JSON.stringify({ rules: { 'dash-style': 'off' } }));
    file('desk/story.txt', warning);
    file('other/story.txt', warning);
    const result = await lint(['desk/story.txt', 'other/story.txt', '--format', 'compact']);
    expect(result.stdout).toBe(
      'other/story.txt:3:14: warning dash-style Unexpected `-` used as a dash, expected `—`\n',
    );
  });

  it('should read a parent folder config for files in subfolders', async () => {
    file('.copydeskrc.yaml', 'rules:\n  dash-style: error\n');
    file('a/b/story.txt', warning);
    const result = await lint(['a/b/story.txt', '--format', 'compact']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('error dash-style');
  });

  it.each([
    ['package.json', JSON.stringify({ name: 'desk', copydesk: { rules: { 'dash-style': 'error' } } })],
    ['.copydeskrc', 'rules:\n  dash-style: error\n'],
    ['.copydeskrc', JSON.stringify({ rules: { 'dash-style': 'error' } })],
    ['.copydeskrc.yml', 'rules:\n  dash-style: [error, { style: em-spaced }]\n'],
    ['copydesk.config.js', "module.exports = { rules: { 'dash-style': 'error' } };\n"],
  ])('should read %s', async (name, content) => {
    file(name, content);
    file('story.txt', warning);
    const result = await lint(['story.txt', '--format', 'compact']);
    expect(result.stdout).toContain('error dash-style');
    expect(result.code).toBe(1);
  });

  it('should apply presets: `strict` makes warnings errors', async () => {
    file('.copydeskrc.json', JSON.stringify({ extends: 'strict' }));
    file('story.txt', warning);
    expect((await lint(['story.txt', '--format', 'compact'])).stdout).toContain('error dash-style');
  });

  it('should take --config over discovery', async () => {
    file('.copydeskrc.json', JSON.stringify({ rules: { 'dash-style': 'error' } }));
    file('quiet.json', JSON.stringify({ rules: { 'dash-style': 'off' } }));
    file('story.txt', warning);
    expect(await lint(['story.txt', '--config', 'quiet.json'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('should exit 2 on a bad config, naming the file and the key', async () => {
    file('.copydeskrc.json', JSON.stringify({ rules: { 'sentence-length': ['warn', { max: 0 }] } }));
    file('story.txt', clean);
    const result = await lint(['story.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'Unexpected `0` for `rules.sentence-length.max` in `.copydeskrc.json`, expected a positive integer',
    );
  });

  it('should exit 2 on a config that does not parse, naming the file', async () => {
    file('.copydeskrc.json', '{ "rules": { ');
    file('story.txt', clean);
    const result = await lint(['story.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Cannot parse config `.copydeskrc.json`');
  });

  it('should give the line and column of a JSON config error, not its offset', async () => {
    file('.copydeskrc.json', '\uFEFF{\n  "rules": {\n    "dash-style": "warn"\n    "number-style": "off"\n  }\n}\n');
    file('story.txt', clean);
    const result = await lint(['story.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "error Cannot parse config `.copydeskrc.json`: Expected ',' or '}' after property value in JSON at line 4, column 5\n",
    );
  });

  it('should give the whole reason on one line and its line and column when a JSON config holds YAML', async () => {
    file('.copydeskrc.json', 'rules:\n  dash-style: off\n');
    file('story.txt', clean);
    const result = await lint(['story.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'error Cannot parse config `.copydeskrc.json`: Unexpected token \'r\', "rules:\\n  d"... is not valid JSON (line 1, column 1)\n',
    );
  });

  it('should place an unexpected token after the first line, and an early end', async () => {
    file('.copydeskrc.json', '{\n  "rules": {\n    dash-style: "off"\n  }\n}\n');
    file('story.txt', clean);
    const token = await lint(['story.txt']);
    // Node 20 gives this one an offset, turned into `at line 3, column 5`; either way the place shows.
    expect(token.stderr).toMatch(/^error Cannot parse config `\.copydeskrc\.json`: [^\n]*line 3, column 5\)?\n$/);
    file('.copydeskrc.json', '{ "rules": { ');
    const end = await lint(['story.txt']);
    expect(end.stderr).toMatch(
      /^error Cannot parse config `\.copydeskrc\.json`: .* \(line 1, column 14\)\n$|at line 1, column 14\n$/,
    );
  });

  it('should give the whole first line of a YAML config error, without its dangling colon', async () => {
    file('.copydeskrc.yaml', 'rules:\n  dash-style: [warn, {}\nextends: ap\n');
    file('story.txt', clean);
    const result = await lint(['story.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'error Cannot parse config `.copydeskrc.yaml`: Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1\n',
    );
  });

  it.each([
    [
      'copydesk.config.mjs',
      'export default { rules: {} ;\n',
      "error Cannot parse config `copydesk.config.mjs`: Unexpected token ';'\n",
    ],
    [
      'copydesk.config.js',
      'export default { rules: {} ;\n',
      "error Cannot parse config `copydesk.config.js`: Unexpected token ';'\n",
    ],
    [
      'copydesk.config.cjs',
      'module.exports = {\n  rules: {} ;\n',
      "error Cannot parse config `copydesk.config.cjs`: Unexpected token ';' (line 2)\n",
    ],
    ['copydesk.config.mjs', "throw new Error('boom');\n", 'error Cannot load config `copydesk.config.mjs`: boom\n'],
  ])('should report the error of a JavaScript config %s itself (the bin, bundled)', (name, content, message) => {
    file(name, content);
    file('story.txt', clean);
    const result = spawnCli(['lint', 'story.txt'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(message);
  });

  it('should name a --config that is a directory', async () => {
    mkdirSync(path.join(dir, 'somefolder'));
    file('story.txt', clean);
    const result = await lint(['story.txt', '-c', 'somefolder']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error Cannot read config `somefolder`: is a directory, expected a file\n',
    });
  });

  it('should name a config file found by the search that is a directory', async () => {
    mkdirSync(path.join(dir, 'desk/.copydeskrc.json'), { recursive: true });
    file('desk/city/story.txt', clean);
    const result = await lint(['desk/city/story.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `error Cannot read config \`${path.join('desk', '.copydeskrc.json')}\`: is a directory, expected a file\n`,
    );
  });
});

describe('copydesk lint: .copydeskignore', () => {
  it('should skip ignored files matched by a glob', async () => {
    file('.copydeskignore', 'drafts/*\n!drafts/keep.txt\n');
    file('drafts/skip.txt', error);
    file('drafts/keep.txt', warning);
    const result = await lint(['**/*.txt', '--format', 'compact']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'drafts/keep.txt:3:14: warning dash-style Unexpected `-` used as a dash, expected `—`\n',
    );
  });

  it('should warn about an ignored file named on the command line, and lint it with --no-ignore', async () => {
    file('.copydeskignore', 'skip.txt\n');
    file('skip.txt', error);
    const ignored = await lint(['skip.txt']);
    expect(ignored.code).toBe(0);
    expect(ignored.stderr).toContain('skip.txt: ignored by .copydeskignore');
    expect((await lint(['skip.txt', '--no-ignore'])).code).toBe(1);
  });
});

describe('copydesk lint: fixes', () => {
  it('should fix files in place, atomically, and report what is left', async () => {
    const target = file('story.txt', fixable);
    const result = await lint(['story.txt']);
    expect(result.stderr).toContain('3 problems fixable with --fix');
    const fixed = await lint(['story.txt', '--fix']);
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toBe('fixed 3 problems in 1 file\n');
    expect(readFileSync(target, 'utf8')).toBe(
      'Ad sales boost Time Warner profit\n\nProfits rose — a record. It said so.\n',
    );
    expect(readdirSync(dir)).toEqual(['story.txt']);
  });

  it('should fix a paragraph of 60,000 ellipses', async () => {
    // Each fix was checked against every one accepted before it and spliced into the whole text:
    // quadratic, 50 s.
    const target = file(
      'dots.txt',
      `Ad sales boost Time Warner profit\n\n${Array(60_000).fill('Wait...').join(' ')}\n`,
    );
    const fixed = await lint(['dots.txt', '--fix']);
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toMatch(/^fixed 60000 problems in 1 file\n/m);
    expect(readFileSync(target, 'utf8')).toBe(
      `Ad sales boost Time Warner profit\n\n${Array(60_000).fill('Wait…').join(' ')}\n`,
    );
  });

  it('should change nothing when fixing twice', async () => {
    const target = file('story.txt', fixable);
    await lint(['story.txt', '--fix']);
    const once = readFileSync(target, 'utf8');
    expect(await lint(['story.txt', '--fix'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(target, 'utf8')).toBe(once);
  });

  it('should keep a UTF-8 byte-order mark', async () => {
    const target = file('story.txt', `\ufeff${fixable}`);
    await lint(['story.txt', '--fix']);
    expect(readFileSync(target, 'utf8')).toBe(
      '\ufeffAd sales boost Time Warner profit\n\nProfits rose — a record. It said so.\n',
    );
  });

  it('should print a unified diff with --fix-dry-run and leave the file alone', async () => {
    const target = file('story.txt', fixable);
    const result = await lint(['story.txt', '--fix-dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--- a/story.txt\n+++ b/story.txt\n');
    expect(result.stdout).toContain(
      '-Profits rose -- a record.  It said so. \n+Profits rose — a record. It said so.\n',
    );
    expect(readFileSync(target, 'utf8')).toBe(fixable);
  });

  it('should put a dateline into AP form with --fix under the ap preset', async () => {
    file('.copydeskrc.yaml', 'extends: ap\n');
    const target = file('wire.txt', 'Council votes on budget plan\n\nPortland, OR, Feb 26 (AP) - The council voted.\n');
    await lint(['wire.txt', '--fix']);
    expect(readFileSync(target, 'utf8')).toBe(
      'Council votes on budget plan\n\nPORTLAND, Ore., Feb. 26 (AP) — The council voted.\n',
    );
  });

  it('should place what --fix-dry-run leaves in the file as it is, not as the fixes would make it', async () => {
    const draft = 'Council votes\n\nThe council  voted  on Tuesday -- and at least 7,000 people are missing.\n';
    file('draft.txt', draft);
    const dry = await lint(['draft.txt', '--fix-dry-run', '--format', 'compact', '-o', 'report.txt']);
    expect(dry.stdout).toContain('+The council voted on Tuesday — and at least 7,000 people are missing.\n');
    // Column 39 of the line on disk: where an editor jumping to the place finds the figure.
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toContain(
      'draft.txt:3:39: info statistic-source Missing source',
    );
    const stylish = await lint(['draft.txt', '--fix-dry-run']);
    expect(stylish.stderr).toContain('3:39-3:53');
    expect(stylish.stderr).toContain('> 3 | The council  voted  on Tuesday -- and at least 7,000');
    // --fix reports the file as it now is.
    const fixed = await lint(['draft.txt', '--fix', '--format', 'compact']);
    expect(fixed.stdout + fixed.stderr).toContain('draft.txt:3:36: info statistic-source Missing source');
  });

  it('should give a --fix-dry-run diff that applies exactly to a file with a byte-order mark', async () => {
    const target = file('story.txt', `\ufeff${fixable}`);
    const { stdout } = await lint(['story.txt', '--fix-dry-run']);
    // No fuzz: the context lines, the first one with its mark, are the file's own.
    const patched = applyPatch(readFileSync(target, 'utf8'), stdout, { fuzzFactor: 0 });
    await lint(['story.txt', '--fix']);
    expect(patched).toBe(readFileSync(target, 'utf8'));
  });
});

describe('copydesk lint (spawned bin)', () => {
  it('should lint with the real bin and exit with its code', () => {
    file('error.txt', error);
    const result = spawnCli(['lint', 'error.txt', '--format', 'compact'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'error.txt:3:1: error quote-balance Missing closing `"` for the quote opened here, expected one before the end of the paragraph\n',
    );
  });

  it('should show lint in the help', () => {
    const result = spawnCli(['lint', '--help'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--fix-dry-run');
    expect(result.stdout).toContain('-o, --output-file <file>');
  });

  it('should write a report file with the real bin', () => {
    file('error.txt', error);
    const result = spawnCli(['lint', 'error.txt', '--format', 'github', '-o', 'report.txt'], { cwd: dir });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toMatch(/^::error file=error\.txt,line=3,col=1,/);
    expect(readdirSync(dir).sort()).toEqual(['error.txt', 'report.txt']);
  });
});

describe('copydesk lint: single-quoted phrases under the strict preset', () => {
  it('should curl both marks of a phrase, never the closing one alone, and should flag a mixed pair', async () => {
    file('.copydeskrc.json', '{"extends": "strict", "rules": {"source-tags-required": "off"}}\n');
    const target = file('story.txt', "Minister 'regrets' row over '90s policy\n\nThe minister said it was fine.\n");
    await lint(['story.txt', '--fix']);
    expect(readFileSync(target, 'utf8')).toBe(
      'Minister ‘regrets’ row over ’90s policy\n\nThe minister said it was fine.\n',
    );

    file('mixed.txt', "Minister 'regrets’ row over ’90s policy\n\nThe minister said it was fine.\n");
    const mixed = await lint(['mixed.txt']);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain("Unexpected `'` opening a phrase closed with `’`, expected `‘`");
  });
});

describe('copydesk lint: a single-quoted phrase holding a plural possessive', () => {
  it("should pair `'the analysts' view’` at its real closing mark, and fix its opening mark", async () => {
    const draft = "Shares fall on outlook\n\nHe disputed 'the analysts' view’ of the market, it said.\n";
    file('story.txt', draft);
    const result = await lint(['story.txt', '--format', 'compact']);
    expect(result.stdout).toContain(
      "story.txt:3:13: warning quote-marks-consistent Unexpected `'` opening a phrase closed with `’`, expected `‘`",
    );
    await lint(['story.txt', '--fix']);
    expect(readFileSync(path.join(dir, 'story.txt'), 'utf8')).toBe(draft.replace("'the", '‘the'));
  });
});

describe('copydesk lint: a straight single-quoted phrase under the strict preset', () => {
  it('should report both marks and curl them with --fix, as it does straight double marks', async () => {
    file('.copydeskrc.json', '{"extends": "strict", "rules": {"source-tags-required": "off"}}\n');
    const target = file(
      'story.txt',
      'Minister faces questions\n\nHe called it \'a disaster\'. "It failed," she said.\n',
    );
    const result = await lint(['story.txt', '--format', 'compact']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "story.txt:3:14: error quote-marks-consistent Unexpected straight `'`, expected `‘`",
    );
    expect(result.stdout).toContain(
      "story.txt:3:25: error quote-marks-consistent Unexpected straight `'`, expected `’`",
    );
    await lint(['story.txt', '--fix']);
    expect(readFileSync(target, 'utf8')).toBe(
      'Minister faces questions\n\nHe called it ‘a disaster’. “It failed,” she said.\n',
    );
  });
});

describe('copydesk lint: a disable comment with a misspelt rule id', () => {
  it('should warn, naming the id and its line', async () => {
    file(
      'story.txt',
      `Ad sales boost Time Warner profit\n\n<!-- copydesk-disable-next-line dash-styel -->\nProfits rose - a record.\n`,
    );
    const result = await lint(['story.txt', '--format', 'compact']);
    expect(result.stdout).toContain(
      'story.txt:3:33: warning parse Unknown rule `dash-styel` in `copydesk-disable-next-line`, expected `dash-style`; it switches nothing off',
    );
  });
});

describe('copydesk lint: the ap preset', () => {
  it('should accept a wire byline in capitals', async () => {
    file('.copydeskrc.yaml', 'extends: ap\n');
    file('wire.txt', 'Council votes on budget plan\n\nBy MARIA GONZALEZ\n\nPORTLAND, Ore. (AP) — The council voted.\n');
    const result = await lint(['wire.txt', '--format', 'compact']);
    expect(result.stdout).not.toContain('byline-format');
    expect(result.code).toBe(0);
  });
});

describe('copydesk lint --fix-dry-run: the diff (spawned bin)', () => {
  it.each([['recommended'], ['ap'], ['strict']])(
    'should print for the fixtures, under the %s rules, what jsdiff printed for the whole files, and patch should apply it',
    (preset) => {
      // jsdiff's createTwoFilesPatch of each file and its --fix output is what --fix-dry-run
      // printed before it built the hunks itself.
      file('config.yaml', preset === 'recommended' ? 'rules: {}\n' : `extends: ${preset}\n`);
      const names = listFixtures().map((fixture) => {
        const name = `${fixture.name}${path.extname(fixture.inputName)}`;
        for (const folder of ['draft', 'fixed']) {
          mkdirSync(path.join(dir, folder), { recursive: true });
          copyFileSync(fixture.inputPath, path.join(dir, folder, name));
        }
        return name;
      });
      const dry = spawnCli(['lint', ...names.map((name) => `draft/${name}`), '--fix-dry-run', '-c', 'config.yaml'], {
        cwd: dir,
      });
      spawnCli(['lint', ...names.map((name) => `fixed/${name}`), '--fix', '-c', 'config.yaml'], { cwd: dir });
      const expected = names
        .map((name) => {
          const before = readFileSync(path.join(dir, 'draft', name), 'utf8');
          const after = readFileSync(path.join(dir, 'fixed', name), 'utf8');
          return before === after ? '' : createTwoFilesPatch(`a/draft/${name}`, `b/draft/${name}`, before, after);
        })
        .join('');
      expect(expected).not.toBe('');
      expect(dry.stdout).toBe(expected);
      execFileSync('patch', ['-p1', '-F', '0', '-s', '--no-backup-if-mismatch'], { cwd: dir, input: dry.stdout });
      for (const name of names) {
        expect(readFileSync(path.join(dir, 'draft', name), 'utf8')).toBe(
          readFileSync(path.join(dir, 'fixed', name), 'utf8'),
        );
      }
    },
  );

  it('should print the diff of 10,000 fixed paragraphs in time linear in them, one that applies', {
    timeout: 20_000,
  }, async ({ signal }) => {
    // jsdiff's Myers diff of the whole files took 51 s here, O(lines × changes). The signal
    // ends the child if the test times out.
    const paragraphs = Array.from({ length: 10_000 }, (_, index) => `Line ${index} rose -- a record, it said.\n`);
    const draft = `Ad sales boost Time Warner profit\n\n${paragraphs.join('\n')}`;
    file('long.txt', draft);
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'lint', 'long.txt', '--fix-dry-run'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
      signal,
    });
    const hunks = parsePatch(stdout)[0]?.hunks;
    expect(hunks).toHaveLength(1);
    expect(hunks?.[0]?.lines.filter((line) => line.startsWith('+'))).toHaveLength(10_000);
    const patched = applyPatch(draft, stdout, { fuzzFactor: 0 });
    await promisify(execFile)(process.execPath, [bin, 'lint', 'long.txt', '--fix'], { cwd: dir, signal });
    expect(patched).toBe(readFileSync(path.join(dir, 'long.txt'), 'utf8'));
  });
});
