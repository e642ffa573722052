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
import type { LintResult, ReporterContext } from '../../../src/lint/types.js';
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

  it('stylish: should print nothing for clean results', () => {
    expect(
      reporters.stylish([createResult({ file: 'a.txt', path: undefined, messages: [], source: '' })], context),
    ).toBe('');
  });

  it('sarif: should be valid SARIF 2.1.0', () => {
    const schema = JSON.parse(
      readFileSync(fileURLToPath(new URL('sarif-schema-2.1.0.json', import.meta.url)), 'utf8'),
    ) as Record<string, unknown>;
    // The package is CommonJS: `module.exports` is the class, which also carries itself as `default`.
    const Ajv = (AjvDraft04 as unknown as { default: AjvClass }).default;
    // The schema's language-tag pattern is not valid with the `u` flag, so compile patterns without it.
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    ajv.addFormat('uri', true).addFormat('uri-reference', true).addFormat('date-time', true);
    const validate = ajv.compile(schema);
    const log = JSON.parse(reporters.sarif(results(), context)) as Record<string, unknown>;
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('sarif: should describe every rule and point results at files under %SRCROOT%', () => {
    const log = JSON.parse(reporters.sarif(results(), context)) as {
      runs: Array<{
        tool: { driver: { name: string; version: string; rules: Array<{ id: string; helpUri: string }> } };
        originalUriBaseIds: Record<string, { uri: string }>;
        results: Array<{ ruleId: string; ruleIndex: number; level: string; locations: unknown[] }>;
        invocations: Array<{ toolExecutionNotifications: unknown[] }>;
      }>;
    };
    const run = log.runs[0];
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
});
