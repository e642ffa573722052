import { describe, expect, it } from 'vitest';
import { check } from '../helpers.js';

const headline = 'Ad sales boost Time Warner profit\n\n';

describe('statistic-source', () => {
  it('should accept a figure with a source in its paragraph', () => {
    const text = `${headline}At least 7,000 people are unaccounted for, according to the health ministry.\n`;
    expect(check('statistic-source', text)).toEqual([]);
  });

  it('should report a figure without one', () => {
    expect(check('statistic-source', `${headline}At least 7,000 people are unaccounted for.\n`)).toEqual([
      '3:1-3:15: Missing source for `At least 7,000`, expected an attribution such as `according to …` in its paragraph',
    ]);
  });

  it('should leave a small count with no qualifier alone, but not a qualified one', () => {
    expect(check('statistic-source', `${headline}The two neighbouring countries closed six streets.\n`)).toEqual([]);
    expect(check('statistic-source', `${headline}At least seven people died in the crash.\n`)).toEqual([
      '3:1-3:15: Missing source for `At least seven`, expected an attribution such as `according to …` in its paragraph',
    ]);
  });

  it('should leave tables in wire copy alone', () => {
    const text = 'ACME CORP RESULTS\n\n    Shr 68 cts vs 58 cts\n    Net 7,585,000 vs 6,346,000\n';
    expect(check('statistic-source', text)).toEqual([]);
  });
});
