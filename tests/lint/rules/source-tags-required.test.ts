import { describe, expect, it } from 'vitest';
import { check } from '../helpers.js';

const story =
  'BAHIA COCOA REVIEW\n\n    SALVADOR, Feb 26 - Showers continued throughout the week.\n    The dry period means the temporao will be late this year.\n';

describe('source-tags-required', () => {
  it('should accept a datelined story with a credit line', () => {
    expect(check('source-tags-required', `${story} Reuter\n`)).toEqual([]);
  });

  it('should report a datelined story without one, at its end', () => {
    expect(check('source-tags-required', story)).toEqual([
      '4:62-4:62: Missing credit line, expected one such as `(Reporting by Jane Doe; Editing by John Roe)` at the end',
    ]);
  });

  it('should leave stories without a dateline alone unless `when` is `always`', () => {
    const text = 'Ad sales boost profit\n\nQuarterly profits jumped.\n';
    expect(check('source-tags-required', text)).toEqual([]);
    expect(check('source-tags-required', text, { options: { when: 'always' } })).toEqual([
      '3:26-3:26: Missing credit line, expected one such as `(Reporting by Jane Doe; Editing by John Roe)` at the end',
    ]);
  });
});
