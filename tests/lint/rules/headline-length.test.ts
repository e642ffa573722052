import { describe, expect, it } from 'vitest';
import { check } from '../helpers.js';

describe('headline-length', () => {
  it('should accept a headline within the limits', () => {
    expect(check('headline-length', 'Ad sales boost Time Warner profit\n\nQuarterly profits jumped.\n')).toEqual([]);
  });

  it('should report a headline longer than `max`', () => {
    const headline =
      'Time Warner, the US media giant that owns AOL and Warner Bros, reports that its quarterly profits jumped';
    expect(check('headline-length', `${headline}\n\nQuarterly profits jumped.\n`)).toEqual([
      '1:1-1:105: Unexpected headline of `104` characters, expected at most `90`',
    ]);
  });

  it('should report a headline shorter than `min`', () => {
    expect(check('headline-length', 'Profit\n\nQuarterly profits jumped.\n')).toEqual([
      '1:1-1:7: Unexpected headline of `6` characters, expected at least `10`',
    ]);
  });

  it('should take `max` from its options', () => {
    expect(
      check('headline-length', 'Ad sales boost Time Warner profit\n\nProfits jumped.\n', { options: { max: 20 } }),
    ).toEqual(['1:1-1:34: Unexpected headline of `33` characters, expected at most `20`']);
  });
});
