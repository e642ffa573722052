import { describe, expect, it } from 'vitest';
import { check } from '../helpers.js';

describe('headline-case', () => {
  it('should accept a sentence-case headline', () => {
    expect(check('headline-case', 'Standard Oil to form financial unit\n\nThe venture will be called BP.\n')).toEqual(
      [],
    );
  });

  it('should report a headline in capitals', () => {
    expect(check('headline-case', 'STANDARD OIL TO FORM FINANCIAL UNIT\n\nThe venture will be called BP.\n')).toEqual([
      '1:1-1:36: Unexpected capitals in headline, expected sentence or title case',
    ]);
    expect(
      check('headline-case', 'STANDARD OIL TO FORM FINANCIAL UNIT\n\nThe venture will be called BP.\n', {
        options: { style: 'sentence' },
      }),
    ).toEqual(['1:1-1:36: Unexpected capitals in headline, expected sentence case']);
  });

  it('should accept short abbreviations in capitals', () => {
    expect(check('headline-case', 'US and EU agree on steel\n\nThe deal was signed.\n')).toEqual([]);
  });

  it('should report title case when the style is `sentence`', () => {
    expect(
      check('headline-case', 'Ad Sales Boost Time Warner Profit\n\nProfits jumped.\n', {
        options: { style: 'sentence' },
      }),
    ).toEqual(['1:1-1:34: Unexpected title case in headline, expected sentence case']);
  });

  it('should point at a lower-case word when the style is `title`', () => {
    expect(
      check('headline-case', 'Ad sales boost Time Warner profit\n\nProfits jumped.\n', { options: { style: 'title' } }),
    ).toEqual(['1:4-1:9: Unexpected lower-case `sales` in headline, expected title case']);
  });
});
