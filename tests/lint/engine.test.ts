/**
 * The engine and config resolution: severities, presets, option validation with the key in
 * the message, disable comments, and fixes applied whole and idempotently.
 */
import { describe, expect, it } from 'vitest';
import { type LintOptions, lint } from '../../src/lint/engine.js';
import { applyFixes, fixText, placeInOriginal } from '../../src/lint/fix.js';
import { resolveConfig } from '../../src/lint/resolve.js';
import type { LintMessage } from '../../src/lint/types.js';
import { parse } from '../../src/parse.js';

const text = 'Ad sales boost Time Warner profit\n\nProfits rose 5% - a record.  It grew.\n';

function lintText(source: string, config?: LintOptions['config']) {
  return lint(parse(source, { from: 'text' }), { source, config });
}

describe('resolveConfig', () => {
  it('should default to the recommended preset', () => {
    const ids = resolveConfig({}, 'x').rules.map((active) => active.rule.meta.id);
    expect(ids).toContain('quote-balance');
    expect(ids).not.toContain('byline-required');
  });

  it('should turn every rule on as an error with `strict`', () => {
    const config = resolveConfig({ extends: 'strict' }, 'x');
    expect(config.rules.length).toBe(22);
    expect(new Set(config.rules.map((active) => active.severity))).toEqual(new Set(['error']));
  });

  it('should keep preset options when a rule gets a bare severity', () => {
    const config = resolveConfig({ extends: 'ap', rules: { 'dateline-format': 'warn' } }, 'x');
    const active = config.rules.find((candidate) => candidate.rule.meta.id === 'dateline-format');
    expect(active?.severity).toBe('warning');
    expect(active?.options).toMatchObject({ dash: 'em', months: 'ap' });
  });

  it.each([
    [{ rulez: {} }, 'Unexpected key `rulez` in `.copydeskrc`, expected one of `extends`, `rules`, `$schema`'],
    [
      { extends: 'ape' },
      'Unexpected preset `ape` in `extends` of `.copydeskrc`, expected `recommended`, `ap`, `strict`',
    ],
    [
      { rules: { 'headline-lenght': 'warn' } },
      'Unexpected rule `headline-lenght` in `rules` of `.copydeskrc`, expected a rule id such as `headline-length`',
    ],
    [
      { rules: { 'headline-length': 'loud' } },
      'Unexpected severity `"loud"` for `rules.headline-length` in `.copydeskrc`, expected `off`, `warn`, `error` or `info`',
    ],
    [
      { rules: { 'sentence-length': ['warn', { max: 0 }] } },
      'Unexpected `0` for `rules.sentence-length.max` in `.copydeskrc`, expected a positive integer',
    ],
    [
      { rules: { 'sentence-length': ['warn', { maximum: 30 }] } },
      'Unexpected `30` for `rules.sentence-length.maximum` in `.copydeskrc`, expected one of the options `max`',
    ],
    [[1, 2], 'Unexpected `[1,2]` as the config in `.copydeskrc`, expected an object'],
  ])('should reject %j naming the file and the key', (raw, message) => {
    expect(() => resolveConfig(raw, '.copydeskrc')).toThrow(message);
  });
});

describe('lint', () => {
  it('should refuse text or anything else that is not an article tree, saying what to pass', () => {
    expect(() => lint(text as never)).toThrow(
      new TypeError('lint() takes an article tree, not text: lint(parse(text), { source: text })'),
    );
    expect(() => lint({ type: 'paragraph', children: [] } as never)).toThrow(/the root node that parse\(\) returns/);
    expect(() => lint(null as never)).toThrow(TypeError);
  });

  it('should map severities and stamp source, url and fatal', () => {
    const [message] = lintText(text, { rules: { 'dash-style': 'error', whitespace: 'off' } }).filter(
      (candidate) => candidate.ruleId === 'dash-style',
    );
    expect(message).toMatchObject({
      ruleId: 'dash-style',
      source: 'copydesk',
      severity: 'error',
      fatal: true,
      line: 3,
      column: 17,
      url: 'https://github.com/copydesk/copydesk#rule-dash-style',
    });
  });

  it('should honour disable and enable comments', () => {
    const source =
      'Ad sales boost Time Warner profit\n\n<!-- copydesk-disable dash-style -->\n\nProfits rose - a record.\n\n<!-- copydesk-enable dash-style -->\n\nSales rose - again.\n';
    const lines = lintText(source, { rules: { 'dash-style': 'error' } })
      .filter((message) => message.ruleId === 'dash-style')
      .map((message) => message.line);
    expect(lines).toEqual([9]);
  });

  it('should honour disable-next-line, and a comment without ids for all rules', () => {
    const source =
      'Ad sales boost Time Warner profit\n\n<!-- copydesk-disable-next-line -->\nProfits rose - a record.  Yes.\n\nSales rose - again.\n';
    const messages = lintText(source, { rules: { 'dash-style': 'error', whitespace: 'error' } }).filter(
      (message) => message.ruleId === 'dash-style' || message.ruleId === 'whitespace',
    );
    expect(messages.map((message) => `${message.ruleId}@${message.line}`)).toEqual(['dash-style@6']);
  });

  it('should honour tens of thousands of disable-next-line comments', () => {
    // Every comment was read for every message: 36,000 comments and as many messages took 45 s.
    const source = `Ad sales boost Time Warner profit\n\n${'<!-- copydesk-disable-next-line dash-style -->\nProfits rose - a record.\n'.repeat(36_000)}Sales rose - again.\n`;
    const lines = lintText(source, { rules: { 'dash-style': 'error' } })
      .filter((message) => message.ruleId === 'dash-style')
      .map((message) => message.line);
    expect(lines).toEqual([72_003]);
  });

  it('should warn about a rule id in a disable comment that names no rule, on its line', () => {
    const source =
      'Ad sales boost Time Warner profit\n\n<!-- copydesk-disable-next-line dash-styel, whitespace -->\nProfits rose - a record.\n\n<!-- copydesk-disable nosuchrule -->\n';
    const unknown = lintText(source, { rules: { 'dash-style': 'error' } }).filter((message) => message.ruleId === null);
    expect(
      unknown.map((message) => `${message.line}:${message.column}-${message.endColumn} ${message.severity}`),
    ).toEqual(['3:33-43 warning', '6:23-33 warning']);
    expect(unknown.map((message) => message.message)).toEqual([
      'Unknown rule `dash-styel` in `copydesk-disable-next-line`, expected `dash-style`; it switches nothing off',
      'Unknown rule `nosuchrule` in `copydesk-disable`, expected a rule id such as `dash-style`; it switches nothing off',
    ]);
  });

  it('should offer fixes only with the source text', () => {
    const tree = parse(text, { from: 'text' });
    expect(lint(tree, { source: text }).some((message) => message.fix)).toBe(true);
    expect(lint(tree).some((message) => message.fix)).toBe(false);
  });

  it('should count positions after a byte-order mark', () => {
    const withBom = `\ufeff${text}`;
    const messages = lint(parse(withBom, { from: 'text' }), { source: withBom });
    expect(messages.find((message) => message.ruleId === 'dash-style')?.column).toBe(17);
  });
});

describe('lint: front matter that is not valid YAML', () => {
  const draft = '---\nslug: plan\ntitle: [unclosed\n---\n\n# Council backs the plan\n\nThe council voted on Tuesday.\n';

  it('should warn with a message of no rule, where YAML stopped (an empty place at the line end)', () => {
    const messages = lint(parse(draft, { file: 'draft.md' }), { source: draft, file: 'draft.md' });
    expect(messages.filter((message) => message.ruleId === null)).toEqual([
      {
        file: 'draft.md',
        ruleId: null,
        source: 'copydesk',
        severity: 'warning',
        fatal: false,
        message:
          'Front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; its fields are not read',
        place: { start: { line: 3, column: 17, offset: 31 }, end: { line: 3, column: 17, offset: 31 } },
        line: 3,
        column: 17,
        endLine: 3,
        endColumn: 17,
        url: undefined,
      },
    ]);
  });

  it('should say nothing for valid front matter, for a plain-text draft, or without the source', () => {
    const valid = draft.replace('[unclosed', '[closed]');
    expect(lint(parse(valid, { from: 'markdown' }), { source: valid }).some((message) => message.ruleId === null)).toBe(
      false,
    );
    expect(lint(parse(draft, { from: 'text' }), { source: draft }).some((message) => message.ruleId === null)).toBe(
      false,
    );
    expect(lint(parse(draft, { from: 'markdown' })).some((message) => message.ruleId === null)).toBe(false);
  });
});

describe('fixes', () => {
  it('should apply non-overlapping fixes whole, in one pass', () => {
    const messages = lintText(text);
    const result = applyFixes(text, messages);
    expect(result).toMatchObject({
      output: 'Ad sales boost Time Warner profit\n\nProfits rose 5% — a record. It grew.\n',
      applied: 2,
    });
    // In text order, at offsets of the text before fixing.
    expect(result.edits.map((edit) => [text.slice(edit.start, edit.end), edit.text])).toEqual([
      ['-', '—'],
      ['  ', ' '],
    ]);
  });

  it('should leave a fix that overlaps an accepted one, or itself, for later, and insert at an edge', () => {
    const fix = (edits: Array<[number, number, string]>) =>
      ({
        fix: { description: '', edits: edits.map(([start, end, text]) => ({ start, end, text })) },
      }) as unknown as LintMessage;
    const result = applyFixes('abcdefghij', [
      fix([[6, 8, 'X']]),
      fix([[2, 4, 'Y']]),
      fix([[3, 5, 'Z']]), // overlaps `cd`
      fix([[4, 4, '+']]), // touches `cd` (an insertion at its end)
      fix([[5, 5, '^']]),
      fix([
        [8, 9, 'I'],
        [3, 4, 'D'], // overlaps `cd`: the whole fix waits
      ]),
      fix([
        [9, 10, 'J'],
        [9, 10, 'K'], // overlaps its own first edit
      ]),
    ]);
    expect(result).toMatchObject({ output: 'abYe^fXij', applied: 3 });
    expect(result.edits.map((edit) => edit.start)).toEqual([2, 5, 6]);
  });

  it('should fix tens of thousands of problems in one paragraph', () => {
    // 60,000 ellipses: checking each fix against every fix accepted before it, and splicing each
    // into the whole text, made fixing quadratic (about 50 s).
    const source = `Ad sales boost Time Warner profit\n\n${Array(60_000).fill('Wait...').join(' ')}\n`;
    const fixed = fixText(source);
    expect(fixed.applied).toBe(60_000);
    expect(fixed.output).toBe(`Ad sales boost Time Warner profit\n\n${Array(60_000).fill('Wait…').join(' ')}\n`);
  });

  it('should be idempotent: fixing fixed text changes nothing', () => {
    const once = fixText(text, { parse: { from: 'text' } });
    const twice = fixText(once.output, { parse: { from: 'text' } });
    expect(once.applied).toBe(2);
    expect(twice).toMatchObject({ output: once.output, applied: 0 });
  });

  describe('placeInOriginal', () => {
    // Two rounds of fixes before the figure: its place moves left in the fixed text.
    const draft = 'Council votes\n\nThe council  voted  on Tuesday -- and at least 7,000 people are missing.\n';
    const fixed = fixText(draft, { parse: { from: 'text' } });
    const figure = (messages: readonly LintMessage[]) =>
      messages.find((message) => message.ruleId === 'statistic-source');

    it('should place what is left of 100,000 fixed paragraphs', () => {
      // Each message read the edits from the first, to find where it was before: 62 s.
      const source = `Soldiers killed in the fighting\n\n${'A... "b.\n\n'.repeat(100_000)}`;
      const result = fixText(source);
      expect(result.applied).toBe(100_000);
      const unclosed = placeInOriginal(result, source).filter((message) => message.ruleId === 'quote-balance');
      expect(unclosed).toHaveLength(100_000);
      expect(unclosed.at(-1)).toMatchObject({ line: 200_001, column: 6 });
    });

    it('should place what is left in the text as it was before fixing', () => {
      expect(figure(fixed.messages)).toMatchObject({ line: 3, column: 36 });
      const placed = figure(placeInOriginal(fixed, draft));
      expect(placed).toMatchObject({ line: 3, column: 39, endLine: 3, endColumn: 53 });
      const start = placed?.place?.start.offset ?? -1;
      expect(draft.slice(start, placed?.place?.end.offset)).toBe('at least 7,000');
    });

    it('should widen a place inside a fixed span to the span it replaced', () => {
      const before = 'a -- b';
      // A message on the dash of 'a — b' (offsets 2–3), after `--` (offsets 2–4) became `—`.
      const message = {
        ...(figure(fixed.messages) as LintMessage),
        place: { start: { line: 1, column: 3, offset: 2 }, end: { line: 1, column: 4, offset: 3 } },
      };
      const rounds = [[{ start: 2, end: 4, text: '—' }]];
      const [moved] = placeInOriginal({ output: 'a — b', messages: [message], applied: 1, rounds }, before);
      expect(moved?.place).toEqual({
        start: { line: 1, column: 3, offset: 2 },
        end: { line: 1, column: 5, offset: 4 },
      });
      expect(moved).toMatchObject({ line: 1, column: 3, endLine: 1, endColumn: 5 });
    });

    it('should return the messages as they are when nothing was fixed', () => {
      const clean = fixText('Council votes\n\nThe council voted.\n', { parse: { from: 'text' } });
      expect(placeInOriginal(clean, 'Council votes\n\nThe council voted.\n')).toBe(clean.messages);
    });
  });
});
