/**
 * `copydesk convert`, through the real bin (spawned) and in-process (`run` with fake streams):
 * output formats, files in and out, stdin, options, help, colour and exit codes. Batches,
 * `--jobs` and NDJSON have their own tests (batch.test.ts, ndjson.test.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { toHtml } from '../../src/write/html/index.js';
import { toJson } from '../../src/write/json.js';
import { toMarkdown } from '../../src/write/markdown/index.js';
import { root, runCli, spawnCli } from '../helpers/cli.js';

const story = 'Quake rattles Chile\n\nBy Jane Doe\n\nSANTIAGO, Chile (AP) — A quake shook the north.\n\n— AP\n';
const draft = '# Council backs plan\n\nBy Priya Natarajan\n\nCouncillors voted *31 to 28* on Tuesday.\n';
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
const ansi = /\u001b\[\d+m/;

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'copydesk-convert-'));
  writeFileSync(path.join(dir, 'story.txt'), story);
  writeFileSync(path.join(dir, 'draft.md'), draft);
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function expected(text: string, file: string | undefined, format: 'json' | 'markdown' | 'html'): string {
  const tree = parse(text, file === undefined ? {} : { file });
  if (format === 'json') return toJson(tree);
  return format === 'markdown' ? toMarkdown(tree) : toHtml(tree);
}

describe('copydesk convert (spawned bin)', () => {
  it('should print the tree as JSON by default, with positions', () => {
    const result = spawnCli(['convert', 'story.txt'], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: expected(story, 'story.txt', 'json'), stderr: '' });
    expect(JSON.parse(result.stdout).children[0].position.start).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it.each(['json', 'markdown', 'html'] as const)('should write --to %s', (format) => {
    const result = spawnCli(['convert', 'story.txt', '--to', format], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: expected(story, 'story.txt', format), stderr: '' });
  });

  it('should write quotes within quotes 30,000 deep as Markdown', async () => {
    // The writer wrote each quote whole to learn its first character, at every level: about 40 s.
    const quotes = `${'“a ‘b '.repeat(17_000)}${'’ ”'.repeat(17_000)}`;
    writeFileSync(path.join(dir, 'quotes.txt'), `Quotes within quotes\n\n${quotes}\n`);
    const { code, stdout } = await runCli(['convert', 'quotes.txt', '--to', 'markdown'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe(`# Quotes within quotes\n\n${quotes}\n`);
  });

  it('should convert a fixture article to its golden output', () => {
    const folder = path.join(root, 'fixtures', 'articles', 'wire-reuters');
    const input = readFileSync(path.join(folder, 'input.txt'), 'utf8');
    const result = spawnCli(['convert', path.join(folder, 'input.txt'), '--to', 'markdown']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(toMarkdown(parse(input, { file: 'input.txt' })));
  });

  it('should write a standalone page with --standalone', () => {
    const { code, stdout } = spawnCli(['convert', 'story.txt', '--to', 'html', '--standalone'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout.startsWith('<!doctype html>')).toBe(true);
    expect(stdout).toContain('"@type": "NewsArticle"');
  });

  it('should leave out positions with --no-position', () => {
    const { code, stdout } = spawnCli(['convert', 'story.txt', '--no-position'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe(toJson(parse(story, { file: 'story.txt' }), { position: false }));
    expect(stdout).not.toContain('"position"');
  });

  it('should start Markdown with YAML metadata with --front-matter', () => {
    const { code, stdout } = spawnCli(['convert', 'story.txt', '--to', 'markdown', '--front-matter'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe(toMarkdown(parse(story, { file: 'story.txt' }), { frontMatter: true }));
    expect(stdout.startsWith('---\ntitle: Quake rattles Chile\nauthors:\n  - Jane Doe\n')).toBe(true);
  });

  it('should write to a file with -o, and nothing to stdout', () => {
    const result = spawnCli(['convert', 'story.txt', '--to', 'html', '-o', 'out/story.html'], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(path.join(dir, 'out', 'story.html'), 'utf8')).toBe(expected(story, 'story.txt', 'html'));
  });

  it('should write one file per input with --out-dir, named after the input', () => {
    const result = spawnCli(['convert', 'story.txt', 'draft.md', '--to', 'markdown', '--out-dir', 'md', '-q'], {
      cwd: dir,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(path.join(dir, 'md', 'story.md'), 'utf8')).toBe(expected(story, 'story.txt', 'markdown'));
    expect(readFileSync(path.join(dir, 'md', 'draft.md'), 'utf8')).toBe(expected(draft, 'draft.md', 'markdown'));
  });

  it('should mirror the folders below a glob with --out-dir', () => {
    mkdirSync(path.join(dir, 'drafts', 'world'), { recursive: true });
    writeFileSync(path.join(dir, 'drafts', 'a.txt'), story);
    writeFileSync(path.join(dir, 'drafts', 'world', 'b.txt'), story);
    const { code } = spawnCli(['convert', 'drafts/**/*.txt', '--to', 'html', '--out-dir', 'site', '-q'], { cwd: dir });
    expect(code).toBe(0);
    expect(existsSync(path.join(dir, 'site', 'a.html'))).toBe(true);
    expect(existsSync(path.join(dir, 'site', 'world', 'b.html'))).toBe(true);
  });

  it('should mirror the folders below the one files named outright share, so same-named files do not collide', () => {
    mkdirSync(path.join(dir, 'a'), { recursive: true });
    mkdirSync(path.join(dir, 'b', 'c'), { recursive: true });
    writeFileSync(path.join(dir, 'a', 'x.txt'), story);
    writeFileSync(path.join(dir, 'b', 'c', 'x.txt'), story);
    const both = spawnCli(['convert', 'a/x.txt', 'b/c/x.txt', '--to', 'html', '--out-dir', 'site', '-q'], { cwd: dir });
    expect(both.code).toBe(0);
    expect(existsSync(path.join(dir, 'site', 'a', 'x.html'))).toBe(true);
    expect(existsSync(path.join(dir, 'site', 'b', 'c', 'x.html'))).toBe(true);
    const one = spawnCli(['convert', 'b/c/x.txt', '--to', 'html', '--out-dir', 'one', '-q'], { cwd: dir });
    expect(one.code).toBe(0);
    expect(existsSync(path.join(dir, 'one', 'x.html'))).toBe(true);
  });

  it('should read stdin when no file is given, sniffing Markdown', () => {
    const result = spawnCli(['convert', '--to', 'json', '--no-position'], { input: draft });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).data.format).toBe('markdown');
    expect(result.stdout).toBe(toJson(parse(draft), { position: false }));
  });

  it("should title a standalone page without a headline after the draft's front matter", () => {
    const draft = '---\ntitle: Council approves flood barrier\n---\n\nThe council approved a barrier.\n';
    const page = spawnCli(['convert', '--to', 'html', '--standalone'], { input: draft }).stdout;
    expect(page).toContain('<title>Council approves flood barrier</title>');
  });

  it('should keep lint directive comments of a plain-text draft out of the HTML and as comments in Markdown', () => {
    const draft =
      'Shares rise at Acme\n\n<!-- copydesk-disable dash-style -->\nShares rose 76% - a record.\n<!-- copydesk-enable dash-style -->\n';
    const html = spawnCli(['convert', '--from', 'text', '--to', 'html'], { input: draft }).stdout;
    expect(html).not.toContain('copydesk-disable');
    expect(html).toContain('<p>Shares rose');
    const markdown = spawnCli(['convert', '--from', 'text', '--to', 'markdown'], { input: draft }).stdout;
    expect(markdown).toContain('\n\n<!-- copydesk-disable dash-style -->\n\nShares rose');
  });

  it('should keep a byline typed right under the headline out of the headline', () => {
    const draft = 'Acme profits soar as sales jump\nBy Jane Doe\n\nAcme said profits rose, the firm said.\n';
    const tree = JSON.parse(spawnCli(['convert', '--from', 'text', '--no-position'], { input: draft }).stdout);
    expect(tree.children.slice(0, 2)).toMatchObject([
      { type: 'headline', children: [{ value: 'Acme profits soar as sales jump' }] },
      { type: 'byline', authors: ['Jane Doe'] },
    ]);
  });

  it('should write inline code wrapped over a CRLF line break with LF, as every output is', () => {
    const markdown = spawnCli(['convert', '--from', 'markdown', '--to', 'markdown'], {
      input: '# Code story\r\n\r\nRun `npm\r\ninstall` first.\r\n',
    }).stdout;
    expect(markdown).toBe('# Code story\n\nRun `npm\ninstall` first.\n');
  });

  it("should give a standalone page's quotes the author's marks at every depth", () => {
    const page = spawnCli(['convert', '--to', 'html', '--standalone'], {
      input: 'Nest story\n\n"She told me \'no\' and that was it for the plan," he said.\n',
    }).stdout;
    expect(page).toContain(
      'data-marks="&#x22;&#x22;">She told me <q class="quote phrase" data-kind="phrase" data-marks="&#x27;&#x27;">no</q>',
    );
    expect(page).toContain('{ quotes: "\\201C" "\\201D" "\\201C" "\\201D"; }');
    expect(page).toContain('{ quotes: "\\2018" "\\2019" "\\2018" "\\2019"; }');
  });

  it("should set a standalone page's language with --lang, and refuse --lang without --standalone", () => {
    const input = '# Presupuesto aprobado\n\nEl consejo lo aprobó.\n';
    const page = spawnCli(['convert', '--to', 'html', '--standalone', '--lang', 'es'], { input });
    expect(page.stdout).toContain('<html lang="es">');
    const fragment = spawnCli(['convert', '--to', 'html', '--lang', 'es'], { input });
    expect(fragment.code).toBe(2);
    expect(fragment.stderr).toContain('--lang sets the standalone page');
    const bad = spawnCli(['convert', '--to', 'html', '--standalone', '--lang', 'Spanish language'], { input });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected a language tag such as en or pt-BR');
  });

  it('should draw control characters in a file name it reports as symbols', () => {
    const result = spawnCli(['convert', 'missing\u001b[2J.txt']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing\u241b[2J.txt: no such file');
    expect(result.stderr).not.toContain('\u001b');
  });

  it('should not take the first line of a quotation that runs on for a section heading', () => {
    const draft =
      'Council approves budget\n\nThe council approved its budget.\n\n"We did it\n\nEveryone worked hard," the mayor said.\n';
    const markdown = spawnCli(['convert', '--from', 'text', '--to', 'markdown'], { input: draft }).stdout;
    expect(markdown).toContain('\n\n"We did it\n\nEveryone');
    expect(markdown).not.toContain('## ');
  });

  it('should keep a link whose scheme is in any case (Https://) in the HTML, fragment and page', () => {
    const input =
      '# Links\n\nSee [the report](Https://x.com/r), [mail](MAILTO:d@x.com) and [bad](JaVaScRiPt:alert(1)).\n';
    for (const flags of [[], ['--standalone']]) {
      const html = spawnCli(['convert', '--to', 'html', ...flags], { input }).stdout;
      expect(html).toContain('<a href="https://x.com/r">the report</a>');
      expect(html).toContain('<a href="mailto:d@x.com">mail</a>');
      expect(html).toContain('<a>bad</a>');
      expect(html.toLowerCase()).not.toContain('javascript:');
    }
  });

  it('should keep a Markdown image in a paragraph with a quote, in Markdown and HTML', () => {
    const photo =
      '# Bridge opens\n\nThe mayor called it "historic" and posted ![the bridge](https://x.com/b.jpg) online.\n';
    const markdown = spawnCli(['convert', '--to', 'markdown'], { input: photo });
    expect(markdown.stdout).toContain('"historic" and posted ![the bridge](https://x.com/b.jpg) online.');
    const html = spawnCli(['convert', '--to', 'html'], { input: photo });
    expect(html.stdout).toContain('and posted <img src="https://x.com/b.jpg" alt="the bridge"> online.');
  });

  it('should read stdin for "-", named by --stdin-filename', () => {
    const result = spawnCli(['convert', '-', '--stdin-filename', 'piped.txt'], { input: story });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(expected(story, 'piped.txt', 'json'));
  });

  it('should use the reader chosen with --from', () => {
    const asText = spawnCli(['convert', 'draft.md', '--from', 'text', '--no-position'], { cwd: dir });
    expect(JSON.parse(asText.stdout).data.format).toBe('text');
    expect(JSON.parse(asText.stdout).children[0].type).toBe('headline');
    expect(JSON.parse(asText.stdout).children[0].children[0].value).toBe('# Council backs plan');
    const asMarkdown = spawnCli(['convert', 'story.txt', '--from', 'markdown', '--no-position'], { cwd: dir });
    expect(JSON.parse(asMarkdown.stdout).data.format).toBe('markdown');
  });

  it('should show help with examples for the program and for convert', () => {
    const program = spawnCli(['--help']);
    expect(program.code).toBe(0);
    expect(program.stdout).toContain('Examples:');
    expect(program.stdout).toContain('copydesk convert');
    // Every exit code the README lists, the signal and broken-pipe ones too.
    for (const code of [
      '0 success',
      '1 an input failed',
      '2 usage error',
      '130 interrupted',
      '143 terminated',
      '141 stdout closed',
    ]) {
      expect(program.stdout).toContain(code);
    }
    const convert = spawnCli(['convert', '--help']);
    expect(convert.code).toBe(0);
    expect(convert.stdout).toContain('Usage: copydesk convert');
    expect(convert.stdout).toContain('Examples:');
    expect(convert.stdout).toMatch(/\$ copydesk convert story\.txt --to html --standalone -o story\.html/);
  });

  it.each([
    [['--standalone'], '--standalone makes a whole HTML page: use it with --to html (or --format html)'],
    [['--to', 'markdown', '--standalone'], '--standalone makes a whole HTML page'],
    [
      ['--to', 'html', '--front-matter'],
      '--front-matter starts Markdown with YAML metadata: use it with --to markdown',
    ],
    [['--to', 'ndjson', '--format', 'html', '--front-matter'], '--front-matter starts Markdown with YAML metadata'],
  ])('should refuse an option the output format does not use: %j', async (options, message) => {
    const result = await runCli(['convert', '-', ...options], { stdin: 'Title here now\n\nBody text.\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('should show help on stderr and exit 2 when no command is given, and 0 when help is asked for', async () => {
    const bare = await runCli([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Usage: copydesk');
    expect((await runCli(['help'])).code).toBe(0);
    expect((await runCli(['help', 'lint'])).code).toBe(0);
  });

  it('should print the package version with --version and -V', () => {
    expect(spawnCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(spawnCli(['-V']).stdout).toBe(`${version}\n`);
  });

  it('should exit 1 and name the file when an input is missing, without a stack trace', () => {
    const result = spawnCli(['convert', 'missing.txt'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('missing.txt');
    expect(result.stderr).toContain('no such file');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('should exit 1 and name the file for a binary input', () => {
    writeFileSync(path.join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
    const result = spawnCli(['convert', 'photo.txt'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/photo\.txt.*binary/);
  });

  it('should still convert the good inputs when one fails', () => {
    const result = spawnCli(['convert', 'story.txt', 'missing.txt', '--out-dir', 'out', '-q'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing.txt');
    expect(readFileSync(path.join(dir, 'out', 'story.json'), 'utf8')).toBe(expected(story, 'story.txt', 'json'));
  });

  it.each([
    ['an unknown option', ['convert', 'story.txt', '--frobnicate']],
    ['an unknown output format', ['convert', 'story.txt', '--to', 'pdf']],
    ['an unknown command', ['publish', 'story.txt']],
    ['several inputs without --out-dir', ['convert', 'story.txt', 'draft.md']],
    ['both -o and --out-dir', ['convert', 'story.txt', '-o', 'a.json', '--out-dir', 'out']],
  ])('should exit 2 for %s', (_name, argv) => {
    const result = spawnCli(argv, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toBe('');
  });

  it('should say that several inputs need --out-dir', () => {
    expect(spawnCli(['convert', 'story.txt', 'draft.md'], { cwd: dir }).stderr).toContain('--out-dir');
  });

  it('should refuse an output that is also an input, and leave the input as it was', () => {
    const result = spawnCli(['convert', 'story.txt', '--to', 'markdown', '-o', 'story.txt'], { cwd: dir });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('story.txt');
    expect(result.stderr).toMatch(/overwrite/);
    expect(readFileSync(path.join(dir, 'story.txt'), 'utf8')).toBe(story);
  });

  it('should colour errors with FORCE_COLOR and not with NO_COLOR', () => {
    const forced = spawnCli(['convert', 'missing.txt'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(forced.stderr).toMatch(ansi);
    const plain = spawnCli(['convert', 'missing.txt'], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '' } });
    expect(plain.stderr).toContain('missing.txt');
    expect(plain.stderr).not.toMatch(ansi);
  });

  it('should never colour the data on stdout', () => {
    const { stdout } = spawnCli(['convert', 'story.txt', '--to', 'html'], { cwd: dir, env: { FORCE_COLOR: '3' } });
    expect(stdout).not.toMatch(ansi);
  });
});

describe('copydesk convert (in-process)', () => {
  it.each(['json', 'markdown', 'html'] as const)('should write --to %s to stdout', async (format) => {
    const result = await runCli(['convert', 'story.txt', '--to', format], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: expected(story, 'story.txt', format), stderr: '' });
  });

  it.each([
    [['convert', 'story.txt', '-o', ''], "option '-o, --output <file>' argument '' is invalid"],
    [['convert', 'story.txt', '--out-dir', ''], "option '-d, --out-dir <dir>' argument '' is invalid"],
    [['lint', 'story.txt', '-o', ''], "option '-o, --output-file <file>' argument '' is invalid"],
    [['lint', 'story.txt', '--config', ''], "option '-c, --config <file>' argument '' is invalid"],
    [['extract', 'quotes', 'story.txt', '-o', ''], "option '-o, --output <file>' argument '' is invalid"],
    [['convert', '--stdin-filename', ''], "option '--stdin-filename <name>' argument '' is invalid"],
  ])(
    'should refuse an empty path (an unset $OUT in a script) in %j, exit 2, not print to stdout',
    async (argv, message) => {
      const result = await runCli(argv, { cwd: dir, stdin: story });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`${message}. expected a path, not an empty string`);
    },
  );

  it.each(['out', 'out/', 'new/'])('should refuse -o %s, a folder, before converting, with exit 2', async (output) => {
    mkdirSync(path.join(dir, 'out'), { recursive: true });
    const result = await runCli(['convert', 'story.txt', '-o', output], { cwd: dir });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `error -o ${output}: is a directory, expected a file path (use --out-dir for a folder)\n`,
    });
  });

  it('should name an output it cannot write relative to the working folder', async () => {
    writeFileSync(path.join(dir, 'blocker'), 'a file where a folder should be');
    const result = await runCli(['convert', 'story.txt', '--out-dir', 'blocker/sub'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'error story.txt: cannot write blocker/sub/story.json: a file is in the way of a folder to create',
    );
  });

  it('should find no dateline in "U.S. SAYS NO - …", and still find "RIO DE JANEIRO —"', async () => {
    const datelines = async (lead: string) => {
      const result = await runCli(['convert', '--to', 'json', '--no-position'], { stdin: `Talks stall\n\n${lead}\n` });
      expect(result.code).toBe(0);
      const paragraph = (JSON.parse(result.stdout) as { children: Array<{ children?: Array<{ type: string }> }> })
        .children[1];
      return paragraph?.children?.filter((node) => node.type === 'dateline') ?? [];
    };
    expect(await datelines('U.S. SAYS NO - The talks stalled on Tuesday.')).toEqual([]);
    expect(await datelines('RIO DE JANEIRO — The talks stalled on Tuesday.')).toMatchObject([
      { type: 'dateline', place: 'RIO DE JANEIRO', date: null, agency: null },
    ]);
    // Wire slips: no comma before the date, a priority mark before the place.
    expect(await datelines('JOHANNESBURG March 13 - The talks stalled.')).toMatchObject([
      { type: 'dateline', place: 'JOHANNESBURG', date: 'March 13' },
    ]);
    expect(await datelines('****SANTO DOMINGO, March 4 - The talks stalled.')).toMatchObject([
      { type: 'dateline', place: 'SANTO DOMINGO', date: 'March 4' },
    ]);
  });

  it('should read stdin and honour --from', async () => {
    const result = await runCli(['convert', '--from', 'markdown', '--to', 'markdown'], { stdin: draft });
    expect(result).toEqual({ code: 0, stdout: toMarkdown(parse(draft, { from: 'markdown' })), stderr: '' });
  });

  it('should exit 2 when stdin is a terminal and no file is given', async () => {
    const result = await runCli(['convert'], { cwd: dir, stdinIsTty: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no input/);
  });

  it('should write -o and --out-dir files', async () => {
    expect((await runCli(['convert', 'story.txt', '-o', 'story.json'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, 'story.json'), 'utf8')).toBe(expected(story, 'story.txt', 'json'));
    expect((await runCli(['convert', 'story.txt', 'draft.md', '--out-dir', 'out', '-q'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, 'out', 'draft.json'), 'utf8')).toBe(expected(draft, 'draft.md', 'json'));
  });

  it('should exit 1 with a one-line error naming the file', async () => {
    const result = await runCli(['convert', 'nope.txt'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe('error nope.txt: no such file');
  });

  it('should exit 2 for usage errors', async () => {
    expect((await runCli(['convert', 'story.txt', '--to', 'pdf'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['convert', 'story.txt', 'draft.md'], { cwd: dir })).code).toBe(2);
  });

  it('should not colour stderr when it is not a terminal', async () => {
    expect((await runCli(['convert', 'nope.txt'], { cwd: dir })).stderr).not.toMatch(ansi);
  });

  it('should colour with FORCE_COLOR, even when NO_COLOR is set, and not with --no-color', async () => {
    const forced = await runCli(['convert', 'nope.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(forced.stderr).toMatch(ansi);
    const both = await runCli(['convert', 'nope.txt'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(both.stderr).toMatch(ansi);
    const off = await runCli(['convert', 'nope.txt', '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(off.stderr).not.toMatch(ansi);
  });

  it('should not colour with NO_COLOR or FORCE_COLOR=0', async () => {
    for (const env of [{ NO_COLOR: '1' }, { FORCE_COLOR: '0' }]) {
      expect((await runCli(['convert', 'nope.txt', '--color'], { cwd: dir, env })).stderr).not.toMatch(ansi);
    }
  });

  it('should warn, naming the file and line, when the front matter is not valid YAML, and still convert', async () => {
    writeFileSync(
      path.join(dir, 'bad.md'),
      '---\nslug: plan\ntitle: [unclosed\n---\n\n# Council backs plan\n\nText.\n',
    );
    for (const format of ['json', 'html'] as const) {
      const result = await runCli(['convert', 'bad.md', '--to', format], { cwd: dir });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Council backs plan');
      expect(result.stderr).toBe(
        'warning bad.md:3:17: front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; its fields are not read\n',
      );
    }
  });

  it('should note once that Markdown output leaves the front matter out without --front-matter', async () => {
    writeFileSync(path.join(dir, 'fm.md'), `---\nslug: plan\n---\n\n${draft}`);
    const result = await runCli(['convert', 'fm.md', '--to', 'markdown'], { cwd: dir });
    expect(result).toEqual({
      code: 0,
      stdout: expected(`---\nslug: plan\n---\n\n${draft}`, 'fm.md', 'markdown'),
      stderr: 'fm.md: front matter left out; add --front-matter to keep it\n',
    });
    const stdin = await runCli(['convert', '--to', 'markdown'], {
      cwd: dir,
      stdin: `---\nslug: plan\n---\n\n${draft}`,
    });
    expect(stdin.stderr).toBe('<stdin>: front matter left out; add --front-matter to keep it\n');
  });

  it('should say nothing of front matter with --front-matter, --quiet, other formats, or a draft without it', async () => {
    writeFileSync(path.join(dir, 'fm.md'), `---\nslug: plan\n---\n\n${draft}`);
    for (const argv of [
      ['fm.md', '--to', 'markdown', '--front-matter'],
      ['fm.md', '--to', 'markdown', '--quiet'],
      ['fm.md', '--to', 'html'],
      ['fm.md'],
      ['draft.md', '--to', 'markdown'],
    ]) {
      expect((await runCli(['convert', ...argv], { cwd: dir })).stderr, argv.join(' ')).toBe('');
    }
  });

  it('should note front matter left out once for a whole batch, before the summary', async () => {
    mkdirSync(path.join(dir, 'in'));
    for (const name of ['a.md', 'b.md', 'c.md'])
      writeFileSync(path.join(dir, 'in', name), `---\nslug: ${name}\n---\n\n${draft}`);
    writeFileSync(path.join(dir, 'in', 'd.txt'), story);
    const result = await runCli(['convert', 'in/*', '--to', 'markdown', '--out-dir', 'out'], { cwd: dir });
    expect(result.code).toBe(0);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('3 files: front matter left out; add --front-matter to keep it');
    expect(lines[1]).toMatch(/^4 files, 0 failed, /);
    const quiet = await runCli(['convert', 'in/*', '--to', 'markdown', '--out-dir', 'out2', '--quiet'], { cwd: dir });
    expect(quiet.stderr).toBe('');
  });

  it('should print help and version with exit code 0', async () => {
    const help = await runCli(['convert', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
