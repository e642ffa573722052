import { describe, expect, it } from 'vitest';
import { check, fixWith } from '../helpers.js';

const headline = 'Ad sales boost Time Warner profit\n\n';
const wrong = `${headline}The firm said.  It hopes to grow. \nIt\tagreed.\n`;

describe('whitespace', () => {
  it('should accept single spaces and wire indentation', () => {
    expect(check('whitespace', `${headline}    The firm said. It hopes to grow.\n`)).toEqual([]);
  });

  it('should report double spaces, trailing whitespace and tabs', () => {
    expect(check('whitespace', wrong)).toEqual([
      '3:15-3:17: Unexpected `2` spaces, expected `1`',
      '3:34-3:35: Unexpected trailing whitespace, expected none',
      '4:3-4:4: Unexpected tab, expected a space',
    ]);
  });

  it('should leave tables laid out with runs of spaces alone', () => {
    expect(check('whitespace', `${headline}    Net        5,000    4,000\n`)).toEqual([]);
  });

  it('should keep a Markdown hard break', () => {
    expect(
      check('whitespace', '# Ad sales boost profit\n\nFirst line  \nsecond line.\n', { from: 'markdown' }),
    ).toEqual([]);
  });

  it('should read a draft of many lines after many comments', () => {
    // Each line was tested against every comment (a part not checked): 30,000 comments before
    // 300,000 lines took 45 s.
    const text = `${headline}${'<!-- note -->\n\n'.repeat(30_000)}Prices rose  again.\n${'a\n'.repeat(300_000)}`;
    expect(check('whitespace', text)).toEqual(['60003:12-60003:14: Unexpected `2` spaces, expected `1`']);
  });

  it('should fix, and fixing twice changes nothing', () => {
    const fixed = fixWith('whitespace', wrong);
    expect(fixed).toBe(`${headline}The firm said. It hopes to grow.\nIt agreed.\n`);
    expect(fixWith('whitespace', fixed)).toBe(fixed);
  });

  it('should report at the text node without the source', () => {
    expect(check('whitespace', wrong, { withoutSource: true })).toEqual([
      '3:1-4:11: Unexpected `2` spaces, expected `1`',
    ]);
  });
});
