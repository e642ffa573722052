import { describe, expect, it } from 'vitest';
import { check } from '../helpers.js';

describe('headline-required', () => {
  it('should accept an article with a headline line', () => {
    expect(check('headline-required', 'Ad sales boost Time Warner profit\n\nQuarterly profits jumped.\n')).toEqual([]);
  });

  it('should accept a Markdown `#` headline', () => {
    expect(
      check('headline-required', '# Ad sales boost profit\n\nQuarterly profits jumped.\n', { from: 'markdown' }),
    ).toEqual([]);
  });

  it('should report a story that starts with prose, at its start', () => {
    expect(
      check('headline-required', 'Quarterly profits at US media giant TimeWarner jumped 76%.\n\nThe firm said so.\n'),
    ).toEqual(['1:1-1:1: Missing headline, expected a short first line above the story']);
  });
});
