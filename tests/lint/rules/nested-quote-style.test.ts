import { describe, expect, it } from 'vitest';
import { check } from '../helpers.js';

const headline = 'Ad sales boost Time Warner profit\n\n';

describe('nested-quote-style', () => {
  it('should accept single marks inside double ones', () => {
    expect(check('nested-quote-style', `${headline}“He told me ‘never again’ and left,” she said.\n`)).toEqual([]);
  });

  it('should report double marks inside double ones', () => {
    expect(check('nested-quote-style', `${headline}“He told me “never again” and left,” she said.\n`)).toEqual([
      '3:13-3:14: Unexpected `“` inside a quotation, expected `‘`',
    ]);
  });

  it('should report a quotation in single marks', () => {
    const text = `${headline}The minister said: 'We will never give up on the people of this region.'\n`;
    expect(check('nested-quote-style', text)).toEqual(["3:20-3:21: Unexpected `'` around a quotation, expected `“`"]);
  });

  it('should accept single marks in a headline', () => {
    expect(check('nested-quote-style', "Steel firm 'to cut' 45,000 jobs\n\nThe firm said so.\n")).toEqual([]);
  });

  it('should read a paragraph of 130,000 unclosed quotation marks', () => {
    // The unclosed marks were added with `push(...marks)`, one argument each: a RangeError.
    const messages = check('nested-quote-style', `Quotes within quotes\n\n${'“a '.repeat(130_000)}\n`);
    expect(messages).toHaveLength(129_999);
    expect(messages[0]).toBe('3:4-3:5: Unexpected `“` inside a quotation, expected `‘`');
  });
});
