/**
 * Reporters: each turns the same results into its format. SARIF output is validated against
 * the SARIF 2.1.0 JSON Schema (vendored beside this test from @microsoft/jest-sarif, MIT; a
 * draft-04 schema, hence ajv-draft-04).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';

import { describe, expect, it } from 'vitest';
import { noColors } from '../../../src/lint/colors.js';
import { lint } from '../../../src/lint/engine.js';
import { reporters } from '../../../src/lint/reporters/index.js';
import { createResult, fatalMessage } from '../../../src/lint/result.js';
import { rules } from '../../../src/lint/rules/index.js';
import type { LintMessage, LintResult, ReporterContext } from '../../../src/lint/types.js';
import { parse } from '../../../src/parse.js';

type AjvClass = typeof import('ajv-draft-04').default;

const cwd = '/work/desk';
const text =
  'Ad sales boost Time Warner profit\n\nQuarterly profits jumped 76% - a record.\n\n"Our financial performance was strong, chairman Richard Parsons said.\n';
const context: ReporterContext = { colors: noColors, cwd, version: '1.2.3', rules: rules.map((rule) => rule.meta) };

function results(): LintResult[] {
  const messages = lint(parse(text, { from: 'text' }), {
    source: text,
    file: 'stories/a.txt',
    config: { rules: { 'statistic-source': 'off' } },
  });
  return [
    createResult({ file: 'stories/a.txt', path: path.join(cwd, 'stories/a.txt'), messages, source: text }),
    createResult({ file: 'stories/clean.txt', path: path.join(cwd, 'stories/clean.txt'), messages: [], source: 'x' }),
    createResult({
      file: 'stories/gone.txt',
      path: path.join(cwd, 'stories/gone.txt'),
      messages: [fatalMessage('stories/gone.txt', 'no such file')],
      source: undefined,
    }),
  ];
}

/** A binary file's failure: the line of its first NUL byte is known, the column is not. */
function binaryResult(): LintResult {
  const reason = 'looks like a binary file (a NUL byte at byte 6), expected text';
  return createResult({
    file: 'stories/photo.txt',
    path: path.join(cwd, 'stories/photo.txt'),
    messages: [fatalMessage('stories/photo.txt', reason, 3)],
    source: undefined,
  });
}

/** The SARIF log's one run, with the parts these tests read. */
interface SarifRun {
  tool: { driver: { name: string; version: string; rules: Array<{ id: string; helpUri: string }> } };
  originalUriBaseIds: Record<string, { uri: string }>;
  results: Array<{
    ruleId: string;
    ruleIndex: number;
    level: string;
    locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }>;
  }>;
  invocations: Array<{
    executionSuccessful: boolean;
    toolExecutionNotifications: Array<{ message: { text: string }; locations: unknown[] }>;
  }>;
}

/** A SARIF result's fixes, as the reporter writes them. */
interface SarifFixed {
  fixes?: unknown[];
}

function sarifRun(output: string): SarifRun {
  return (JSON.parse(output) as { runs: SarifRun[] }).runs[0] as SarifRun;
}

let validator: (((log: unknown) => boolean) & { errors?: unknown }) | undefined;

/** Validate against the SARIF 2.1.0 schema, with uri formats checked for real. */
function expectValidSarif(output: string): void {
  validator ??= compileSarifSchema();
  expect(validator(JSON.parse(output)), JSON.stringify(validator.errors, null, 2)).toBe(true);
}

function compileSarifSchema() {
  const schema = JSON.parse(
    readFileSync(fileURLToPath(new URL('sarif-schema-2.1.0.json', import.meta.url)), 'utf8'),
  ) as Record<string, unknown>;
  // The package is CommonJS: `module.exports` is the class, which also carries itself as `default`.
  const Ajv = (AjvDraft04 as unknown as { default: AjvClass }).default;
  // The schema's language-tag pattern is not valid with the `u` flag, so compile patterns without it.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', isUri).addFormat('uri-reference', isUriReference).addFormat('date-time', true);
  return ajv.compile(schema);
}

/** RFC 3986 characters, with `%` only before two hex digits. */
const uriCharacters = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;

function isUri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) && uriCharacters.test(value);
}

/** A relative reference may not have a `:` before its first `/`, or it would read as a scheme. */
function isUriReference(value: string): boolean {
  return isUri(value) || (uriCharacters.test(value) && !/^[^/?#]*:/.test(value));
}

describe('reporters', () => {
  it('compact: should print file:line:col: severity rule message', () => {
    expect(reporters.compact(results(), context)).toBe(
      [
        'stories/a.txt:3:30: warning dash-style Unexpected `-` used as a dash, expected `—`',
        'stories/a.txt:5:1: error quote-balance Missing closing `"` for the quote opened here, expected one before the end of the paragraph',
        'stories/gone.txt:0:0: error fatal no such file',
        '',
      ].join('\n'),
    );
  });

  it('github: should print escaped workflow commands', () => {
    const output = reporters.github(results(), context).split('\n');
    expect(output[0]).toBe(
      '::warning file=stories/a.txt,line=3,col=30,endLine=3,endColumn=31,title=copydesk (dash-style)::Unexpected `-` used as a dash, expected `—`',
    );
    expect(output[1]).toMatch(
      /^::error file=stories\/a.txt,line=5,col=1,endLine=5,endColumn=2,title=copydesk \(quote-balance\)::/,
    );
    expect(output[2]).toBe('::error file=stories/gone.txt,title=copydesk::no such file');
  });

  it('github: should escape commas, colons, newlines and percent signs', () => {
    const [result] = results();
    const message = { ...(result?.messages[0] as LintResult['messages'][number]), message: '50% done\nnext' };
    const odd = createResult({ file: 'a,b:c.txt', path: undefined, messages: [message], source: text });
    expect(reporters.github([odd], context)).toContain('file=a%2Cb%3Ac.txt,');
    expect(reporters.github([odd], context)).toContain('::50%25 done%0Anext');
  });

  it('json: should print results without their source text', () => {
    const parsed = JSON.parse(reporters.json(results(), context)) as Array<Record<string, unknown>>;
    expect(parsed).toHaveLength(3);
    expect(parsed[0]).not.toHaveProperty('source');
    expect(parsed[0]).toMatchObject({ file: 'stories/a.txt', errorCount: 1, warningCount: 1, fixableCount: 1 });
    expect((parsed[0]?.['messages'] as unknown[] | undefined)?.[0]).toMatchObject({
      ruleId: 'dash-style',
      severity: 'warning',
      fatal: false,
      line: 3,
      column: 30,
      endLine: 3,
      endColumn: 31,
      url: 'https://github.com/copydesk/copydesk#rule-dash-style',
      fix: { edits: [{ start: 64, end: 65, text: '—' }] },
    });
  });

  it('stylish: should group by file with a code frame and a summary', () => {
    expect(reporters.stylish(results(), context)).toBe(
      [
        'stories/a.txt',
        '  3:30-3:31  warning  Unexpected `-` used as a dash, expected `—`  dash-style',
        '    > 3 | Quarterly profits jumped 76% - a record.',
        '        |                              ^',
        '  5:1-5:2    error    Missing closing `"` for the quote opened here, expected one before the end of the paragraph  quote-balance',
        '    > 5 | "Our financial performance was strong, chairman Richard Parsons said.',
        '        | ^',
        '',
        'stories/gone.txt',
        '  0:0  error    no such file',
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        '  1 problem fixable with --fix',
        '',
      ].join('\n'),
    );
  });

  it('stylish: should put the caret under wide characters as a terminal draws them, columns in UTF-16', () => {
    const wide = 'Tokyo budget passes\n\n東京 🎉 officials said the cost rose 76% - a record.\n';
    const messages = lint(parse(wide, { from: 'text' }), {
      source: wide,
      file: 'wide.txt',
      config: { rules: { 'dash-style': 'warning' } },
    }).filter((message) => message.ruleId === 'dash-style');
    const output = reporters.stylish(
      [createResult({ file: 'wide.txt', path: undefined, messages, source: wide })],
      context,
    );
    // `-` is UTF-16 column 40 (as eslint counts), but terminal column 42: 東 and 京 take two
    // columns each, and 🎉, two UTF-16 units, takes two.
    expect(output).toContain(
      [
        '  3:40-3:41  warning  Unexpected `-` used as a dash, expected `—`  dash-style',
        '    > 3 | 東京 🎉 officials said the cost rose 76% - a record.',
        `        | ${' '.repeat(41)}^`,
      ].join('\n'),
    );
  });

  it('compact, sarif: should show front matter that is not YAML as a warning of no rule, not as fatal', () => {
    const draft = '---\ntitle: [unclosed\n---\n\n# Council backs the plan\n\nThe council voted on Tuesday.\n';
    const messages = lint(parse(draft, { from: 'markdown' }), { source: draft, file: 'stories/d.md' });
    const result = createResult({
      file: 'stories/d.md',
      path: path.join(cwd, 'stories/d.md'),
      messages,
      source: draft,
    });
    expect(reporters.compact([result], context)).toContain(
      'stories/d.md:2:17: warning parse Front matter is not valid YAML: Flow sequence',
    );
    const sarif = reporters.sarif([result], context);
    expectValidSarif(sarif);
    expect(sarifRun(sarif).invocations[0]?.toolExecutionNotifications).toMatchObject([
      { level: 'warning', message: { text: expect.stringContaining('Front matter is not valid YAML') } },
    ]);
  });

  it('stylish: should report 150,000 messages', () => {
    // The place column's width was `Math.max(...widths)`, one argument per message: a RangeError.
    const [message] = results()[0]?.messages ?? [];
    const messages = Array.from({ length: 150_000 }, (_, index) => ({ ...message, line: index + 1 }) as LintMessage);
    const output = reporters.stylish(
      [createResult({ file: 'long.txt', path: undefined, messages, source: undefined })],
      context,
    );
    expect(output).toContain('150000 problems');
  });

  it('stylish: should print nothing for clean results', () => {
    expect(
      reporters.stylish([createResult({ file: 'a.txt', path: undefined, messages: [], source: '' })], context),
    ).toBe('');
  });

  it('sarif: should be valid SARIF 2.1.0', () => {
    expectValidSarif(reporters.sarif(results(), context));
  });

  it('sarif: should describe every rule and point results at files under %SRCROOT%', () => {
    const run = sarifRun(reporters.sarif(results(), context));
    expect(run?.tool.driver).toMatchObject({ name: 'copydesk', version: '1.2.3' });
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.meta.id));
    expect(run?.originalUriBaseIds['%SRCROOT%']?.uri).toBe('file:///work/desk/');
    expect(run?.results.map((result) => [result.ruleId, result.level])).toEqual([
      ['dash-style', 'warning'],
      ['quote-balance', 'error'],
    ]);
    const first = run?.results[0];
    expect(run?.tool.driver.rules[first?.ruleIndex ?? -1]?.id).toBe('dash-style');
    expect(first?.locations[0]).toEqual({
      physicalLocation: {
        artifactLocation: { uri: 'stories/a.txt', uriBaseId: '%SRCROOT%' },
        region: { startLine: 3, startColumn: 30, endLine: 3, endColumn: 31 },
      },
    });
    expect(run?.invocations[0]?.toolExecutionNotifications).toHaveLength(1);
  });

  it('sarif: should carry a safe fix as the replacement of the region it changes', () => {
    const output = reporters.sarif(results(), context);
    expectValidSarif(output);
    const [dash, quote] = (JSON.parse(output) as { runs: Array<{ results: SarifFixed[] }> }).runs[0]?.results ?? [];
    expect(quote?.fixes).toBeUndefined();
    expect(dash?.fixes).toEqual([
      {
        description: { text: expect.any(String) },
        artifactChanges: [
          {
            artifactLocation: { uri: 'stories/a.txt', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 3, startColumn: 30, endLine: 3, endColumn: 31 },
                insertedContent: { text: '—' },
              },
            ],
          },
        ],
      },
    ]);
  });

  it('sarif: should leave fixes out when the text is not known', () => {
    const [linted] = results();
    const withoutSource = createResult({ ...(linted as LintResult), source: undefined });
    const run = JSON.parse(reporters.sarif([withoutSource], context)) as { runs: Array<{ results: SarifFixed[] }> };
    expect(run.runs[0]?.results.map((result) => result.fixes)).toEqual([undefined, undefined]);
  });

  it('sarif: should percent-encode each segment of a file name, so that decoding gives it back', () => {
    const names = [
      'my story #1 é.txt',
      'we,ird:na%%me.txt',
      'desk:a/b:c?d.txt',
      'a+b@c&d=e;f$g.txt',
      'Zürich/日本 ✓.md',
      '../above/50% off.txt',
    ];
    const [linted] = results();
    const messages = (linted as LintResult).messages;
    const odd = names.map((name) => createResult({ file: name, path: path.join(cwd, name), messages, source: text }));
    const output = reporters.sarif(odd, context);
    expectValidSarif(output);
    const run = sarifRun(output);
    const uris = names.map((_, index) => run.results[index * messages.length]?.locations[0]?.physicalLocation);
    expect(uris.map((location) => location?.artifactLocation.uri)).toEqual([
      'my%20story%20%231%20%C3%A9.txt',
      'we,ird%3Ana%25%25me.txt',
      'desk%3Aa/b:c%3Fd.txt',
      'a%2Bb@c&d=e;f$g.txt',
      'Z%C3%BCrich/%E6%97%A5%E6%9C%AC%20%E2%9C%93.md',
      '../above/50%25%20off.txt',
    ]);
    for (const [index, location] of uris.entries()) {
      const uri = location?.artifactLocation.uri ?? '';
      expect(decodeURIComponent(uri)).toBe(names[index]);
      // Resolved against %SRCROOT%, as code scanning does, the URI names the file itself.
      const base = run.originalUriBaseIds['%SRCROOT%']?.uri;
      expect(fileURLToPath(new URL(uri, base))).toBe(path.join(cwd, names[index] ?? ''));
    }
  });

  it('sarif: should encode the names of files that could not be read too', () => {
    const gone = createResult({
      file: 'my #2.txt',
      path: path.join(cwd, 'my #2.txt'),
      messages: [fatalMessage('my #2.txt', 'no such file')],
      source: undefined,
    });
    const run = sarifRun(reporters.sarif([gone], context));
    expect(run.invocations[0]?.toolExecutionNotifications[0]?.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: 'my%20%232.txt', uriBaseId: '%SRCROOT%' } } },
    ]);
  });

  it('sarif: should say the run did not succeed when a file could not be read', () => {
    const [linted, clean] = results();
    const ok = sarifRun(reporters.sarif([linted as LintResult, clean as LintResult], context));
    expect(ok.invocations[0]).toEqual({ executionSuccessful: true, toolExecutionNotifications: [] });
    const failed = sarifRun(reporters.sarif(results(), context));
    expect(failed.invocations[0]?.executionSuccessful).toBe(false);
    expect(failed.invocations[0]?.toolExecutionNotifications[0]?.message.text).toBe('stories/gone.txt: no such file');
  });

  it('sarif: should point the notification of a binary file at its line', () => {
    const output = reporters.sarif([binaryResult()], context);
    expectValidSarif(output);
    expect(sarifRun(output).invocations[0]?.toolExecutionNotifications[0]?.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'stories/photo.txt', uriBaseId: '%SRCROOT%' },
          region: { startLine: 3, startColumn: 1 },
        },
      },
    ]);
  });

  it('should put a failure with a line at that line, column 1, in every format', () => {
    const binary = [binaryResult()];
    const reason = 'looks like a binary file (a NUL byte at byte 6), expected text';
    expect(reporters.compact(binary, context)).toBe(`stories/photo.txt:3:1: error fatal ${reason}\n`);
    expect(reporters.github(binary, context)).toBe(
      `::error file=stories/photo.txt,line=3,col=1,title=copydesk::${reason}\n`,
    );
    expect(reporters.stylish(binary, context)).toContain(`\n  3:1  error    ${reason}\n`);
    const [parsed] = JSON.parse(reporters.json(binary, context)) as Array<{ messages: unknown[] }>;
    expect(parsed?.messages).toEqual([
      {
        file: 'stories/photo.txt',
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
});

describe('control characters in what the reporters print for people', () => {
  // A draft that holds an escape sequence (here one that sets the terminal's title) and a
  // message that quotes a line break: printed as they are, they would run in the terminal or
  // break the one-message-a-line formats.
  const planted = 'Vote passes\n\nThe vote \u001b]0;pwned\u0007was 76% - a record, officials said.\n';
  const escaped: LintResult[] = [
    createResult({
      file: 'stories/\u001b[2Jb.txt',
      path: path.join(cwd, 'stories/b.txt'),
      messages: [
        ...lint(parse(planted, { from: 'text' }), { source: planted, file: 'b.txt' }),
        { ...fatalMessage('b.txt', 'quoted `a\nb\u001b[31m`'), fatal: false, severity: 'warning' as const },
      ],
      source: planted,
    }),
  ];

  it.each(['stylish', 'compact', 'github'] as const)('should draw them as symbols in %s', (format) => {
    const output = reporters[format](escaped, context);
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(output).toContain('\u241b');
  });

  it('should keep compact at one line a message', () => {
    const output = reporters.compact(escaped, context);
    expect(output.trimEnd().split('\n')).toHaveLength(escaped[0]?.messages.length ?? 0);
  });
});
