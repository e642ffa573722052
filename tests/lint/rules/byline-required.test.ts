import { describe, expect, it } from 'vitest';
import { check } from '../helpers.js';

describe('byline-required', () => {
  it('should accept a story with a byline', () => {
    expect(check('byline-required', 'Ad sales boost profit\n\nBy Jane Doe\n\nQuarterly profits jumped.\n')).toEqual([]);
  });

  it('should accept wire copy credited at the end', () => {
    const text =
      'BAHIA COCOA REVIEW\n\n    SALVADOR, Feb 26 - Showers continued.\n    The dry period goes on.\n Reuter\n';
    expect(check('byline-required', text)).toEqual([]);
  });

  it('should report a missing byline where it belongs, below the headline', () => {
    expect(check('byline-required', 'Ad sales boost profit\n\nQuarterly profits jumped.\n')).toEqual([
      '3:1-3:1: Missing byline, expected a line such as `By Jane Doe` below the headline',
    ]);
  });

  it('should not accept a credit when `allowCredit` is false', () => {
    const text =
      'BAHIA COCOA REVIEW\n\n    SALVADOR, Feb 26 - Showers continued.\n    The dry period goes on.\n Reuter\n';
    expect(check('byline-required', text, { options: { allowCredit: false } })).toEqual([
      '3:5-3:5: Missing byline, expected a line such as `By Jane Doe` below the headline',
    ]);
  });
});
