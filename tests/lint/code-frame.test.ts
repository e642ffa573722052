import { describe, expect, it } from 'vitest';
import { codeFrame, sourceLines } from '../../src/lint/code-frame.js';
import { noColors } from '../../src/lint/colors.js';

/** A place on line 1 from one UTF-16 column to another (1-based, end exclusive). */
function on1(start: number, end: number) {
  return { start: { line: 1, column: start }, end: { line: 1, column: end } };
}

/** The frame of `text` for the first occurrence of `target`, as message columns count it. */
function frameAt(text: string, target: string): string {
  const index = text.indexOf(target);
  return codeFrame(text, on1(index + 1, index + 1 + target.length), noColors);
}

describe('codeFrame', () => {
  it('should put the caret under the text in an ASCII line', () => {
    expect(frameAt('Profits rose 76% - a record.', '-')).toBe(
      ['> 1 | Profits rose 76% - a record.', '    |                  ^'].join('\n'),
    );
  });

  it('should count CJK characters as two columns', () => {
    expect(frameAt('東京の議会 rose 76% - a record.', '-')).toBe(
      ['> 1 | 東京の議会 rose 76% - a record.', `    | ${' '.repeat(20)}^`].join('\n'),
    );
  });

  it('should count an emoji (a surrogate pair, with a skin tone) as two columns', () => {
    expect(frameAt('🎉👍🏽 rose 76% - a record.', '-')).toBe(
      ['> 1 | 🎉👍🏽 rose 76% - a record.', `    | ${' '.repeat(14)}^`].join('\n'),
    );
  });

  it('should count a combining mark as no column', () => {
    expect(frameAt('The cafe\u0301 owner said 5% - sharply.', '-')).toBe(
      ['> 1 | The cafe\u0301 owner said 5% - sharply.', `    | ${' '.repeat(23)}^`].join('\n'),
    );
  });

  it('should underline a wide character with two carets', () => {
    expect(frameAt('He said 「東京」 twice.', '東京')).toBe(
      ['> 1 | He said 「東京」 twice.', `    | ${' '.repeat(10)}^^^^`].join('\n'),
    );
  });

  it('should cover the whole cluster when a place starts or ends inside one', () => {
    // The place covers only the combining accent of `é` (UTF-16 column 5 of `cafe\u0301`).
    expect(codeFrame('cafe\u0301!', on1(5, 6), noColors)).toBe(['> 1 | cafe\u0301!', '    |    ^'].join('\n'));
  });

  it('should cut a long line by columns, between clusters, with the caret on its text', () => {
    const line = `${'東京'.repeat(40)} rose 76% - a record ${'🎉'.repeat(60)}`;
    const frame = codeFrame(line, on1(line.indexOf('-') + 1, line.indexOf('-') + 2), noColors);
    const [shown = '', carets = ''] = frame.split('\n');
    const text = shown.slice('> 1 | '.length);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    // No half of a surrogate pair at the cut.
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    // At most 100 columns of the line between the ellipses: 2 for each CJK character or emoji.
    const inner = [...text.slice(1, -1)];
    expect(inner.reduce((width, char) => width + (/[\x20-\x7e]/.test(char) ? 1 : 2), 0)).toBeLessThanOrEqual(100);
    // The caret's column is the width of what is shown before the dash.
    const before = text.slice(0, text.indexOf('-'));
    const width = [...before].reduce((sum, char) => sum + (/[\x20-\x7e…]/.test(char) ? 1 : 2), 0);
    expect(carets).toBe(`    | ${' '.repeat(width)}^`);
  });

  it('should frame a place deep in a long line with emoji and accents like one near its start', () => {
    const sentence = 'The mayor’s 👍🏽 “plan” for the cafe\u0301 — approved. ';
    const line = `${sentence.repeat(300)}It rose 76% - a record. ${sentence.repeat(300)}`;
    const deep = codeFrame(line, on1(line.indexOf('-') + 1, line.indexOf('-') + 2), noColors);
    // `…` and the 30 columns shown before the message.
    expect(deep.split('\n')[1]).toBe(`    | ${' '.repeat(31)}^`);
    expect(deep).toContain('cafe\u0301 — approved. It rose 76% - a record. The mayor’s 👍🏽');
  });

  it('should put the caret after the last character for a place at the end of the line', () => {
    expect(codeFrame('東京', on1(3, 3), noColors)).toBe(['> 1 | 東京', '    |     ^'].join('\n'));
  });
});

describe('codeFrame and control characters', () => {
  it('should draw an escape sequence in the line as symbols, with the caret where it was', () => {
    const line = 'The vote \u001b]0;pwned\u0007was 76% - a record.';
    expect(frameAt(line, '-')).toBe(
      ['> 1 | The vote \u241b]0;pwned\u2407was 76% - a record.', '    |                            ^'].join('\n'),
    );
  });
});

describe('codeFrame from lines split once', () => {
  it('should give the frame the text gives, for a reporter that splits a file once for all its frames', () => {
    const text = 'Headline\r\n\r\nProfits rose 76% - a record.\nSecond line - here.\rThird - line.';
    for (const line of [3, 4, 5]) {
      const place = { start: { line, column: 5 }, end: { line, column: 7 } };
      expect(codeFrame(sourceLines(text), place, noColors)).toBe(codeFrame(text, place, noColors));
    }
  });
});
